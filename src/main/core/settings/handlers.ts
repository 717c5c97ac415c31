import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { EventHub } from '../rpc/event-hub';
import type { SettingsSource } from './settings-source';

export function createSettingsHandlers(settings: SettingsSource, hub: EventHub) {
  return {
    'settings.get': () => settings.current(),
    'settings.set': async (patch) => {
      const next = await settings.update(patch);
      hub.emit('settings.changed', next);
      return next;
    },
  } satisfies DomainHandlers<'settings.get' | 'settings.set'>;
}
