import { createWriteStream } from 'node:fs';
import { rm, stat, truncate } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { EnvHttpProxyAgent, fetch, type RequestInit, type Response } from 'undici';
import { AppError } from '../../../shared/errors';
import { isAllowedDownloadUrl } from '../../../shared/ipc/models';
import { isDiskFull } from '../fs/write-errors';

/** Proxies come from HTTP_PROXY / HTTPS_PROXY / NO_PROXY, as shop networks set them. */
// A server that does not answer is said within seconds (the owner watched "0 KB" for 12 s), not after the OS's own timeout.
const connectTimeoutMs = 3_000;
const dispatcher = new EnvHttpProxyAgent({ connect: { timeout: connectTimeoutMs } });

export interface FileDownload {
  url: string;
  /** The partial file: appended to, never replaced, so a dropped connection costs nothing. */
  partPath: string;
  sizeBytes: number;
  signal: AbortSignal;
  /** Bytes on disk so far (including what an earlier attempt left). */
  onBytes: (received: number) => void;
  /** Waits before retry n (0-based); tests shorten it. */
  backoffMs?: (attempt: number) => number;
  /** Hears each failed attempt that will be tried again, before the wait. */
  onRetry?: (retry: DownloadRetry) => void;
  /** The commit the file must come from: a hub that says (X-Repo-Commit) it serves another is refused. */
  commit?: string;
}

/** A failed attempt about to be tried again: which one, of how many, after how long, and why. */
export interface DownloadRetry {
  attempt: number;
  attempts: number;
  waitMs: number;
  /** 'network': no connection or it dropped; 'server': the server answered with an error. */
  reason: 'network' | 'server';
}

export const maxAttempts = 6;
const defaultBackoff = (attempt: number): number => Math.min(30_000, 1000 * 2 ** attempt);

const sizeOf = async (path: string): Promise<number> => (await stat(path).catch(() => undefined))?.size ?? 0;

/** A failure worth another attempt: the connection dropped, the server hiccuped, the file moved. */
class TransientError extends AppError {}

/** The server sent more than the catalog declares: a wrong or hostile file that could fill the disk. */
class OversizeError extends AppError {
  constructor(job: FileDownload, received: number) {
    super('DOWNLOAD_FAILED', `${job.url} sent ${received} bytes or more, but the catalog declares ${job.sizeBytes}`, '모델 파일이 목록에 적힌 크기보다 커서 받기를 멈추고 지웠어요. 모델 목록을 최신으로 업데이트해 주세요.');
  }
}

function refuseInsecure(url: string): void {
  if (!isAllowedDownloadUrl(url)) {
    throw new AppError('DOWNLOAD_FAILED', `Refusing ${url}: model files come over https only`, '모델 파일 주소가 안전한 연결(https)이 아니라서 받지 않았어요. 모델 목록을 최신으로 업데이트해 주세요.');
  }
}

/** The hub answered for a commit other than the one asked for: whatever it sends is not the checked model. */
export function changedCommit(what: string, expected: string, got: string): AppError {
  return new AppError('MODEL_INVALID', `${what}: the hub answered for commit ${got}, not ${expected}`, '모델 제공처의 파일이 목록에 적힌 버전과 달라서 받지 않았어요. 모델 목록을 최신으로 업데이트해 주세요.');
}

function httpError(status: number, url: string): AppError {
  if (status === 404) return new AppError('DOWNLOAD_FAILED', `404 Not Found: ${url}`, '모델 파일을 찾을 수 없어요 (404). 모델 목록을 최신으로 업데이트해 주세요.');
  if (status === 401 || status === 403) return new AppError('DOWNLOAD_FAILED', `${status} for ${url}`, '모델 제공처가 내려받기를 허락하지 않았어요. 잠시 후 다시 시도해 주세요.');
  const Kind = status >= 500 || status === 429 ? TransientError : AppError;
  return new Kind('DOWNLOAD_FAILED', `HTTP ${status} for ${url}`, `모델 서버에 문제가 있어요 (${status}). 잠시 후 이어받기를 눌러 주세요.`);
}

