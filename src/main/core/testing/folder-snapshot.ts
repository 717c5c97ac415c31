import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every entry under `root` with what identifies it (a file's SHA-256, a link's target), so a
 * test can assert an operation changed nothing. `skip` names top-level entries that change
 * on their own (logs, SQLite's shared-memory index).
 */
export function folderSnapshot(root: string, skip: readonly string[] = []): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const key = relative(root, path);
      if (skip.includes(key)) continue;
      const info = lstatSync(path);
      if (info.isSymbolicLink()) entries[key] = `link ${readlinkSync(path)}`;
      else if (info.isDirectory()) {
        entries[key] = 'dir';
        walk(path);
      } else entries[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return entries;
}
