import { rename, rm } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../../../shared/errors';
import { isDiskFull } from '../fs/write-errors';
import type { StoredFormat } from './image-format';

/** Above this the photo is refused; below it, big photos are kept and downscaled for work. */
export const maxImportPixels = 100_000_000;

const decodeOptions = { failOn: 'truncated', limitInputPixels: maxImportPixels, pages: 1 } as const;

export interface ProbedImage {
  /** Size as displayed, after EXIF orientation. */
  width: number;
  height: number;
}

function probeError(error: unknown, format: StoredFormat): AppError {
  const text = String(error);
  // The preview is written while probing: a full disk is not a broken photo.
  if (isDiskFull(error)) return new AppError('DISK_FULL', `No space left writing a preview: ${text}`);
  if (/pixel limit/i.test(text)) {
    return new AppError('MEDIA_TOO_LARGE', `Image exceeds ${maxImportPixels} pixels: ${text}`, '사진의 해상도가 너무 커요 (최대 1억 화소). 크기를 줄여서 다시 올려 주세요.');
  }
  if (format.ext === 'heic') {
    return new AppError(
      'MEDIA_UNSUPPORTED',
      `HEIC could not be decoded here: ${text}`,
      '아이폰 HEIC 사진은 이 컴퓨터에서 열 수 없어요. 사진 앱에서 JPEG로 내보내 다시 올려 주세요.',
    );
  }
  return new AppError('MEDIA_CORRUPT', `Image could not be decoded: ${text}`);
}

/**
 * Decodes the whole image once (into a small preview, so memory stays bounded), which is the
 * only reliable way to catch a truncated or corrupt file, and returns its displayed size.
 */
export async function probeImage(path: string, format: StoredFormat, previewPath: string): Promise<ProbedImage> {
  try {
    const meta = await sharp(path, decodeOptions).metadata();
    if (!meta.width || !meta.height) throw new Error('no dimensions');
    await writeDerived(path, previewPath, 256);
    const rotated = (meta.orientation ?? 1) >= 5;
    return { width: rotated ? meta.height : meta.width, height: rotated ? meta.width : meta.height };
  } catch (error) {
    throw probeError(error, format);
  }
}

/** What every preview and work copy is: auto-oriented WebP no larger than `maxEdge`; metadata (GPS, camera EXIF) is not carried over. */
export function derivedImage(image: Sharp, maxEdge: number): Sharp {
  return image
    .rotate()
    .resize(maxEdge, maxEdge, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: maxEdge > 1024 ? 92 : 82 });
}

/** A preview or work copy of a stored image file, made from it. */
export function writeDerived(source: string, destination: string, maxEdge: number): Promise<void> {
  return writeDerivedFile(destination, (temp) => derivedImage(sharp(source, decodeOptions), maxEdge).toFile(temp));
}

/** A derived file written under a temp name and renamed, so no reader sees half of one; a cache, so not fsynced. */
export async function writeDerivedFile(destination: string, write: (temp: string) => Promise<unknown>): Promise<void> {
  const temp = `${destination}.${process.pid}.${Date.now()}.tmp`;
  try {
    await write(temp);
    await rename(temp, destination);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
