import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AppError } from '../../shared/errors';
import { createClient, type Transport } from '../../shared/ipc/client';
import { maxPastedBase64Length } from '../../shared/ipc/media';
import type { Settings } from '../../shared/ipc/settings';
import { createWebSocketTransport, type SocketLike } from '../../renderer/transport/websocket-transport';
import { noisePng } from '../core/testing/fixtures';
import { createTempCore } from '../core/testing/temp-core';
import { startHeadlessHost, type HeadlessHost } from './headless-host';

const core = createTempCore();
// The secret sits beside the renderer folder, where a `..` would reach it.
const root = mkdtempSync(join(tmpdir(), 'adstudio-host-'));
const rendererDir = join(root, 'renderer');
let host: HeadlessHost;

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>AdStudio</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'adstudio-secret.txt'), 'secret');
  host = await startHeadlessHost({ core, rendererDir });
});
afterAll(async () => {
  await host.close();
  await core.dispose();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET, so paths reach the server exactly as written (fetch would normalise `..`). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const socketTo = (path: string, origin?: string): WebSocket =>
  new WebSocket(`ws://127.0.0.1:${host.port}${path}`, origin ? { headers: { Origin: origin } } : {});

const refusedUpgrade = (ws: WebSocket): Promise<number> =>
  new Promise((resolve) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });

/** The renderer's own socket transport, connecting as the browser page would. */
const browserTransport = (): Transport =>
  createWebSocketTransport(
    `ws://127.0.0.1:${host.port}/${host.token}/ws`,
    (url) => new WebSocket(url, { headers: { Origin: `http://127.0.0.1:${host.port}` } }) as unknown as SocketLike,
  );

/** Writes a raw request, then tears the connection down with a TCP reset: at once, or once the answer starts to arrive. */
const sendThenReset = (request: string, when: 'at-once' | 'on-answer'): Promise<void> =>
  new Promise((resolve) => {
    const socket = connect(host.port, '127.0.0.1', () => {
      socket.write(request);
      if (when === 'at-once') socket.resetAndDestroy();
      else socket.once('data', () => socket.resetAndDestroy());
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });

const upgradeRequest = (path: string, origin: string): string =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: ${origin}\r\n\r\n`;

describe('headless host', () => {
  it('survives 500 refused upgrades that end in a TCP reset, and resets of accepted sockets and broken requests', async () => {
    const local = `http://127.0.0.1:${host.port}`;
    const refused = [upgradeRequest('/wrong-token/ws', local), upgradeRequest(`/${host.token}/ws`, 'http://evil.example')];
    const others = [upgradeRequest(`/${host.token}/ws`, local), 'NONSENSE\r\n\r\n'];
    // An unhandled socket error would end the process; here it lands in this listener instead of ending vitest silently.
    const crashes: unknown[] = [];
    const record = (error: unknown): void => void crashes.push(error);
    process.on('uncaughtException', record);
    try {
      for (let batch = 0; batch < 10; batch++) {
        const when = batch % 2 === 0 ? 'at-once' : 'on-answer';
        await Promise.all([
          ...Array.from({ length: 50 }, (_, i) => sendThenReset(refused[i % 2] ?? '', when)),
          ...Array.from({ length: 10 }, (_, i) => sendThenReset(others[i % 2] ?? '', when)),
        ]);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('uncaughtException', record);
    }
    expect(crashes).toEqual([]);
    expect((await get(`/${host.token}/`)).status).toBe(200);
  });

  it('serves the renderer under the token with the security headers', async () => {
    const index = await get(`/${host.token}/`);
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>AdStudio</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await get(`/${host.token}/assets/app.js`)).status).toBe(200);
  });

  it('refuses HTTP without the token, with a wrong token, or with a foreign Host', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get('/index.html')).status).toBe(403);
    expect((await get(`/${host.token.slice(1)}x/`)).status).toBe(403);
    expect((await get(`/${host.token}/`, { Host: `evil.example:${host.port}` })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../adstudio-secret.txt', '/%2e%2e/adstudio-secret.txt', '/..%2fadstudio-secret.txt', '/%00']) {
      const response = await get(`/${host.token}${path}`);
      // `..` that the URL parser resolves loses the token (403); one that survives decoding is not found (404).
      expect([403, 404]).toContain(response.status);
      expect(response.body).not.toContain('secret');
    }
  });

  it('refuses sockets without the token, with a wrong token, or from a foreign origin', async () => {
    expect(await refusedUpgrade(socketTo('/ws'))).toBe(403);
    expect(await refusedUpgrade(socketTo(`/wrong/ws`))).toBe(403);
    expect(await refusedUpgrade(socketTo(`/${host.token}/ws`, 'http://evil.example'))).toBe(403);
  });

  it('carries calls, typed errors and events through the renderer transport', async () => {
    const client = createClient(browserTransport());
    const changes: Settings[] = [];
    const unsubscribe = client.on('settings.changed', (settings) => changes.push(settings));

    expect((await client.invoke('app.health', {})).ok).toBe(true);
    const error = await client.invoke('settings.set', { idleUnloadMinutes: -3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', userMessage: expect.stringMatching(/[가-힣]/) });

    await client.invoke('settings.set', { theme: 'dark' });
    await expect.poll(() => changes.map((s) => s.theme)).toEqual(['dark']);
    unsubscribe();
  });

  it('carries a pasted image near the contract\'s base64 limit and answers it', async () => {
    // Uncompressed noise: 2850² RGB is about 31 MB of base64, more than the old 4 MiB frame cap by far.
    const side = 2850;
    const pixels = randomBytes(side * side * 3);
    const png = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    const base64 = png.toString('base64');
    expect(base64.length).toBeGreaterThan(30 * 1024 * 1024);
    expect(base64.length).toBeLessThanOrEqual(maxPastedBase64Length);

    const client = createClient(browserTransport());
    const { items } = await client.invoke('media.import', { source: { kind: 'bytes', name: 'paste.png', base64 } });
    expect(items[0]).toMatchObject({ ok: true, media: { width: side, height: side } });
  });

  it('serves library images behind the token, and nothing for malformed names', async () => {
    const { media } = await core.media.importOne({ kind: 'bytes', bytes: await noisePng(300, 200) });
    const original = await get(`/${host.token}/media/${media.sha256}`);
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('image/png');
    const thumb = await get(`/${host.token}/media/${media.sha256}?size=256`);
    expect([thumb.status, thumb.headers['content-type']]).toEqual([200, 'image/webp']);
    // In parts, as a video element asks while it plays and seeks.
    const part = await get(`/${host.token}/media/${media.sha256}`, { Range: 'bytes=1-4' });
    expect([part.status, part.headers['content-range'], part.headers['content-length'], part.body]).toEqual([206, `bytes 1-4/${media.bytes}`, '4', 'PNG\r']);
    expect((await get(`/${host.token}/media/${media.sha256}`, { Range: `bytes=${media.bytes}-` })).status).toBe(416);
    expect((await get(`/media/${media.sha256}`)).status).toBe(403);
    for (const name of [media.sha256.toUpperCase(), media.sha256.slice(1), '..%2f..%2fetc%2fpasswd', `${media.sha256}?size=99`]) {
      expect((await get(`/${host.token}/media/${name}`)).status, name).toBe(404);
    }
  });

  it('closes a socket that sends something other than a call', async () => {
    const ws = socketTo(`/${host.token}/ws`);
    await new Promise((resolve) => ws.on('open', resolve));
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send('{"kind":"nonsense"}');
    expect(await closed).toBe(1008);
  });
});
