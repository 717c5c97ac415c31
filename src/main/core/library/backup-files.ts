import type Database from 'better-sqlite3';
import type { MediaName } from '../media/media-paths';

/** What a backup folder holds beside its media/ tree. */
export const manifestFile = 'backup.json';
export const databaseFile = 'adstudio.db';

/** The media rows of a database; their names are checked by whoever turns them into paths. */
export const readMediaRows = (sqlite: Database.Database): MediaName[] => sqlite.prepare('SELECT sha256, ext FROM media').all() as MediaName[];
