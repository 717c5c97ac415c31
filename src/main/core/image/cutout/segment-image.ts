import sharp from 'sharp';
import { segmentationSize } from '../../../inference/protocol';
import { refineMask } from './mask-refine';

/** Pixels of padding around the photo inside the model's square: objects touching the frame segment better. */
const border = 32;
const padGray = { r: 128, g: 128, b: 128 };

/**
 * ISNet's edge probabilities run low on fine detail (fur, hair, thin straps). A linear ramp
 * from 6% to 46% keeps a quarter-certain edge pixel half-opaque, while faint background
 * (below 6%) drops out entirely instead of leaving a ghost of the table around the product.
 */
const edgeCurve = Uint8Array.from({ length: 256 }, (_, p) => Math.round(255 * Math.min(1, Math.max(0, (p / 255 - 0.06) / 0.4))));

/** Runs the segmentation model on a letterboxed square and returns its 0–255 probability map. */
export type SegmentRun = (rgb: Uint8Array) => Promise<Uint8Array>;

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
export async function segmentImage(path: string, run: SegmentRun): Promise<Alpha> {
  const oriented = sharp(path, { failOn: 'truncated' }).rotate();
  const meta = await oriented.clone().metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  const inner = segmentationSize - 2 * border;
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

  const probabilities = await run(new Uint8Array(square.buffer, square.byteOffset, square.byteLength));
  const content = new Uint8Array(scaled.info.width * scaled.info.height);
  for (let y = 0; y < scaled.info.height; y += 1) {
    const row = (top + y) * segmentationSize + left;
    content.set(probabilities.subarray(row, row + scaled.info.width), y * scaled.info.width);
  }
  const refined = refineMask(content.map((p) => edgeCurve[p] ?? p), scaled.info.width, scaled.info.height);
  const feather = Math.max(0.5, Math.max(width, height) / 2000);
  const alpha = await sharp(refined, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 1 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .blur(feather)
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.byteLength), width, height };
}
