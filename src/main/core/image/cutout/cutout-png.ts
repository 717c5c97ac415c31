import sharp from 'sharp';
import { decontaminateEdges } from './edge-colour';
import type { Alpha } from './segment-image';

/**
 * The photo's own pixels (EXIF-oriented, colour untouched wherever the product is opaque) with
 * the product's alpha: the cut-out every ad is built from. Two pipelines, because sharp applies removeAlpha after
 * joinChannel within one.
 */
export async function cutoutPng(path: string, mask: Alpha): Promise<Buffer> {
  const rgb = await sharp(path).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (rgb.info.width !== mask.width || rgb.info.height !== mask.height) throw new Error('Mask and photo sizes differ');
  decontaminateEdges(rgb.data, mask.alpha, mask.width, mask.height);
  return sharp(rgb.data, { raw: { width: mask.width, height: mask.height, channels: 3 } })
    .joinChannel(Buffer.from(mask.alpha), { raw: { width: mask.width, height: mask.height, channels: 1 } })
    .png()
    .toBuffer();
}
