import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { Db } from '../db/client';
import { createShop, deleteShop, getShop, listShops, updateShop } from './shops-repo';

export function createShopsHandlers(db: () => Db) {
  return {
    'shops.list': async () => ({ items: listShops(db()) }),
    'shops.get': async ({ id }) => getShop(db(), id),
    'shops.create': async (input) => createShop(db(), input),
    'shops.update': async ({ id, patch }) => updateShop(db(), id, patch),
    'shops.delete': async ({ id }) => {
      deleteShop(db(), id);
      return { id };
    },
  } satisfies DomainHandlers<'shops.list' | 'shops.get' | 'shops.create' | 'shops.update' | 'shops.delete'>;
}
