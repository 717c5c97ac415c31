import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../core';
import { stalePartialMs, writeFolderAtomically } from './timestamped-folder';

const work = mkdtempSync(join(tmpdir(), 'adstudio-partial-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts a pack's folder write in a child, kills it mid-write, and returns the `.partial` it left. */
async function killedWriter(parent: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'testing', 'partial-writer.ts'), parent], { stdio: ['ignore', 'pipe', 'inherit'] });
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => (partial = /writing (.+)\n/.exec(chunk.toString())?.[1] ?? partial));
  await expect.poll(() => partial, { timeout: 20_000 }).not.toBe('');
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  expect(existsSync(partial)).toBe(true);
  return partial;
}

const age = (path: string, ms: number): void => {
  const then = new Date(Date.now() - ms);
  utimesSync(path, then, then);
};

describe('folders written whole', () => {
  it('a pack killed mid-write into the data folder leaves no .partial after the next start', { timeout: 30_000 }, async () => {
    const dataDir = join(work, 'data');
    const partial = await killedWriter(join(dataDir, 'exports'));
    const core = createCore({ dataDir, host: 'cli' });
    await core.close();
    expect(existsSync(partial)).toBe(false);
  });

  it('a new pack clears stale leftovers of ours beside it, and keeps fresh ones and the owner\'s own folders', { timeout: 30_000 }, async () => {
    const destination = join(work, 'desktop');
    const stale = await killedWriter(destination);
    age(stale, stalePartialMs + 60_000);
    const fresh = join(destination, 'AdStudio-backup-20260101-120000.partial');
    const owners = join(destination, 'my-album.partial');
    mkdirSync(fresh);
    mkdirSync(owners);
    age(owners, stalePartialMs * 24);
    writeFileSync(join(destination, 'notes.txt'), 'x');
    const folder = await writeFolderAtomically(destination, 'AdStudio-pack-v1', async (dir) => writeFileSync(join(dir, 'a.jpg'), 'a'));
    expect(readdirSync(destination).sort()).toEqual([folder.split(/[\\/]/).at(-1), 'AdStudio-backup-20260101-120000.partial', 'my-album.partial', 'notes.txt'].sort());
  });
});
