import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { isInsideFolder } from '../fs/inside-folder';
import { isStoredExtension } from './image-format';

/** Where everything of the media store lives under the data folder. */
export interface MediaPaths {
  /** Originals: media/ab/cd/<sha256>.<ext> */
  root: string;
  /** In-flight imports; same filesystem as root so the final rename is atomic. */
  temp: string;
  /** Thumbnails and work copies: derived, disposable, never backed up. */
  cache: string;
}

export function mediaPaths(dataDir: string): MediaPaths {
  return { root: join(dataDir, 'media'), temp: join(dataDir, 'media', '.tmp'), cache: join(dataDir, 'cache', 'media') };
}

export const isSha256 = (name: string): boolean => /^[0-9a-f]{64}$/.test(name);

/** A media row as read from a database, which may be a tampered backup's. */
export interface MediaName {
  sha256: string;
  ext: string;
}

/** Whether a row names a file the store could have written: 64 lowercase hex and an allowed extension. */
export const isValidMediaName = (name: MediaName): boolean => isSha256(name.sha256) && isStoredExtension(name.ext);

/** The row an original's file name stands for, if the store could have written that name. */
export function parseOriginalName(fileName: string): MediaName | undefined {
  const [sha256 = '', ext = '', ...rest] = fileName.split('.');
  return rest.length === 0 && isValidMediaName({ sha256, ext }) ? { sha256, ext } : undefined;
}

const shard = (sha256: string): string[] => [sha256.slice(0, 2), sha256.slice(2, 4)];

function under(root: string, path: string): string {
  // Unreachable with a checked name; kept so a future change to the name rules cannot open a way out.
  if (!isInsideFolder(root, path)) throw new AppError('MEDIA_CORRUPT', `Media path ${path} leaves ${root}`);
  return path;
}

/**
 * The one place a media file's path is made. Names come from database rows, and a database
 * can come from someone else's backup: anything but a hash and an allowed extension is refused,
 * so no row can point at a file outside the media folder.
 */
export function originalPath(paths: MediaPaths, sha256: string, ext: string): string {
  if (!isValidMediaName({ sha256, ext })) throw new AppError('MEDIA_CORRUPT', `Refusing media name ${JSON.stringify(`${sha256}.${ext}`)}`);
  return under(paths.root, join(paths.root, ...shard(sha256), `${sha256}.${ext}`));
}

/** Thumbnails and work copies; `variant` is one of the store's own sizes, never outside input. */
export function derivedPath(paths: MediaPaths, sha256: string, variant: string): string {
  if (!isSha256(sha256) || !/^[0-9a-z]+$/.test(variant)) throw new AppError('MEDIA_CORRUPT', `Refusing derived media name ${JSON.stringify(`${sha256}-${variant}`)}`);
  return under(paths.cache, join(paths.cache, ...shard(sha256), `${sha256}-${variant}.webp`));
}
