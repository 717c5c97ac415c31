import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Catalog, CatalogEntry } from '../../../../shared/ipc/models';
import { testCommit, type TestHub } from './hub-server';

/**
 * A model of several files and the catalog entry that pins it at a commit of repository
 * test/<id> on a hub at `endpoint`. `publish` puts it on a test hub; `pathOf` is where a file is served.
 */
export function testRepoModel(id: string, endpoint: string, content: Record<string, Buffer>, overrides: Partial<CatalogEntry> = {}) {
  const repo = `test/${id}`;
  const commit = testCommit(id);
  const entry: CatalogEntry = {
    id,
    role: 'diffusion',
    name: id,
    publisher: 'test',
    format: 'onnx-folder',
    descriptionKo: '테스트 모델',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    licenceTermsKo: '상업적으로 써도 돼요.',
    commercialUse: true,
    ramBytes: 1,
    vramBytes: 0,
    bundled: false,
    hub: { endpoint, repo, revision: commit },
    files: Object.entries(content).map(([path, bytes]) => ({ path, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })),
    source: 'https://example.invalid/test',
    ...overrides,
  };
  const pathOf = (file: string, revision = commit) => `/${repo}/resolve/${revision}/${file}`;
  return { entry, repo, commit, content, pathOf, publish: (hub: TestHub, branch?: string) => hub.publish(repo, commit, content, branch) };
}

/** A one-file copy model (random bytes of a size, or the bytes given); `path` is where its file is served. */
export function testModel(id: string, endpoint: string, content: number | Buffer, overrides: Partial<CatalogEntry> = {}) {
  const bytes = typeof content === 'number' ? randomBytes(content) : content;
  const file = `${id}.gguf`;
  const model = testRepoModel(id, endpoint, { [file]: bytes }, { role: 'llm', format: 'gguf', ...overrides });
  return { ...model, bytes, path: model.pathOf(file), publish: (hub: TestHub) => model.publish(hub)(file) };
}

/** Every file under a folder, by its '/'-separated path: a model folder as a repository holds it. */
export function folderContent(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => [relative(dir, join(item.parentPath, item.name)).split(sep).join('/'), readFileSync(join(item.parentPath, item.name))]),
  );
}

export const catalogOf = (entries: CatalogEntry[]): Catalog => ({ version: 1, updated: '2026-11-21', entries });
