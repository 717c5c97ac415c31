import sharp from 'sharp';
import type { AdFormat } from '../formats';
import { formatSizes } from '../formats';
import { isTrustedCutout } from './cutout-confidence';
import type { SmallMask } from './segment-image';

/** Preview width: the progress card shows it small; the ads themselves follow within seconds. */
const previewWidth = 540;
const wall = '#efebe6';
const floor = '#e2ddd6';
/** Where the floor begins, from the top, and how much of the frame the product may take. */
const floorLine = 0.76;
const productHeight = 0.58;
const productWidth = 0.74;

/** The product's box in the small mask (alpha over a quarter), or undefined when the mask is empty. */
function productBox(small: SmallMask): { left: number; top: number; width: number; height: number } | undefined {
  let x0 = small.width;
  let y0 = small.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < small.height; y += 1) {
    for (let x = 0; x < small.width; x += 1) {
      if ((small.mask[y * small.width + x] ?? 0) < 64) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return x1 < 0 ? undefined : { left: x0, top: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * The first picture the owner sees, made from the model's small mask the moment it exists: the
 * product standing on a neutral floor with a soft shadow, in the platform's shape. A cut-out the
 * model is unsure of is not shown as one: the photo itself stands in, as the ads will show it.
 */
export async function cutoutPreview(small: SmallMask, format: AdFormat): Promise<Buffer> {
  const size = formatSizes[format];
  const width = previewWidth;
  const height = Math.round((previewWidth * size.height) / size.width);
  const photo = sharp(small.rgb, { raw: { width: small.width, height: small.height, channels: 3 } });
  const box = productBox(small);
  if (!isTrustedCutout(small.quality) || !box) return photo.resize(width, height, { fit: 'cover' }).jpeg({ quality: 82 }).toBuffer();

  const scale = Math.min((height * productHeight) / box.height, (width * productWidth) / box.width);
  const w = Math.max(1, Math.round(box.width * scale));
  const h = Math.max(1, Math.round(box.height * scale));
  const left = Math.round((width - w) / 2);
  const top = Math.round(height * floorLine - h);
  // Two pipelines: within one, sharp cuts the box out before it joins the alpha.
  const rgba = await photo.joinChannel(Buffer.from(small.mask), { raw: { width: small.width, height: small.height, channels: 1 } }).raw().toBuffer();
  const product = await sharp(rgba, { raw: { width: small.width, height: small.height, channels: 4 } })
    .extract(box)
    .resize(w, h)
    .png()
    .toBuffer();
  // A radial fade rather than a blur filter: the same soft shadow without rasterising a blur.
  const shadow = `<ellipse cx="${width / 2}" cy="${height * floorLine}" rx="${w * 0.55}" ry="${Math.max(6, h * 0.07)}" fill="url(#s)"/>`;
  const scene = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="s"><stop offset="0" stop-color="#5b5045" stop-opacity="0.42"/><stop offset="0.6" stop-color="#5b5045" stop-opacity="0.18"/><stop offset="1" stop-color="#5b5045" stop-opacity="0"/></radialGradient><linearGradient id="f" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${floor}"/><stop offset="1" stop-color="${wall}"/></linearGradient></defs><rect width="100%" height="100%" fill="${wall}"/><rect y="${height * floorLine}" width="100%" height="${height * (1 - floorLine)}" fill="url(#f)"/>${shadow}</svg>`,
  );
  return sharp(scene)
    .composite([{ input: product, left, top }])
    .jpeg({ quality: 82 })
    .toBuffer();
}
