import { statfsSync } from 'node:fs';
import { AppError, type ErrorData } from '../../../shared/errors';
import type { StorageState } from '../../../shared/ipc/app';
import type { MethodName } from '../../../shared/ipc/contract';
import type { CallGuard } from '../rpc/dispatch';
import type { Logger } from '../log/logger';

/** How often a full disk is measured again, to leave read-only as soon as there is room. */
const recheckIntervalMs = 3_000;

/**
 * Calls that mostly write (a job makes files and rows, an import copies a photo): refused at
 * once while the disk is full, rather than after a cut-out that could never be saved. Every
 * other write still runs and fails on its own, typed, with nothing half-written.
 */
const writingMethods = new Set<MethodName>(['jobs.start', 'jobs.retry', 'media.import', 'models.download', 'models.downloadBundle', 'models.resume', 'models.import', 'library.restore', 'generations.retext', 'cutouts.touchUp']);

/** Room needed to leave read-only: enough for a job's files and rows, never a large share of a small disk. */
export function roomToWrite(totalBytes: number): number {
  return Math.max(8 * 1024 * 1024, Math.min(256 * 1024 * 1024, totalBytes * 0.05));
}

export interface StorageGuard extends CallGuard {
  state(): StorageState;
  /** Called with every error a call or job ends with; a full disk turns the app read-only. */
  observe(error: ErrorData): void;
  /** Refuses a writing call while the disk is still full (measured again, not assumed). */
  admit(method: MethodName): void;
  close(): void;
}

/**
 * Read-only mode after a full disk: entered when any write reports DISK_FULL, left when the
 * data folder's disk has room again (measured every few seconds, and again before a refusal),
 * each change announced once so the window can say it.
 */
export function createStorageGuard(dataDir: string, logger: Logger, announce: (state: StorageState) => void): StorageGuard {
  let full = false;
  let timer: NodeJS.Timeout | undefined;

  const measure = (): Pick<StorageState, 'freeBytes' | 'totalBytes'> => {
    try {
      const fs = statfsSync(dataDir);
      return { freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize };
    } catch {
      return { freeBytes: 0, totalBytes: 0 };
    }
  };
  const state = (): StorageState => ({ full, ...measure() });

  const recheck = (): void => {
    const now = measure();
    if (now.freeBytes < roomToWrite(now.totalBytes)) return;
    full = false;
    clearInterval(timer);
    timer = undefined;
    logger.log('info', 'storage', 'Disk has room again; leaving read-only mode', now);
    announce({ full, ...now });
  };

  return {
    state,
    observe(error) {
      if (error.code !== 'DISK_FULL' || full) return;
      full = true;
      const now = measure();
      logger.log('warn', 'storage', 'Disk full; read-only until there is room', { ...now, error: error.message });
      announce({ full, ...now });
      timer = setInterval(recheck, recheckIntervalMs);
      timer.unref();
    },
    admit(method) {
      if (!full || !writingMethods.has(method)) return;
      recheck();
      if (full) throw new AppError('READ_ONLY', `Refused ${method}: the data folder's disk is full (read-only mode)`);
    },
    close() {
      clearInterval(timer);
    },
  };
}
