import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../testing/fixtures';
import { contrastRatio } from '../../../../shared/color';
import { dominantColors } from '../render/palette';
import { renderAd, type RenderedAd } from '../render/render-ad';
import { measureAd, rankVariants, scoreVariant, type DrawnAd } from './variant-score';
import { cutoutPixels } from '../cutout/cutout-pixels';

// A real cut-out (rembg's cut-out of a car) drawn by the real renderer is the clean variant; each
// worse one is that same ad with one thing an owner would refuse, made as it happens in a layout.
let clean: RenderedAd;
beforeAll(async () => {
  const cutout = await cutoutPixels(readFileSync(join(fixturesDir, 'rembg', 'car-2.out.png')));
  clean = await renderAd({
    cutout,
    dominant: await dominantColors(cutout),
    texts: { headline: '중고차 봄맞이 특가', subcopy: '꼼꼼히 점검한 차만 팔아요.', cta: '지금 주문하기' },
    spec: { format: '1:1', layout: 'hero-top', backdrop: 'paper-sweep', style: 'semi-realistic', voice: 'sans', paletteShift: 0, textScale: 1, seed: 7 },
  });
}, 60_000);

/** White text straight on a busy patch whose greys run from 90 to 210, as bokeh does: read against its lightest part. */
const busyContrast = Math.min(contrastRatio([255, 255, 255], [90, 90, 90]), contrastRatio([255, 255, 255], [210, 210, 210]));
const withoutScrim = (ad: DrawnAd): DrawnAd => ({ ...ad, blocks: ad.blocks.map((b) => ({ ...b, scrim: null, contrast: busyContrast })) });

/** The same product moved so that a third of it runs past the right edge. */
const cropped = (ad: RenderedAd): DrawnAd => ({ ...ad, product: { ...ad.product, box: { ...ad.product.box, x: ad.width - Math.round(ad.product.box.width * 0.66) } } });

/** The headline set across the middle of the product. */
const textOverProduct = (ad: RenderedAd): DrawnAd => {
  const { box } = ad.product;
  return { ...ad, blocks: ad.blocks.map((b, i) => (i === 0 ? { ...b, inked: { x: box.x, y: box.y + Math.round(box.height * 0.3), width: box.width, height: Math.round(box.height * 0.4) } } : b)) };
};

describe('variant score', () => {
  it('ranks each variant an owner would refuse below the clean one', () => {
    const confident = { cutout: 0.92 };
    const cleanScore = scoreVariant(0, [measureAd(clean)], confident);
    const table = [
      { name: 'text on a busy backdrop without a scrim', score: scoreVariant(1, [measureAd(withoutScrim(clean))], confident), term: 'contrast' },
      { name: 'product cropped by the frame', score: scoreVariant(2, [measureAd(cropped(clean))], confident), term: 'cropping' },
      { name: 'text over the product', score: scoreVariant(3, [measureAd(textOverProduct(clean))], confident), term: 'overlap' },
      { name: 'a low-confidence cut-out', score: scoreVariant(4, [measureAd(clean)], { cutout: 0.3 }), term: 'cutout' },
    ] as const;
    // The clean ad is good on every term it is measured on.
    for (const [term, value] of Object.entries(cleanScore.terms)) expect(value, term).toBeGreaterThan(0.6);
    for (const row of table) {
      expect(row.score.score, row.name).toBeLessThan(cleanScore.score);
      // The drop comes from the defect's own term, not from an accident elsewhere.
      expect(row.score.terms[row.term] ?? 1, row.name).toBeLessThan((cleanScore.terms[row.term] ?? 0) - 0.3);
    }
    expect(rankVariants([...table.map((row) => row.score), cleanScore])[0]?.variantIndex).toBe(0);
  });

  it('ranks a photo layout whose crop lost the subject below one that kept it whole, without a cut-out term', () => {
    const slot = { x: 0, y: 0, width: clean.width, height: Math.round(clean.height * 0.62) };
    const photoAd = (whole: boolean): DrawnAd => ({ width: clean.width, height: clean.height, blocks: clean.blocks, photos: [{ box: slot, crop: { whole } }] });
    const kept = scoreVariant(0, [measureAd(photoAd(true))], {});
    const lost = scoreVariant(1, [measureAd(photoAd(false))], {});
    expect(lost.terms.cropping ?? 1).toBeLessThan(kept.terms.cropping ?? 0);
    expect(rankVariants([lost, kept]).map((s) => s.variantIndex)).toEqual([0, 1]);
    expect(kept.terms.cutout).toBeUndefined();
  });

  it('averages a variant over its formats and leaves out terms nothing measured', () => {
    const good = measureAd(clean);
    const bad = measureAd(cropped(clean));
    const both = scoreVariant(0, [good, bad], {});
    expect(both.terms.cropping).toBeCloseTo(((good.cropping ?? Number.NaN) + (bad.cropping ?? Number.NaN)) / 2, 6);
    // No cut-out evidence (a photo layout) and no image–text model: those terms are absent, not guessed.
    expect(both.terms.cutout).toBeUndefined();
    expect(both.terms.clip).toBeUndefined();
    expect(both.score).toBeLessThan(scoreVariant(0, [good], {}).score);
    expect(both.score).toBeGreaterThan(scoreVariant(0, [bad], {}).score);
  });
});
