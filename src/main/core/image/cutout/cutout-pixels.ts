import sharp, { type Sharp } from 'sharp';

/**
 * A cut-out as the renders read it: only its visible part, as raw RGBA in shared memory, so it
 * is decoded and trimmed once per set and every render worker reads the same bytes without a
 * copy (a 12-megapixel cut-out's PNG took each worker longer to decode than to draw an ad).
 */
export interface CutoutPixels {
  /** `width × height × 4` bytes, backed by a SharedArrayBuffer. */
  rgba: Uint8Array;
  width: number;
  height: number;
  /** Where the visible part sits in the whole cut-out, and the whole cut-out's size (the photo's). */
  left: number;
  top: number;
  fullWidth: number;
  fullHeight: number;
}

function shared(data: Buffer): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(data.length));
  copy.set(data);
  return copy;
}

async function trimmed(image: Sharp, fullWidth: number, fullHeight: number): Promise<CutoutPixels> {
  const { data, info } = await image.ensureAlpha().trim({ threshold: 1 }).raw().toBuffer({ resolveWithObject: true });
  // sharp reports the trim as the negated position of the kept area.
  const left = -(info.trimOffsetLeft ?? 0);
  const top = -(info.trimOffsetTop ?? 0);
  return { rgba: shared(data), width: info.width, height: info.height, left, top, fullWidth, fullHeight };
}

/** A stored cut-out PNG, decoded and trimmed. */
export async function cutoutPixels(png: Buffer): Promise<CutoutPixels> {
  const { width = 1, height = 1 } = await sharp(png).metadata();
  return trimmed(sharp(png), width, height);
}

/** A cut-out still in memory as raw RGBA (as it is made), trimmed without an encode and decode. */
export function rawCutoutPixels(rgba: Buffer, width: number, height: number): Promise<CutoutPixels> {
  return trimmed(sharp(rgba, { raw: { width, height, channels: 4 } }), width, height);
}

/** The cut-out's alpha at its whole size (transparent outside the visible part), scaled to `width × height`. */
export async function cutoutAlpha(cutout: CutoutPixels, width: number, height: number): Promise<Buffer> {
  // Two pipelines: within one, sharp resizes before it extends.
  const whole = await sharp(cutout.rgba, { raw: { width: cutout.width, height: cutout.height, channels: 4 } })
    .extractChannel(3)
    .extend({ left: cutout.left, top: cutout.top, right: cutout.fullWidth - cutout.width - cutout.left, bottom: cutout.fullHeight - cutout.height - cutout.top, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .raw()
    .toBuffer();
  return sharp(whole, { raw: { width: cutout.fullWidth, height: cutout.fullHeight, channels: 1 } }).resize(width, height, { fit: 'fill' }).extractChannel(0).raw().toBuffer();
}
