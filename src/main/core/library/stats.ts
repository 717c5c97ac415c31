import { sql } from 'drizzle-orm';
import type { LibraryStats } from '../../../shared/ipc/library';
import type { Db } from '../db/client';
import { generations, sessions } from '../db/schema';
import { mediaTotals } from '../media/media-repo';

/** Start of the current month in the computer's own time zone. */
export function monthStart(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
}

export function libraryStats(db: Db, now = Date.now()): LibraryStats {
  const live = sql`${generations.deletedAt} IS NULL AND NOT EXISTS (SELECT 1 FROM ${sessions} s WHERE s.id = ${generations.sessionId} AND s.deleted_at IS NOT NULL)`;
  const row = db
    .select({
      total: sql<number>`count(*)`,
      thisMonth: sql<number>`coalesce(sum(${generations.createdAt} >= ${monthStart(now)}), 0)`,
      copy: sql<number>`coalesce(sum(${generations.kind} = 'copy'), 0)`,
      image: sql<number>`coalesce(sum(${generations.kind} = 'image'), 0)`,
      video: sql<number>`coalesce(sum(${generations.kind} = 'video'), 0)`,
      averageScore: sql<number | null>`avg(${generations.score})`,
    })
    .from(generations)
    .where(live)
    .get();
  const sessionCount = db.select({ n: sql<number>`count(*)` }).from(sessions).where(sql`${sessions.deletedAt} IS NULL`).get();
  const files = mediaTotals(db);
  return {
    totalGenerations: row?.total ?? 0,
    thisMonth: row?.thisMonth ?? 0,
    byKind: { copy: row?.copy ?? 0, image: row?.image ?? 0, video: row?.video ?? 0 },
    averageScore: row?.averageScore ?? null,
    sessions: sessionCount?.n ?? 0,
    mediaFiles: files.files,
    storageBytes: files.bytes,
  };
}
