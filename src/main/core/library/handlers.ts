import type { DomainHandlers } from '../../../shared/ipc/contract';
import { knownMigrationCount } from '../db/client';
import { ownerPath } from '../fs/owner-path';
import type { MediaLibrary } from '../media/media-library';
import { backupLibrary } from './backup';
import type { DatabaseHolder } from './database-holder';
import { exportLibrary } from './export';
import { restoreLibrary } from './restore';
import { libraryStats } from './stats';

export function createLibraryHandlers(holder: DatabaseHolder, media: MediaLibrary, dataDir: string, exportsDir: string) {
  return {
    'library.stats': async () => libraryStats(holder.db()),
    'library.export': async ({ selection, destination }) => exportLibrary(holder.db(), media, selection, destination ? ownerPath(destination) : exportsDir),
    'library.backup': async ({ destination }) => backupLibrary(holder, dataDir, ownerPath(destination)),
    'library.restore': async ({ source }) => restoreLibrary(holder, dataDir, ownerPath(source), knownMigrationCount()),
  } satisfies DomainHandlers<'library.stats' | 'library.export' | 'library.backup' | 'library.restore'>;
}
