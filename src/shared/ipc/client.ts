import { AppError } from '../errors';
import {
  events,
  isEventName,
  methods,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from './contract';
import { envelopeSchema, type Envelope, type EventFrame } from './wire';

/**
 * What a front door must provide to the renderer: a way to send one call and get its
 * envelope back, and a way to hear events. Electron's preload and the WebSocket host
 * both implement it; nothing above this interface knows which one it has.
 */
export interface Transport {
  call(method: string, input: unknown): Promise<Envelope>;
  /** Returns a function that removes the listener. */
  subscribe(listener: (frame: EventFrame) => void): () => void;
}

export interface Client {
  /** Resolves with the validated output, or rejects with an AppError rebuilt from the wire. */
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Listens to one event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: Transport): Client {
  return {
    async invoke(method, input) {
      const envelope = envelopeSchema.safeParse(await transport.call(method, input));
      if (!envelope.success) {
        throw new AppError('INTERNAL', `Malformed envelope for ${method}: ${envelope.error.message}`);
      }
      if (!envelope.data.ok) throw AppError.fromData(envelope.data.error);
      const output = methods[method].output.safeParse(envelope.data.data);
      if (!output.success) {
        throw new AppError('INTERNAL', `Output of ${method} broke the contract: ${output.error.message}`);
      }
      return output.data as MethodOutput<typeof method>;
    },
    on(event, listener) {
      return transport.subscribe((frame) => {
        if (frame.name !== event || !isEventName(frame.name)) return;
        const payload = events[event].payload.safeParse(frame.payload);
        if (payload.success) listener(payload.data as EventPayload<typeof event>);
      });
    },
  };
}
