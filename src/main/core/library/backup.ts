import Database from 'better-sqlite3';
import { copyFile, lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { BackupManifest } from '../../../shared/ipc/library';
import { appVersion } from '../app/version';
import { appliedMigrationCount } from '../db/client';
import { writeFolderAtomically } from '../fs/timestamped-folder';
import { savingError } from '../fs/write-errors';
import { mediaPaths, originalPath, type MediaPaths } from '../media/media-paths';
import { databaseFile, manifestFile, readMediaRows } from './backup-files';
import type { DatabaseHolder } from './database-holder';

/** A missing original is the library's fault, not the destination's: it must not read as WRITE_FAILED. */
async function libraryFile(paths: MediaPaths, sha256: string, ext: string): Promise<string> {
  const path = originalPath(paths, sha256, ext);
  if (!(await lstat(path).catch(() => undefined))?.isFile()) throw new AppError('FILE_NOT_FOUND', `Library file ${path} is missing`);
  return path;
}

/**
 * A consistent snapshot while the app keeps running: SQLite's online backup of the database,
 * then the original of every media row in that snapshot (thumbnails are rebuilt on demand).
 */
export async function backupLibrary(holder: DatabaseHolder, dataDir: string, destination: string) {
  let manifest: BackupManifest | undefined;
  const fill = async (dir: string): Promise<void> => {
    const dbCopy = join(dir, databaseFile);
    await holder.sqlite().backup(dbCopy);
    const snapshot = new Database(dbCopy, { readonly: true });
    const rows = readMediaRows(snapshot);
    const schemaVersion = appliedMigrationCount(snapshot);
    snapshot.close();
    const source = mediaPaths(dataDir);
    const target = mediaPaths(dir);
    for (const row of rows) {
      const from = await libraryFile(source, row.sha256, row.ext);
      const to = originalPath(target, row.sha256, row.ext);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
    }
    manifest = { app: 'AdStudio', appVersion, schemaVersion, createdAt: Date.now(), mediaFiles: rows.length };
    await writeFile(join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  };
  let folder: string;
  try {
    folder = await writeFolderAtomically(destination, 'AdStudio-backup', fill);
  } catch (error) {
    throw savingError(error, destination);
  }
  if (!manifest) throw new Error('Backup finished without a manifest');
  return { folder, manifest };
}
