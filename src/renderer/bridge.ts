import type { Client } from '../shared/ipc/client';
import type { AppStore } from './stores/app/store';

/** Every core event the renderer listens to, wired to its store here and nowhere else. */
export function connectBridge(client: Client, store: AppStore): () => void {
  const unsubscribers = [
    client.on('settings.changed', (settings) => store.getState().receiveSettings(settings)),
    client.on('job.progress', (progress) => store.getState().receiveProgress(progress)),
    client.on('job.finished', (finished) => void store.getState().receiveFinished(finished)),
    client.on('models.progress', (state) => store.getState().receiveModelProgress(state)),
    client.on('app.storage', (storage) => store.getState().receiveStorage(storage)),
    client.on('video.progress', (task) => store.getState().receiveVideoProgress(task)),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
