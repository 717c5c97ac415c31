import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadFile, isAllowedHop, measureDownloadSpeed } from './http-download';
import { testModel } from './testing/catalog-fixture';
import { startFileServer, type Behaviour } from './testing/file-server';

const files = new Map<string, Buffer>();
const behaviours = new Map<string, Behaviour>();
const server = await startFileServer(files, behaviours);
afterAll(() => server.close());

const declared = 100_000;
const sent = 30 * 1024 * 1024;

/** A catalog entry that declares 100,000 bytes, on a server that answers with 30 MiB. */
async function oversized(id: string, behaviour: Behaviour) {
  const model = testModel(id, server.url(''), declared);
  files.set(model.path, Buffer.alloc(sent, 1));
  behaviours.set(model.path, behaviour);
  const file = model.entry.files[0];
  if (!file) throw new Error('the fixture has one file');
  const partPath = join(mkdtempSync(join(tmpdir(), 'adstudio-oversize-')), `${id}.part`);
  let counted = 0;
  let onDisk = 0;
  const outcome = await downloadFile({
    url: server.url(model.path),
    partPath,
    sizeBytes: file.sizeBytes,
    signal: new AbortController().signal,
    backoffMs: () => 1,
    onBytes: (received) => {
      counted = Math.max(counted, received);
      // What reached the file before this chunk: the disk, not our own counter.
      onDisk = Math.max(onDisk, existsSync(partPath) ? statSync(partPath).size : 0);
    },
  }).catch((error: unknown) => error);
  const requests = server.seen.filter((r) => r.path === model.path);
  return { outcome, partPath, counted, onDisk, requests };
}

describe('a server that sends more than the catalog declares', () => {
  it('is stopped at the declared size when it announces 30 MiB in Content-Length', async () => {
    const { outcome, partPath, counted, requests } = await oversized('announces-30mib', {});
    expect(outcome).toMatchObject({ code: 'DOWNLOAD_FAILED', userMessage: expect.stringContaining('크기보다 커서') });
    expect(counted).toBe(0);
    expect(existsSync(partPath)).toBe(false);
    expect(requests).toHaveLength(1);
  });

  it('is stopped at the declared size when it sends no Content-Length, counting the bytes', async () => {
    const { outcome, partPath, counted, onDisk, requests } = await oversized('chunked-30mib', { noContentLength: true });
    console.log(`no Content-Length: server queued ${requests[0]?.sentBytes} bytes; ${counted} counted into the file, ${onDisk} seen on disk; declared ${declared}`);
    expect(outcome).toMatchObject({ code: 'DOWNLOAD_FAILED', userMessage: expect.stringContaining('크기보다 커서') });
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThanOrEqual(declared);
    expect(onDisk).toBeLessThanOrEqual(declared);
    expect(existsSync(partPath)).toBe(false);
    // Not retried: the same server would only send the same oversized file again.
    expect(requests).toHaveLength(1);
  });
});

describe('the download URL', () => {
  it('is refused before any request when it is plain http to another computer', async () => {
    const partPath = join(mkdtempSync(join(tmpdir(), 'adstudio-http-')), 'x.part');
    const download = downloadFile({ url: 'http://192.0.2.1/model.gguf', partPath, sizeBytes: 10, signal: new AbortController().signal, onBytes: () => undefined });
    await expect(download).rejects.toMatchObject({ code: 'DOWNLOAD_FAILED', userMessage: expect.stringContaining('https') });
    expect(existsSync(partPath)).toBe(false);
  });
});

