import { useSyncExternalStore } from 'react';
import type { Settings } from '../shared/ipc/settings';

const darkQuery = '(prefers-color-scheme: dark)';

const subscribe = (onChange: () => void): (() => void) => {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** 'system' becomes the system's current choice, so the stylesheet only knows light and dark. */
export function useResolvedTheme(theme: Settings['theme']): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(darkQuery).matches);
  if (theme !== 'system') return theme;
  return systemDark ? 'dark' : 'light';
}
