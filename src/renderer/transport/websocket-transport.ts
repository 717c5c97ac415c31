import { AppError, defaultUserMessages } from '../../shared/errors';
import type { Transport } from '../../shared/ipc/client';
import { socketResponseSchema, type Envelope, type EventFrame } from '../../shared/ipc/wire';

/** The subset of the browser WebSocket this transport uses; `ws` satisfies it in tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
export type SocketFactory = (url: string) => SocketLike;

const openState = 1;
const reconnectDelayMs = 1000;

const closedEnvelope = (reason: string): Envelope => ({
  ok: false,
  error: new AppError('TRANSPORT_CLOSED', reason, defaultUserMessages.TRANSPORT_CLOSED).toData(),
});

/**
 * Calls and events over the headless host's socket. Calls wait for the socket to open; a
 * socket that drops fails its pending calls with TRANSPORT_CLOSED and is reopened, at once
 * for the next call and after a short delay while anyone is listening for events.
 */
export function createWebSocketTransport(url: string, connect: SocketFactory): Transport {
  const pending = new Map<number, (envelope: Envelope) => void>();
  const listeners = new Set<(frame: EventFrame) => void>();
  let socket: Promise<SocketLike> | undefined;
  let nextId = 0;

  const open = (): Promise<SocketLike> =>
    (socket ??= new Promise((resolve, reject) => {
      const ws = connect(url);
      ws.addEventListener('open', () => resolve(ws));
      ws.addEventListener('message', (event) => receive(event.data));
      ws.addEventListener('error', () => reject(new Error(`Could not connect to ${url}`)));
      ws.addEventListener('close', () => {
        socket = undefined;
        for (const [id, settle] of pending) {
          pending.delete(id);
          settle(closedEnvelope('The connection to the app closed before the call finished'));
        }
        reject(new Error('Socket closed'));
        if (listeners.size > 0) setTimeout(() => void open().catch(() => undefined), reconnectDelayMs);
      });
    }));

  const receive = (data: unknown): void => {
    let frame: unknown;
    try {
      frame = JSON.parse(String(data));
    } catch {
      return;
    }
    const parsed = socketResponseSchema.safeParse(frame);
    if (!parsed.success) return;
    if (parsed.data.kind === 'event') {
      for (const listener of listeners) listener(parsed.data.event);
      return;
    }
    const settle = pending.get(parsed.data.id);
    pending.delete(parsed.data.id);
    settle?.(parsed.data.envelope);
  };

  return {
    async call(method, input) {
      let ws: SocketLike;
      try {
        ws = await open();
      } catch (error) {
        return closedEnvelope(String(error));
      }
      let body: string;
      const id = nextId++;
      try {
        body = JSON.stringify({ kind: 'call', id, method, input });
      } catch (error) {
        return { ok: false, error: new AppError('VALIDATION_FAILED', `Input is not serializable: ${String(error)}`).toData() };
      }
      if (ws.readyState !== openState) return closedEnvelope('The connection to the app is not open');
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ws.send(body);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      void open().catch(() => undefined);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
