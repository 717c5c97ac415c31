import type Database from 'better-sqlite3';
import { openDatabase, type Db, type OpenDatabaseOptions } from '../db/client';

/**
 * Owns the open database so a restore can swap it underneath every repository: they all
 * reach it through `db()` at call time, never keep it.
 */
export function createDatabaseHolder(options: OpenDatabaseOptions) {
  let opened = openDatabase(options);
  return {
    path: options.path,
    db: (): Db => opened.db,
    sqlite: (): Database.Database => opened.sqlite,
    /** Closes, lets `replace` change the file, and reopens (migrating) — even if `replace` fails. */
    async reopenAfter<T>(replace: () => Promise<T>): Promise<T> {
      opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      opened.close();
      try {
        return await replace();
      } finally {
        opened = openDatabase(options);
      }
    },
    close: (): void => opened.close(),
  };
}

export type DatabaseHolder = ReturnType<typeof createDatabaseHolder>;
