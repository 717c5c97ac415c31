import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server misbehaves for one path, per request (the first request is 0). */
export interface Behaviour {
  /** Cut the connection after sending this share of the file, on the nth request. */
  dropAt?: (request: number) => number | undefined;
  /** Answer with this status instead, on the nth request. */
  status?: (request: number) => number | undefined;
  /** Milliseconds between 64 KiB chunks: slow enough to act mid-download. */
  chunkDelayMs?: number;
  /** Send no Content-Length (chunked), so the client learns the size only by counting. */
  noContentLength?: boolean;
  /** Extra response headers (a hub's X-Repo-Commit). */
  headers?: Record<string, string>;
  /** Answer 302 to this location instead (a hub handing over to its CDN), with `headers`. */
  redirectTo?: string;
}

/** A JSON answer for a path the server computes rather than stores (a hub's API). */
export type JsonRoute = (path: string) => { status: number; body: unknown; headers?: Record<string, string> } | undefined;

export interface SeenRequest {
  path: string;
  range: string | undefined;
  /** Body bytes handed to the socket before it ended or the client went away. */
  sentBytes: number;
}

/**
 * A loopback HTTP file server for download tests: serves byte ranges as a CDN would (206 with
 * Content-Range, 416 past the end) and drops connections or fails on request.
 */
export async function startFileServer(files: Map<string, Buffer>, behaviours: Map<string, Behaviour> = new Map(), api?: JsonRoute) {
  const seen: SeenRequest[] = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const n = counts.get(path) ?? 0;
    counts.set(path, n + 1);
    const request: SeenRequest = { path, range: req.headers.range, sentBytes: 0 };
    seen.push(request);
    const answer = api?.(path);
    if (answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
      return;
    }
    const body = files.get(path);
    const behaviour = behaviours.get(path) ?? {};
    if (behaviour.redirectTo) {
      res.writeHead(302, { location: behaviour.redirectTo, ...behaviour.headers }).end();
      return;
    }
    const forced = behaviour.status?.(n);
    if (!body || forced) {
      res.writeHead(body ? (forced ?? 500) : 404).end();
      return;
    }
    const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = match ? Number(match[1]) : 0;
    if (start >= body.length && match) {
      res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
      return;
    }
    // A closed range (bytes=0-1023) ends there, an open one at the file's end.
    const end = match?.[2] ? Math.min(body.length, Number(match[2]) + 1) : body.length;
    res.writeHead(match ? 206 : 200, {
      ...(behaviour.noContentLength ? {} : { 'content-length': end - start }),
      'accept-ranges': 'bytes',
      ...behaviour.headers,
      ...(match ? { 'content-range': `bytes ${start}-${end - 1}/${body.length}` } : {}),
    });
    const dropShare = behaviour.dropAt?.(n);
    const stopAt = dropShare === undefined ? end : Math.floor(body.length * dropShare);
    let at = start;
    const pump = () => {
      if (res.destroyed) return;
      if (at >= stopAt) {
        if (stopAt < end) req.socket.destroy();
        else res.end();
        return;
      }
      const chunkEnd = Math.min(stopAt, at + 65_536);
      const flushed = res.write(body.subarray(at, chunkEnd));
      request.sentBytes += chunkEnd - at;
      at = chunkEnd;
      // Waits for the client as a real server does, so a client that stops reading stops the sending.
      const next = () => (behaviour.chunkDelayMs ? setTimeout(pump, behaviour.chunkDelayMs) : setImmediate(pump));
      if (flushed) next();
      else res.once('drain', next);
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
