import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageState } from '../../../shared/ipc/app';
import type { JobFinished } from '../../../shared/ipc/jobs';
import { createCore, type Core } from '../core';
import { acquireDataDirLock } from '../paths/data-dir-lock';
import { fixturePhoto } from '../testing/fixtures';
import { watchJobs } from '../testing/job-events';
import { unwrap } from '../testing/unwrap';

/**
 * The data folder on a real 24 MiB tmpfs that fills up during jobs: every write path must
 * answer DISK_FULL (never INTERNAL or MEDIA_CORRUPT), the process must live on read-only and
 * say so, the next start must work on the full disk, and writes must come back with the room.
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'adstudio-full-'));
const dataDir = join(mountPoint, 'data');
const filler = join(mountPoint, 'filler.bin');
let mounted = false;
let skipReason = '';

beforeAll(() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    skipReason = `cannot mount a tmpfs here (${String(error).split('\n')[0]}): the full-disk test needs root or CAP_SYS_ADMIN`;
    console.log(`SKIPPED full-disk test: ${skipReason}`);
  }
});
afterAll(() => {
  // Lazily: a failed run may still hold files open, and the mount must not outlive the test.
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes zeros until the disk refuses, leaving `keepBytes` free. */
function fillDisk(keepBytes = 0): void {
  const fd = openSync(filler, 'a');
  const block = Buffer.alloc(64 * 1024);
  try {
    for (;;) {
      const free = statfsSync(mountPoint).bavail * statfsSync(mountPoint).bsize;
      if (free <= keepBytes) break;
      writeSync(fd, block, 0, Math.min(block.length, free - keepBytes));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

const crashes: unknown[] = [];
let core: Core | undefined;
const onCrash = (error: unknown): void => void crashes.push(error);

describe('a full data disk', () => {
  it('fails writes as DISK_FULL, stays up read-only and says so, starts again on the full disk, and writes again once there is room', async (context) => {
    if (!mounted) return context.skip(skipReason);
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
    try {
      mkdirSync(dataDir);
      core = createCore({ dataDir, host: 'headless' });
      const announced: StorageState[] = [];
      core.events.subscribe((event) => event.name === 'app.storage' && announced.push(event.payload));
      const shop = unwrap<{ id: string }>(await core.call('shops.create', { name: '가득찬 카페', industry: 'cafe' }));
      const photo = readFileSync(fixturePhoto('coffee_cup__skimage.png'));
      const imported = unwrap<{ items: { ok: true; media: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'bytes', base64: photo.toString('base64') } }));
      const sha256 = imported.items[0]?.media.sha256 ?? '';

      // Jobs run while the disk fills: with a little room left, then none.
      const jobs = watchJobs(core);
      const outcomes: JobFinished[] = [];
      for (const keep of [256 * 1024, 0]) {
        fillDisk(keep);
        const started = await core.call('jobs.start', { shopId: shop.id, text: '아이스 라떼 인스타 광고 만들어줘', attachments: [sha256], variants: 4 });
        if (started.ok) outcomes.push(await jobs.finished((started.data as { jobId: string }).jobId));
        else expect(['DISK_FULL', 'READ_ONLY']).toContain(started.error.code);
      }
      jobs.stop();
      // At least the job started with a little room left must have run into the full disk.
      expect(outcomes.length).toBeGreaterThan(0);
      for (const outcome of outcomes) expect(outcome).toMatchObject({ status: 'failed', error: { code: 'DISK_FULL' } });

      const refused = await core.call('shops.create', { name: '새 가게', industry: 'bakery' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL', userMessage: expect.stringContaining('저장 공간') } });
      expect(announced.at(-1)).toMatchObject({ full: true });
      expect(unwrap<{ storage: StorageState }>(await core.call('app.health', {})).storage.full).toBe(true);
      const readOnly = await core.call('jobs.start', { shopId: shop.id, text: '다시 만들어줘', attachments: [sha256] });
      expect(readOnly).toMatchObject({ ok: false, error: { code: 'READ_ONLY', userMessage: expect.stringContaining('보기만') } });
      // Reading still works.
      expect(unwrap<{ items: unknown[] }>(await core.call('shops.list', {})).items).toHaveLength(1);
      await core.close();

      // Not even the lock file's text fits now: the app still starts, and still holds the folder.
      fillDisk(0);
      const reopened = createCore({ dataDir, host: 'headless' });
      core = reopened;
      expect(() => acquireDataDirLock(dataDir, 'cli')).toThrow(expect.objectContaining({ code: 'DATA_DIR_LOCKED' }));
      expect(unwrap<{ items: unknown[] }>(await core.call('shops.list', {})).items).toHaveLength(1);
      // A photo needs new blocks. (A shop's row may still fit: SQLite reuses the WAL file's old pages.)
      const other = readFileSync(fixturePhoto('sneaker__dreambooth.jpg'));
      const refusedPhoto = unwrap<{ items: unknown[] }>(await core.call('media.import', { source: { kind: 'bytes', base64: other.toString('base64') } }));
      expect(refusedPhoto.items).toEqual([expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'DISK_FULL' }) })]);

      const back = new Promise<StorageState>((resolve) => reopened.events.subscribe((event) => event.name === 'app.storage' && !event.payload.full && resolve(event.payload)));
      rmSync(filler);
      expect(unwrap<{ id: string }>(await core.call('shops.create', { name: '새 가게', industry: 'bakery' })).id).toBeTruthy();
      const again = await core.call('jobs.start', { shopId: shop.id, text: '다시 만들어줘', attachments: [sha256], variants: 1 });
      expect(again.ok).toBe(true);
      const watcher = watchJobs(core);
      expect(await watcher.finished((again as { data: { jobId: string } }).data.jobId)).toMatchObject({ status: 'done' });
      watcher.stop();
      expect(await back).toMatchObject({ full: false });
      await core.close();
      expect(crashes).toEqual([]);
    } finally {
      await core?.close().catch(() => undefined);
      process.off('unhandledRejection', onCrash);
      process.off('uncaughtException', onCrash);
    }
  }, 180_000);
});
