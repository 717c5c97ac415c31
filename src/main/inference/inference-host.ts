import { AppError } from '../../shared/errors';
import type { Logger } from '../core/log/logger';
import type { ChildHandle, ChildLauncher } from './child-launcher';
import { fromHostSchema, type FromHost, resultSchemas, type HostRequest, type HostResult, type ToHost } from './protocol';

interface Pending {
  op: HostRequest['op'];
  onChunk?: (text: string) => void;
  onPreview?: (preview: HostPreview) => void;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export type HostPreview = Omit<Extract<FromHost, { kind: 'preview' }>, 'kind' | 'id'>;

export interface RequestOptions {
  onPreview?: (preview: HostPreview) => void;
  signal?: AbortSignal;
  onChunk?: (text: string) => void;
}

const restartDelaysMs = [250, 1000, 4000, 15_000];
/** Running this long without a crash resets the back-off. */
const stableAfterMs = 60_000;

export const hostCrashed = (code: number | null): AppError =>
  new AppError('INFERENCE_CRASHED', `Inference host exited (code ${String(code)}) while a request was running`);

/**
 * Starts, supervises and talks to the inference host. A crash fails the requests in flight
 * with INFERENCE_CRASHED and restarts the host after a growing delay; callers never see the
 * child itself, under Electron (utility process) or Node (fork).
 */
export class InferenceHost {
  private child: ChildHandle | undefined;
  private ready: Promise<ChildHandle> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private crashes = 0;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly crashListeners = new Set<(code: number | null) => void>();

  constructor(
    private readonly launch: ChildLauncher,
    private readonly entry: string,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the host said it is ready; starts it if needed. */
  start(): Promise<ChildHandle> {
    if (this.closed) return Promise.reject(new AppError('INFERENCE_CRASHED', 'Inference host is closed'));
    this.ready ??= new Promise((resolve, reject) => {
      const child = this.launch(this.entry);
      this.child = child;
      this.startedAt = Date.now();
      child.onMessage((raw) => {
        const frame = fromHostSchema.safeParse(raw);
        if (!frame.success) return this.logger.log('warn', 'inference', 'Ignored a malformed frame from the host');
        if (frame.data.kind === 'ready') return resolve(child);
        const pending = this.pending.get(frame.data.id);
        if (!pending) return;
        if (frame.data.kind === 'chunk') return pending.onChunk?.(frame.data.text);
        if (frame.data.kind === 'preview') {
          const { kind: _kind, id: _id, ...preview } = frame.data;
          return pending.onPreview?.(preview);
        }
        this.pending.delete(frame.data.id);
        if (frame.data.kind === 'fail') return pending.reject(AppError.fromData(frame.data.error));
        const result = resultSchemas[pending.op].safeParse(frame.data.result);
        if (result.success) pending.resolve(result.data);
        else pending.reject(new AppError('INTERNAL', `Malformed ${pending.op} result: ${result.error.message}`));
      });
      child.onExit((code) => {
        reject(hostCrashed(code));
        this.handleExit(child, code);
      });
    });
    return this.ready;
  }

  private handleExit(child: ChildHandle, code: number | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.ready = undefined;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(hostCrashed(code));
    }
    if (this.closed) return;
    this.crashes = Date.now() - this.startedAt > stableAfterMs ? 1 : this.crashes + 1;
    const delay = restartDelaysMs[Math.min(this.crashes - 1, restartDelaysMs.length - 1)] ?? 0;
    this.logger.log('error', 'inference', 'Inference host exited; restarting', { code, restartInMs: delay });
    for (const listener of this.crashListeners) listener(code);
    this.restartTimer = setTimeout(() => void this.start().catch(() => undefined), delay);
    this.restartTimer.unref();
  }

  /** Sends one request; rejects with CANCELLED at once when `signal` aborts (the host stops on its side). */
  async request<R extends HostRequest>(request: R, options: RequestOptions = {}): Promise<HostResult<R['op']>> {
    options.signal?.throwIfAborted();
    const child = await this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        if (!this.pending.delete(id)) return;
        this.send(child, { kind: 'cancel', id });
        reject(new AppError('CANCELLED', `${request.op} cancelled`));
      };
      this.pending.set(id, {
        op: request.op,
        onChunk: options.onChunk,
        onPreview: options.onPreview,
        resolve: (result) => {
          options.signal?.removeEventListener('abort', onAbort);
          resolve(result as HostResult<R['op']>);
        },
        reject: (error) => {
          options.signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.send(child, { kind: 'request', id, request });
    });
  }

  private send(child: ChildHandle, frame: ToHost): void {
    child.send(frame);
  }

  onCrash(listener: (code: number | null) => void): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  /** The host's resident memory in bytes, or null when it is not running (this never starts it). */
  async rssBytes(): Promise<number | null> {
    if (!this.ready) return null;
    return (await this.request({ op: 'ping' })).rssBytes;
  }

  /** The running child's pid, for tests and diagnostics. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Kills the child as a crash would (tests use it to prove recovery). */
  kill(): void {
    this.child?.kill();
  }

  /** Resolves when the host is not running (after kill or close). */
  async waitForExit(): Promise<void> {
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => child.onExit(() => resolve()));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.restartTimer);
    this.child?.kill();
  }
}
