import Database, { type RunResult } from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findResourcesDir } from '../paths/resources-dir';
import * as schema from './schema';

/** The database or a transaction on it: repository functions take either. */
export type Db = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

export interface OpenDatabaseOptions {
  /** A file path, or ':memory:' for tests. */
  path: string;
  /** Electron's own build of better-sqlite3's addon (its ABI differs from Node's). */
  nativeBinding?: string;
  migrationsDir?: string;
}

export const defaultMigrationsDir = (): string => join(findResourcesDir(), 'migrations');

/**
 * Opens the library database and brings its schema up to date before anyone reads it.
 * WAL lets the UI read while a job writes; synchronous=FULL makes every commit durable even
 * on power loss, which matters more here than a millisecond per write.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const sqlite = new Database(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 32 MB of page cache (the default is 2 MB): a large library's indexes stay in memory.
  sqlite.pragma('cache_size = -32000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: options.migrationsDir ?? defaultMigrationsDir() });
  return { db, sqlite, close: () => sqlite.close() };
}

/** A migrated in-memory database, for tests. */
export function openTestDb(): OpenedDatabase {
  return openDatabase({ path: ':memory:' });
}

/** How many migrations this database has applied: the schema version a backup records. */
export function appliedMigrationCount(sqlite: Database.Database): number {
  const row = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  return row.n;
}

/** How many migrations this build of the app knows: a backup with more is from a newer app. */
export function knownMigrationCount(migrationsDir: string = defaultMigrationsDir()): number {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}
