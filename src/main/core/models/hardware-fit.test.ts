import { describe, expect, it } from 'vitest';
import type { ModelFit } from '../../../shared/ipc/models';
import { findResourcesDir } from '../paths/resources-dir';
import { loadCatalog } from './catalog';
import { recommend } from './hardware-fit';

const catalog = loadCatalog(findResourcesDir());
const fitting = (...ids: string[]): ModelFit[] => catalog.entries.map((entry) => ({ modelId: entry.id, verdict: ids.includes(entry.id) ? 'fits' : 'wont-fit', reason: { code: 'memory', params: {} } }));

describe('the recommended model', () => {
  it('is the one the descriptions call best for Korean shop ads when it fits, not the biggest', () => {
    const all = catalog.entries.map((entry) => entry.id);
    expect(recommend(catalog, fitting(...all)).llm).toBe('hyperclovax-seed-1.5b-q4km');
    expect(catalog.entries.find((entry) => entry.id === 'hyperclovax-seed-1.5b-q4km')?.descriptionKo).toContain('가장 잘 맞아요');
  });

  it('falls to the next in order on a small computer, and to none when nothing fits', () => {
    expect(recommend(catalog, fitting('hyperclovax-seed-0.5b-q4km', 'qwen3-1.7b-q8')).llm).toBe('hyperclovax-seed-0.5b-q4km');
    expect(recommend(catalog, fitting('qwen3-1.7b-q8', 'qwen3-4b-q4km')).llm).toBe('qwen3-4b-q4km');
    expect(recommend(catalog, fitting()).llm).toBeNull();
  });
});
