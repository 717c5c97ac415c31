import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Client } from '../../../shared/ipc/client';
import type { Notice } from './notice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createSystemSlice, type SystemSlice } from './system-slice';

export interface NoticeSlice {
  /** A window-wide error (a failed load); field errors live in their own slice. */
  notice: Notice | undefined;
  dismissNotice(): void;
}

export type AppState = SystemSlice & SettingsSlice & NoticeSlice;
export type AppStore = StoreApi<AppState>;

/** A plain store over any client, so its logic is tested without React or a window. */
export function createAppStore(client: Client): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createSystemSlice(client)(...args),
    ...createSettingsSlice(client)(...args),
    notice: undefined,
    dismissNotice: () => args[0]({ notice: undefined }),
  }));
}
