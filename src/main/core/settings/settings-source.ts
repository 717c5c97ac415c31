import { AppError } from '../../../shared/errors';
import { settingsSchema, type Settings } from '../../../shared/ipc/settings';
import { reviveSettings, type SettingsStore } from './settings-store';

/** The owner's settings as the core sees them: read from the store once, then held. */
export interface SettingsSource {
  /** Where they persist, for health checks and messages. */
  readonly location: string;
  /** The settings after every update asked before this call. */
  current(): Promise<Settings>;
  /** Applies a patch after the updates before it; the held copy changes only once the store has it. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

/**
 * The data folder's lock makes this core the store's only writer, so after the first read every
 * read is served from memory: settings.get used to open and parse the file on each call, four
 * thread-pool hops that were most of a settings round trip from the window. Updates chain on the
 * held promise, so two quick patches cannot both start from the old value.
 */
export function createSettingsSource(store: SettingsStore): SettingsSource {
  let held: Promise<Settings> | undefined;
  const load = (): Promise<Settings> => {
    if (held) return held;
    const loading = store.load().then(reviveSettings);
    // A read that failed (a locked file) is tried again by the next call instead of being held.
    held = loading.catch((error: unknown) => {
      held = undefined;
      throw error;
    });
    return held;
  };

  return {
    location: store.location,
    current: load,
    update(patch) {
      const previous = load();
      const saved = previous.then(async (before) => {
        const next = settingsSchema.parse({ ...before, ...patch });
        try {
          await store.save(next);
        } catch (error) {
          throw new AppError('SETTINGS_WRITE_FAILED', `Could not save settings to ${store.location}: ${String(error)}`);
        }
        return next;
      });
      held = saved.catch(() => previous);
      return saved;
    },
  };
}
