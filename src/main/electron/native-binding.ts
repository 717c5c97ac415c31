import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * better-sqlite3's addon built for this Electron (scripts/electron-native.js makes it before
 * `npm start`); undefined lets better-sqlite3 use its own, as a packaged build does.
 */
export function electronSqliteBinding(): string | undefined {
  const path = fileURLToPath(new URL(`../../node_modules/.adstudio-electron/${process.versions.electron}/better_sqlite3.node`, import.meta.url));
  return existsSync(path) ? path : undefined;
}
