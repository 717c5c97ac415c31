import { AppError } from '../../../shared/errors';

/**
 * A FIFO semaphore: at most `concurrency` holders, the rest wait in arrival order and are told
 * their place as it changes. Used for the job pool and for the accelerator (one at a time).
 */
export class FifoLane {
  private running = 0;
  private readonly waiting: { grant: () => void; onPosition?: (position: number) => void; cancel: () => void }[] = [];

  constructor(private readonly concurrency: number) {}

  async run<T>(task: () => Promise<T>, options: { signal?: AbortSignal; onPosition?: (position: number) => void } = {}): Promise<T> {
    await this.acquire(options);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  get queued(): number {
    return this.waiting.length;
  }

  private acquire({ signal, onPosition }: { signal?: AbortSignal; onPosition?: (position: number) => void }): Promise<void> {
    signal?.throwIfAborted();
    if (this.running < this.concurrency && this.waiting.length === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          signal?.removeEventListener('abort', entry.cancel);
          this.running += 1;
          resolve();
        },
        onPosition,
        cancel: () => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          this.announce();
          reject(new AppError('CANCELLED', 'Cancelled while waiting in the queue'));
        },
      };
      signal?.addEventListener('abort', entry.cancel, { once: true });
      this.waiting.push(entry);
      onPosition?.(this.waiting.length);
    });
  }

  private release(): void {
    this.running -= 1;
    const next = this.waiting.shift();
    if (next) next.grant();
    this.announce();
  }

  private announce(): void {
    this.waiting.forEach((entry, index) => entry.onPosition?.(index + 1));
  }
}
