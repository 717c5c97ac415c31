import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { Settings, SettingsPatch } from '../../../shared/ipc/settings';
import { toNotice, type Notice } from './notice';
import type { AppState } from './store';

export interface SettingsSlice {
  settings: Settings | undefined;
  /** The error of the last save, shown beside the form; cleared by the next successful save. */
  settingsError: Notice | undefined;
  loadSettings(): Promise<void>;
  /** Sends the patch as typed: the core is the validator, and its Korean message is shown. */
  saveSettings(patch: SettingsPatch): Promise<boolean>;
  /** Applies settings pushed by the core (another window, the CLI). */
  receiveSettings(settings: Settings): void;
}

export const createSettingsSlice =
  (client: Client): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    settings: undefined,
    settingsError: undefined,
    async loadSettings() {
      try {
        set({ settings: await client.invoke('settings.get', {}) });
      } catch (error) {
        set({ notice: toNotice(error) });
      }
    },
    async saveSettings(patch) {
      try {
        set({ settings: await client.invoke('settings.set', patch), settingsError: undefined });
        return true;
      } catch (error) {
        set({ settingsError: toNotice(error) });
        return false;
      }
    },
    receiveSettings(settings) {
      set({ settings });
    },
  });
