import WebSocket from 'ws';
import { createClient } from '../src/shared/ipc/client';
import { createWebSocketTransport, type SocketLike } from '../src/renderer/transport/websocket-transport';
import { createTempCore } from '../src/main/core/testing/temp-core';
import { startHeadlessHost } from '../src/main/host/headless-host';
import { formatSeries, timeSideBySide, verdict } from './measure';

// What the contract and the socket add to a call, against the same call made in-process,
// side by side in one run: the renderer's round trip must stay small next to the work itself.
const core = createTempCore();
const host = await startHeadlessHost({ core, rendererDir: core.dataDir });

const direct = createClient({ call: (m, i) => core.call(m, i), subscribe: (l) => core.events.subscribe(l) });
const socket = createClient(
  createWebSocketTransport(`ws://127.0.0.1:${host.port}/${host.token}/ws`, (url) => new WebSocket(url) as unknown as SocketLike),
);

const rounds = 10;
const batch = 200;
const { handler, inProcess, overSocket } = await timeSideBySide(
  {
    handler: () => core.handlers['settings.get']({}),
    inProcess: () => direct.invoke('settings.get', {}),
    overSocket: () => socket.invoke('settings.get', {}),
  },
  { rounds, batch },
);

console.log(`settings.get: ${rounds} rounds × ${batch} sequential calls per variant, variants taking turns`);
console.log(formatSeries('handler alone', handler.wall));
console.log(formatSeries('client, in-process', inProcess.wall));
console.log(formatSeries('client, WebSocket host', overSocket.wall));
const ratio = overSocket.wall.p50 / handler.wall.p50;
console.log(`validation overhead ×${(inProcess.wall.p50 / handler.wall.p50).toFixed(2)}, socket round trip ×${ratio.toFixed(2)} of the handler alone (p50)`);
console.log(verdict('ipc', 'socket_vs_handler_p50', ratio, '<=4', ratio <= 4));

await host.close();
core.dispose();
