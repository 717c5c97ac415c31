import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutNames, type LayoutName } from '../../../../shared/ad-design';
import { formatSizes, rectInside, rectsOverlap, safeArea, type AdFormat } from '../formats';
import { planVariants } from '../variants';
import { deltaE76, hexToRgb, rgbToHsl, type Rgb } from '../../../../shared/color';
import { normalizeLogo } from './logo-image';
import { dominantColors, paletteFrom } from './palette';
import { renderAd, type RenderedAd } from './render-ad';
import { cutoutPixels, type CutoutPixels } from '../cutout/cutout-pixels';

// A real cut-out (a hand holding a cassette, from the segmentation fixtures) and a logo drawn
// here in colours no shop below uses, so its pixels can be told from the brand's.
const cutoutPath = '/work/shared/fixtures/segmentation/cassette__carvekit.bg_removed.png';
const logoColors = { mark: '#6a1b9a', bar: '#ff8f00' };
/** The drawing's own extent in the SVG below: x 4–288, y 4–96. */
const drawingAspect = 284 / 92;
const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><circle cx="50" cy="50" r="46" fill="${logoColors.mark}"/><rect x="112" y="22" width="176" height="22" rx="11" fill="${logoColors.mark}"/><rect x="112" y="58" width="120" height="22" rx="11" fill="${logoColors.bar}"/></svg>`;

let cutout: CutoutPixels;
let dominant: Rgb[];
let logo: Buffer;
beforeAll(async () => {
  cutout = await cutoutPixels(await sharp(cutoutPath).png().toBuffer());
  dominant = await dominantColors(cutout);
  // Padded with transparency, as owners' files often are: the trim must take it off.
  const drawn = Buffer.from(new Resvg(logoSvg).render().asPng());
  logo = await normalizeLogo(await sharp(drawn).extend({ top: 40, bottom: 40, left: 40, right: 40, background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer());
});

const shops: Record<string, string[]> = {
  'green and yellow': ['#0b6e4f', '#f2c14e'],
  'one red': ['#c9441c'],
  'navy and cream': ['#1b1f3b', '#f6f1e7'],
  'three colours': ['#5b2a86', '#f08a4b', '#2ec4b6'],
};
const formats = Object.keys(formatSizes) as AdFormat[];
const texts = { headline: '바닐라빈 라떼 새로 나왔어요', subcopy: '직접 내린 에스프레소에 바닐라빈을 듬뿍 넣었어요.', cta: '지금 주문하기', badge: '10% 할인', shop: '달빛카페' };
const backdrops = ['paper-sweep', 'wood', 'marble', 'linen'] as const;

/** Share of pixels within CIE76 ΔE 5 of each colour, from every third pixel in each direction. */
async function colorShares(png: Buffer, colors: string[]): Promise<{ any: number; each: number[] }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const targets = colors.map(hexToRgb);
  const near = new Map<number, number>();
  const counts = targets.map(() => 0);
  let any = 0;
  let n = 0;
  for (let y = 0; y < info.height; y += 3) {
    for (let x = 0; x < info.width; x += 3) {
      const i = (y * info.width + x) * 3;
      const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      let hit = near.get(key);
      if (hit === undefined) {
        const rgb: Rgb = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        hit = targets.findIndex((target) => deltaE76(rgb, target) < 5);
        near.set(key, hit);
      }
      n += 1;
      if (hit >= 0) {
        any += 1;
        counts[hit] = (counts[hit] ?? 0) + 1;
      }
    }
  }
  return { any: any / n, each: counts.map((c) => c / n) };
}

/** Share of the logo's own drawn pixels that the ad shows as drawn (ΔE < 8): it is there, and nothing covers it. */
async function logoShown(ad: RenderedAd): Promise<number> {
  const box = ad.logo?.box;
  if (!box) return 0;
  const expected = await sharp(logo).resize(box.width, box.height, { fit: 'fill' }).ensureAlpha().raw().toBuffer();
  const seen = await sharp(ad.png).extract({ left: box.x, top: box.y, width: box.width, height: box.height }).removeAlpha().raw().toBuffer();
  let drawn = 0;
  let shown = 0;
  for (let p = 0; p < box.width * box.height; p += 1) {
    if ((expected[p * 4 + 3] ?? 0) < 250) continue;
    drawn += 1;
    const want: Rgb = [expected[p * 4] ?? 0, expected[p * 4 + 1] ?? 0, expected[p * 4 + 2] ?? 0];
    if (deltaE76(want, [seen[p * 3] ?? 0, seen[p * 3 + 1] ?? 0, seen[p * 3 + 2] ?? 0]) < 8) shown += 1;
  }
  return drawn === 0 ? 0 : shown / drawn;
}

describe("the shop's brand kit in its ads", () => {
  // Each layout in each format once, its shop the next in turn: every shop is drawn in every
  // layout and in every format, and every layout in every format. The logo's place follows the
  // layout and format alone (the product and text boxes it avoids), so its count over these 30
  // ads is each shop's count when every shop drew all 30.
  it("shows each shop's colours in every layout and every format, the logo where it fits, text readable", { timeout: 900_000 }, async () => {
    const shopNames = Object.keys(shops);
    const missed: string[] = [];
    const drawn = new Set<string>();
    let logos = 0;
    for (const [index, layout] of layoutNames.entries()) {
      for (const [formatIndex, format] of formats.entries()) {
        const shop = shopNames[(index + formatIndex) % shopNames.length] ?? '';
        const colors = shops[shop] ?? [];
        drawn.add(`${shop} ${layout}`).add(`${shop} ${format}`);
        const spec = { format, layout: layout as LayoutName, backdrop: backdrops[index % backdrops.length] ?? 'paper-sweep', style: 'semi-realistic' as const, voice: 'sans' as const, paletteShift: [0, 24, -24, 150][index % 4] ?? 0, textScale: 1, seed: 11 + index };
        const ad = await renderAd({ cutout, dominant, brand: { colors, logo }, texts, spec });
        const where = `${shop}: ${layout} ${format}`;
        const shares = await colorShares(ad.png, colors);
        expect(shares.any, `${where}: brand colours cover`).toBeGreaterThanOrEqual(0.05);
        for (const [i, share] of shares.each.slice(0, 2).entries()) expect(share, `${where}: brand colour ${colors[i]}`).toBeGreaterThanOrEqual(0.01);
        for (const set of ad.blocks) expect(set.contrast, `${where} ${set.block.role}`).toBeGreaterThanOrEqual(set.required);
        if (!ad.logo) {
          missed.push(where);
          continue;
        }
        logos += 1;
        const safe = safeArea(format);
        const { box } = ad.logo;
        expect(rectInside(box, safe), `${where}: logo in the safe area`).toBe(true);
        const shorter = Math.min(ad.width, ad.height);
        expect(box.height / shorter, `${where}: logo height`).toBeGreaterThanOrEqual(0.049);
        expect(box.height / shorter, `${where}: logo height`).toBeLessThanOrEqual(0.09);
        expect(Math.abs(box.width / box.height / drawingAspect - 1), `${where}: logo aspect`).toBeLessThan(0.03);
        expect(rectsOverlap(box, ad.product.box), `${where}: logo over the product`).toBe(false);
        for (const set of ad.blocks) expect(rectsOverlap(ad.logo.chip?.box ?? box, set.inked), `${where}: logo over the ${set.block.role}`).toBe(false);
        expect(await logoShown(ad), `${where}: logo's pixels`).toBeGreaterThan(0.95);
        // Drawn straight on the scene only when most of it reads there; else on a chip it reads on.
        expect(ad.logo.legible, `${where}: logo legible`).toBeGreaterThanOrEqual(0.6);
      }
    }
    expect(drawn.size, 'every shop in every layout and every format').toBe(shopNames.length * (layoutNames.length + formats.length));
    console.log(`logo placed in ${logos} of ${layoutNames.length * formats.length} ads; no room in ${missed.join(', ') || 'none'}`);
    expect(logos).toBeGreaterThanOrEqual(Math.ceil(layoutNames.length * formats.length * 0.75));
  });

  it('keeps the brand colours exact through palette shifts, and leaves a shop without them as before', async () => {
    const colors = shops['green and yellow'] ?? [];
    const spec = { format: '1:1' as const, layout: 'bottom-band' as const, backdrop: 'paper-sweep' as const, style: 'semi-realistic' as const, voice: 'sans' as const, textScale: 1, seed: 3 };
    const shifted = await Promise.all([0, 150].map((paletteShift) => renderAd({ cutout, dominant, brand: { colors }, texts, spec: { ...spec, paletteShift } })));
    for (const ad of shifted) expect((await colorShares(ad.png, colors)).any).toBeGreaterThanOrEqual(0.05);
    const plain = await renderAd({ cutout, dominant, texts, spec: { ...spec, paletteShift: 0 } });
    expect((await colorShares(plain.png, colors)).any).toBeLessThan(0.01);
  });

  it('turns the backdrop at most 30° from the brand for a planned variant and any way for a colour edit, the brand colours untouched', () => {
    const colors = shops['green and yellow'] ?? [];
    const brandHue = rgbToHsl(hexToRgb(colors[0] ?? ''))[0];
    const planned = paletteFrom(dominant, colors, 150);
    const edited = paletteFrom(dominant, colors, 150, true);
    expect(planned.hue - brandHue).toBeCloseTo(30);
    expect(edited.hue - brandHue).toBeCloseTo(150);
    expect([planned.brand, edited.brand]).toEqual([colors, colors]);
    expect(deltaE76(hexToRgb(planned.accent), hexToRgb(edited.accent))).toBeGreaterThan(15);
  });

  it("sets every variant's headline in the shop's typeface, and changes nothing else", () => {
    const request = { seed: 9, count: 4, style: 'semi-realistic' as const, industry: 'cafe' as const, season: 'summer' as const, tone: 'playful' as const, wish: null };
    const byTone = planVariants(request);
    const chosen = planVariants({ ...request, typeface: 'serif' });
    expect(chosen.map((variant) => variant.voice)).toEqual(['serif', 'serif', 'serif', 'serif']);
    expect(chosen.map(({ voice: _voice, ...rest }) => rest)).toEqual(byTone.map(({ voice: _voice, ...rest }) => rest));
    expect(byTone[0]?.voice).toBe('hand');
    expect(planVariants({ ...request, typeface: null })).toEqual(byTone);
  });
});
