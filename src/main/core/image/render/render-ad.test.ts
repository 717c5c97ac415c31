import { productPixelsChanged } from '../../testing/product-pixels';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { backdropNames, layoutNames } from '../../../../shared/ad-design';
import { formatSizes, safeArea, type AdFormat } from '../formats';
import { planLayout } from '../layouts/layouts';
import { seededRandom } from '../../random/seeded-random';
import { loadFace } from './fonts';
import { dominantColors } from './palette';
import { renderAd, type AdSpec } from './render-ad';
import { fitText } from './text-fit';
import { cutoutPixels, type CutoutPixels } from '../cutout/cutout-pixels';

// A synthetic product (a two-tone disc with a soft edge) stands in for a cut-out here, so these
// tests need no model; the cut-out itself is tested against real photos in cutout/.
let cutout: CutoutPixels;
let dominant: Awaited<ReturnType<typeof dominantColors>>;
beforeAll(async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><defs><radialGradient id="g"><stop offset="0" stop-color="#c0392b"/><stop offset="1" stop-color="#8e2a20"/></radialGradient></defs><ellipse cx="300" cy="420" rx="260" ry="360" fill="url(#g)"/><rect x="220" y="40" width="160" height="120" fill="#f4e1c1"/></svg>`;
  cutout = await cutoutPixels(await sharp(Buffer.from(svg)).png().toBuffer());
  dominant = await dominantColors(cutout);
});

const texts = { headline: '여름엔 역시 아이스 라떼', subcopy: '직접 내린 에스프레소에 여름 향을 더했어요. 꼭 한번 맛보세요!', cta: '지금 주문하기', badge: '여름 한정', shop: '달빛카페' };
const spec = (overrides: Partial<AdSpec> = {}): AdSpec => ({ format: '1:1', layout: 'hero-top', backdrop: 'paper-sweep', style: 'semi-realistic', voice: 'sans', paletteShift: 0, textScale: 1, seed: 42, ...overrides });
const formats = Object.keys(formatSizes) as AdFormat[];

/** Korean strings of 2–60 characters, words of 1–8 syllables, from a seed. */
function koreanStrings(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const syllable = (): string => String.fromCharCode(0xac00 + Math.floor(random() * 11172));
  return Array.from({ length: count }, () => {
    const target = 2 + Math.floor(random() * 59);
    let text = '';
    while ([...text].length < target) text += (text ? ' ' : '') + Array.from({ length: 1 + Math.floor(random() * 8) }, syllable).join('');
    return [...text].slice(0, target).join('').trim();
  });
}

describe('ad renderer', () => {
  it('makes every format at its exact pixel size', { timeout: 120_000 }, async () => {
    for (const format of formats) {
      const ad = await renderAd({ cutout, dominant, texts, spec: spec({ format, layout: 'bottom-band' }) });
      const meta = await sharp(ad.png).metadata();
      expect([meta.width, meta.height]).toEqual([formatSizes[format].width, formatSizes[format].height]);
    }
  });

  it('gives identical bytes for the same seed, and a different ad for another', { timeout: 60_000 }, async () => {
    const render = (seed: number) => renderAd({ cutout, dominant, texts, spec: spec({ backdrop: 'paper-cut', seed }) });
    const hash = async (seed: number) => createHash('sha256').update((await render(seed)).png).digest('hex');
    expect(await hash(7)).toBe(await hash(7));
    expect(await hash(7)).not.toBe(await hash(8));
  });

  it("keeps the product's own pixels wherever it is opaque", { timeout: 120_000 }, async () => {
    for (const [i, layout] of layoutNames.entries()) {
      const ad = await renderAd({ cutout, dominant, texts, spec: spec({ layout, backdrop: backdropNames[i] ?? 'paper-cut', format: formats[i % formats.length] }) });
      const { opaque, differing } = await productPixelsChanged(ad);
      expect(opaque, layout).toBeGreaterThan(1000);
      expect(differing, layout).toBe(0);
    }
  });

  it('keeps text in the safe area and clear of the product, and readable, for 200 Korean strings in every template and format', () => {
    const strings = koreanStrings(200, 99);
    for (const format of formats) {
      const safe = safeArea(format);
      for (const layout of layoutNames) {
        for (const voice of ['sans', 'serif', 'hand'] as const) {
          const plan = planLayout(layout, format, voice);
          for (const block of plan.blocks) {
            const inside = (r: { x: number; y: number; width: number; height: number }) =>
              r.x >= safe.x && r.y >= safe.y && r.x + r.width <= safe.x + safe.width && r.y + r.height <= safe.y + safe.height;
            expect(inside(block.box), `${layout} ${format} ${block.role}`).toBe(true);
            const overlapsProduct = !(block.box.x >= plan.product.x + plan.product.width || block.box.x + block.box.width <= plan.product.x || block.box.y >= plan.product.y + plan.product.height || block.box.y + block.box.height <= plan.product.y);
            expect(overlapsProduct, `${layout} ${format} ${block.role} over the product`).toBe(false);
            const face = loadFace(block.family, block.weight);
            // The voice only changes the headline's face: other blocks are covered by the sans pass.
            if (voice !== 'sans' && block.role !== 'headline') continue;
            for (const text of strings) {
              const fitted = fitText(face, text, block.box, block);
              expect(fitted.width, `${layout} ${format} ${block.role} "${text}"`).toBeLessThanOrEqual(block.box.width + 0.5);
              expect(fitted.height).toBeLessThanOrEqual(Math.max(block.box.height, fitted.lineHeight));
            }
          }
        }
      }
    }
  });

  it('sets rendered text only inside the safe area, with AA contrast', { timeout: 300_000 }, async () => {
    const strings = koreanStrings(24, 5);
    let index = 0;
    for (const format of formats) {
      const safe = safeArea(format);
      for (const layout of layoutNames.slice(0, 5)) {
        const text = strings[index % strings.length] ?? '';
        index += 1;
        const ad = await renderAd({ cutout, dominant, texts: { ...texts, headline: text }, spec: spec({ format, layout, backdrop: backdropNames[index % backdropNames.length] ?? 'paper-cut', voice: (['sans', 'serif', 'hand'] as const)[index % 3] }) });
        for (const set of ad.blocks) {
          expect(set.inked.x).toBeGreaterThanOrEqual(safe.x - 1);
          expect(set.inked.x + set.inked.width).toBeLessThanOrEqual(safe.x + safe.width + 1);
          expect(set.inked.y + set.inked.height).toBeLessThanOrEqual(safe.y + safe.height + 1);
          expect(set.contrast, `${layout} ${format} ${set.block.role}`).toBeGreaterThanOrEqual(set.required);
        }
      }
    }
  });

  it('removes emoji cleanly instead of drawing boxes', () => {
    const face = loadFace('Pretendard', 800);
    expect(fitText(face, '여름 한정 🍓 딸기 라떼 ☕️', { width: 900, height: 200 }, { maxSize: 80, minSize: 30, maxLines: 2, leading: 1.2 }).lines).toEqual(['여름 한정 딸기 라떼']);
  });
});
