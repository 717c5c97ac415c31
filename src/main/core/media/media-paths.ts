import { join } from 'node:path';

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

const shard = (sha256: string): string[] => [sha256.slice(0, 2), sha256.slice(2, 4)];

export const originalPath = (paths: MediaPaths, sha256: string, ext: string): string => join(paths.root, ...shard(sha256), `${sha256}.${ext}`);

export const derivedPath = (paths: MediaPaths, sha256: string, variant: string): string =>
  join(paths.cache, ...shard(sha256), `${sha256}-${variant}.webp`);

export const isSha256 = (name: string): boolean => /^[0-9a-f]{64}$/.test(name);
