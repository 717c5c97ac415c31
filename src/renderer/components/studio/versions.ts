import type { Generation } from '../../../shared/ipc/generations';

/**
 * The versions of a result in the order they were made: its ancestors (each edit points back to
 * the result it changed), itself, then the newest edit of it, and of that, and so on. Only
 * results the window has loaded are walked; a cycle in untrusted rows ends the walk.
 */
export function versionChain(current: Generation, known: readonly Generation[]): Generation[] {
  const byId = new Map(known.map((generation) => [generation.id, generation]));
  byId.set(current.id, current);
  const seen = new Set([current.id]);
  const before: Generation[] = [];
  for (let parent = current.parentId ? byId.get(current.parentId) : undefined; parent && !seen.has(parent.id); parent = parent.parentId ? byId.get(parent.parentId) : undefined) {
    seen.add(parent.id);
    before.unshift(parent);
  }
  const after: Generation[] = [];
  for (let at = current; ; ) {
    const newest = [...byId.values()].filter((g) => g.parentId === at.id && !seen.has(g.id)).sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id))[0];
    if (!newest) break;
    seen.add(newest.id);
    after.push(newest);
    at = newest;
  }
  return [...before, current, ...after];
}
