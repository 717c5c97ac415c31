import { createHash, randomBytes } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../../../../shared/ipc/models';

/** A model file (random bytes of a size, or the bytes given) and the catalog entry that points at it on the test server. */
export function testModel(id: string, url: (path: string) => string, content: number | Buffer, overrides: Partial<CatalogEntry> = {}) {
  const bytes = typeof content === 'number' ? randomBytes(content) : content;
  const sizeBytes = bytes.length;
  const path = `/${id}/${id}.gguf`;
  const entry: CatalogEntry = {
    id,
    role: 'llm',
    name: id,
    publisher: 'test',
    format: 'gguf',
    descriptionKo: '테스트 모델',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    commercialUse: true,
    ramBytes: 1,
    vramBytes: 0,
    bundled: false,
    files: [{ path: `${id}.gguf`, url: url(path), sizeBytes, sha256: createHash('sha256').update(bytes).digest('hex') }],
    source: 'https://example.invalid/test',
    ...overrides,
  };
  return { bytes, path, entry };
}

export const catalogOf = (entries: CatalogEntry[]): Catalog => ({ version: 1, updated: '2026-11-21', entries });
