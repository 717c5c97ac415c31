import { AppError, toErrorData, type ErrorData } from '../../../shared/errors';

const diskFullCodes = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/**
 * A write that failed for want of space, however it reached us: Node's errno, SQLite's own code
 * (the database and its backups are written by SQLite), or only the OS text inside a native
 * library's message (libvips, which sharp and the render workers use, reports it that way).
 */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'DISK_FULL';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && diskFullCodes.has(code)) return true;
  return /no space left on device|disk quota exceeded|database or disk is full/i.test(error instanceof Error ? error.message : String(error));
}

/** The error data of anything thrown inside the core: a full disk is DISK_FULL wherever it surfaced. */
export function coreErrorData(thrown: unknown): ErrorData {
  if (!(thrown instanceof AppError) && isDiskFull(thrown)) {
    return new AppError('DISK_FULL', `No space left on the data folder's disk: ${thrown instanceof Error ? thrown.message : String(thrown)}`).toData();
  }
  return toErrorData(thrown);
}

/** Failures of writing into a place the owner chose, as typed errors; anything else unchanged. */
export function savingError(error: unknown, target: string): unknown {
  if (error instanceof AppError) return error;
  if (isDiskFull(error)) return new AppError('DISK_FULL', `No space left writing ${target}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') {
    return new AppError('WRITE_FAILED', `Cannot write ${target}: ${code}`);
  }
  return error;
}
