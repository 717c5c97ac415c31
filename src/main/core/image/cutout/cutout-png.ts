import sharp from 'sharp';
import { decontaminateEdges } from './edge-colour';
import { decodePhoto, type Alpha, type DecodedPhoto } from './segment-image';

/**
 * The photo's own pixels (EXIF-oriented, colour untouched wherever the product is opaque) with
 * the product's alpha, as raw RGBA: the cut-out every ad is built from. Where the alpha is 0 the
 * colour is black: nothing ever shows it, and a 12-megapixel cut-out then stores, hashes and
 * decodes in a fraction of the photo's bytes.
 */
export async function cutoutRgba(source: string | DecodedPhoto, mask: Alpha): Promise<Buffer> {
  const photo = typeof source === 'string' ? await decodePhoto(source) : source;
  if (photo.width !== mask.width || photo.height !== mask.height) throw new Error('Mask and photo sizes differ');
  const pixels = mask.width * mask.height;
  const rgb = Buffer.alloc(pixels * 3);
  for (let i = 0, from = 0; i < pixels; i += 1, from += photo.channels) {
    if (mask.alpha[i] === 0) continue;
    rgb[i * 3] = photo.data[from] ?? 0;
    rgb[i * 3 + 1] = photo.data[from + 1] ?? 0;
    rgb[i * 3 + 2] = photo.data[from + 2] ?? 0;
  }
  decontaminateEdges(rgb, mask.alpha, mask.width, mask.height);
  return sharp(rgb, { raw: { width: mask.width, height: mask.height, channels: 3 } })
    .joinChannel(Buffer.from(mask.alpha), { raw: { width: mask.width, height: mask.height, channels: 1 } })
    .raw()
    .toBuffer();
}

/** A raw RGBA cut-out as the PNG the media store keeps. */
export function encodeCutout(rgba: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(rgba, { raw: { width, height, channels: 4 } }).png().toBuffer();
}

/** The cut-out of `cutoutRgba` as its PNG. */
export async function cutoutPng(source: string | DecodedPhoto, mask: Alpha): Promise<Buffer> {
  return encodeCutout(await cutoutRgba(source, mask), mask.width, mask.height);
}
