import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Behaviour } from './testing/file-server';
import { startHubServer, treeOf } from './testing/hub-server';
import { pinFiles } from './hub/pin-files';
import type { CatalogEntry, DownloadState } from '../../../shared/ipc/models';
import { createDownloadManager } from './download-manager';
import { modelPaths } from './model-paths';
import { createRegistry } from './registry';
import { catalogOf, testModel } from './testing/catalog-fixture';

// Downloads against a loopback hub that drops connections, fails and throttles on request.
const server = await startHubServer();
const { behaviours } = server;
afterAll(() => server.close());

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'adstudio-dl-'));
  server.seen.length = 0;
});

function setup(entries: CatalogEntry[], options: { marginBytes?: number; dir?: string } = {}) {
  const paths = modelPaths(options.dir ?? dataDir);
  const registry = createRegistry(paths);
  const events: DownloadState[] = [];
  const manager = createDownloadManager({ paths, catalog: catalogOf(entries), registry, emit: (s) => events.push(s), backoffMs: () => 20, marginBytes: options.marginBytes ?? 0 });
  return { paths, registry, events, manager };
}

function serve(id: string, size: number, behaviour: Behaviour = {}) {
  const model = testModel(id, server.endpoint, size);
  behaviours.set(model.publish(server), behaviour);
  return model;
}

const offsets = (path: string) => server.seen.filter((r) => r.path === path).map((r) => Number(/bytes=(\d+)-/.exec(r.range ?? '')?.[1] ?? 0));

