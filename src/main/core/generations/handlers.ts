import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { Db } from '../db/client';
import { getGeneration, pageGenerations, restoreGenerations, softDeleteGenerations } from './generations-repo';

export function createGenerationsHandlers(db: () => Db) {
  return {
    'generations.page': async (q) => pageGenerations(db(), q),
    'generations.get': async ({ id }) => getGeneration(db(), id),
    'generations.delete': async ({ ids }) => softDeleteGenerations(db(), ids),
    'generations.restore': async ({ ids }) => ({ restored: restoreGenerations(db(), ids) }),
  } satisfies DomainHandlers<'generations.page' | 'generations.get' | 'generations.delete' | 'generations.restore'>;
}
