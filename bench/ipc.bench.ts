import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { createClient } from '../src/shared/ipc/client';
import { createWebSocketTransport, type SocketLike } from '../src/renderer/transport/websocket-transport';
import { createTempCore } from '../src/main/core/testing/temp-core';
import { startHeadlessHost } from '../src/main/host/headless-host';
import { formatSeries, formatSpread, roundRatios, summarize, timeSideBySide, verdict } from './measure';

// What the contract adds to a call from the window: the same settings.get through the headless
// host's socket, against a bare WebSocket round trip carrying the very same frames, side by side
// in one run. The handler itself now answers from memory (~1 µs), so the floor is the socket:
// a ratio to the handler alone would only judge how cheap the handler is.
const core = createTempCore();
const host = await startHeadlessHost({ core, rendererDir: core.dataDir });

const direct = createClient({ call: (m, i) => core.call(m, i), subscribe: (l) => core.events.subscribe(l) });
const socket = createClient(
  createWebSocketTransport(`ws://127.0.0.1:${host.port}/${host.token}/ws`, (url) => new WebSocket(url) as unknown as SocketLike),
);

// The bare pair: a server that answers every frame with the host's own reply bytes, and a client that sends the transport's call frame.
const request = JSON.stringify({ kind: 'call', id: 0, method: 'settings.get', input: {} });
const reply = JSON.stringify({ kind: 'result', id: 0, envelope: await core.call('settings.get', {}) });
const bareServer = createServer();
const bareSockets = new WebSocketServer({ server: bareServer });
bareSockets.on('connection', (ws) => ws.on('message', () => ws.send(reply)));
await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', () => resolve()));
const bare = new WebSocket(`ws://127.0.0.1:${(bareServer.address() as AddressInfo).port}`);
await new Promise((resolve) => bare.once('open', resolve));
const bareRoundTrip = (): Promise<void> =>
  new Promise((resolve) => {
    bare.once('message', () => resolve());
    bare.send(request);
  });

const rounds = 20;
const batch = 200;
const series = await timeSideBySide(
  {
    handler: () => core.handlers['settings.get']({}),
    inProcess: () => direct.invoke('settings.get', {}),
    bareSocket: bareRoundTrip,
    overSocket: () => socket.invoke('settings.get', {}),
  },
  { rounds, batch },
);

const roundP50 = (name: keyof typeof series): number[] => series[name].rounds.map((round) => summarize(round.map((call) => call.ms)).p50);
const { spread: ratio } = roundRatios(roundP50('overSocket'), roundP50('bareSocket'));
console.log(`settings.get: ${rounds} rounds × ${batch} sequential calls per variant, variants taking turns (${request.length} B out, ${reply.length} B back)`);
console.log(formatSeries('handler alone', series.handler.wall));
console.log(formatSeries('client, in-process', series.inProcess.wall));
console.log(formatSeries('bare WebSocket, same frames', series.bareSocket.wall));
console.log(formatSeries('client, WebSocket host', series.overSocket.wall));
console.log(`per-round p50 ratio host call / bare round trip: ${formatSpread(ratio)}`);
console.log(verdict('ipc', 'socket_vs_bare_p50', ratio.median, '<=2', ratio.median <= 2));

bare.close();
bareSockets.close();
bareServer.close();
await host.close();
await core.dispose();
