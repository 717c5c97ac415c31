import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogEntry, DownloadState } from '../../../shared/ipc/models';
import { loadPipeline } from '../../inference/diffusion/load-pipeline';
import { writeTinyDiffusers } from '../../inference/diffusion/testing/tiny-diffusers';
import { createDownloadManager } from './download-manager';
import { modelPaths } from './model-paths';
import { createRegistry } from './registry';
import { catalogOf, folderContent, testRepoModel } from './testing/catalog-fixture';
import { startHubServer, testCommit } from './testing/hub-server';

// Multi-file models from a loopback hub that speaks the tree API and resolve/ with ranges, and lies on request.
const hub = await startHubServer();
afterAll(() => hub.close());

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'adstudio-hub-'));
  hub.seen.length = 0;
  delete hub.overrides.tree;
  delete hub.overrides.revision;
});

/** An inpainting diffusers folder with random weights, plus 2 MiB of weights so a download takes a while. */
const folder = folderContent(writeTinyDiffusers(mkdtempSync(join(tmpdir(), 'adstudio-hub-model-')), { unetChannels: 9 }));
const content = (extra: Buffer = randomBytes(2 * 1024 * 1024)): Record<string, Buffer> => ({ ...folder, 'unet/weights.pb': extra });

function setup(entries: CatalogEntry[]) {
  const paths = modelPaths(dataDir);
  const registry = createRegistry(paths);
  const events: DownloadState[] = [];
  const manager = createDownloadManager({ paths, catalog: catalogOf(entries), registry, emit: (s) => events.push(s), backoffMs: () => 20, marginBytes: 0 });
  return { paths, registry, events, manager };
}

/** Nothing of a refused model is visible: not registered, no folder, no partial a restart would offer to resume. */
async function expectNothingLeft(entry: CatalogEntry) {
  const { paths, registry, manager } = setup([entry]);
  expect(registry.list()).toEqual([]);
  expect(existsSync(paths.installDir(entry.role, entry.id))).toBe(false);
  expect(existsSync(paths.staging(entry.id))).toBe(false);
  expect(await manager.list()).toEqual([]);
}

const fileRequests = (repo: string) => hub.seen.filter((r) => r.path.startsWith(`/${repo}/resolve/`));

describe('a model of many files from the hub', () => {
  it('is one download with one progress, every file verified against the tree at its commit, installed as a folder that opens', async () => {
    const model = testRepoModel('hub-folder', hub.endpoint, content());
    model.publish(hub);
    const { manager, registry, events } = setup([model.entry]);
    await manager.download(model.entry.id);
    await manager.settled(model.entry.id);
    expect(events.at(-1)).toMatchObject({ status: 'done', error: null });
    expect(new Set(events.map((e) => e.totalBytes))).toEqual(new Set([Object.values(model.content).reduce((sum, b) => sum + b.length, 0)]));
    const installed = registry.find(model.entry.id);
    expect(installed).toMatchObject({ role: 'diffusion', format: 'onnx-folder', hub: { repo: model.repo, commit: model.commit } });
    for (const [path, bytes] of Object.entries(model.content)) expect(readFileSync(join(installed?.path ?? '', path)).equals(bytes), path).toBe(true);
    // Only the files the catalog names, each once, from resolve/<commit>/.
    expect(fileRequests(model.repo).map((r) => r.path).sort()).toEqual(Object.keys(model.content).map((p) => model.pathOf(p)).sort());
    const pipeline = await loadPipeline(installed?.path ?? '', ['cpu']);
    expect(pipeline.unet.inChannels).toBe(9);
    await pipeline.release();
  });

  it('pinned to a branch: the first download records the commit, and a resume after a kill stays on it though the branch moved', { timeout: 60_000 }, async () => {
    const model = testRepoModel('hub-killed', hub.endpoint, content());
    const entry = { ...model.entry, hub: { endpoint: hub.endpoint, repo: model.repo, revision: 'main' } };
    model.publish(hub, 'main');
    hub.behaviours.set(model.pathOf('unet/weights.pb'), { chunkDelayMs: 20, headers: { 'x-repo-commit': model.commit } });
    const catalogFile = join(dataDir, 'catalog.json');
    writeFileSync(catalogFile, JSON.stringify(catalogOf([entry])));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'download-child.ts'), dataDir, catalogFile, entry.id], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().trim().split('\n')) received = Math.max(received, Number(line) || 0);
    });
    // Killed part-way through the slow weights, the folder's other files done.
    const rest = Object.values(folder).reduce((sum, bytes) => sum + bytes.length, 0);
    await expect.poll(() => received, { timeout: 30_000 }).toBeGreaterThan(rest + 300_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // Meanwhile the branch moves to a new commit with other weights.
    hub.publish(model.repo, testCommit('hub-killed-2'), content(), 'main');
    hub.behaviours.set(model.pathOf('unet/weights.pb'), { headers: { 'x-repo-commit': model.commit } });
    hub.seen.length = 0;
    const { manager, registry } = setup([entry]);
    const [interrupted] = await manager.list();
    expect(interrupted).toMatchObject({ modelId: entry.id, status: 'paused' });
    // Nothing half-installed: no folder, nothing registered, until every file is verified.
    expect(registry.list()).toEqual([]);
    expect(existsSync(modelPaths(dataDir).installDir('diffusion', entry.id))).toBe(false);
    await manager.resume(entry.id);
    await manager.settled(entry.id);
    const installed = registry.find(entry.id);
    expect(installed?.hub).toEqual({ repo: model.repo, commit: model.commit });
    expect(readFileSync(join(installed?.path ?? '', 'unet/weights.pb')).equals(model.content['unet/weights.pb'] ?? Buffer.alloc(0))).toBe(true);
    // The resume asked the hub nothing about revisions: it used what the first run recorded.
    expect(hub.seen.filter((r) => r.path.startsWith('/api/'))).toEqual([]);
    const resumed = hub.seen.find((r) => r.path === model.pathOf('unet/weights.pb'));
    expect(Number(/bytes=(\d+)-/.exec(resumed?.range ?? '')?.[1])).toBeGreaterThan(0);
  });
});

