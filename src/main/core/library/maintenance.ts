import type { Db } from '../db/client';
import { purgeDeletedGenerations } from '../generations/generations-repo';
import type { Logger } from '../log/logger';
import type { MediaLibrary } from '../media/media-library';
import { purgeDeletedSessions } from '../sessions/sessions-repo';

/** Purges what passed its undo window, then collects the media nothing refers to any more. */
export async function runMaintenance(db: Db, media: MediaLibrary, logger: Logger, now = Date.now()) {
  const purged = db.transaction((tx) => ({ sessions: purgeDeletedSessions(tx, now), generations: purgeDeletedGenerations(tx, now) }));
  if (purged.sessions + purged.generations > 0) logger.log('info', 'library', 'Purged deleted items', purged);
  const collected = await media.collectGarbage(now);
  return { ...purged, collected };
}
