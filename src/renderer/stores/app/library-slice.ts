import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { AdFormatName, Generation } from '../../../shared/ipc/generations';
import type { LibraryStats } from '../../../shared/ipc/library';
import { toNotice } from './notice';
import type { AppState } from './store';

export interface LibraryFilters {
  shopId?: string;
  kind?: Generation['kind'];
  style?: string;
  format?: AdFormatName;
  /** yyyy-mm-dd, inclusive. */
  from?: string;
  to?: string;
  query?: string;
}

export interface LibrarySlice {
  libraryItems: Generation[];
  libraryCursor: string | null;
  libraryFilters: LibraryFilters;
  libraryStats: LibraryStats | undefined;
  selected: string[];
  loadLibrary(): Promise<void>;
  loadMoreLibrary(): Promise<void>;
  setLibraryFilters(filters: Partial<LibraryFilters>): Promise<void>;
  toggleSelected(id: string): void;
  clearSelected(): void;
  deleteGenerations(ids: string[]): Promise<void>;
  exportGenerations(ids: string[]): Promise<void>;
}

const dayStart = (date: string): number => new Date(`${date}T00:00:00`).getTime();

export const createLibrarySlice =
  (client: Client): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => {
    const fail = (error: unknown) => set({ notice: toNotice(error) });
    const query = (cursor?: string) => {
      const f = get().libraryFilters;
      return {
        limit: 40,
        cursor,
        shopId: f.shopId,
        kind: f.kind,
        style: f.style || undefined,
        format: f.format,
        from: f.from ? dayStart(f.from) : undefined,
        to: f.to ? dayStart(f.to) + 86_399_999 : undefined,
        query: f.query?.trim() || undefined,
      };
    };
    return {
      libraryItems: [],
      libraryCursor: null,
      libraryFilters: {},
      libraryStats: undefined,
      selected: [],
      async loadLibrary() {
        try {
          const [page, stats] = await Promise.all([client.invoke('generations.page', query()), client.invoke('library.stats', {})]);
          set({ libraryItems: page.items, libraryCursor: page.nextCursor, libraryStats: stats });
        } catch (error) {
          fail(error);
        }
      },
      async loadMoreLibrary() {
        const cursor = get().libraryCursor;
        if (!cursor) return;
        try {
          const page = await client.invoke('generations.page', query(cursor));
          set({ libraryItems: [...get().libraryItems, ...page.items], libraryCursor: page.nextCursor });
        } catch (error) {
          fail(error);
        }
      },
      async setLibraryFilters(filters) {
        set({ libraryFilters: { ...get().libraryFilters, ...filters }, selected: [] });
        await get().loadLibrary();
      },
      toggleSelected(id) {
        const selected = get().selected;
        set({ selected: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id] });
      },
      clearSelected() {
        set({ selected: [] });
      },
      async deleteGenerations(ids) {
        try {
          const { undoUntil } = await client.invoke('generations.delete', { ids });
          set({ selected: [] });
          await Promise.all([get().loadLibrary(), get().refreshGenerations()]);
          get().offerUndo({
            message: ids.length > 1 ? 'undo.resultsDeleted' : 'undo.resultDeleted',
            until: undoUntil,
            undo: async () => {
              await client.invoke('generations.restore', { ids });
              await Promise.all([get().loadLibrary(), get().refreshGenerations()]);
            },
          });
        } catch (error) {
          fail(error);
        }
      },
      async exportGenerations(ids) {
        try {
          // The core picks the folder (the data folder's exports/) and says where it wrote.
          const result = await client.invoke('library.export', { selection: { kind: 'generations', ids } });
          get().inform('toast.exported', result.folder);
        } catch (error) {
          fail(error);
        }
      },
    };
  };