describe('model downloads', () => {
  it('resumes after the connection drops at 30 % and again at 70 %, verifies, and installs', async () => {
    const size = 3 * 1024 * 1024;
    const model = serve('drop-twice', size, { dropAt: (n) => [0.3, 0.7][n] });
    const { manager, registry, paths, events } = setup([model.entry]);
    await manager.download(model.entry.id);
    await manager.settled(model.entry.id);
    const resumedAt = offsets(model.path);
    expect(resumedAt).toHaveLength(3);
    // Resumed from what reached the disk: at most a few chunks short of where the line dropped.
    const slack = 4 * 65_536;
    expect(resumedAt[1]).toBeGreaterThanOrEqual(Math.floor(size * 0.3) - slack);
    expect(resumedAt[2]).toBeGreaterThanOrEqual(Math.floor(size * 0.7) - slack);
    const installed = registry.find(model.entry.id);
    expect(installed).toMatchObject({ role: 'llm', active: true, sizeBytes: size });
    expect(readFileSync(installed?.path ?? '').equals(model.bytes)).toBe(true);
    expect(existsSync(paths.staging(model.entry.id))).toBe(false);
    expect(events.at(-1)).toMatchObject({ status: 'done', receivedBytes: size });
    expect(events.some((e) => e.status === 'verifying')).toBe(true);
  });

  it('pauses, keeps the partial, and resumes from it', async () => {
    const model = serve('pausing', 2 * 1024 * 1024, { chunkDelayMs: 15 });
    const { manager, registry, events } = setup([model.entry]);
    await manager.download(model.entry.id);
    await expect.poll(() => events.at(-1)?.receivedBytes ?? 0, { timeout: 10_000 }).toBeGreaterThan(300_000);
    const paused = await manager.pause(model.entry.id);
    expect(paused.status).toBe('paused');
    expect(registry.find(model.entry.id)).toBeUndefined();
    behaviours.set(model.path, {});
    await manager.resume(model.entry.id);
    await manager.settled(model.entry.id);
    expect(offsets(model.path)[1]).toBe(paused.receivedBytes);
    expect(registry.find(model.entry.id)).toBeDefined();
  });

  it("refuses before fetching a byte when the catalog's SHA-256 and the hub's disagree", async () => {
    const model = serve('bad-hash', 400_000);
    const entry = { ...model.entry, files: model.entry.files.map((f) => ({ ...f, sha256: '0'.repeat(64) })) };
    const { manager, registry, paths, events } = setup([entry]);
    await manager.download(entry.id);
    await manager.settled(entry.id);
    expect(events.at(-1)).toMatchObject({ status: 'failed', error: { code: 'MODEL_INVALID', message: expect.stringContaining('differ'), userMessage: expect.stringContaining('목록과 맞지 않아') } });
    expect(offsets(model.path)).toEqual([]);
    expect(registry.list()).toEqual([]);
    expect(existsSync(paths.staging(entry.id))).toBe(false);
    expect(existsSync(paths.installDir('llm', entry.id))).toBe(false);
  });

  it('explains 404 and 500 in Korean, retrying only what can get better', async () => {
    const missing = serve('gone', 1000);
    server.files.delete(missing.path);
    const failing = serve('server-error', 1000, { status: () => 500 });
    const { manager, events } = setup([missing.entry, failing.entry]);
    await manager.download(missing.entry.id);
    await manager.settled(missing.entry.id);
    expect(events.at(-1)).toMatchObject({ status: 'failed', error: { code: 'DOWNLOAD_FAILED', userMessage: expect.stringContaining('404') } });
    expect(offsets(missing.path)).toHaveLength(1);
    await manager.download(failing.entry.id);
    await manager.settled(failing.entry.id);
    expect(events.at(-1)).toMatchObject({ status: 'failed', error: { code: 'DOWNLOAD_FAILED', userMessage: expect.stringContaining('500') } });
    expect(offsets(failing.path).length).toBeGreaterThan(3);
    // Each failed attempt is said as it happens, with when the next comes.
    expect(events.filter((e) => e.modelId === failing.entry.id && e.retry).map((e) => e.retry)).toEqual(
      [1, 2, 3, 4, 5].map((attempt) => ({ attempt, attempts: 6, inSeconds: 1, reason: 'server' })),
    );
  });

  it('says within 3 s that a server is unreachable, and clears that once bytes flow', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const model = testModel('unreachable', `http://127.0.0.1:${closed}`, 1000);
    const { manager, events } = setup([model.entry]);
    const started = performance.now();
    await manager.download(model.entry.id);
    await expect.poll(() => events.find((e) => e.retry !== null)?.retry, { timeout: 3_000 }).toMatchObject({ attempt: 1, reason: 'network' });
    expect(performance.now() - started).toBeLessThan(3_000);
    await manager.settled(model.entry.id);
    expect(events.at(-1)).toMatchObject({ status: 'failed', retry: null });

    const flaky = serve('drop-once', 256 * 1024, { dropAt: (n) => [0.5][n] });
    const second = setup([flaky.entry]);
    await second.manager.download(flaky.entry.id);
    await second.manager.settled(flaky.entry.id);
    const retried = second.events.findIndex((e) => e.retry !== null);
    expect(retried).toBeGreaterThan(-1);
    expect(second.events.slice(retried + 1).some((e) => e.status === 'downloading' && e.retry === null)).toBe(true);
    expect(second.events.at(-1)).toMatchObject({ status: 'done', retry: null });
  });

  it('starts over when the server answers 416 to a stale partial', async () => {
    const model = serve('stale', 300_000, { status: (n) => (n === 0 ? 416 : undefined) });
    const { manager, registry, paths } = setup([model.entry]);
    mkdirSync(paths.staging(model.entry.id), { recursive: true });
    // A partial of this very download (its hub answer beside it), whose bytes no longer match the server's.
    writeFileSync(join(paths.staging(model.entry.id), 'download.json'), JSON.stringify(pinFiles(model.entry, model.commit, treeOf(new Map([[`${model.entry.id}.gguf`, model.bytes]])))));
    writeFileSync(join(paths.staging(model.entry.id), `${model.entry.id}.gguf.part`), Buffer.alloc(100_000, 7));
    await manager.download(model.entry.id);
    await manager.settled(model.entry.id);
    expect(offsets(model.path)).toEqual([100_000, 0]);
    expect(readFileSync(registry.find(model.entry.id)?.path ?? '').equals(model.bytes)).toBe(true);
  });

  it('survives the process being killed mid-download: the next run lists it paused and resumes', { timeout: 60_000 }, async () => {
    const model = serve('killed', 3 * 1024 * 1024, { chunkDelayMs: 20 });
    const catalogFile = join(dataDir, 'catalog.json');
    writeFileSync(catalogFile, JSON.stringify(catalogOf([model.entry])));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'download-child.ts'), dataDir, catalogFile, model.entry.id], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().trim().split('\n')) received = Math.max(received, Number(line) || 0);
    });
    await expect.poll(() => received, { timeout: 30_000 }).toBeGreaterThan(600_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    behaviours.set(model.path, {});
    const { manager, registry, paths } = setup([model.entry]);
    const [interrupted] = await manager.list();
    expect(interrupted).toMatchObject({ modelId: model.entry.id, status: 'paused' });
    expect(interrupted?.receivedBytes).toBeGreaterThan(600_000);
    expect(registry.list()).toEqual([]);
    await manager.resume(model.entry.id);
    await manager.settled(model.entry.id);
    expect(offsets(model.path).at(-1)).toBe(interrupted?.receivedBytes);
    expect(readFileSync(registry.find(model.entry.id)?.path ?? '').equals(model.bytes)).toBe(true);
    expect(readdirSync(paths.downloads)).toEqual([]);
  });
});

