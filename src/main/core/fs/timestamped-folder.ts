import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';

const stamp = (now: Date): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
};

/**
 * Fills `<parent>/<prefix>-<timestamp>` through a `.partial` folder that is renamed only when
 * `fill` has finished, so a half-written export or backup never looks complete.
 */
export async function writeFolderAtomically(parent: string, prefix: string, fill: (dir: string) => Promise<void>, now = new Date()): Promise<string> {
  await mkdir(parent, { recursive: true });
  const folder = join(parent, `${prefix}-${stamp(now)}`);
  const partial = `${folder}.partial`;
  await mkdir(partial, { recursive: true });
  await fill(partial);
  await rename(partial, folder);
  return folder;
}
