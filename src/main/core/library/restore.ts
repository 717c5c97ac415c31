import Database from 'better-sqlite3';
import { copyFile, lstat, mkdir, mkdtemp, readFile, realpath, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { AppError } from '../../../shared/errors';
import { backupManifestSchema, type BackupManifest } from '../../../shared/ipc/library';
import { appliedMigrationCount } from '../db/client';
import { copyFileHashing, sha256OfFile } from '../fs/hash-file';
import { isValidMediaName, mediaPaths, originalPath, type MediaName, type MediaPaths } from '../media/media-paths';
import { databaseFile, manifestFile, readMediaRows } from './backup-files';
import type { DatabaseHolder } from './database-holder';

const invalid = (message: string): AppError => new AppError('BACKUP_INVALID', message);

async function readManifest(source: string): Promise<BackupManifest> {
  try {
    return backupManifestSchema.parse(JSON.parse(await readFile(join(source, manifestFile), 'utf8')));
  } catch (error) {
    throw invalid(`No valid ${manifestFile} in ${source}: ${String(error)}`);
  }
}

const isRegularFile = async (path: string): Promise<boolean> => (await lstat(path).catch(() => undefined))?.isFile() ?? false;

/** Checks the staged copy of the backup's database and returns its media rows, unchecked. */
function readBackupDatabase(path: string, knownMigrations: number): MediaName[] {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
    const version = appliedMigrationCount(sqlite);
    if (version > knownMigrations) {
      throw new AppError('BACKUP_NEWER_SCHEMA', `Backup schema ${version} is newer than this app's ${knownMigrations}`);
    }
    return readMediaRows(sqlite);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid(`Backup database unusable: ${String(error)}`);
  } finally {
    sqlite?.close();
  }
}

/**
 * The backup's file for a row, once the row names a store file and the file is a regular file
 * inside the backup's own media folder, with no link anywhere on the way. Its content is
 * verified as it is copied (see `stageMedia`).
 */
async function checkedBackupFile(from: MediaPaths, realRoot: string, row: MediaName): Promise<string> {
  if (!isValidMediaName(row)) throw invalid(`Backup media row ${JSON.stringify(row)} names no file the store writes`);
  const path = originalPath(from, row.sha256, row.ext);
  if (!(await isRegularFile(path))) throw invalid(`Backup file ${path} is missing or not a regular file`);
  if ((await realpath(path)) !== join(realRoot, relative(from.root, path))) throw invalid(`Backup file ${path} is reached through a link`);
  return path;
}

interface StagedFile {
  staged: string;
  target: string;
}

/**
 * Verifies every backup file against its name, copying into `staging` what the data folder
 * lacks or holds with the wrong content. Each hash is taken of the bytes actually copied, so a
 * backup folder that changes while we read it cannot slip in unverified content.
 */
async function stageMedia(files: { row: MediaName; origin: string }[], to: MediaPaths, staging: string): Promise<StagedFile[]> {
  const staged: StagedFile[] = [];
  for (const [index, { row, origin }] of files.entries()) {
    const target = originalPath(to, row.sha256, row.ext);
    const present = (await isRegularFile(target)) && (await sha256OfFile(target)) === row.sha256;
    const copy = join(staging, String(index));
    const hash = present ? await sha256OfFile(origin) : await copyFileHashing(origin, copy);
    if (hash !== row.sha256) throw invalid(`Backup file ${origin} does not match its hash`);
    if (!present) staged.push({ staged: copy, target });
  }
  return staged;
}

/** Removes the folders `mkdir -p` made for staging, but only while empty: never anything else. */
async function removeEmptyFolders(deepest: string, topmost: string | undefined): Promise<void> {
  if (!topmost) return;
  for (let dir = deepest; dir.startsWith(topmost); dir = dirname(dir)) {
    if (!(await rmdir(dir).then(() => true, () => false))) return;
  }
}

/**
 * Restores a backup made by `backupLibrary`, all or nothing: the database and every media row
 * are checked, and every file verified by hash, before anything leaves the staging folder
 * beside the media folder, so a refused backup leaves the data folder exactly as it was.
 * Verified copies are renamed into place; the current database is moved aside, never deleted.
 */
export async function restoreLibrary(holder: DatabaseHolder, dataDir: string, source: string, knownMigrations: number) {
  const manifest = await readManifest(source);
  if (manifest.schemaVersion > knownMigrations) {
    throw new AppError('BACKUP_NEWER_SCHEMA', `Backup schema ${manifest.schemaVersion} is newer than this app's ${knownMigrations}`);
  }
  const backupDb = join(source, databaseFile);
  if (!(await isRegularFile(backupDb))) throw invalid(`${backupDb} is missing or not a regular file`);
  const from = mediaPaths(source);
  const to = mediaPaths(dataDir);
  const madeTemp = await mkdir(to.temp, { recursive: true });
  const staging = await mkdtemp(join(to.temp, 'restore-'));
  try {
    const stagedDb = join(staging, databaseFile);
    await copyFile(backupDb, stagedDb);
    const rows = readBackupDatabase(stagedDb, knownMigrations);
    const realRoot = join(await realpath(source), 'media');
    const files = [];
    for (const row of rows) files.push({ row, origin: await checkedBackupFile(from, realRoot, row) });

    for (const { staged, target } of await stageMedia(files, to, staging)) {
      await mkdir(dirname(target), { recursive: true });
      await rename(staged, target);
    }
    const previousDatabase = `${holder.path}.before-restore-${Date.now()}`;
    await holder.reopenAfter(async () => {
      await rename(holder.path, previousDatabase);
      try {
        await rm(`${holder.path}-wal`, { force: true });
        await rm(`${holder.path}-shm`, { force: true });
        await rename(stagedDb, holder.path);
      } catch (error) {
        // The checkpoint emptied the log, so the database alone is the whole library again.
        await rename(previousDatabase, holder.path);
        throw error;
      }
    });
    return { manifest, previousDatabase };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await removeEmptyFolders(to.temp, madeTemp);
  }
}
