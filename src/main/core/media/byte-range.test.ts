import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byteRange, rangedAnswer, rangeHeaders } from './byte-range';

const dir = mkdtempSync(join(tmpdir(), 'adstudio-range-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('byte ranges of stored files (a video element seeking)', () => {
  it('reads the ranges a browser sends', () => {
    expect(byteRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
    expect(byteRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
    expect(byteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('serves the whole file for no header, another unit or several ranges, and refuses a range past the end', () => {
    for (const header of [undefined, null, '', 'items=0-1', 'bytes=0-1,5-6', 'bytes=-', 'bytes=abc']) expect(byteRange(header, 1000), String(header)).toBeUndefined();
    for (const header of ['bytes=1000-', 'bytes=1500-1600', 'bytes=500-100', 'bytes=-0']) expect(byteRange(header, 1000), header).toBe('unsatisfiable');
  });

  it('answers 206 with the part, 416 with the size, 200 with the whole', () => {
    expect(rangeHeaders({ start: 100, end: 199 }, 1000)).toEqual({ status: 206, headers: { 'Accept-Ranges': 'bytes', 'Content-Range': 'bytes 100-199/1000', 'Content-Length': '100' } });
    expect(rangeHeaders('unsatisfiable', 1000)).toEqual({ status: 416, headers: { 'Content-Range': 'bytes */1000' } });
    expect(rangeHeaders(undefined, 1000)).toMatchObject({ status: 200, headers: { 'Content-Length': '1000' } });
  });

  it('tells the host and the media protocol what to stream: the part, the whole file, or nothing', async () => {
    const file = join(dir, 'clip.bin');
    writeFileSync(file, Buffer.alloc(1000));
    expect(await rangedAnswer(file, 'bytes=100-199')).toMatchObject({ status: 206, read: { start: 100, end: 199 } });
    expect(await rangedAnswer(file, null)).toMatchObject({ status: 200, read: {} });
    expect(await rangedAnswer(file, 'bytes=1000-')).toEqual({ status: 416, headers: { 'Content-Range': 'bytes */1000' }, read: undefined });
  });
});
