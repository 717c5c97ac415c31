import type { AppState } from './store';

/** One value per hook; components never build objects inside a selector. */
export const appSelectors = {
  info: (state: AppState) => state.info,
  health: (state: AppState) => state.health,
  settings: (state: AppState) => state.settings,
  settingsError: (state: AppState) => state.settingsError,
  notice: (state: AppState) => state.notice,
  language: (state: AppState) => state.settings?.language ?? 'ko',
  theme: (state: AppState) => state.settings?.theme ?? 'system',
};
