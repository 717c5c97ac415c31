import sharp from 'sharp';
import type { CutoutQuality } from '../../../../shared/ad-design';
import { segmentationSize } from '../../../inference/protocol';
import type { MaskCrop } from './mask-refine';

/** Pixels of padding around the photo inside the model's square: objects touching the frame segment better. */
export const letterboxBorder = 32;
const padGray = { r: 128, g: 128, b: 128 };

/** Runs the segmentation model on a letterboxed square; returns the cleaned mask of the `crop` area and how far it can be trusted. */
export type SegmentRun = (rgb: Uint8Array, crop: MaskCrop) => Promise<{ mask: Uint8Array; quality: CutoutQuality }>;

export interface Alpha {
  /** One byte per pixel at the photo's displayed (EXIF-oriented) size. */
  alpha: Uint8Array;
  width: number;
  height: number;
}

/**
 * The product's alpha at the photo's own size: the photo is scaled to fit the model's square
 * with its aspect kept (padded, never stretched), the mask is cut back out of the padding,
 * cleaned, scaled up, and its edge feathered by a pixel or so.
 */
export async function segmentImage(path: string, run: SegmentRun): Promise<Alpha & { quality: CutoutQuality }> {
  const oriented = sharp(path, { failOn: 'truncated' }).rotate();
  const meta = await oriented.clone().metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  const inner = segmentationSize - 2 * letterboxBorder;
  const scaled = await oriented
    .clone()
    .flatten({ background: padGray })
    .resize(inner, inner, { fit: 'inside', kernel: 'lanczos3' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.floor((segmentationSize - scaled.info.width) / 2);
  const top = Math.floor((segmentationSize - scaled.info.height) / 2);
  const square = await sharp(scaled.data, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 3 } })
    .extend({ left, top, right: segmentationSize - scaled.info.width - left, bottom: segmentationSize - scaled.info.height - top, background: padGray })
    .raw()
    .toBuffer();

  const crop = { left, top, width: scaled.info.width, height: scaled.info.height };
  const { mask: refined, quality } = await run(new Uint8Array(square.buffer, square.byteOffset, square.byteLength), crop);
  const feather = Math.max(0.5, Math.max(width, height) / 2000);
  const alpha = await sharp(refined, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 1 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .blur(feather)
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.byteLength), width, height, quality };
}
