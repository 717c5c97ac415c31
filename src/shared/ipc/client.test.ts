import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { createClient, type Transport } from './client';
import { defaultSettings } from './settings';
import type { Envelope, EventFrame } from './wire';

function fakeWire(reply: (method: string, input: unknown) => unknown) {
  const listeners = new Set<(frame: EventFrame) => void>();
  const transport: Transport = {
    call: async (method, input) => reply(method, input) as Envelope,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, push: (frame: EventFrame) => listeners.forEach((listener) => listener(frame)), listeners };
}

describe('typed client', () => {
  it('rebuilds error data into an AppError with its code and Korean message', async () => {
    const { transport } = fakeWire(() => ({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'bad', userMessage: '잘못된 값' } }));
    const error = await createClient(transport).invoke('settings.get', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'bad', userMessage: '잘못된 값' });
  });

  it('refuses results that break the contract or are not envelopes', async () => {
    for (const reply of [{ ok: true, data: { theme: 'neon' } }, { weird: true }, null]) {
      const { transport } = fakeWire(() => reply);
      await expect(createClient(transport).invoke('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL' });
    }
  });

  it('delivers only valid payloads of the named event, until unsubscribed', () => {
    const wire = fakeWire(() => undefined);
    const seen: unknown[] = [];
    const unsubscribe = createClient(wire.transport).on('settings.changed', (payload) => seen.push(payload));
    wire.push({ name: 'settings.changed', payload: defaultSettings });
    wire.push({ name: 'settings.changed', payload: { theme: 'neon' } });
    wire.push({ name: 'other.event', payload: defaultSettings });
    unsubscribe();
    wire.push({ name: 'settings.changed', payload: defaultSettings });
    expect(seen).toEqual([defaultSettings]);
    expect(wire.listeners.size).toBe(0);
  });
});
