import { describe, expect, it } from 'vitest';
import type { Generation } from '../../../shared/ipc/generations';
import { versionChain } from './versions';

const made = (id: string, parentId: string | null, createdAt: number): Generation =>
  ({ id, parentId, createdAt, kind: 'image', outputs: [], inputMedia: [], outputCopy: null }) as unknown as Generation;

describe('versionChain', () => {
  const original = made('a', null, 1);
  const firstEdit = made('b', 'a', 2);
  const secondEdit = made('c', 'b', 3);
  const otherBranch = made('d', 'a', 4);
  const unrelated = made('x', null, 5);

  it('walks back to the original and forward along the newest edits, from any version', () => {
    const known = [original, firstEdit, secondEdit, unrelated];
    expect(versionChain(firstEdit, known).map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(versionChain(original, known).map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(versionChain(secondEdit, known).map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(versionChain(unrelated, known).map((g) => g.id)).toEqual(['x']);
  });

  it('follows the newest of two edits of the same version forward', () => {
    expect(versionChain(original, [original, firstEdit, secondEdit, otherBranch]).map((g) => g.id)).toEqual(['a', 'd']);
  });

  it('stops at a result it has not loaded and at a loop in the rows', () => {
    expect(versionChain(secondEdit, [secondEdit]).map((g) => g.id)).toEqual(['c']);
    const loopA = made('p', 'q', 1);
    const loopB = made('q', 'p', 2);
    expect(versionChain(loopA, [loopA, loopB]).map((g) => g.id)).toEqual(['q', 'p']);
  });
});
