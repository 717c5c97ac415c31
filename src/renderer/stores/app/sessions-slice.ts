import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { Session } from '../../../shared/ipc/sessions';
import { toNotice } from './notice';
import type { AppState } from './store';

export interface SessionsSlice {
  sessions: Session[];
  sessionQuery: string;
  showArchived: boolean;
  sessionId: string | undefined;
  loadSessions(): Promise<void>;
  searchSessions(query: string): Promise<void>;
  toggleArchived(): Promise<void>;
  /** An empty chat: the first request creates the session. */
  newSession(): void;
  openSession(id: string): Promise<void>;
  renameSession(id: string, title: string): Promise<void>;
  archiveSession(id: string, archived: boolean): Promise<void>;
  deleteSession(id: string): Promise<void>;
}

export const createSessionsSlice =
  (client: Client): StateCreator<AppState, [], [], SessionsSlice> =>
  (set, get) => {
    const fail = (error: unknown) => set({ notice: toNotice(error) });
    return {
      sessions: [],
      sessionQuery: '',
      showArchived: false,
      sessionId: undefined,
      async loadSessions() {
        const { shopId, sessionQuery, showArchived } = get();
        if (!shopId) return;
        try {
          const page = await client.invoke('sessions.list', { shopId, limit: 100, archived: showArchived, query: sessionQuery || undefined });
          const opening = get().sessions.length === 0 && !get().sessionId && get().jobs.length === 0 ? page.items[0] : undefined;
          set({ sessions: page.items });
          // A window that opens picks up the newest chat where the owner left off.
          if (opening && !showArchived && !sessionQuery) await get().openSession(opening.id);
        } catch (error) {
          fail(error);
        }
      },
      async searchSessions(query) {
        set({ sessionQuery: query });
        await get().loadSessions();
      },
      async toggleArchived() {
        set({ showArchived: !get().showArchived });
        await get().loadSessions();
      },
      newSession() {
        set({ sessionId: undefined, messages: [], messagesCursor: null, generations: [] });
      },
      async openSession(id) {
        set({ sessionId: id, messages: [], messagesCursor: null, generations: [] });
        await get().loadConversation();
      },
      async renameSession(id, title) {
        try {
          const session = await client.invoke('sessions.rename', { id, title });
          set({ sessions: get().sessions.map((s) => (s.id === id ? session : s)) });
        } catch (error) {
          fail(error);
        }
      },
      async archiveSession(id, archived) {
        try {
          await client.invoke('sessions.archive', { id, archived });
          if (get().sessionId === id) get().newSession();
          await get().loadSessions();
        } catch (error) {
          fail(error);
        }
      },
      async deleteSession(id) {
        try {
          const { undoUntil } = await client.invoke('sessions.delete', { id });
          if (get().sessionId === id) get().newSession();
          set({ sessions: get().sessions.filter((s) => s.id !== id) });
          get().offerUndo({
            message: 'undo.sessionDeleted',
            until: undoUntil,
            undo: async () => {
              await client.invoke('sessions.restore', { id });
              await get().loadSessions();
            },
          });
        } catch (error) {
          fail(error);
        }
      },
    };
  };
