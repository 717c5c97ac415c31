import { existsSync } from 'node:fs';
import { chromiumPath, electronSkipReason, installedElectronBinary } from './targets';

export default function globalSetup(): void {
  if (!existsSync('out/main/cli.js') || !existsSync('out/renderer/index.html')) {
    throw new Error('The app is not built: run `npm run build` before the e2e specs.');
  }
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install -y chromium).`);
  if (!installedElectronBinary()) console.log(`\n[e2e] ${electronSkipReason}\n`);
}
