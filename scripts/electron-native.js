#!/usr/bin/env node
// Before `npm start` / `npm run dev`: better-sqlite3 is built for Node's ABI by `npm install`,
// and Electron needs its own build. This puts one beside it, in
// node_modules/.adstudio-electron/<electron version>/better_sqlite3.node, without touching the
// Node build the CLI, the headless host and the tests load. Prebuilt first, source build second.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const target = join(root, 'node_modules', '.adstudio-electron', electronVersion, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'adstudio-electron-sqlite-'));
const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
const electronArgs = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];

try {
  console.log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
  cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  try {
    run(process.execPath, [require.resolve('prebuild-install/bin.js'), ...electronArgs]);
  } catch {
    console.log('No prebuilt binary; building from source (needs a C++ toolchain).');
    // npm tells its scripts where its own node-gyp is; run this through `npm start`.
    const nodeGyp = process.env.npm_config_node_gyp;
    if (!nodeGyp) throw new Error('node-gyp not found: run this through `npm start` or `npm run dev`.');
    run(process.execPath, [nodeGyp, 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers']);
  }
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`Electron's better-sqlite3 is ready: ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
