import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorData } from '../../../../shared/errors';
import { entryPoint } from '../../paths/entry-point';
import type { AdMeasures } from '../ranking/variant-score';
import type { PhotoAdInput } from '../photo/render-photo';
import type { AdInput } from './render-ad';
import type { SetBlock } from './text-layer';
import type { DrawnLayer, VideoLayerSpec } from '../../video/layers/video-layers';
import type { MusicMood } from '../../../../shared/video';

export interface RenderedFile {
  png: Buffer;
  /** Its 256-px preview, for `MediaLibrary.storeDrawn`. */
  preview: Buffer;
  width: number;
  height: number;
  blocks: SetBlock[];
  /** What the picture shows about its own quality, for ranking the set. */
  measures: AdMeasures;
  /** Only when the input asked for it. */
  plate?: Buffer;
}

/** What a worker is asked to draw: a composite on a backdrop, a photo layout, or one still of a video. */
export type RenderJob =
  | { kind: 'composite'; input: AdInput }
  | { kind: 'photo'; input: PhotoAdInput }
  | { kind: 'video-layer'; input: VideoLayerSpec }
  | { kind: 'music'; input: { mood: MusicMood; seconds: number } };

type Reply =
  | { id: number; png: Uint8Array; preview: Uint8Array; width: number; height: number; blocks: SetBlock[]; measures: AdMeasures; plate?: Uint8Array }
  | { id: number; layer: DrawnLayer }
  | { id: number; wav: Uint8Array }
  | { id: number; error: ErrorData };

interface Waiting {
  resolve: (reply: Exclude<Reply, { error: ErrorData }>) => void;
  reject: (error: Error) => void;
}

const renderedFile = (reply: Exclude<Reply, { error: ErrorData }>): RenderedFile => {
  if (!('png' in reply)) throw new AppError('INTERNAL', 'A render job was answered with a video part');
  return { png: Buffer.from(reply.png), preview: Buffer.from(reply.preview), width: reply.width, height: reply.height, blocks: reply.blocks, measures: reply.measures, plate: reply.plate && Buffer.from(reply.plate) };
};

/** Worker threads that render ads in parallel, started on first use; one per core (at most four). */
export class RenderPool {
  private workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: (Waiting & { job: RenderJob })[] = [];
  private readonly pending = new Map<number, Waiting & { worker: Worker }>();
  private nextId = 1;
  private closing = false;

  constructor(readonly size: number = Math.min(4, Math.max(1, availableParallelism()))) {}

  /** Tops the pool up to its size (a worker that died is replaced here). */
  private start(): void {
    const entry = entryPoint(import.meta.url, 'render-worker.ts', 'render-worker.js');
    while (this.workers.length < this.size) {
      // From source (tests), tsx must be registered inside the worker before it imports the entry.
      const worker = entry.fromSource
        ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(entry.path).href)}); });`, { eval: true })
        : new Worker(entry.path);
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', () => this.fail(worker, new Error('render worker exited')));
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (job) {
      if ('error' in reply) job.reject(AppError.fromData(reply.error));
      else job.resolve(reply);
    }
    // An idle worker must not keep the process alive; a busy one must.
    worker.unref();
    this.idle.push(worker);
    this.dispatch();
  }

  private fail(worker: Worker, error: Error): void {
    this.workers = this.workers.filter((w) => w !== worker);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(id);
      job.reject(new AppError('GENERATION_FAILED', `Render worker failed: ${error.message}`));
    }
    if (this.queue.length > 0 && !this.closing) {
      this.start();
      this.dispatch();
    }
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift() as Worker;
      const job = this.queue.shift();
      if (!job) break;
      const id = this.nextId++;
      this.pending.set(id, { worker, resolve: job.resolve, reject: job.reject });
      worker.ref();
      worker.postMessage({ id, job: job.job });
    }
  }

  /** Whether any worker has been started (by a render or a warm start). */
  get started(): boolean {
    return this.workers.length > 0;
  }

  async render(input: AdInput): Promise<RenderedFile> {
    return renderedFile(await this.enqueue({ kind: 'composite', input }));
  }

  async renderPhoto(input: PhotoAdInput): Promise<RenderedFile> {
    return renderedFile(await this.enqueue({ kind: 'photo', input }));
  }

  async drawVideoLayer(input: VideoLayerSpec): Promise<DrawnLayer> {
    const reply = await this.enqueue({ kind: 'video-layer', input });
    if (!('layer' in reply)) throw new AppError('INTERNAL', 'A video layer was answered with something else');
    return { ...reply.layer, png: Buffer.from(reply.layer.png) };
  }

  /** A built-in music loop as a WAV file: seconds of synthesis that must not stall the main process. */
  async synthesizeMusic(mood: MusicMood, seconds: number): Promise<Buffer> {
    const reply = await this.enqueue({ kind: 'music', input: { mood, seconds } });
    if (!('wav' in reply)) throw new AppError('INTERNAL', 'Music was answered with something else');
    return Buffer.from(reply.wav);
  }

  private enqueue(job: RenderJob): Promise<Exclude<Reply, { error: ErrorData }>> {
    this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
    this.idle.length = 0;
  }
}
