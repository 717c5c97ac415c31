import { constants, rmSync } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import { thumbnailSizes, type MediaInfo } from '../../../shared/ipc/media';
import type { Db } from '../db/client';
import type { Logger } from '../log/logger';
import { sniffImageFormat, sniffMp4, type StoredFormat } from './image-format';
import { derivedImage, probeImage, writeDerived, writeDerivedFile, type ProbedImage } from './image-probe';
import { writeTempFile, type ImportSource } from './ingest-file';
import { deleteMediaRow, getMedia, insertMedia, unreferencedMedia } from './media-repo';
import { derivedPath, isSha256, originalPath, parseOriginalName, type MediaPaths } from './media-paths';

/** Photos larger than this on their long edge get a downscaled work copy; the original is kept. */
export const workMaxEdge = 3072;
/** Imported but never used media is kept this long before collection (a draft may still send it). */
export const unusedMediaGraceMs = 24 * 60 * 60 * 1000;
/** Files without a row are only collected when older than this, so an import in flight is safe. */
const orphanFileGraceMs = 60 * 60 * 1000;

export interface ImportedMedia {
  media: MediaInfo;
  duplicate: boolean;
}

/** A PNG drawn by the app, with its 256-px preview (`derivedImage`) made from the same pixels. */
export interface DrawnImage {
  png: Buffer;
  width: number;
  height: number;
  preview: Buffer;
}

export interface ServedFile {
  path: string;
  mime: string;
}

const exists = (path: string): Promise<boolean> =>
  access(path, constants.F_OK).then(
    () => true,
    () => false,
  );

/** Makes a rename survive power loss; directories cannot be opened for sync on Windows. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The content-addressed image folder and its table. A file becomes visible (renamed into
 * media/ab/cd/<sha256>.<ext>) only after it is complete, fsynced and decodable, and its row
 * is written only after that, so every row always has its file.
 */
