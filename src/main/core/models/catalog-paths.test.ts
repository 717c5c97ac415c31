import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogSchema, safeRelativePathSchema } from '../../../shared/ipc/models';
import { catalogFromEnv } from './catalog';
import { createDownloadManager } from './download-manager';
import { modelPaths, resolveInside } from './model-paths';
import { createRegistry } from './registry';
import { catalogOf, testModel } from './testing/catalog-fixture';
import { startHubServer } from './testing/hub-server';

const server = await startHubServer();
afterAll(() => server.close());

const traversal = '../../../outside/existing.txt';

/** A data folder with a file of the owner's beside it, and a catalog entry aimed at that file. */
function attack() {
  const base = mkdtempSync(join(tmpdir(), 'adstudio-traversal-'));
  const dataDir = join(base, 'data');
  const outside = join(dataDir, 'outside', 'existing.txt');
  mkdirSync(join(dataDir, 'outside'), { recursive: true });
  writeFileSync(outside, '사장님의 파일');
  const model = testModel('escape', server.endpoint, Buffer.from('attacker bytes'));
  model.publish(server);
  const entry = { ...model.entry, files: model.entry.files.map((f) => ({ ...f, path: traversal })) };
  return { dataDir, outside, entry, model };
}

describe('catalog file paths', () => {
  it.each([traversal, '..', 'a/../b', 'a/..', './a', '...', '/etc/passwd', 'C:\\x', 'C:/x', 'c:x', 'a\\b', '\\\\server\\share\\x', 'a//b', ''])('refuses %j at parse', (path) => {
    expect(safeRelativePathSchema.safeParse(path).success).toBe(false);
  });

  it.each(['Qwen3-4B-Q4_K_M.gguf', 'unet/model.onnx', 'vae_decoder/model.onnx_data', 'a.b/c..d'])('accepts %j', (path) => {
    expect(safeRelativePathSchema.safeParse(path).success).toBe(true);
  });

  it('refuses a catalog file named by ADSTUDIO_CATALOG whose entry climbs out of models/', () => {
    const { dataDir, entry } = attack();
    const catalogFile = join(dataDir, 'catalog.json');
    writeFileSync(catalogFile, JSON.stringify(catalogOf([entry])));
    expect(() => catalogFromEnv({ ADSTUDIO_CATALOG: catalogFile })).toThrow(expect.objectContaining({ code: 'MODEL_INVALID', message: expect.stringContaining('path') }));
  });

  it('never writes outside models/ even for a catalog that skipped the schema, and the outside file is unchanged', async () => {
    const { dataDir, outside, entry, model } = attack();
    const paths = modelPaths(dataDir);
    const registry = createRegistry(paths);
    const manager = createDownloadManager({ paths, catalog: catalogOf([entry]), registry, emit: () => undefined, marginBytes: 0, backoffMs: () => 1 });
    const started = manager.download(entry.id).then(() => manager.settled(entry.id));
    await expect(started).rejects.toMatchObject({ code: 'MODEL_INVALID' });
    expect(readFileSync(outside, 'utf8')).toBe('사장님의 파일');
    expect(existsSync(`${outside}.part`)).toBe(false);
    expect(server.seen.filter((r) => r.path === model.path)).toEqual([]);
    expect(registry.list()).toEqual([]);
  });
});

describe('model ids', () => {
  const withId = (id: string) => catalogSchema.safeParse(catalogOf([testModel('x', server.endpoint, 10, { id }).entry])).success;

  it.each(['..', '.downloads', 'a/b', 'a\\b', 'con', 'nul.gguf', 'com1', 'model.', 'A-upper'])('refuses %j, which could leave or confuse models/', (id) => {
    expect(withId(id)).toBe(false);
  });

  it('accepts the shipped kind of id', () => {
    expect(withId('qwen3-4b-q4km')).toBe(true);
  });
});

describe('catalog URLs', () => {
  const withUrl = (url: string) => catalogSchema.safeParse(catalogOf([testModel('u1', url, 10).entry])).success;

  it.each(['http://example.com/model.gguf', 'http://192.168.0.10/model.gguf', 'http://127.0.0.2/model.gguf', 'ftp://example.com/model.gguf', 'file:///etc/passwd'])('refuses %j', (url) => {
    expect(withUrl(url)).toBe(false);
  });

  it.each(['https://huggingface.co/a/b/resolve/main/m.gguf', 'http://127.0.0.1:8080/m.gguf', 'http://localhost/m.gguf', 'http://[::1]:9/m.gguf'])('accepts %j', (url) => {
    expect(withUrl(url)).toBe(true);
  });
});

describe('resolveInside', () => {
  const root = join(tmpdir(), 'root');

  it('joins a path inside its root', () => {
    expect(resolveInside(root, 'llm/a/b.gguf')).toBe(join(root, 'llm', 'a', 'b.gguf'));
  });

  it.each(['..', '../x', 'a/../../x', '/etc/passwd', '', '.'])('refuses %j', (path) => {
    expect(() => resolveInside(root, path)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  });
});
