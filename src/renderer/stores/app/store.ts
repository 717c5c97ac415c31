import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Client } from '../../../shared/ipc/client';
import { createChatSlice, type ChatSlice } from './chat-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createModelsSlice, type ModelsSlice } from './models-slice';
import type { Notice } from './notice';
import { createResultsSlice, type ResultsSlice } from './results-slice';
import { createSessionsSlice, type SessionsSlice } from './sessions-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createShopsSlice, type ShopsSlice } from './shops-slice';
import { createSystemSlice, type SystemSlice } from './system-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createVideosSlice, type VideosSlice } from './videos-slice';

export interface NoticeSlice {
  /** A window-wide error (a failed call); field errors live in their own slice. */
  notice: Notice | undefined;
  dismissNotice(): void;
}

export type AppState = SystemSlice & SettingsSlice & NoticeSlice & ShopsSlice & SessionsSlice & ChatSlice & ResultsSlice & LibrarySlice & ModelsSlice & VideosSlice & UiSlice;
export type AppStore = StoreApi<AppState>;

/** A plain store over any client, so its logic is tested without React or a window. */
export function createAppStore(client: Client): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createSystemSlice(client)(...args),
    ...createSettingsSlice(client)(...args),
    ...createShopsSlice(client)(...args),
    ...createSessionsSlice(client)(...args),
    ...createChatSlice(client)(...args),
    ...createResultsSlice(client)(...args),
    ...createLibrarySlice(client)(...args),
    ...createModelsSlice(client)(...args),
    ...createVideosSlice(client)(...args),
    ...createUiSlice(...args),
    notice: undefined,
    dismissNotice: () => args[0]({ notice: undefined }),
  }));
}
