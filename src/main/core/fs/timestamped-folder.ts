import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const stamp = (now: Date): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
};

/**
 * Fills `<parent>/<prefix>-<timestamp>` through a `.partial` folder that is renamed only when
 * `fill` has finished, so a half-written export or backup never looks complete; a failed
 * fill leaves nothing.
 */
export async function writeFolderAtomically(parent: string, prefix: string, fill: (dir: string) => Promise<void>, now = new Date()): Promise<string> {
  await mkdir(parent, { recursive: true });
  const base = join(parent, `${prefix}-${stamp(now)}`);
  // Two in the same second (a second pack of the same ad) get their own folders.
  let folder = base;
  for (let n = 2; existsSync(folder) || existsSync(`${folder}.partial`); n += 1) folder = `${base}-${n}`;
  const partial = `${folder}.partial`;
  await mkdir(partial, { recursive: true });
  try {
    await fill(partial);
    await rename(partial, folder);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  return folder;
}
