import { events, type CoreEvent, type EventName, type EventPayload } from '../../../shared/ipc/contract';

export type CoreEventListener = (event: CoreEvent) => void;

/** Fan-out of core events to every front door that subscribed (windows, sockets, the CLI). */
export interface EventHub {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(listener: CoreEventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<CoreEventListener>();
  return {
    emit(name, payload) {
      // Validating on the way out catches a core bug here rather than in every renderer.
      const checked = events[name].payload.parse(payload);
      const event = { name, payload: checked } as CoreEvent;
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
