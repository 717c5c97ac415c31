import { createHash, randomBytes } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../../../../shared/ipc/models';
import { testCommit, type TestHub } from './hub-server';

/**
 * A one-file model (random bytes of a size, or the bytes given) and the catalog entry that pins
 * it at a commit of repository test/<id> on a hub at `endpoint`. `publish` puts it on a test hub
 * and returns the path its file is served at.
 */
export function testModel(id: string, endpoint: string, content: number | Buffer, overrides: Partial<CatalogEntry> = {}) {
  const bytes = typeof content === 'number' ? randomBytes(content) : content;
  const repo = `test/${id}`;
  const commit = testCommit(id);
  const file = `${id}.gguf`;
  const entry: CatalogEntry = {
    id,
    role: 'llm',
    name: id,
    publisher: 'test',
    format: 'gguf',
    descriptionKo: '테스트 모델',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    licenceTermsKo: '상업적으로 써도 돼요.',
    commercialUse: true,
    ramBytes: 1,
    vramBytes: 0,
    bundled: false,
    hub: { endpoint, repo, revision: commit },
    files: [{ path: file, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }],
    source: 'https://example.invalid/test',
    ...overrides,
  };
  return { bytes, entry, repo, commit, path: `/${repo}/resolve/${commit}/${file}`, publish: (hub: TestHub) => hub.publish(repo, commit, { [file]: bytes })(file) };
}

export const catalogOf = (entries: CatalogEntry[]): Catalog => ({ version: 1, updated: '2026-11-21', entries });
