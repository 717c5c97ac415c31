import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noisePng } from '../testing/fixtures';
import { createTempCore } from '../testing/temp-core';

/**
 * Backups into places that cannot take them. Tests run as root here, so chmod would not stop
 * a write: read-only and full disks are real tmpfs mounts, where the machine allows mounting.
 */
const work = mkdtempSync(join(tmpdir(), 'adstudio-backup-errors-'));
const core = createTempCore();
const mounted: string[] = [];

function mountTmpfs(name: string, options: string): string | undefined {
  const dir = join(work, name);
  mkdirSync(dir);
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(`Skipping the ${name} case: mounting a tmpfs was refused (${(result.stderr || String(result.error)).trim()})`);
    return undefined;
  }
  mounted.push(dir);
  return dir;
}

let readOnly: string | undefined;
let tiny: string | undefined;
let tinier: string | undefined;
beforeAll(async () => {
  // About 3 MB of incompressible pixels: more than the tiny disk holds.
  await core.media.importOne({ kind: 'bytes', bytes: await noisePng(1000, 1000) });
  readOnly = mountTmpfs('read-only', 'ro,size=1m');
  tiny = mountTmpfs('tiny', 'size=2m');
  tinier = mountTmpfs('tinier', 'size=16k');
});
afterAll(async () => {
  for (const dir of mounted) spawnSync('umount', [dir]);
  await core.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('backup into a place that cannot take it', () => {
  it('is WRITE_FAILED when the destination lies under a regular file', async () => {
    const file = join(work, 'not-a-folder');
    writeFileSync(file, 'a file where a folder should be');
    const envelope = await core.call('library.backup', { destination: join(file, 'backups') });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED', userMessage: expect.stringMatching(/[가-힣]/) } });
  });

  it('is WRITE_FAILED on a read-only disk', async (context) => {
    if (!readOnly) return context.skip();
    const envelope = await core.call('library.backup', { destination: readOnly });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
  });

  it('is DISK_FULL on a full disk, and leaves no half-written backup', async (context) => {
    if (!tiny) return context.skip();
    const envelope = await core.call('library.backup', { destination: tiny });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'DISK_FULL', userMessage: expect.stringContaining('저장 공간') } });
    expect(readdirSync(tiny)).toEqual([]);
  });

  it('is DISK_FULL when not even the database fits', async (context) => {
    if (!tinier) return context.skip();
    const envelope = await core.call('library.backup', { destination: tinier });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(readdirSync(tinier)).toEqual([]);
  });
});
