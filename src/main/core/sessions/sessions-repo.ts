import { and, eq, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { undoWindowMs } from '../../../shared/ipc/common';
import type { Session } from '../../../shared/ipc/sessions';
import type { Db } from '../db/client';
import { refusingDangling } from '../db/constraint-errors';
import { newId } from '../db/ids';
import { afterCursor, newestFirst, toPage } from '../db/keyset';
import { containsText } from '../db/like';
import { sessions } from '../db/schema';
import { shopNotFound } from '../shops/shops-repo';

type SessionRow = typeof sessions.$inferSelect;

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  shopId: row.shopId,
  title: row.title,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archived: row.archivedAt !== null,
});

export const sessionNotFound = (id: string): AppError =>
  new AppError('NOT_FOUND', `No session ${id}`, '대화를 찾을 수 없어요. 이미 삭제되었을 수 있어요.');

/** The title a session gets from its first request: the first line, shortened. */
export function titleFrom(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (line.length === 0) return '새 대화';
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

export function createSession(db: Db, input: { shopId: string; title?: string }, now = Date.now()): Session {
  const row = { id: newId(), shopId: input.shopId, title: input.title ?? '새 대화', createdAt: now, updatedAt: now };
  refusingDangling(() => db.insert(sessions).values(row).run(), () => shopNotFound(input.shopId));
  return getSession(db, row.id);
}

export function findSession(db: Db, id: string): Session | undefined {
  const row = db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), isNull(sessions.deletedAt)))
    .get();
  return row && toSession(row);
}

export function getSession(db: Db, id: string): Session {
  const session = findSession(db, id);
  if (!session) throw sessionNotFound(id);
  return session;
}

export interface SessionListQuery {
  cursor?: string;
  limit: number;
  shopId?: string;
  archived: boolean;
  query?: string;
}

export function listSessions(db: Db, q: SessionListQuery) {
  const conditions: (SQL | undefined)[] = [
    isNull(sessions.deletedAt),
    q.archived ? isNotNull(sessions.archivedAt) : isNull(sessions.archivedAt),
    q.shopId ? eq(sessions.shopId, q.shopId) : undefined,
    q.query ? containsText(sessions.title, q.query) : undefined,
    afterCursor(sessions.createdAt, sessions.id, q.cursor),
  ];
  const rows = db
    .select()
    .from(sessions)
    .where(and(...conditions))
    .orderBy(...newestFirst(sessions.createdAt, sessions.id))
    .limit(q.limit + 1)
    .all();
  const page = toPage(rows, q.limit, (row) => row);
  return { items: page.items.map(toSession), nextCursor: page.nextCursor };
}

/** Changes a session that is not deleted; throws NOT_FOUND otherwise. */
function setLive(db: Db, id: string, values: Partial<SessionRow>): void {
  const result = db
    .update(sessions)
    .set(values)
    .where(and(eq(sessions.id, id), isNull(sessions.deletedAt)))
    .run();
  if (result.changes === 0) throw sessionNotFound(id);
}

function updateLive(db: Db, id: string, values: Partial<SessionRow>): Session {
  setLive(db, id, values);
  return getSession(db, id);
}

export const renameSession = (db: Db, id: string, title: string, now = Date.now()): Session => updateLive(db, id, { title, updatedAt: now });

export const archiveSession = (db: Db, id: string, archived: boolean, now = Date.now()): Session =>
  updateLive(db, id, { archivedAt: archived ? now : null, updatedAt: now });

/** Called when the session gets a message, so it counts as recently used. */
export const touchSession = (db: Db, id: string, now = Date.now()): Session => updateLive(db, id, { updatedAt: now });

export function softDeleteSession(db: Db, id: string, now = Date.now()): { id: string; undoUntil: number } {
  setLive(db, id, { deletedAt: now });
  return { id, undoUntil: now + undoWindowMs };
}

export function restoreSession(db: Db, id: string): Session {
  const result = db
    .update(sessions)
    .set({ deletedAt: null })
    .where(and(eq(sessions.id, id), isNotNull(sessions.deletedAt)))
    .run();
  if (result.changes === 0) throw sessionNotFound(id);
  return getSession(db, id);
}

/** Hard-deletes sessions whose undo window has passed; messages and generations go with them. */
export function purgeDeletedSessions(db: Db, now = Date.now()): number {
  return db
    .delete(sessions)
    .where(lt(sessions.deletedAt, now - undoWindowMs))
    .run().changes;
}
