import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { AppError } from '../../../../shared/errors';
import type { Logger } from '../../log/logger';
import type { MediaLibrary } from '../../media/media-library';

/** A logo is a small picture: above this many pixels it is refused before it is decoded. */
const maxLogoPixels = 25_000_000;

/** Drawn at most 9 % of a 1080 px side high; twice that keeps it sharp, and wide wordmarks fit. */
const logoBounds = { width: 800, height: 200 };

/**
 * The owner's logo file as a small RGBA PNG trimmed to its drawing: decoded once, under a pixel
 * limit and failing on any error, because the file is untrusted. The renderer gets only this.
 */
export async function normalizeLogo(bytes: Buffer): Promise<Buffer> {
  try {
    return await sharp(bytes, { limitInputPixels: maxLogoPixels, failOn: 'error', pages: 1 })
      .rotate()
      .ensureAlpha()
      .trim({ threshold: 12 })
      .resize({ ...logoBounds, fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch (error) {
    throw new AppError('MEDIA_CORRUPT', `Logo could not be decoded: ${String(error)}`, '로고 이미지를 열 수 없어요. 다른 파일로 다시 올려 주세요.');
  }
}

/**
 * The shop's logo for its ads, or undefined when it has none or its file is missing or broken:
 * the ads are made without it and the log says why, never failing for a logo.
 */
export async function shopLogo(media: MediaLibrary, logoSha256: string | null, logger: Logger): Promise<Buffer | undefined> {
  if (!logoSha256) return undefined;
  try {
    const served = await media.resolve(logoSha256, null);
    if (!served) throw new AppError('FILE_NOT_FOUND', `Logo ${logoSha256} has no file`);
    return await normalizeLogo(await readFile(served.path));
  } catch (error) {
    logger.log('warn', 'images', 'Shop logo skipped', { logoSha256, reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
