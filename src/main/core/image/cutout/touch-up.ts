import sharp from 'sharp';
import { AppError } from '../../../../shared/errors';
import type { CutoutView } from '../../../../shared/ipc/cutouts';
import type { Db } from '../../db/client';
import type { MediaLibrary } from '../../media/media-library';
import { sniffImageFormat } from '../../media/image-format';
import { measureCutout } from './cutout-confidence';
import { cutoutPng } from './cutout-png';
import { saveCutout, touchUpModel, type CutoutService } from './cutout-service';
import type { Alpha } from './segment-image';

export interface TouchUpDeps {
  db: () => Db;
  media: MediaLibrary;
  cutouts: CutoutService;
}

/**
 * The alpha an owner's corrected mask carries. The mask is untrusted: it must be a PNG whose
 * header already says the cut-out's exact size, and it is decoded under that pixel limit, so
 * a small file cannot unpack into a huge image.
 */
const corrupt =
  (what: string) =>
  (error: unknown): never => {
    throw new AppError('MEDIA_CORRUPT', `Touch-up mask ${what}: ${String(error)}`, '다듬은 누끼 파일이 손상됐어요. 다시 그려 저장해 주세요.');
  };

export async function maskAlpha(maskPng: Buffer, width: number, height: number): Promise<Alpha> {
  if (sniffImageFormat(maskPng.subarray(0, 8))?.ext !== 'png') {
    throw new AppError('MEDIA_UNSUPPORTED', `Touch-up mask is not a PNG (${maskPng.length} bytes)`, '다듬은 누끼를 읽을 수 없어요. 다시 그려 저장해 주세요.');
  }
  // Reading the header decodes no pixels, so it may hear any size; the pixel limit guards the decode that follows.
  const header = await sharp(maskPng, { limitInputPixels: false })
    .metadata()
    .catch(corrupt('header unreadable'));
  if (header.width !== width || header.height !== height) {
    throw new AppError('VALIDATION_FAILED', `Touch-up mask is ${header.width}×${header.height}, the cut-out ${width}×${height}`, '다듬은 누끼의 크기가 사진과 달라요. 창을 닫았다가 다시 다듬어 주세요.');
  }
  const alpha = await sharp(maskPng, { limitInputPixels: width * height, failOn: 'error' })
    .extractChannel(0)
    .raw()
    .toBuffer()
    .catch(corrupt('undecodable'));
  return { alpha: new Uint8Array(alpha), width, height };
}

/**
 * Saves the owner's corrected mask as the photo's cut-out from now on: the photo's own pixels
 * with that alpha, made exactly as the model's cut-out is, recorded as the `touch-up` model.
 * Nothing is stored unless the mask passes every check.
 */
export async function touchUpCutout(deps: TouchUpDeps, sourceSha256: string, maskPng: Buffer): Promise<Omit<CutoutView, 'maskBase64'>> {
  const current = await deps.cutouts(sourceSha256, new AbortController().signal);
  const { width, height } = current.media;
  const alpha = await maskAlpha(maskPng, width, height);
  const png = await cutoutPng(await deps.media.workImage(sourceSha256), alpha);
  // The owner has looked at this cut-out and drawn it right: it is trusted whatever its shape measures.
  const quality = { ...measureCutout(alpha.alpha, width, height), confidence: 1 };
  const stored = await saveCutout(deps.db(), deps.media, sourceSha256, touchUpModel, png, quality);
  return { sourceSha256, cutoutSha256: stored.sha256, width, height, touchedUp: true };
}

/** The photo's current cut-out with its alpha as a greyscale PNG, for the window's touch-up brush. */
export async function cutoutView(deps: TouchUpDeps, sourceSha256: string): Promise<CutoutView> {
  const cutout = await deps.cutouts(sourceSha256, new AbortController().signal);
  const mask = await sharp(cutout.png).ensureAlpha().extractChannel(3).png().toBuffer();
  const { width, height } = cutout.media;
  return { sourceSha256, cutoutSha256: cutout.media.sha256, width, height, touchedUp: cutout.touchedUp, maskBase64: mask.toString('base64') };
}
