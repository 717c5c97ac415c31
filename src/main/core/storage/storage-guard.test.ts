import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { StorageState } from '../../../shared/ipc/app';
import { coreErrorData } from '../fs/write-errors';
import { createFileLogger } from '../log/logger';
import { createStorageGuard, roomToWrite } from './storage-guard';

const dir = mkdtempSync(join(tmpdir(), 'adstudio-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storage guard', () => {
  it('turns read-only on a full-disk error and back as soon as a writing call finds room', () => {
    const announced: StorageState[] = [];
    const guard = createStorageGuard(dir, createFileLogger(join(dir, 'logs')), (state) => announced.push(state));
    guard.observe(new AppError('NOT_FOUND', 'x').toData());
    expect(guard.state().full).toBe(false);
    guard.observe(new AppError('DISK_FULL', 'x').toData());
    expect(announced).toEqual([expect.objectContaining({ full: true })]);
    guard.admit('shops.list');
    expect(guard.state().full).toBe(true);
    // This temp folder's disk has room, so the measured state wins over the remembered one.
    guard.admit('jobs.start');
    expect(announced.at(-1)).toMatchObject({ full: false });
    expect(announced.at(-1)?.freeBytes).toBeGreaterThan(0);
    guard.close();
  });

  it('reads a full disk out of every form it arrives in', () => {
    const sqlite = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const errno = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const vips = new Error('VipsForeignSavePng: write error: No space left on device');
    for (const error of [sqlite, errno, vips]) expect(coreErrorData(error)).toMatchObject({ code: 'DISK_FULL', userMessage: expect.stringContaining('저장 공간') });
    expect(coreErrorData(new Error('something else')).code).toBe('INTERNAL');
  });

  it('needs a sensible amount of room to leave read-only', () => {
    expect(roomToWrite(24 * 1024 ** 2)).toBe(8 * 1024 ** 2);
    expect(roomToWrite(1024 ** 4)).toBe(256 * 1024 ** 2);
    expect(roomToWrite(1024 ** 3)).toBeCloseTo(1024 ** 3 * 0.05);
  });
});
