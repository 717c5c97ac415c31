import { desc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';

/** Position after the last row of a page: its (created_at, id). */
export interface Cursor {
  createdAt: number;
  id: string;
}

/** Cursors are opaque to the renderer: base64url JSON of the last row's key. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && typeof parsed[0] === 'number' && typeof parsed[1] === 'string') {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the typed error
  }
  throw new AppError('VALIDATION_FAILED', `Malformed cursor ${value.slice(0, 40)}`);
}

/**
 * Rows strictly after the cursor in (created_at DESC, id DESC) order. Written as a row-value
 * comparison because SQLite seeks an index with it; the equivalent OR form scans from the top.
 */
export function afterCursor(createdAt: AnyColumn, id: AnyColumn, cursor: string | undefined): SQL | undefined {
  if (cursor === undefined) return undefined;
  const at = decodeCursor(cursor);
  return afterKey(createdAt, id, at.createdAt, at.id);
}

/** The same comparison with the key given as values or placeholders. */
export function afterKey(createdAt: AnyColumn, id: AnyColumn, keyCreatedAt: unknown, keyId: unknown): SQL {
  return sql`(${createdAt}, ${id}) < (${keyCreatedAt}, ${keyId})`;
}

export const newestFirst = (createdAt: AnyColumn, id: AnyColumn) => [desc(createdAt), desc(id)];

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only says whether there is more.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
