import Database from 'better-sqlite3';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { backupManifestSchema, type BackupManifest } from '../../../shared/ipc/library';
import { appVersion } from '../app/version';
import { appliedMigrationCount } from '../db/client';
import { sha256OfFile } from '../fs/hash-file';
import { writeFolderAtomically } from '../fs/timestamped-folder';
import { mediaPaths, originalPath } from '../media/media-paths';
import type { DatabaseHolder } from './database-holder';

const manifestFile = 'backup.json';
const databaseFile = 'adstudio.db';

interface MediaRow {
  sha256: string;
  ext: string;
}

const mediaRows = (sqlite: Database.Database): MediaRow[] => sqlite.prepare('SELECT sha256, ext FROM media').all() as MediaRow[];

/**
 * A consistent snapshot while the app keeps running: SQLite's online backup of the database,
 * then the original of every media row in that snapshot (thumbnails are rebuilt on demand).
 */
export async function backupLibrary(holder: DatabaseHolder, dataDir: string, destination: string) {
  let manifest: BackupManifest | undefined;
  const folder = await writeFolderAtomically(destination, 'AdStudio-backup', async (dir) => {
    const dbCopy = join(dir, databaseFile);
    await holder.sqlite().backup(dbCopy);
    const snapshot = new Database(dbCopy, { readonly: true });
    const rows = mediaRows(snapshot);
    const schemaVersion = appliedMigrationCount(snapshot);
    snapshot.close();
    const source = mediaPaths(dataDir);
    const target = mediaPaths(dir);
    for (const row of rows) {
      const to = originalPath(target, row.sha256, row.ext);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(originalPath(source, row.sha256, row.ext), to);
    }
    manifest = { app: 'AdStudio', appVersion, schemaVersion, createdAt: Date.now(), mediaFiles: rows.length };
    await writeFile(join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  });
  if (!manifest) throw new Error('Backup finished without a manifest');
  return { folder, manifest };
}

async function readManifest(source: string): Promise<BackupManifest> {
  try {
    return backupManifestSchema.parse(JSON.parse(await readFile(join(source, manifestFile), 'utf8')));
  } catch (error) {
    throw new AppError('BACKUP_INVALID', `No valid ${manifestFile} in ${source}: ${String(error)}`);
  }
}

function checkBackupDatabase(path: string, knownMigrations: number): void {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
    const version = appliedMigrationCount(sqlite);
    if (version > knownMigrations) {
      throw new AppError('BACKUP_NEWER_SCHEMA', `Backup schema ${version} is newer than this app's ${knownMigrations}`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_INVALID', `Backup database unusable: ${String(error)}`);
  } finally {
    sqlite?.close();
  }
}

/**
 * Restores a backup made by `backupLibrary`. Refuses one from a newer schema. Media is merged
 * in (content-addressed, so nothing present is overwritten) and verified by hash; the current
 * database is moved aside, never deleted, before the backup's copy takes its place.
 */
export async function restoreLibrary(holder: DatabaseHolder, dataDir: string, source: string, knownMigrations: number) {
  const manifest = await readManifest(source);
  if (manifest.schemaVersion > knownMigrations) {
    throw new AppError('BACKUP_NEWER_SCHEMA', `Backup schema ${manifest.schemaVersion} is newer than this app's ${knownMigrations}`);
  }
  const backupDb = join(source, databaseFile);
  checkBackupDatabase(backupDb, knownMigrations);

  const readOnly = new Database(backupDb, { readonly: true });
  const rows = mediaRows(readOnly);
  readOnly.close();
  const from = mediaPaths(source);
  const to = mediaPaths(dataDir);
  for (const row of rows) {
    const target = originalPath(to, row.sha256, row.ext);
    if (await stat(target).catch(() => undefined)) continue;
    const origin = originalPath(from, row.sha256, row.ext);
    if ((await sha256OfFile(origin).catch(() => '')) !== row.sha256) {
      throw new AppError('BACKUP_INVALID', `Backup file ${origin} is missing or does not match its hash`);
    }
    await mkdir(dirname(target), { recursive: true });
    await copyFile(origin, `${target}.restore`);
    await rename(`${target}.restore`, target);
  }

  const previousDatabase = `${holder.path}.before-restore-${Date.now()}`;
  await holder.reopenAfter(async () => {
    await copyFile(backupDb, `${holder.path}.restore`);
    await rename(holder.path, previousDatabase);
    await rm(`${holder.path}-wal`, { force: true });
    await rm(`${holder.path}-shm`, { force: true });
    await rename(`${holder.path}.restore`, holder.path);
  });
  return { manifest, previousDatabase };
}
