import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { toErrorData, type ErrorData } from '../../../shared/errors';
import { openTestDb } from '../db/client';
import { createFileLogger } from '../log/logger';
import { createMediaHandlers } from './handlers';
import { createMediaLibrary, type MediaLibrary } from './media-library';
import { mediaPaths } from './media-paths';

// Photos named by path, pointed at what is not a photo: real links, a real FIFO, real devices.
const work = mkdtempSync(join(tmpdir(), 'adstudio-ingest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let library: MediaLibrary;
let dataDir: string;
beforeEach(() => {
  const opened = openTestDb();
  dataDir = mkdtempSync(join(work, 'data-'));
  library = createMediaLibrary(mediaPaths(dataDir), () => opened.db, createFileLogger(join(dataDir, 'logs')));
});

const refusal = async (path: string): Promise<ErrorData & { ms: number }> => {
  const started = performance.now();
  const error = await library.importOne({ kind: 'path', path }).then(
    () => {
      throw new Error(`${path} was imported`);
    },
    (thrown: unknown) => toErrorData(thrown),
  );
  return { ...error, ms: performance.now() - started };
};
const link = (name: string, target: string): string => {
  const path = join(work, name);
  symlinkSync(target, path);
  return path;
};
const tempFiles = (): string[] => (existsSync(library.paths.temp) ? readdirSync(library.paths.temp) : []);
const hex = (bytes: Buffer): string => bytes.toString('hex');

describe('media import by path', () => {
  it('reads a link to /etc/passwd as an unsupported file and never echoes its bytes', async () => {
    const error = await refusal(link('passwd.jpg', '/etc/passwd'));
    expect(error.code).toBe('MEDIA_UNSUPPORTED');
    const secret = readFileSync('/etc/passwd').subarray(0, 8);
    for (const text of [error.message, error.userMessage]) {
      expect(text).not.toContain(secret.toString('latin1').slice(0, 4));
      expect(text).not.toContain(hex(secret).slice(0, 8));
    }
  });

  it('answers at once for /proc/self/environ (size 0 in stat, not empty) without leaking it', async () => {
    const error = await refusal(link('environ.png', '/proc/self/environ'));
    expect(error.code).toBe('MEDIA_UNSUPPORTED');
    const environ = readFileSync('/proc/self/environ').subarray(0, 8);
    expect(`${error.message} ${error.userMessage}`).not.toContain(hex(environ).slice(0, 8));
    expect(error.ms).toBeLessThan(1000);
  });

  it('refuses a FIFO within a second instead of waiting for a writer', async () => {
    const fifo = join(work, 'photo.fifo');
    execFileSync('mkfifo', [fifo]);
    const error = await refusal(fifo);
    expect(error.code).toBe('NOT_A_FILE');
    expect(error.ms).toBeLessThan(1000);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses /dev/zero through a link at once, saying it was a link, and writes no temp file', async () => {
    const error = await refusal(link('zero.jpg', '/dev/zero'));
    expect(error).toMatchObject({ code: 'NOT_A_FILE', message: expect.stringContaining('link') });
    expect(error.userMessage).toContain('바로가기');
    expect(error.ms).toBeLessThan(1000);
    expect(tempFiles()).toEqual([]);
  });

  it('gives a link loop and a folder their own clear refusals, not INTERNAL', async () => {
    const a = join(work, 'loop-a.jpg');
    const b = join(work, 'loop-b.jpg');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const loop = await refusal(a);
    expect(loop.code).toBe('NOT_A_FILE');
    expect(loop.userMessage).toContain('자기 자신');
    const folder = join(work, 'folder.jpg');
    mkdirSync(folder);
    expect((await refusal(folder)).code).toBe('NOT_A_FILE');
    expect(tempFiles()).toEqual([]);
  });

  it('media.import refuses a relative or a Windows path on this system per item, with a Korean message, and reports each failure', async () => {
    const observed: string[] = [];
    const handlers = createMediaHandlers(library, createFileLogger(join(dataDir, 'logs')), (error) => observed.push(error.code));
    const { items } = await handlers['media.import']({ source: { kind: 'paths', paths: ['photos/cat.jpg', 'C:\\Users\\owner\\cat.jpg'] } });
    for (const item of items) {
      expect(item).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      if (!item.ok) expect(item.error.userMessage).toMatch(/경로/);
    }
    expect(observed).toEqual(['VALIDATION_FAILED', 'VALIDATION_FAILED']);
  });
});
