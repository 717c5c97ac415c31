import { useStore } from 'zustand';
import { client } from '../../transport/client';
import { createAppStore, type AppState } from './store';

export const appStore = createAppStore(client);

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

export { appSelectors } from './selectors';
