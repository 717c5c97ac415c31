import type { StateCreator } from 'zustand';
import type { AppInfo, Health, StorageState } from '../../../shared/ipc/app';
import type { Client } from '../../../shared/ipc/client';
import type { AppState } from './store';
import { toNotice } from './notice';

export interface SystemSlice {
  info: AppInfo | undefined;
  health: Health | undefined;
  /** Whether the data folder takes writes; read-only after a full disk until there is room. */
  storage: StorageState | undefined;
  loadSystem(): Promise<void>;
  receiveStorage(storage: StorageState): void;
}

export const createSystemSlice =
  (client: Client): StateCreator<AppState, [], [], SystemSlice> =>
  (set) => ({
    info: undefined,
    health: undefined,
    storage: undefined,
    // Health answers at once while the hardware probe takes a moment: each shows when it arrives.
    async loadSystem() {
      const fail = (error: unknown) => set({ notice: toNotice(error) });
      await Promise.all([
        client.invoke('app.health', {}).then((health) => set({ health, storage: health.storage }), fail),
        client.invoke('app.info', {}).then((info) => set({ info }), fail),
      ]);
    },
    receiveStorage: (storage) => set({ storage }),
  });
