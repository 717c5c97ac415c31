import { type AppError } from '../../../shared/errors';

/** SQLite's foreign-key refusal, raised when something still refers to the row. */
export function isForeignKeyError(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
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
