import type { AppError } from '../../../shared/errors';

/**
 * SQLite's foreign-key refusal: a missing parent on insert, or (ON DELETE RESTRICT, reported
 * as a trigger constraint) a child still referring to the row being deleted.
 */
export function isForeignKeyError(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_TRIGGER') && /FOREIGN KEY/i.test(message ?? '');
}

/** Runs a write and turns a foreign-key refusal into the given typed error. */
export function refusingDangling<T>(write: () => T, error: () => AppError): T {
  try {
    return write();
  } catch (thrown) {
    if (isForeignKeyError(thrown)) throw error();
    throw thrown;
  }
}