export function createMediaLibrary(paths: MediaPaths, db: () => Db, logger: Logger) {
  /**
   * Stores an image from outside: decoded whole once (a truncated or corrupt file is refused),
   * its 256-px preview made on the way.
   */
  function importOne(source: ImportSource): Promise<ImportedMedia> {
    return store(source, probeImage);
  }

  /**
   * Stores a PNG the app drew itself (a render in a worker): its size is known and its preview
   * was made from the same pixels, so it is not decoded again on the main process.
   */
  function storeDrawn(drawn: DrawnImage): Promise<ImportedMedia> {
    return store({ kind: 'bytes', bytes: drawn.png }, async (_path, format, previewPath) => {
      if (format.ext !== 'png') throw new AppError('MEDIA_UNSUPPORTED', `A drawn image must be a PNG, not ${format.ext}`);
      await writeDerivedFile(previewPath, (temp) => writeFile(temp, drawn.preview));
      return { width: drawn.width, height: drawn.height };
    });
  }

  /**
   * Stores an MP4 the app encoded (in the store's temp folder): its picture size is known from
   * its own index, and its previews (256 and 1024 px) are the poster's, so the library shows a
   * video like any picture and nothing ever tries to decode the video as an image.
   */
  function storeVideo(file: string, video: { width: number; height: number; poster: Buffer }): Promise<ImportedMedia> {
    return store(
      { kind: 'path', path: file },
      async (_path, _format, previewPath, sha256) => {
        await writeDerivedFile(previewPath, (temp) => derivedImage(sharp(video.poster), thumbnailSizes[0]).toFile(temp));
        await writeDerivedFile(derivedPath(paths, sha256, String(thumbnailSizes[1])), (temp) => derivedImage(sharp(video.poster), thumbnailSizes[1]).toFile(temp));
        return { width: video.width, height: video.height };
      },
      sniffMp4,
    );
  }

  async function store(source: ImportSource, describe: (path: string, format: StoredFormat, previewPath: string, sha256: string) => Promise<ProbedImage>, sniff: (head: Uint8Array) => StoredFormat | undefined = sniffImageFormat): Promise<ImportedMedia> {
    const temp = await writeTempFile(source, paths.temp);
    try {
      if (temp.bytes === 0) throw new AppError('MEDIA_EMPTY', 'File is empty');
      const format = sniff(temp.head);
      // The bytes themselves stay out of the message: a path can point at a secret.
      if (!format) throw new AppError('MEDIA_UNSUPPORTED', `Not a supported image format (${temp.bytes} bytes)`);
      const existing = getMedia(db(), temp.sha256);
      const finalPath = originalPath(paths, temp.sha256, format.ext);
      if (existing && (await exists(originalPath(paths, existing.sha256, existing.ext)))) return { media: existing, duplicate: true };

      const preview = derivedPath(paths, temp.sha256, '256');
      await mkdir(dirname(preview), { recursive: true });
      const size = await describe(temp.path, format, preview, temp.sha256);
      await mkdir(dirname(finalPath), { recursive: true });
      await rename(temp.path, finalPath);
      await syncDirectory(dirname(finalPath));
      const media: MediaInfo = { sha256: temp.sha256, ext: format.ext, mime: format.mime, bytes: temp.bytes, ...size, createdAt: Date.now() };
      insertMedia(db(), media);
      return { media: getMedia(db(), temp.sha256) ?? media, duplicate: false };
    } finally {
      await rm(temp.path, { force: true });
    }
  }

  function info(sha256: string): MediaInfo {
    const media = getMedia(db(), sha256);
    if (!media) throw new AppError('NOT_FOUND', `No media ${sha256}`);
    return media;
  }

  // One making of each derived file at a time: a job may ask for a work copy the import already started.
  const making = new Map<string, Promise<string>>();

  /** A cached preview or work copy, made on first request. */
  function derived(media: MediaInfo, variant: string, maxEdge: number): Promise<string> {
    const path = derivedPath(paths, media.sha256, variant);
    let made = making.get(path);
    if (!made) {
      made = (async () => {
        if (!(await exists(path))) {
          await mkdir(dirname(path), { recursive: true });
          await writeDerived(originalPath(paths, media.sha256, media.ext), path, maxEdge);
        }
        return path;
      })().finally(() => making.delete(path));
      making.set(path, made);
    }
    return made;
  }

  /**
   * What `media://<sha256>?size=256` and the host's `/media/<sha256>` serve. Only 64 lowercase
   * hex names resolve, and only through the table, so no request can name a path.
   */
  async function resolve(name: string, size: string | null): Promise<ServedFile | undefined> {
    if (!isSha256(name)) return undefined;
    const media = getMedia(db(), name);
    if (!media) return undefined;
    if (size === null) {
      const path = originalPath(paths, media.sha256, media.ext);
      return (await exists(path)) ? { path, mime: media.mime } : undefined;
    }
    const edge = thumbnailSizes.find((candidate) => String(candidate) === size);
    if (edge === undefined) return undefined;
    if (media.ext === 'mp4') {
      // A video's previews are its poster's, written when it was stored: its bytes are no image to make one from.
      const preview = derivedPath(paths, media.sha256, String(edge));
      return (await exists(preview)) ? { path: preview, mime: 'image/webp' } : undefined;
    }
    return { path: await derived(media, String(edge), edge), mime: 'image/webp' };
  }

  /** The image the pipeline works on: the original, or a downscaled copy of a huge photo. */
  async function workImage(sha256: string): Promise<string> {
    const media = info(sha256);
    // A stored video (the app's own MP4) is not a photo to cut out or draw.
    if (media.ext === 'mp4') throw new AppError('MEDIA_UNSUPPORTED', `Media ${sha256} is a video, not a photo`, '영상은 광고 사진으로 쓸 수 없어요. 사진을 골라 주세요.');
    if (Math.max(media.width, media.height) <= workMaxEdge) return originalPath(paths, media.sha256, media.ext);
    return derived(media, 'work', workMaxEdge);
  }

  async function removeFiles(media: MediaInfo): Promise<void> {
    await rm(originalPath(paths, media.sha256, media.ext), { force: true });
    for (const variant of [...thumbnailSizes.map(String), 'work']) await rm(derivedPath(paths, media.sha256, variant), { force: true });
  }

  /** Removes unreferenced media (row first, then file) and files that never got a row. */
  async function collectGarbage(now = Date.now()): Promise<{ rows: number; files: number }> {
    let rows = 0;
    for (const media of unreferencedMedia(db())) {
      if (media.createdAt > now - unusedMediaGraceMs) continue;
      deleteMediaRow(db(), media.sha256);
      await removeFiles(media);
      rows += 1;
    }
    let files = 0;
    for (const file of await listOriginals()) {
      if (getMedia(db(), file.sha256)) continue;
      const info = await stat(file.path).catch(() => undefined);
      if (!info || info.mtimeMs > now - orphanFileGraceMs) continue;
      await rm(file.path, { force: true });
      files += 1;
    }
    if (rows + files > 0) logger.log('info', 'media', 'Collected unreferenced media', { rows, files });
    return { rows, files };
  }

  async function listOriginals(): Promise<{ sha256: string; path: string }[]> {
    const found: { sha256: string; path: string }[] = [];
    const level = async (dir: string): Promise<string[]> => (await readdir(dir).catch(() => [])).filter((name) => /^[0-9a-f]{2}$/.test(name));
    for (const a of await level(paths.root)) {
      for (const b of await level(join(paths.root, a))) {
        for (const name of await readdir(join(paths.root, a, b))) {
          // Only what the store itself could have written there; anything else is not ours to delete.
          const stored = parseOriginalName(name);
          if (stored?.sha256.startsWith(`${a}${b}`)) found.push({ sha256: stored.sha256, path: originalPath(paths, stored.sha256, stored.ext) });
        }
      }
    }
    return found;
  }

  /** Leftovers of imports a crash interrupted; called at start-up, before any import can begin. */
  function clearTemp(): void {
    rmSync(paths.temp, { recursive: true, force: true });
  }

  return { importOne, storeDrawn, storeVideo, info, resolve, workImage, collectGarbage, clearTemp, listOriginals, paths };
}

export type MediaLibrary = ReturnType<typeof createMediaLibrary>;
