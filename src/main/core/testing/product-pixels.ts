import sharp from 'sharp';
import type { RenderedAd } from '../image/render/render-ad';

/** How many of the cut-out's opaque pixels the finished ad shows, and how many of them it changed. */
export async function productPixelsChanged(ad: RenderedAd): Promise<{ opaque: number; differing: number }> {
  const pixels = await sharp(ad.png).removeAlpha().raw().toBuffer();
  const { box, rgba } = ad.product;
  let opaque = 0;
  let differing = 0;
  for (let y = 0; y < box.height; y += 1) {
    for (let x = 0; x < box.width; x += 1) {
      const p = (y * box.width + x) * 4;
      if (rgba[p + 3] !== 255) continue;
      opaque += 1;
      const q = ((box.y + y) * ad.width + box.x + x) * 3;
      if (pixels[q] !== rgba[p] || pixels[q + 1] !== rgba[p + 1] || pixels[q + 2] !== rgba[p + 2]) differing += 1;
    }
  }
  return { opaque, differing };
}
