import { existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A `.partial` folder untouched this long beside a new write is a killed writer's, not a running one's. */
export const stalePartialMs = 60 * 60 * 1000;
// Only folders this module names are ever removed: the owner's own files share these folders.
const ourPartial = /^AdStudio-[\w-]+-\d{8}-\d{6}(-\d+)?\.partial$/;

/** Local time as yyyymmdd-hhmmss, for names that sort by when they were made. */
export const stamp = (now: Date): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
};

/**
 * Removes the `.partial` folders a killed export, pack or backup left in `parent` that were last
 * changed at least `olderThanMs` ago. Synchronous so start-up can finish it before anything writes;
 * it only costs time when there is debris.
 */
export function removeLeftoverPartials(parent: string, olderThanMs: number, now = Date.now()): string[] {
  const removed: string[] = [];
  const names = existsSync(parent) ? readdirSync(parent) : [];
  for (const name of names.filter((candidate) => ourPartial.test(candidate))) {
    const path = join(parent, name);
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (!info?.isDirectory() || info.mtimeMs > now - olderThanMs) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Fills `<parent>/<prefix>-<timestamp>` through a `.partial` folder that is renamed only when
 * `fill` has finished, so a half-written export or backup never looks complete; a failed
 * fill leaves nothing.
 */
export async function writeFolderAtomically(parent: string, prefix: string, fill: (dir: string) => Promise<void>, now = new Date()): Promise<string> {
  await mkdir(parent, { recursive: true });
  removeLeftoverPartials(parent, stalePartialMs, now.getTime());
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
