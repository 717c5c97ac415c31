import type { Client } from '../shared/ipc/client';
import type { AppStore } from './stores/app/store';

/** Every core event the renderer listens to, wired to its store here and nowhere else. */
export function connectBridge(client: Client, store: AppStore): () => void {
  const unsubscribers = [client.on('settings.changed', (settings) => store.getState().receiveSettings(settings))];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
