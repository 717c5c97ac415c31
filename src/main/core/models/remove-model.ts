import { rm } from 'node:fs/promises';
import type { ImportDeps } from './import-model';

/** Unregisters first, then deletes its files — never a linked model's, which belong to the owner. */
export async function removeModel(deps: ImportDeps, id: string): Promise<{ id: string }> {
  const removed = await deps.registry.remove(id);
  if (!removed.linked) await rm(deps.paths.installDir(removed.role, removed.id), { recursive: true, force: true });
  return { id };
}
