import sharp from 'sharp';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { backdropNames, backdropNameSchema, layoutNames } from '../../../../shared/ad-design';
import { formatSizes, type AdFormat } from '../formats';
import { planLayout } from '../layouts/layouts';
import { seededRandom } from '../../random/seeded-random';
import { paletteFrom } from '../render/palette';
import { placeProduct, type PlacedProduct } from '../render/product-layer';
import { backdropScale, drawBackdrop, scenes } from './backdrops';
import { horizonY, sceneAround, type SceneSpec } from './scene';
import { cutoutPixels, type CutoutPixels } from '../cutout/cutout-pixels';

const formats = Object.keys(formatSizes) as AdFormat[];
const palette = paletteFrom([[192, 57, 43]], [], 0);

// A tall bottle-like product: the scenes are built around where it stands.
let cutout: CutoutPixels;
beforeAll(async () => {
  cutout = await cutoutPixels(await sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="600"><rect x="60" y="120" width="180" height="470" rx="50" fill="#2e6b4f"/><rect x="120" y="20" width="60" height="110" fill="#2e6b4f"/></svg>')).png().toBuffer());
});

async function sceneSpecFor(format: AdFormat, layout: (typeof layoutNames)[number], seed = 3): Promise<{ spec: SceneSpec; product: PlacedProduct }> {
  const { width, height } = formatSizes[format];
  const plan = planLayout(layout, format, 'sans');
  const product = await placeProduct(cutout, plan.product);
  return { spec: sceneAround(product.box, plan, { width, height, palette, style: 'semi-realistic', random: seededRandom(seed) }), product };
}

/** Mean absolute Laplacian of the luminance (0–1): the energy of pixel-scale detail, high for static. */
function laplacianMean(pixels: Buffer, width: number, height: number): number {
  const lum = (x: number, y: number): number => {
    const i = (y * width + x) * 4;
    return (0.2126 * (pixels[i] ?? 0) + 0.7152 * (pixels[i + 1] ?? 0) + 0.0722 * (pixels[i + 2] ?? 0)) / 255;
  };
  let sum = 0;
  for (let y = 1; y < height - 1; y += 1) for (let x = 1; x < width - 1; x += 1) sum += Math.abs(4 * lum(x, y) - lum(x - 1, y) - lum(x + 1, y) - lum(x, y - 1) - lum(x, y + 1));
  return sum / ((width - 2) * (height - 2));
}

describe('designed scenes', () => {
  it('has at least 16 scenes, each with a light direction and its floor line on the canvas in every layout and format', { timeout: 60_000 }, async () => {
    expect(backdropNames.length).toBeGreaterThanOrEqual(16);
    for (const format of formats) {
      for (const layout of layoutNames) {
        const { spec } = await sceneSpecFor(format, layout);
        for (const name of backdropNames) {
          const scene = scenes[name];
          expect(['left', 'right', 'top'], name).toContain(scene.light);
          const floor = horizonY(scene, spec);
          expect(floor, `${name} ${format} ${layout}`).toBeGreaterThan(0);
          expect(floor, `${name} ${format} ${layout}`).toBeLessThan(spec.height);
          // The product stands in front of the horizon, on the floor: its base is at or below the line.
          expect(spec.footing.y, `${name} ${format} ${layout}`).toBeGreaterThanOrEqual(floor);
          expect(spec.footing.y).toBeLessThanOrEqual(spec.height);
        }
      }
    }
  });

  it('draws no scene as noise: fine detail stays far below the static the old linen backdrop was', { timeout: 120_000 }, () => {
    // The old linen (two feTurbulence layers) measured 0.118 at this size, its marble 0.0043 and
    // wood 0.0071; a fine weave or a grain line is detail, static is not.
    const bound = 0.02;
    for (const name of backdropNames) {
      for (const format of ['1:1', '9:16'] as const) {
        const { width, height } = formatSizes[format];
        const plan = planLayout('hero-top', format, 'sans');
        const spec = sceneAround({ x: width * 0.35, y: height * 0.45, width: width * 0.3, height: height * 0.35 }, plan, { width, height, palette, style: 'semi-realistic', random: seededRandom(9) });
        const drawn = drawBackdrop(name, spec);
        expect(drawn.width).toBe(Math.round(width * backdropScale));
        expect(laplacianMean(drawn.pixels, drawn.width, drawn.height), `${name} ${format}`).toBeLessThan(bound);
      }
    }
  });

  it('keeps seasonal props off the product, the text and the panels', { timeout: 300_000 }, async () => {
    const seasonal = backdropNames.filter((name) => scenes[name].character.includes('seasonal'));
    expect(seasonal).toEqual(expect.arrayContaining(['spring', 'summer', 'autumn', 'winter', 'christmas', 'chuseok', 'seollal']));
    for (const name of seasonal) {
      for (const [format, layout] of [['1:1', 'hero-top'], ['9:16', 'story-cta'], ['16:9', 'split']] as const) {
        const { spec } = await sceneSpecFor(format, layout);
        // The same scene with every spot taken draws no props: any difference is a prop.
        const draw = (keepClear: SceneSpec['keepClear']): Buffer => new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}">${scenes[name].paint({ ...spec, keepClear, random: seededRandom(1) })}</svg>`).render().pixels;
        const withProps = draw(spec.keepClear);
        const without = draw([{ x: 0, y: 0, width: spec.width, height: spec.height }]);
        let propPixels = 0;
        let underBoxes = 0;
        for (let p = 0; p < spec.width * spec.height; p += 1) {
          const i = p * 4;
          if (Math.abs((withProps[i] ?? 0) - (without[i] ?? 0)) + Math.abs((withProps[i + 1] ?? 0) - (without[i + 1] ?? 0)) < 6) continue;
          propPixels += 1;
          const x = p % spec.width;
          const y = Math.floor(p / spec.width);
          if (spec.keepClear.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)) underBoxes += 1;
        }
        expect(propPixels, `${name} ${format} ${layout}: props drawn`).toBeGreaterThan(0);
        expect(underBoxes, `${name} ${format} ${layout}: prop pixels under a box`).toBe(0);
      }
    }
  });

  it("reads results saved with the retired backdrops as the scenes that replaced them", () => {
    expect(backdropNameSchema.parse('bokeh')).toBe('studio-dark');
    expect(backdropNameSchema.parse('soft-gradient')).toBe('paper-sweep');
    expect(backdropNameSchema.parse('pastel')).toBe('paper-cut');
    expect(backdropNameSchema.parse('marble')).toBe('marble');
    expect(backdropNameSchema.safeParse('neon').success).toBe(false);
  });
});
