import { defaultSettings, settingsSchema, type Settings } from '../../../shared/ipc/settings';

/**
 * Where settings persist. Electron uses electron-store in userData; the headless host and
 * the CLI use a JSON file in the data folder. Both keep only what `settingsSchema` accepts.
 */
export interface SettingsStore {
  /** Human-readable location, for health checks and logs. */
  readonly location: string;
  /** The raw stored object, or undefined when nothing was stored yet. */
  load(): Promise<unknown>;
  save(settings: Settings): Promise<void>;
}

/**
 * Keeps every stored key that is still valid and falls back to the default for the rest,
 * so one bad value (an older version, a hand edit) never throws away the others.
 */
export function reviveSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...defaultSettings };
  const revived: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (field.success) revived[key] = field.data;
  }
  return settingsSchema.parse(revived);
}
