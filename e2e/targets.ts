import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const chromiumPath = process.env.ADSTUDIO_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet headless Chromium on a machine with no network and no GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The installed Electron binary, or undefined. Looked up without requiring 'electron',
 * because that call downloads the binary when it is missing.
 */
export function installedElectronBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist'), readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}

export const electronSkipReason = 'Electron binary is not installed here: the Electron run was skipped (Chromium run covers the same specs).';