// Network errors (reset, refused, timed out) are retried; our own typed verdicts only when transient.
const retryable = (error: unknown): boolean => (error instanceof AppError ? error instanceof TransientError : (error as NodeJS.ErrnoException).code !== 'EACCES');

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    }, { once: true });
  });
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const maxRedirects = 5;

/** Where a redirect may lead: https anywhere; plain http only on this computer, and only when the chain began there. */
export function isAllowedHop(start: string, next: string): boolean {
  return isAllowedDownloadUrl(next) && (new URL(next).protocol === 'https:' || new URL(start).protocol === 'http:');
}

/**
 * fetch, following redirects by hand so each hop is checked before it is requested (an https hub
 * never hands the app to plain http or to a service on this computer), and a hub's X-Repo-Commit
 * is read on whichever hop carries it (huggingface.co sends it with the redirect to its CDN).
 */
async function fetchChecked(url: string, init: Omit<RequestInit, 'dispatcher' | 'redirect'>, commit?: string): Promise<Response> {
  refuseInsecure(url);
  let current = url;
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(current, { ...init, dispatcher, redirect: 'manual' });
    const served = response.headers.get('x-repo-commit');
    if (commit && served && served !== commit) {
      await response.body?.cancel();
      throw changedCommit(url, commit, served);
    }
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || !location) return response;
    await response.body?.cancel();
    const next = URL.canParse(location, current) ? new URL(location, current).href : location;
    if (hop >= maxRedirects || !isAllowedHop(url, next)) {
      throw new AppError('DOWNLOAD_FAILED', `Refusing the redirect from ${current} to ${next}`, '모델 파일 주소가 안전하지 않은 곳으로 이어져서 받지 않았어요. 모델 목록을 최신으로 업데이트해 주세요.');
    }
    current = next;
  }
}

/** One attempt: asks for the bytes after what is on disk and appends them. */
async function attempt(job: FileDownload): Promise<void> {
  let offset = await sizeOf(job.partPath);
  if (offset > job.sizeBytes) {
    await truncate(job.partPath, 0);
    offset = 0;
  }
  if (offset === job.sizeBytes) return;
  const response = await fetchChecked(job.url, { signal: job.signal, headers: offset > 0 ? { range: `bytes=${offset}-` } : {} }, job.commit);
  if (response.status === 416) {
    // The server says our range is past its end: what we hold is not a prefix of its file.
    await response.body?.cancel();
    await truncate(job.partPath, 0);
    throw new TransientError('DOWNLOAD_FAILED', `416 Range Not Satisfiable at ${offset} for ${job.url}; restarting`, '파일이 서버에서 바뀌어 처음부터 다시 받아요.');
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw httpError(response.status, job.url);
  }
  // A server that ignores Range sends the whole file: start the partial over.
  const append = response.status === 206 && offset > 0;
  if (!append) offset = 0;
  const announced = response.headers.get('content-length');
  if (announced !== null && offset + Number(announced) > job.sizeBytes) {
    await response.body.cancel();
    await rm(job.partPath, { force: true });
    throw new OversizeError(job, offset + Number(announced));
  }
  let received = offset;
  // One pipeline, so a write error (a full disk) or an abort ends the download at once.
  try {
    await pipeline(
      Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
      async function* (source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          received += chunk.byteLength;
          // Counted, not trusted from headers: a server may send no Content-Length, or lie in it.
          if (received > job.sizeBytes) throw new OversizeError(job, received);
          job.onBytes(received);
          yield chunk;
        }
      },
      createWriteStream(job.partPath, { flags: append ? 'a' : 'w' }),
      { signal: job.signal },
    );
  } catch (error) {
    // Deleted only once the pipeline has closed the file, which Windows needs before a delete.
    if (error instanceof OversizeError) await rm(job.partPath, { force: true });
    throw error;
  }
  if (received < job.sizeBytes) throw new TransientError('DOWNLOAD_FAILED', `Connection ended at ${received} of ${job.sizeBytes} bytes`, '연결이 끊겼어요. 받은 부분부터 이어받아요.');
}

const jsonLimitBytes = 16 * 1024 * 1024;
const jsonTimeoutMs = 30_000;

