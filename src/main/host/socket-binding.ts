import type { WebSocket } from 'ws';
import { socketRequestSchema, type SocketResponse } from '../../shared/ipc/wire';
import type { Core } from '../core/core';

/**
 * Serves one renderer connection: calls go through the core's validated entry, events are
 * forwarded until the socket closes. A frame that is not a call at all is a broken client,
 * not a bad request: the socket is closed with a policy code.
 */
export function bindSocket(socket: WebSocket, core: Core): void {
  const send = (frame: SocketResponse): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const unsubscribe = core.events.subscribe((event) => send({ kind: 'event', event }));
  socket.on('close', unsubscribe);
  socket.on('error', (error) => core.logger.log('warn', 'host', 'Socket error', { error: String(error) }));

  socket.on('message', (data, isBinary) => {
    let frame: unknown;
    try {
      frame = isBinary ? undefined : JSON.parse(String(data));
    } catch {
      frame = undefined;
    }
    const request = socketRequestSchema.safeParse(frame);
    if (!request.success) {
      core.logger.log('warn', 'host', 'Closing socket after a malformed frame');
      socket.close(1008, 'malformed frame');
      return;
    }
    void core.call(request.data.method, request.data.input).then((envelope) =>
      send({ kind: 'result', id: request.data.id, envelope }),
    );
  });
}
