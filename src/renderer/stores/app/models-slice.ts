import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { BundleFeature, Catalog, DownloadSpeed, DownloadState, HardwareInfo, InstalledModel, ModelRole } from '../../../shared/ipc/models';
import { toNotice } from './notice';
import type { AppState } from './store';

export interface ModelsSlice {
  catalog: Catalog | undefined;
  installed: InstalledModel[];
  downloads: Record<string, DownloadState>;
  hardware: HardwareInfo | undefined;
  /** How fast each downloadable model would come now ('measuring' while the core checks). */
  speeds: Record<string, DownloadSpeed | 'measuring'>;
  /** Only what is installed: the composer needs it at start; the catalog and hardware wait for the models screen. */
  loadInstalled(): Promise<void>;
  loadModels(): Promise<void>;
  downloadModel(id: string): Promise<void>;
  /** Every model a feature needs, in one click. */
  downloadBundle(feature: BundleFeature): Promise<void>;
  pauseModel(id: string): Promise<void>;
  cancelModel(id: string): Promise<void>;
  importModel(path: string): Promise<boolean>;
  removeModel(id: string): Promise<void>;
  setActiveModel(role: ModelRole, id: string | null): Promise<void>;
  receiveModelProgress(state: DownloadState): void;
}

export const createModelsSlice =
  (client: Client): StateCreator<AppState, [], [], ModelsSlice> =>
  (set, get) => {
    const fail = (error: unknown) => set({ notice: toNotice(error) });
    const act = async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        fail(error);
      }
    };
    // The core checks one server once and remembers it, so asking for every model costs one check.
    // A check that fails says so beside the model; it is no reason for a banner.
    const measureSpeeds = async (ids: string[]) => {
      const asked = ids.filter((id) => get().speeds[id] !== 'measuring');
      set({ speeds: { ...get().speeds, ...Object.fromEntries(asked.map((id) => [id, 'measuring' as const])) } });
      await Promise.all(
        asked.map(async (id) => {
          const speed = await client.invoke('models.speed', { id }).catch(() => undefined);
          const { [id]: _measuring, ...others } = get().speeds;
          set({ speeds: speed ? { ...others, [id]: speed } : others });
        }),
      );
    };
    const refreshInstalled = async () => set({ installed: (await client.invoke('models.installed', {})).items });
    return {
      catalog: undefined,
      installed: [],
      downloads: {},
      hardware: undefined,
      speeds: {},
      loadInstalled: () => act(refreshInstalled),
      async loadModels() {
        await act(async () => {
          const [catalog, installed, downloads] = await Promise.all([client.invoke('models.catalog', {}), client.invoke('models.installed', {}), client.invoke('models.downloads', {})]);
          set({ catalog, installed: installed.items, downloads: Object.fromEntries(downloads.items.map((d) => [d.modelId, d])) });
          void measureSpeeds(catalog.entries.filter((entry) => !entry.bundled && entry.files.length > 0 && !installed.items.some((model) => model.id === entry.id)).map((entry) => entry.id));
          // The hardware probe loads the runtimes: it arrives a moment after the lists.
          set({ hardware: await client.invoke('hardware.info', {}) });
        });
      },
      downloadModel: (id) => act(async () => get().receiveModelProgress(await client.invoke('models.download', { id }))),
      downloadBundle: (feature) =>
        act(async () => {
          for (const state of (await client.invoke('models.downloadBundle', { feature })).items) get().receiveModelProgress(state);
        }),
      pauseModel: (id) => act(async () => get().receiveModelProgress(await client.invoke('models.pause', { id }))),
      cancelModel: (id) => act(async () => get().receiveModelProgress(await client.invoke('models.cancel', { id }))),
      async importModel(path) {
        try {
          const model = await client.invoke('models.import', { path });
          await refreshInstalled();
          get().inform('toast.modelImported', model.name);
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      removeModel: (id) =>
        act(async () => {
          await client.invoke('models.remove', { id });
          await refreshInstalled();
        }),
      setActiveModel: (role, id) => act(async () => set({ installed: (await client.invoke('models.setActive', { role, id })).items })),
      receiveModelProgress(state) {
        set({ downloads: { ...get().downloads, [state.modelId]: state } });
        if (state.status === 'done') void refreshInstalled();
      },
    };
  };
