import { AppError } from '../../../shared/errors';

/** Failures of writing into a place the owner chose, as typed errors; anything else unchanged. */
export function savingError(error: unknown, target: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  // SQLite reports a full disk under its own code (a database backup is written by SQLite itself).
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new AppError('DISK_FULL', `No space left writing ${target}`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') {
    return new AppError('WRITE_FAILED', `Cannot write ${target}: ${code}`);
  }
  return error;
}
