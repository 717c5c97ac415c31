import { AppError } from '../../../shared/errors';
import type { DomainHandlers } from '../../../shared/ipc/contract';
import { settingsSchema, type Settings } from '../../../shared/ipc/settings';
import type { EventHub } from '../rpc/event-hub';
import { reviveSettings, type SettingsStore } from './settings-store';

export function createSettingsHandlers(store: SettingsStore, hub: EventHub) {
  // Calls run one after another so two quick `set`s cannot both read the old value.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<Settings> => reviveSettings(await store.load());

  return {
    'settings.get': () => serialized(read),
    'settings.set': (patch) =>
      serialized(async () => {
        const next = settingsSchema.parse({ ...(await read()), ...patch });
        try {
          await store.save(next);
        } catch (error) {
          throw new AppError('SETTINGS_WRITE_FAILED', `Could not save settings to ${store.location}: ${String(error)}`);
        }
        hub.emit('settings.changed', next);
        return next;
      }),
  } satisfies DomainHandlers<'settings.get' | 'settings.set'>;
}
