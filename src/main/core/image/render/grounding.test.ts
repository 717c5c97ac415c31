import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { backdropNames, layoutNames, type BackdropName } from '../../../../shared/ad-design';
import { backdropImage } from '../backdrops/backdrops';
import { sceneAround } from '../backdrops/scene';
import { formatSizes, type AdFormat, type Rect } from '../formats';
import { planLayout } from '../layouts/layouts';
import { seededRandom } from '../../random/seeded-random';
import { planVariants } from '../variants';
import { dominantColors, paletteFrom } from './palette';
import { renderAd, type AdSpec } from './render-ad';
import { cutoutPixels, type CutoutPixels } from '../cutout/cutout-pixels';

// A product with a flat base (a jar), so "just below the base" is one line across its width.
let cutout: CutoutPixels;
let dominant: Awaited<ReturnType<typeof dominantColors>>;
beforeAll(async () => {
  cutout = await cutoutPixels(await sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="520"><rect x="40" y="120" width="320" height="400" rx="36" fill="#e9d8b4"/><rect x="90" y="40" width="220" height="90" rx="12" fill="#7a4a2a"/></svg>')).png().toBuffer());
  dominant = await dominantColors(cutout);
});

const formats = Object.keys(formatSizes) as AdFormat[];
const luma = (data: Buffer, i: number): number => 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);

/** Mean luminance (0–255) of RGB(A) pixels inside the rectangle, outside `except`. */
function meanIn(data: Buffer, channels: number, width: number, area: Rect, except?: Rect): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.max(0, area.y); y < area.y + area.height; y += 1) {
    for (let x = Math.max(0, area.x); x < Math.min(width, area.x + area.width); x += 1) {
      if (except && x >= except.x && x < except.x + except.width && y >= except.y && y < except.y + except.height) continue;
      sum += luma(data, (y * width + x) * channels);
      n += 1;
    }
  }
  return sum / Math.max(1, n);
}

/** The ad's picture without text, and the same scene drawn alone (no product, no shadows). */
async function withAndWithout(spec: AdSpec) {
  const { width, height } = formatSizes[spec.format];
  const ad = await renderAd({ cutout, dominant, texts: {}, spec, withPlate: true });
  const plate = await sharp(ad.plate).removeAlpha().raw().toBuffer();
  const palette = paletteFrom(dominant, [], spec.paletteShift, spec.vividPalette === true, spec.whitePalette === true);
  const sceneSpec = sceneAround(ad.product.box, planLayout(spec.layout, spec.format, spec.voice, spec.textScale), { width, height, palette, style: spec.style, random: seededRandom(spec.seed) });
  const alone = await backdropImage(spec.backdrop, sceneSpec).removeAlpha().raw().toBuffer();
  return { ad, plate, alone, width };
}

const spec = (backdrop: BackdropName, layout: AdSpec['layout'], format: AdFormat): AdSpec => ({ backdrop, layout, format, style: 'semi-realistic', voice: 'sans', paletteShift: 0, textScale: 1, seed: 21 });

describe('grounded products', () => {
  it('darkens the backdrop just below the base in every scene, layout and format: a contact shadow', { timeout: 600_000 }, async () => {
    const figures: string[] = [];
    for (const [i, backdrop] of backdropNames.entries()) {
      for (const [j, layout] of layoutNames.entries()) {
        const format = formats[(i + j) % formats.length] ?? '1:1';
        const { ad, plate, alone, width } = await withAndWithout(spec(backdrop, layout, format));
        const { box } = ad.product;
        const below: Rect = { x: box.x + Math.round(box.width * 0.2), y: box.y + box.height, width: Math.round(box.width * 0.6), height: Math.max(3, Math.round(box.height * 0.008)) };
        const before = meanIn(alone, 3, width, below);
        const after = meanIn(plate, 3, width, below);
        figures.push(`${backdrop} ${layout} ${format}: ${before.toFixed(0)} → ${after.toFixed(0)}`);
        expect(after, `${backdrop} ${layout} ${format}`).toBeLessThan(before * 0.8);
      }
    }
    console.log(`contact shadow, backdrop luminance just below the base, alone → with the product:\n${figures.join('\n')}`);
  });

  it('throws the cast shadow away from the light', { timeout: 120_000 }, async () => {
    // wood is lit from the left, marble from the right: the side the shadow falls on is the darker.
    for (const [backdrop, shadowSide] of [['wood', 'right'], ['marble', 'left']] as const) {
      const { ad, plate, alone, width } = await withAndWithout(spec(backdrop, 'hero-top', '1:1'));
      const { box } = ad.product;
      const band = (x: number): Rect => ({ x, y: box.y + Math.round(box.height * 0.8), width: Math.round(box.width * 0.2), height: Math.round(box.height * 0.2) });
      const darkening = (area: Rect): number => meanIn(alone, 3, width, area) - meanIn(plate, 3, width, area);
      const right = darkening(band(box.x + box.width));
      const left = darkening(band(box.x - Math.round(box.width * 0.2)));
      expect(shadowSide === 'right' ? right : left, backdrop).toBeGreaterThan(2 * (shadowSide === 'right' ? left : right) + 2);
    }
  });

  it('"흰 배경" gives a backdrop of luminance ≥ 0.9 in a ring around the product, in every variant and format', { timeout: 300_000 }, async () => {
    const variants = planVariants({ seed: 5, count: 4, style: 'semi-realistic', industry: 'cafe', season: 'winter', tone: 'premium', wish: 'white' });
    for (const variant of variants) {
      for (const format of formats) {
        const { width, height } = formatSizes[format];
        const { ad, alone } = await withAndWithout({ ...variant, format });
        const { box } = ad.product;
        const pad = Math.round(Math.max(box.width, box.height) * 0.12);
        const ring = { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: Math.min(height - box.y + pad, box.height + 2 * pad) };
        const mean = meanIn(alone, 3, width, ring, box) / 255;
        expect(mean, `${variant.backdrop} ${format}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });
});
