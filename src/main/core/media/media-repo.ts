import { eq, sql } from 'drizzle-orm';
import type { MediaInfo } from '../../../shared/ipc/media';
import type { Db } from '../db/client';
import { media } from '../db/schema';
import { isValidMediaName } from './media-paths';

/** Records a stored file; the same content recorded twice stays one row. Returns false for a duplicate. */
export function insertMedia(db: Db, row: MediaInfo): boolean {
  const result = db.insert(media).values(row).onConflictDoNothing().run();
  return result.changes === 1;
}

/** A row whose name the store could not have written (a tampered backup's) counts as missing. */
const trusted = (row: MediaInfo | undefined): MediaInfo | undefined => (row && isValidMediaName(row) ? row : undefined);

export function getMedia(db: Db, sha256: string): MediaInfo | undefined {
  return trusted(db.select().from(media).where(eq(media.sha256, sha256)).get());
}

export function deleteMediaRow(db: Db, sha256: string): void {
  db.delete(media).where(eq(media.sha256, sha256)).run();
}

/** Media no shop, message or generation refers to any more: safe to collect. Untrusted rows are left alone. */
export function unreferencedMedia(db: Db): MediaInfo[] {
  return db
    .select()
    .from(media)
    .where(
      sql`NOT EXISTS (SELECT 1 FROM shops WHERE logo_sha256 = ${media.sha256})
      AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = ${media.sha256})
      AND NOT EXISTS (SELECT 1 FROM generation_inputs WHERE sha256 = ${media.sha256})
      AND NOT EXISTS (SELECT 1 FROM generation_outputs WHERE sha256 = ${media.sha256} OR poster_sha256 = ${media.sha256})
      AND NOT EXISTS (SELECT 1 FROM cutouts WHERE cutout_sha256 = ${media.sha256})`,
    )
    .all()
    .filter(isValidMediaName);
}

export function mediaTotals(db: Db): { files: number; bytes: number } {
  const row = db.select({ files: sql<number>`count(*)`, bytes: sql<number>`coalesce(sum(${media.bytes}), 0)` }).from(media).get();
  return { files: row?.files ?? 0, bytes: row?.bytes ?? 0 };
}