describe('a full disk', () => {
  // Mounted when the tests run, not when they are collected: a filtered run would mount and never unmount.
  let mountPoint = '';
  let mounted = false;
  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'adstudio-small-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'ignore' });
      mounted = true;
    } catch {
      console.log('a full disk: mounting a 1 MB tmpfs needs root; these cases were skipped here');
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses to start when the model cannot fit', async (context) => {
    if (!mounted) context.skip();
    const model = serve('too-big', 2 * 1024 * 1024);
    const { manager } = setup([model.entry], { dir: join(mountPoint, 'a') });
    await expect(manager.download(model.entry.id)).rejects.toMatchObject({ code: 'DISK_FULL', userMessage: expect.stringContaining('저장 공간') });
    expect(offsets(model.path)).toEqual([]);
  });

  it('refuses a bundle before any of it starts when its models fit one by one but not together', async (context) => {
    if (!mounted) context.skip();
    const first = serve('bundle-a', 600_000);
    const second = serve('bundle-b', 600_000);
    const { manager, events } = setup([first.entry, second.entry], { dir: join(mountPoint, 'c') });
    await expect(manager.downloadAll([first.entry.id, second.entry.id])).rejects.toMatchObject({ code: 'DISK_FULL', userMessage: expect.stringContaining('저장 공간') });
    expect(events).toEqual([]);
    expect(offsets(first.path)).toEqual([]);
    expect(offsets(second.path)).toEqual([]);
  });

  it('stops with a clear error when the disk fills mid-download, leaving no partial file', async (context) => {
    if (!mounted) context.skip();
    const model = serve('fills-up', 700_000, { chunkDelayMs: 80 });
    const dir = join(mountPoint, 'b');
    const { manager, registry, paths, events } = setup([model.entry], { dir });
    await manager.download(model.entry.id);
    await expect.poll(() => events.at(-1)?.receivedBytes ?? 0, { timeout: 10_000 }).toBeGreaterThan(100_000);
    // Another program takes the rest of the disk.
    const filler = openSync(join(mountPoint, 'filler'), 'w');
    try {
      for (;;) writeSync(filler, Buffer.alloc(65_536));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(filler);
    }
    await manager.settled(model.entry.id);
    expect(events.at(-1)).toMatchObject({ status: 'failed', error: { code: 'DISK_FULL' } });
    expect(registry.list()).toEqual([]);
    expect(existsSync(paths.staging(model.entry.id))).toBe(false);
    expect(existsSync(paths.installDir('llm', model.entry.id))).toBe(false);
    rmSync(join(mountPoint, 'filler'));
    expect(statSync(mountPoint).isDirectory()).toBe(true);
  });
});