describe('a hub answer that does not hold', () => {
  it('refuses a weight file whose bytes differ from its LFS hash, and a git-kept file whose blob id differs', async () => {
    for (const [id, file] of [['hub-tampered-lfs', 'unet/model.onnx'], ['hub-tampered-git', 'tokenizer/vocab.json']] as const) {
      const model = testRepoModel(id, hub.endpoint, content());
      // The catalog gives no SHA-256 here: the hub's answer alone must catch it.
      const entry = { ...model.entry, files: model.entry.files.map(({ sha256: _, ...rest }) => rest) };
      model.publish(hub);
      const original = model.content[file] ?? Buffer.alloc(0);
      const tampered = Buffer.from(original);
      const middle = Math.floor(tampered.length / 2);
      tampered.writeUInt8(tampered.readUInt8(middle) ^ 0xff, middle);
      hub.files.set(model.pathOf(file), tampered);
      const { manager, events } = setup([entry]);
      await manager.download(entry.id);
      await manager.settled(entry.id);
      expect(events.at(-1), id).toMatchObject({ status: 'failed', error: { code: 'CHECKSUM_MISMATCH', message: expect.stringContaining(file), userMessage: expect.stringContaining('원본과 달라') } });
      await expectNothingLeft(entry);
    }
  });

  it("refuses a hub that answers for another commit, in its model info or in a file's X-Repo-Commit", async () => {
    const moved = testRepoModel('hub-moved', hub.endpoint, content());
    moved.publish(hub);
    hub.overrides.revision = (repo, _revision, sha) => (repo === moved.repo ? testCommit('elsewhere') : sha);
    const first = setup([moved.entry]);
    await first.manager.download(moved.entry.id);
    await first.manager.settled(moved.entry.id);
    expect(first.events.at(-1)).toMatchObject({ status: 'failed', error: { code: 'MODEL_INVALID', message: expect.stringContaining(testCommit('elsewhere')), userMessage: expect.stringContaining('버전과 달라서') } });
    expect(fileRequests(moved.repo)).toEqual([]);
    await expectNothingLeft(moved.entry);

    const swapped = testRepoModel('hub-swapped', hub.endpoint, content());
    swapped.publish(hub);
    hub.behaviours.set(swapped.pathOf('unet/weights.pb'), { headers: { 'x-repo-commit': testCommit('elsewhere') } });
    const second = setup([swapped.entry]);
    await second.manager.download(swapped.entry.id);
    await second.manager.settled(swapped.entry.id);
    expect(second.events.at(-1)).toMatchObject({ status: 'failed', error: { code: 'MODEL_INVALID', message: expect.stringContaining(`answered for commit ${testCommit('elsewhere')}`) } });
    await expectNothingLeft(swapped.entry);
  });

  it('refuses a weight file without an LFS object, and a file the tree does not have, before fetching anything', async () => {
    const noLfs = testRepoModel('hub-no-lfs', hub.endpoint, content());
    noLfs.publish(hub);
    hub.overrides.tree = (repo, entries) => (repo === noLfs.repo ? entries.map((item) => (item.path === 'unet/model.onnx' ? { ...item, lfs: undefined } : item)) : entries);
    const missing = testRepoModel('hub-missing-file', hub.endpoint, content());
    missing.publish(hub);
    const unexpected = { ...missing.entry, files: [...missing.entry.files, { path: 'unet/model_fp16.onnx', sizeBytes: 1000 }] };
    for (const [entry, why] of [[noLfs.entry, 'unet/model.onnx has no LFS object'], [unexpected, 'unet/model_fp16.onnx is not a file of the repository']] as const) {
      const { manager, events } = setup([entry]);
      await manager.download(entry.id);
      await manager.settled(entry.id);
      expect(events.at(-1), entry.id).toMatchObject({ status: 'failed', error: { code: 'MODEL_INVALID', message: expect.stringContaining(why), userMessage: expect.stringContaining('목록과 맞지 않아') } });
      expect(fileRequests(entry.hub?.repo ?? '')).toEqual([]);
      await expectNothingLeft(entry);
    }
  });
});
