import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { Shop, ShopCreate, ShopPatch } from '../../../shared/ipc/shops';
import { toNotice } from './notice';
import type { AppState } from './store';

export interface ShopsSlice {
  /** undefined until loaded: the window waits before choosing onboarding or the studio. */
  shops: Shop[] | undefined;
  shopId: string | undefined;
  loadShops(): Promise<void>;
  createShop(input: ShopCreate): Promise<boolean>;
  updateShop(id: string, patch: ShopPatch): Promise<boolean>;
}

export const createShopsSlice =
  (client: Client): StateCreator<AppState, [], [], ShopsSlice> =>
  (set, get) => ({
    shops: undefined,
    shopId: undefined,
    async loadShops() {
      try {
        const { items } = await client.invoke('shops.list', {});
        set({ shops: items, shopId: get().shopId ?? items[0]?.id });
      } catch (error) {
        set({ notice: toNotice(error) });
      }
    },
    async createShop(input) {
      try {
        const shop = await client.invoke('shops.create', input);
        set({ shops: [...(get().shops ?? []), shop], shopId: shop.id, notice: undefined });
        return true;
      } catch (error) {
        set({ notice: toNotice(error) });
        return false;
      }
    },
    async updateShop(id, patch) {
      try {
        const shop = await client.invoke('shops.update', { id, patch });
        set({ shops: (get().shops ?? []).map((s) => (s.id === id ? shop : s)), notice: undefined });
        return true;
      } catch (error) {
        set({ notice: toNotice(error) });
        return false;
      }
    },
  });
