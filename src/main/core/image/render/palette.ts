import sharp from 'sharp';
import type { CutoutPixels } from '../cutout/cutout-pixels';
import { hexToRgb, hsl, rgbToHsl, type Rgb } from '../../../../shared/color';

/** The colours a backdrop is painted with. */
export interface Palette {
  /** Wall and large areas: light. */
  base: string;
  /** Second tone for gradients and shapes. */
  accent: string;
  /** Deep tone: floors, dark themes, shadows' tint. */
  deep: string;
  /** Highlights. */
  light: string;
  hue: number;
  /** The shop's main brand colours exactly as the owner gave them (none when it has none): the shapes wear them. */
  brand: string[];
}

/** How many of the shop's colours the shapes carry: a third is the most a small ad shows as a scheme. */
const brandColorCount = 3;

/**
 * With brand colours the backdrop's hue turns at most this far from the brand's, so a variant's
 * shift never sets a clashing wall behind the brand's shapes; a colour edit may turn it further.
 */
const brandShiftLimit = 30;

/** The product's dominant colours, from its opaque pixels (k-means, k=3, deterministic). */
export async function dominantColors(cutout: CutoutPixels): Promise<Rgb[]> {
  const data = await sharp(cutout.rgba, { raw: { width: cutout.width, height: cutout.height, channels: 4 } }).resize(48, 48, { fit: 'inside' }).raw().toBuffer();
  const pixels: Rgb[] = [];
  for (let i = 0; i < data.length; i += 4) if ((data[i + 3] ?? 0) > 200) pixels.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
  if (pixels.length === 0) return [[200, 200, 200]];
  let centers: Rgb[] = [0, 0.5, 0.99].map((q) => pixels[Math.floor(q * (pixels.length - 1))] ?? [128, 128, 128]);
  let counts = [0, 0, 0];
  for (let iteration = 0; iteration < 8; iteration += 1) {
    const sums = centers.map(() => [0, 0, 0, 0]);
    for (const p of pixels) {
      let best = 0;
      let bestDistance = Infinity;
      centers.forEach((c, i) => {
        const d = (c[0] - p[0]) ** 2 + (c[1] - p[1]) ** 2 + (c[2] - p[2]) ** 2;
        if (d < bestDistance) [best, bestDistance] = [i, d];
      });
      const s = sums[best] as number[];
      s[0] = (s[0] ?? 0) + p[0];
      s[1] = (s[1] ?? 0) + p[1];
      s[2] = (s[2] ?? 0) + p[2];
      s[3] = (s[3] ?? 0) + 1;
    }
    centers = sums.map((s, i) => ((s[3] ?? 0) > 0 ? [(s[0] ?? 0) / (s[3] ?? 1), (s[1] ?? 0) / (s[3] ?? 1), (s[2] ?? 0) / (s[3] ?? 1)] : (centers[i] as Rgb)) as Rgb);
    counts = sums.map((s) => s[3] ?? 0);
  }
  return centers.map((c, i) => ({ c, n: counts[i] ?? 0 })).sort((a, b) => b.n - a.n).map((x) => x.c);
}

/**
 * A backdrop palette that flatters the product: its most colourful dominant hue (or the shop's
 * brand colour) as a light base, a neighbouring accent, and a deep tone. `vivid` (asked for by
 * a colour edit) keeps the saturation high enough that another hue is seen as another colour:
 * a grey product's muted palette only changes by a few shades of grey when turned.
 */
export function paletteFrom(colors: Rgb[], brandColors: string[], shift: number, vivid = false, white = false): Palette {
  const brand = brandColors.slice(0, brandColorCount);
  const source = brand[0] ? hexToRgb(brand[0]) : ([...colors].sort((a, b) => rgbToHsl(b)[1] - rgbToHsl(a)[1])[0] ?? [200, 180, 160]);
  const [h0, s0] = rgbToHsl(source);
  const signedShift = ((((shift + 180) % 360) + 360) % 360) - 180;
  const hue = h0 + (brand.length > 0 && !vivid ? Math.max(-brandShiftLimit, Math.min(brandShiftLimit, signedShift)) : shift);
  const saturation = Math.min(0.55, Math.max(vivid ? 0.32 : 0.18, s0 * 0.6));
  // White keeps only a breath of the product's hue, so the backdrop reads white, not tinted.
  if (white) return { base: hsl(hue, 0.04, 0.97), accent: hsl(hue + 28, saturation * 0.5, 0.86), deep: hsl(hue, 0.08, 0.32), light: hsl(hue, 0.02, 0.995), hue, brand };
  return {
    base: hsl(hue, saturation * 0.6, 0.9),
    accent: hsl(hue + 28, saturation, 0.74),
    deep: hsl(hue, saturation * 0.7, 0.24),
    light: hsl(hue - 20, saturation * 0.4, 0.97),
    hue,
    brand,
  };
}
