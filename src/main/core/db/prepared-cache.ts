import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from './client';

const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * One prepared query per database and query shape. Building a drizzle query and preparing its
 * SQL costs more than running it, and page fetches repeat a handful of shapes; a restore swaps
 * the database object, which starts a fresh cache.
 */
export function preparedFor<T>(db: Db, shape: string, build: () => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(shape) as T | undefined;
  if (prepared === undefined) {
    prepared = build();
    cache.set(shape, prepared);
  }
  return prepared;
}

/**
 * `column IN (the ids)` for a prepared query: the ids arrive as one JSON array under
 * `placeholder`, so a page of any length runs the same prepared statement.
 */
export const inIdList = (column: AnyColumn, placeholder = 'ids'): SQL => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(placeholder)}))`;
