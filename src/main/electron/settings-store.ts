import Store from 'electron-store';
import type { SettingsStore } from '../core/settings/settings-store';

/** Settings in `<dataDir>/settings.json` through electron-store, which writes atomically. */
export function createElectronSettingsStore(dataDir: string): SettingsStore {
  const store = new Store<{ settings?: unknown }>({ cwd: dataDir, name: 'settings', clearInvalidConfig: true });
  return {
    location: store.path,
    load: async () => store.get('settings'),
    save: async (settings) => store.set('settings', settings),
  };
}
