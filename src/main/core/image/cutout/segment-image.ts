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

/** The photo decoded once, EXIF-oriented, at its stored size: what the segmentation and the cut-out both read. */
export interface DecodedPhoto {
  /** Row-major pixels, `channels` bytes each (4 when the file has transparency). */
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

export async function decodePhoto(path: string): Promise<DecodedPhoto> {
  const { data, info } = await sharp(path, { failOn: 'truncated' }).rotate().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 && info.channels !== 4) throw new Error(`Unexpected ${info.channels}-channel photo`);
  return { data, width: info.width, height: info.height, channels: info.channels };
}

const rawOf = (photo: DecodedPhoto) => sharp(photo.data, { raw: { width: photo.width, height: photo.height, channels: photo.channels } });

/** The model's view of the photo at its own small size: its pixels (RGB) and the cleaned mask, before scaling up. */
export interface SmallMask {
  rgb: Buffer;
  mask: Uint8Array;
  width: number;
  height: number;
  quality: CutoutQuality;
}

/**
 * The product's alpha at the photo's own size: the photo is scaled to fit the model's square
 * with its aspect kept (padded, never stretched), the mask is cut back out of the padding,
 * cleaned, scaled up, and its edge feathered by a pixel or so. `onSmallMask` sees the mask as
 * soon as the model has spoken, before the scaling, for a first preview.
 */
export async function segmentImage(source: string | DecodedPhoto, run: SegmentRun, onSmallMask?: (small: SmallMask) => void): Promise<Alpha & { quality: CutoutQuality }> {
  const photo = typeof source === 'string' ? await decodePhoto(source) : source;
  const { width, height } = photo;
  const inner = segmentationSize - 2 * letterboxBorder;
  const scaled = await rawOf(photo).flatten({ background: padGray }).resize(inner, inner, { fit: 'inside', kernel: 'lanczos3' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((segmentationSize - scaled.info.width) / 2);
  const top = Math.floor((segmentationSize - scaled.info.height) / 2);
  const square = await sharp(scaled.data, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 3 } })
    .extend({ left, top, right: segmentationSize - scaled.info.width - left, bottom: segmentationSize - scaled.info.height - top, background: padGray })
    .raw()
    .toBuffer();

  const crop = { left, top, width: scaled.info.width, height: scaled.info.height };
  const { mask: refined, quality } = await run(new Uint8Array(square.buffer, square.byteOffset, square.byteLength), crop);
  onSmallMask?.({ rgb: scaled.data, mask: refined, width: scaled.info.width, height: scaled.info.height, quality });
  const feather = Math.max(0.5, Math.max(width, height) / 2000);
  const alpha = await sharp(refined, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 1 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .blur(feather)
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.byteLength), width, height, quality };
}