/**
 * A small JSON answer from a hub's API, with the page after it when the answer is paged (a Link
 * header's rel="next", kept on the same server). Read whole but bounded: a hostile server cannot
 * fill memory.
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<{ body: unknown; next: string | undefined }> {
  // A network failure is thrown as it is: `retrying` tries it again.
  const response = await fetchChecked(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(jsonTimeoutMs)]), headers: { accept: 'application/json' } });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw httpError(response.status, url);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > jsonLimitBytes) throw new AppError('DOWNLOAD_FAILED', `${url} answered more than ${jsonLimitBytes} bytes`);
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('DOWNLOAD_FAILED', `${url} did not answer JSON`, '모델 제공처의 응답을 읽지 못했어요. 잠시 후 다시 시도해 주세요.');
  }
  const link = /<([^>]+)>\s*;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  const next = link && URL.canParse(link, url) ? new URL(link, url) : undefined;
  return { body, next: next && next.origin === new URL(url).origin ? next.href : undefined };
}

/** How much a speed check reads: enough to leave TCP's slow start behind, little enough to cost nothing. */
export interface SpeedCheckLimits {
  bytes: number;
  ms: number;
}
const speedCheckLimits: SpeedCheckLimits = { bytes: 4 * 1024 * 1024, ms: 3_000 };

/**
 * The connection's speed to a model file's server, in bytes per second: the file's first bytes
 * (a Range request, nothing written), timed once bytes flow, so the connection's set-up (DNS,
 * TLS, redirects) does not count against a download of minutes.
 */
export async function measureDownloadSpeed(url: string, signal: AbortSignal, limits: SpeedCheckLimits = speedCheckLimits): Promise<number> {
  // A server that answers and then sends nothing is no faster than one that does not answer.
  const response = await fetchChecked(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(connectTimeoutMs + limits.ms * 2)]), headers: { range: `bytes=0-${limits.bytes - 1}` } });
  try {
    if (!response.ok || !response.body) throw httpError(response.status, url);
    // Timed from the first chunk's arrival, counting only what came after it: the first chunk often
    // rides with the headers, and counting it with no time of its own overstated the speed by a chunk.
    const headers = performance.now();
    let first: { at: number; bytes: number } | undefined;
    let received = 0;
    let last = headers;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      received += chunk.byteLength;
      last = performance.now();
      first ??= { at: last, bytes: chunk.byteLength };
      if (received >= limits.bytes || last - first.at >= limits.ms) break;
    }
    if (first && received > first.bytes && last > first.at) return (received - first.bytes) / ((last - first.at) / 1000);
    return received / (Math.max(last - headers, 1) / 1000);
  } finally {
    await response.body?.cancel().catch(() => undefined);
  }
}

export interface Retrying {
  signal: AbortSignal;
  backoffMs?: (attempt: number) => number;
  onRetry?: (retry: DownloadRetry) => void;
}

/**
 * Runs a network step, trying again with back-off after a network failure, a 5xx or a 416; an
 * error that retrying cannot fix (404, a refused file, a full disk) ends it at once.
 */
export async function retrying<T>(step: () => Promise<T>, options: Retrying, what: string): Promise<T> {
  const backoff = options.backoffMs ?? defaultBackoff;
  for (let n = 0; ; n += 1) {
    try {
      return await step();
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      if (!(error instanceof AppError) && isDiskFull(error)) throw new AppError('DISK_FULL', `No space left writing ${what}`);
      if (n + 1 >= maxAttempts || !retryable(error)) {
        throw error instanceof AppError ? error : new AppError('DOWNLOAD_FAILED', `${what} failed: ${String(error)}`);
      }
      options.onRetry?.({ attempt: n + 1, attempts: maxAttempts, waitMs: backoff(n), reason: error instanceof AppError ? 'server' : 'network' });
      await sleep(backoff(n), options.signal);
    }
  }
}

/** Downloads one file into its partial with resume (Range), retrying what can get better. */
export async function downloadFile(job: FileDownload): Promise<void> {
  refuseInsecure(job.url);
  await retrying(() => attempt(job), job, job.url);
}
