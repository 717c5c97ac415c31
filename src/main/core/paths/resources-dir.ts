import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's resources/ folder (migrations, fonts, icons), found by walking up from this module:
 * it sits beside package.json whether the code runs from src/ (tests), out/main/ (built) or an
 * unpacked app folder.
 */
export function findResourcesDir(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'migrations')) && existsSync(join(dir, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No resources/ folder above ${from}`);
    dir = parent;
  }
}