describe('a redirect', () => {
  it.each([
    ['https://huggingface.co/a/b/resolve/c/m.onnx', 'https://cdn-lfs.hf.co/x', true],
    ['https://huggingface.co/a/b/resolve/c/m.onnx', 'http://cdn-lfs.hf.co/x', false],
    ['https://huggingface.co/a/b/resolve/c/m.onnx', 'http://localhost:8080/admin', false],
    ['https://huggingface.co/a/b/resolve/c/m.onnx', 'http://127.0.0.1/x', false],
    ['https://huggingface.co/a/b/resolve/c/m.onnx', 'file:///etc/passwd', false],
    ['http://127.0.0.1:9000/a/b/resolve/c/m.onnx', 'http://127.0.0.1:9001/m.onnx', true],
    ['http://127.0.0.1:9000/a/b/resolve/c/m.onnx', 'https://cdn.example/m.onnx', true],
  ])('from %s to %s is allowed: %s', (start, next, allowed) => {
    expect(isAllowedHop(start, next)).toBe(allowed);
  });

  const fetchVia = async (start: string, body: Buffer, commit?: string) => {
    const partPath = join(mkdtempSync(join(tmpdir(), 'adstudio-redirect-')), 'm.part');
    const outcome = await downloadFile({ url: server.url(start), partPath, sizeBytes: body.length, signal: new AbortController().signal, backoffMs: () => 1, onBytes: () => undefined, commit }).catch((error: unknown) => error);
    return { outcome, partPath };
  };

  it('is followed hop by hop to the bytes, and a hub commit on the hop that carries it is checked', async () => {
    const body = Buffer.alloc(50_000, 5);
    files.set('/cdn/model.onnx', body);
    behaviours.set('/hub/model.onnx', { redirectTo: '/cdn/model.onnx', headers: { 'x-repo-commit': 'a'.repeat(40) } });
    const followed = await fetchVia('/hub/model.onnx', body, 'a'.repeat(40));
    expect(followed.outcome).toBeUndefined();
    expect(readFileSync(followed.partPath).equals(body)).toBe(true);
    const moved = await fetchVia('/hub/model.onnx', body, 'b'.repeat(40));
    expect(moved.outcome).toMatchObject({ code: 'MODEL_INVALID', userMessage: expect.stringContaining('버전과 달라서') });
  });

  it('is refused, before the next request, when it leads out of https or loops', async () => {
    const body = Buffer.alloc(1000, 1);
    behaviours.set('/to-file', { redirectTo: 'file:///etc/passwd' });
    expect((await fetchVia('/to-file', body)).outcome).toMatchObject({ code: 'DOWNLOAD_FAILED', message: expect.stringContaining('file:///etc/passwd'), userMessage: expect.stringContaining('안전하지 않은 곳') });
    behaviours.set('/loop', { redirectTo: '/loop' });
    const before = server.seen.length;
    expect((await fetchVia('/loop', body)).outcome).toMatchObject({ code: 'DOWNLOAD_FAILED', userMessage: expect.stringContaining('안전하지 않은 곳') });
    // The first request and five redirects, then it stops: no retries of a refusal.
    expect(server.seen.length - before).toBe(6);
  });
});

describe('a speed check', () => {
  const limits = { bytes: 1024 * 1024, ms: 2_000 };

  it('reads only the first bytes it asks for and comes close to the rate the server sends at', async () => {
    const model = testModel('speed-check', server.url(''), 8 * 1024 * 1024);
    files.set(model.path, Buffer.alloc(8 * 1024 * 1024, 2));
    // 64 KiB every 20 ms: 3.3 MB/s at most (timers only ever run late).
    behaviours.set(model.path, { chunkDelayMs: 20 });
    const started = performance.now();
    const speed = await measureDownloadSpeed(server.url(model.path), new AbortController().signal, limits);
    const took = performance.now() - started;
    const request = server.seen.filter((r) => r.path === model.path).at(-1);
    console.log(`speed check: ${(speed / 1e6).toFixed(2)} MB/s measured against ≤ ${((65_536 / 20) * 1000 / 1e6).toFixed(2)} MB/s sent, in ${took.toFixed(0)} ms; ${request?.sentBytes} bytes sent`);
    expect(request?.range).toBe(`bytes=0-${limits.bytes - 1}`);
    expect(request?.sentBytes).toBeLessThanOrEqual(limits.bytes);
    expect(speed).toBeLessThanOrEqual(((65_536 / 20) * 1000) * 1.1);
    expect(speed).toBeGreaterThan(((65_536 / 20) * 1000) * 0.4);
  });

  it('stops at its time budget on a slow line, and says when the server answers with an error', async () => {
    const slow = testModel('speed-slow', server.url(''), 8 * 1024 * 1024);
    files.set(slow.path, Buffer.alloc(8 * 1024 * 1024, 3));
    behaviours.set(slow.path, { chunkDelayMs: 100 });
    const started = performance.now();
    const speed = await measureDownloadSpeed(server.url(slow.path), new AbortController().signal, { bytes: 8 * 1024 * 1024, ms: 500 });
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(speed).toBeLessThan(((65_536 / 100) * 1000) * 1.1);

    const missing = testModel('speed-missing', server.url(''), 1000);
    await expect(measureDownloadSpeed(server.url(missing.path), new AbortController().signal, limits)).rejects.toMatchObject({ code: 'DOWNLOAD_FAILED' });
  });
});
