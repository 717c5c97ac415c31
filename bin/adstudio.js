#!/usr/bin/env node
// The CLI runs the built core (out/main/cli.js) under plain Node, without Electron.
import { existsSync } from 'node:fs';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('AdStudio is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
await import(entry.href);
