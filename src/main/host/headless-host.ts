import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { maxCallFrameBytes } from '../../shared/ipc/wire';
import type { Core } from '../core/core';
import { rangedAnswer } from '../core/media/byte-range';
import { mediaCacheControl, resolveMediaRequest } from '../core/media/media-request';
import { rendererSecurityHeaders } from '../security/content-policy';
import { readRendererFile } from '../security/static-files';
import { createAccessToken, isAllowedOrigin, isLoopbackAuthority, splitTokenPath, tokenMatches } from './access-token';
import { bindSocket } from './socket-binding';

export interface HeadlessHostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
}

export interface HeadlessHost {
  /** Open this in a browser: http://127.0.0.1:<port>/<token>/ */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';

/**
 * The core on a loopback WebSocket plus the built renderer over HTTP, for the browser,
 * the e2e tests and `npm run serve`. Every request must carry the per-run token as the
 * first path segment and a loopback Host; everything else gets a bare 403. Unlike an Electron
 * window, its page keeps full access to path methods (as the CLI does): it is the owner's own
 * loopback session behind a per-run secret, where a typed path is the only way to name a file.
 */
export async function startHeadlessHost(options: HeadlessHostOptions): Promise<HeadlessHost> {
  const { core, rendererDir } = options;
  const token = options.token ?? createAccessToken();
  let port = 0;

  const isAuthorized = (request: IncomingMessage): { ok: boolean; rest: string; url: URL } => {
    const url = new URL(request.url ?? '/', `http://${loopback}`);
    const { token: candidate, rest } = splitTokenPath(url.pathname);
    const ok = isLoopbackAuthority(request.headers.host, port) && tokenMatches(candidate, token);
    return { ok, rest, url };
  };

  const serveMedia = async (rest: string, url: URL, request: IncomingMessage, response: ServerResponse, headOnly: boolean): Promise<void> => {
    const file = await resolveMediaRequest(core.media, rest.slice('/media'.length), url.searchParams.get('size'));
    if (!file) return refuse(response, 404);
    // A video element asks for parts of the file as it plays and seeks.
    const answer = await rangedAnswer(file.path, request.headers.range);
    response.writeHead(answer.status, { ...rendererSecurityHeaders, 'Content-Type': file.mime, 'Cache-Control': mediaCacheControl, ...answer.headers });
    if (headOnly || !answer.read) return void response.end();
    createReadStream(file.path, answer.read)
      .on('error', () => response.destroy())
      .pipe(response);
  };

  const refuse = (response: ServerResponse, status: number): void => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(status === 403 ? 'Forbidden' : 'Not found');
  };

  const server = createServer((request, response) => {
    const { ok, rest, url } = isAuthorized(request);
    if (!ok) return refuse(response, 403);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 404);
    const headOnly = request.method === 'HEAD';
    if (rest.startsWith('/media/')) {
      return void serveMedia(rest, url, request, response, headOnly).catch((error: unknown) => {
        core.logger.log('error', 'host', 'Serving media failed', { error: String(error) });
        if (!response.headersSent) refuse(response, 404);
      });
    }
    void readRendererFile(rendererDir, rest).then((file) => {
      if (!file) return refuse(response, 404);
      response.writeHead(200, { ...rendererSecurityHeaders, 'Content-Type': file.contentType });
      response.end(headOnly ? undefined : file.body);
    });
  });

  // A peer may reset its connection at any moment; a raw socket without an error listener
  // would turn that into an uncaught exception and end the host.
  const logSocketError = (error: Error): void => core.logger.log('debug', 'host', 'Client socket error', { error: String(error) });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    socket.on('error', logSocketError);
    if (socket.writable && error.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxCallFrameBytes });
  server.on('upgrade', (request, socket, head) => {
    // Node hands the upgrade socket over without its own error listener; this one stays for the socket's life.
    socket.on('error', logSocketError);
    const { ok, rest } = isAuthorized(request);
    if (!ok || rest !== '/ws' || !isAllowedOrigin(request.headers.origin, port)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      bindSocket(ws, core);
      // A window has connected: once it has settled, the cut-out model and render workers start in the background.
      core.warmStart.whenIdle();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, loopback, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  core.logger.log('info', 'host', 'Headless host listening', { port });

  return {
    url: `http://${loopback}:${port}/${token}/`,
    port,
    token,
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
