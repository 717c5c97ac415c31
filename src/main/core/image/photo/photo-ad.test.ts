import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPhotoLayout, photoGrades, photoLayoutNames } from '../../../../shared/ad-design';
import { isnetRun } from '../../testing/isnet-run';
import { fixturePhoto } from '../../testing/fixtures';
import { cutoutPng } from '../cutout/cutout-png';
import { cutoutPixels, type CutoutPixels } from '../cutout/cutout-pixels';
import { segmentImage } from '../cutout/segment-image';
import { formatSizes, type AdFormat } from '../formats';
import { rgbToHsl } from '../../../../shared/color';
import { dominantColors } from '../render/palette';
import { planVariants } from '../variants';
import { gradePixels } from './grade';
import { withPhotoLayouts } from './photo-variants';
import { renderPhotoAd } from './render-photo';
import { saliencyOf } from './saliency';
import { photoShare, subjectRule } from './scene';
import { smartCrop } from './smart-crop';

// The photo layouts with real cut-outs from the ISNet model in the inference host: a product
// (an espresso cup) and a scene (grocery bags in a car's boot).
const run = isnetRun();

const formats = Object.keys(formatSizes) as AdFormat[];
const texts = { headline: '여름 신메뉴 아이스 라떼', subcopy: '시원하게 내린 에스프레소에 우유를 더했어요.', cta: '지금 주문하기', shop: '달빛카페' };

interface Cut {
  photo: Buffer;
  cutout: CutoutPixels;
  confidence: number;
  /** The opaque part's box in fractions of the photo. */
  box: { x0: number; y0: number; x1: number; y1: number };
}

async function cut(name: string): Promise<Cut> {
  const path = fixturePhoto(name);
  const alpha = await segmentImage(path, run);
  const { width, height } = alpha;
  let [x0, y0, x1, y1] = [width, height, 0, 0];
  for (let i = 0; i < alpha.alpha.length; i += 1) {
    if ((alpha.alpha[i] ?? 0) < 128) continue;
    const x = i % width;
    const y = Math.floor(i / width);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
  }
  return { photo: readFileSync(path), cutout: await cutoutPixels(await cutoutPng(path, alpha)), confidence: alpha.quality.confidence, box: { x0: x0 / width, y0: y0 / height, x1: x1 / width, y1: y1 / height } };
}

let cup: Cut;
let bags: Cut;
beforeAll(async () => {
  [cup, bags] = [await cut('coffee_cup__skimage.png'), await cut('grocery_bags__sam.jpg')];
}, 300_000);

describe('photo layouts', () => {
  it('gives a scene photo only photo layouts, and a clean product one beside its composites', () => {
    const planned = planVariants({ seed: 5, count: 4, style: 'semi-realistic', industry: 'retail', season: 'summer', tone: 'friendly', wish: null });
    const scene = withPhotoLayouts(planned, photoShare({ confidence: bags.confidence, uncertain: 0, fragmentation: 0, borderContact: 0, coverage: 0 }, false));
    expect(scene.every((v) => isPhotoLayout(v.layout))).toBe(true);
    const product = withPhotoLayouts(planned, photoShare({ confidence: cup.confidence, uncertain: 0, fragmentation: 0, borderContact: 0, coverage: 0 }, false));
    expect(product.filter((v) => isPhotoLayout(v.layout))).toHaveLength(1);
  });

  it("keeps the product's box whole in every format's crop, where any crop of that shape can hold it", async () => {
    const saliency = await saliencyOf(cup.photo, cup.cutout, 'whole');
    const meta = await sharp(cup.photo).metadata();
    const photoAspect = (meta.width ?? 1) / (meta.height ?? 1);
    const slack = 1.5 / saliency.width;
    for (const format of formats) {
      const { width, height } = formatSizes[format];
      const crop = smartCrop(saliency, width / height);
      const boxAspect = ((cup.box.x1 - cup.box.x0) * photoAspect) / (cup.box.y1 - cup.box.y0);
      const holdable = width / height >= boxAspect ? cup.box.y1 - cup.box.y0 <= Math.min(1, photoAspect / (width / height)) : cup.box.x1 - cup.box.x0 <= Math.min(1, width / height / photoAspect);
      expect(crop.whole, format).toBe(holdable);
      if (!crop.whole) continue;
      expect(crop.x, format).toBeLessThanOrEqual(cup.box.x0 + slack);
      expect(crop.y, format).toBeLessThanOrEqual(cup.box.y0 + slack);
      expect(crop.x + crop.width, format).toBeGreaterThanOrEqual(cup.box.x1 - slack);
      expect(crop.y + crop.height, format).toBeGreaterThanOrEqual(cup.box.y1 - slack);
    }
  });

  it('grades keep the hue and say what they are: warm raises R−B, bright the luminance', async () => {
    const { data, info } = await sharp(cup.photo).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const stats = (pixels: Buffer) => {
      let [redBlue, luma, hueShift, n] = [0, 0, 0, 0];
      for (let i = 0; i < pixels.length; i += info.channels) {
        const rgb: [number, number, number] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        redBlue += rgb[0] - rgb[2];
        luma += 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        const [h, s] = rgbToHsl(rgb);
        const [h0, s0] = rgbToHsl([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
        if (s > 0.25 && s0 > 0.25) {
          hueShift += Math.abs(((h - h0 + 540) % 360) - 180);
          n += 1;
        }
      }
      const count = pixels.length / info.channels;
      return { redBlue: redBlue / count, luma: luma / count, hueShift: hueShift / Math.max(1, n) };
    };
    const before = stats(data);
    const graded = Object.fromEntries(photoGrades.map((grade) => [grade, stats(gradePixels(Buffer.from(data), info.channels, grade, {}))]));
    for (const grade of photoGrades) expect(graded[grade]?.hueShift, grade).toBeLessThan(6);
    expect((graded.warm?.redBlue ?? 0) - before.redBlue).toBeGreaterThan(8);
    expect((graded.bright?.luma ?? 0) - before.luma).toBeGreaterThan(12);
  });

  it('sets every text block at AA contrast on the photo, in every layout and format', { timeout: 600_000 }, async () => {
    for (const [name, photo, share] of [['cup', cup, 'one'], ['bags', bags, 'scene']] as const) {
      const dominant = await dominantColors(photo.cutout);
      for (const [i, layout] of photoLayoutNames.entries()) {
        for (const format of name === 'cup' ? formats : (['4:5', '16:9'] as const)) {
          const ad = await renderPhotoAd({ photo: photo.photo, cutout: photo.cutout, subject: subjectRule(share), dominant, texts, spec: { backdrop: 'paper-sweep', layout, style: 'semi-realistic', voice: 'sans', paletteShift: 0, textScale: 1, seed: i + 1, grade: photoGrades[i % photoGrades.length], format } });
          expect([ad.width, ad.height]).toEqual([formatSizes[format].width, formatSizes[format].height]);
          expect(ad.blocks.map((b) => b.block.role).sort(), `${name} ${layout} ${format}`).toEqual(['cta', 'headline', 'subcopy']);
          for (const block of ad.blocks) expect(block.contrast, `${name} ${layout} ${format} ${block.block.role}`).toBeGreaterThanOrEqual(block.required);
        }
      }
    }
  });
});
