import sharp from 'sharp';
import { productPixelsChanged } from '../testing/product-pixels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Generation, ResultRecord } from '../../../shared/ipc/generations';
import type { EditAspect, JobResult } from '../../../shared/ipc/jobs';
import { classifyIntent, editAspectsOf } from '../copy/intent';
import { findOfferFacts } from '../copy/offer-facts';
import { getGeneration } from '../generations/generations-repo';
import { backdropNames, isPhotoLayout } from '../../../shared/ad-design';
import { planLayout } from '../image/layouts/layouts';
import { deltaE76, hexToRgb, type Rgb } from '../../../shared/color';
import { dominantColors, paletteFrom } from '../image/render/palette';
import { renderAd } from '../image/render/render-ad';
import type { CompositeVariant, Variant } from '../image/variants';
import { createShop } from '../shops/shops-repo';
import { readFile } from 'node:fs/promises';
import { fixturePhoto } from '../testing/fixtures';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { cutoutPixels, type CutoutPixels } from '../image/cutout/cutout-pixels';

const core = createTempCore();
const watch = watchJobs(core);
const shopTags = ['달빛라떼', '망원동카페'];
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '담백하게', defaultHashtags: shopTags });
const db = () => core.database.db();
afterAll(() => core.dispose());

const run = (input: Record<string, unknown>): Promise<JobResult> => watch.succeeded({ shopId: shop.id, ...input });

const variantsOf = (generation: Generation): Variant[] => generation.outputCopy?.variants ?? [];
const copyOf = (generation: Generation): ResultRecord => {
  if (!generation.outputCopy) throw new Error(`generation ${generation.id} has no record`);
  return generation.outputCopy;
};

/** A red two-tone disc standing in for the product: the renders below need no cut-out model. */
let cutout: CutoutPixels;
let dominant: Rgb[];

/**
 * Mean of a per-pixel measure over the backdrop alone: the picture as the spec draws it without
 * text, minus the product's box and the layout's bands, badges and buttons (drawn in the
 * palette's colours, never graded).
 */
async function backdropMean(variant: CompositeVariant, measure: (r: number, g: number, b: number) => number): Promise<number> {
  const ad = await renderAd({ cutout, dominant, texts: {}, spec: { ...variant, format: '1:1' }, withPlate: true });
  const raw = await sharp(ad.plate).removeAlpha().raw().toBuffer();
  const boxes = [ad.product.box, ...planLayout(variant.layout, '1:1', variant.voice, variant.textScale).decorations.map((d) => d.box)];
  let sum = 0;
  let n = 0;
  for (let i = 0, p = 0; i < raw.length; i += 3, p += 1) {
    const x = p % ad.width;
    const y = Math.floor(p / ad.width);
    if (boxes.some((box) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height)) continue;
    sum += measure(raw[i] ?? 0, raw[i + 1] ?? 0, raw[i + 2] ?? 0);
    n += 1;
  }
  return sum / n;
}
const redMinusBlue = (r: number, _g: number, b: number): number => r - b;
const luma = (r: number, g: number, b: number): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** Figures for the report: what each measured edit did. */
const figures: string[] = [];
afterAll(() => console.info(`edit figures:\n${figures.join('\n')}`));

describe('addressed edits of an image result', () => {
  let parent: Generation;
  let parentSnapshot: string;

  beforeAll(async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><ellipse cx="300" cy="420" rx="260" ry="360" fill="#c0392b"/><rect x="220" y="40" width="160" height="120" fill="#f4e1c1"/></svg>`;
    cutout = await cutoutPixels(await sharp(Buffer.from(svg)).png().toBuffer());
    dominant = await dominantColors(cutout);
    // A product on white: a confident cut-out, so the set is composites with one photo layout last.
    const { media } = await core.media.importOne({ kind: 'bytes', bytes: await readFile(fixturePhoto('plush_toy__controlnet.png')) });
    const result = await run({ text: '양털 인형 인스타 광고 만들어줘', attachments: [media.sha256], variants: 3, formats: ['1:1'] });
    parent = getGeneration(db(), result.generationIds[0] ?? '');
    // The grade checks below measure composites' backdrops; variant 1 must be one.
    expect(isPhotoLayout(variantsOf(parent)[1]?.layout ?? 'polaroid')).toBe(false);
    parentSnapshot = JSON.stringify(parent);
  }, 120_000);

  afterAll(() => {
    // Every edit made a child; the parent row stayed exactly as it was.
    expect(JSON.stringify(getGeneration(db(), parent.id))).toBe(parentSnapshot);
  });

  /** Runs the edit and checks what every image edit must keep: parent link, untouched variants, same seeds. */
  async function edit(aspects: EditAspect[], variant: number | 'all', text: string, redraws = true): Promise<{ child: Generation; changed: number[] }> {
    const result = await run({ sessionId: parent.sessionId, text, edit: { generationId: parent.id, variant, aspects } });
    expect(result.intent).toBe('edit');
    const child = getGeneration(db(), result.generationIds[0] ?? '');
    expect(child.parentId).toBe(parent.id);
    const [before, after] = [variantsOf(parent), variantsOf(child)];
    expect(after).toHaveLength(before.length);
    const changed = before.map((_, index) => index).filter((index) => variant === 'all' || index === variant);
    before.forEach((spec, index) => {
      expect(after[index]?.seed).toBe(spec.seed);
      if (changed.includes(index)) return;
      // Untouched: the same spec, so the same picture, byte for byte.
      expect(after[index]).toEqual(spec);
      expect(child.outputs.find((o) => o.variantIndex === index)?.sha256).toBe(parent.outputs.find((o) => o.variantIndex === index)?.sha256);
    });
    if (redraws) for (const index of changed) expect(child.outputs.find((o) => o.variantIndex === index)?.sha256).not.toBe(parent.outputs.find((o) => o.variantIndex === index)?.sha256);
    return { child, changed };
  }

  const targets = [1, 'all'] as const;
  const graded: [EditAspect, string, (r: number, g: number, b: number) => number, 1 | -1, number][] = [
    ['warmer', '배경 따뜻하게 해줘', redMinusBlue, 1, 8],
    ['cooler', '배경 시원하게 해줘', redMinusBlue, -1, 8],
    ['brighter', '배경 밝게 해줘', luma, 1, 10],
    ['darker', '배경 어둡게 해줘', luma, -1, 10],
  ];
  for (const [aspect, text, measure, sign, least] of graded) {
    for (const target of targets) {
      it(`${aspect} moves the backdrop by at least ${least} levels, variant ${target}`, { timeout: 120_000 }, async () => {
        const { child, changed } = await edit([aspect], target, text);
        let measured = 0;
        for (const index of changed) {
          const [before, after] = [variantsOf(parent)[index], variantsOf(child)[index]];
          if (!before || !after) throw new Error(`variant ${index} missing`);
          const { layout } = before;
          // A photo layout has no backdrop: it grades the owner's photo (photo/grade.test.ts).
          if (isPhotoLayout(layout)) continue;
          const delta = (await backdropMean({ ...after, layout }, measure)) - (await backdropMean({ ...before, layout }, measure));
          figures.push(`${aspect} variant ${index} (${target}): ${delta.toFixed(1)}`);
          expect(delta * sign).toBeGreaterThanOrEqual(least);
          measured += 1;
        }
        expect(measured).toBeGreaterThan(0);
      });
    }
  }

  it('brightens even the palest backdrop by at least 10 levels', { timeout: 120_000 }, async () => {
    for (const backdrop of backdropNames) {
      const plain: CompositeVariant = { ...(variantsOf(parent)[0] as Variant), backdrop, layout: 'hero-top' };
      const delta = (await backdropMean({ ...plain, brightness: 0.4 }, luma)) - (await backdropMean(plain, luma));
      expect(delta, backdrop).toBeGreaterThanOrEqual(10);
    }
  });

  it('grades only the backdrop: the product keeps its own pixels', { timeout: 60_000 }, async () => {
    const spec = { ...(variantsOf(parent)[0] as Variant), layout: 'hero-top' as const, warmth: 0.7, brightness: -0.4 };
    const ad = await renderAd({ cutout, dominant, texts: {}, spec: { ...spec, format: '1:1' } });
    const { opaque, differing } = await productPixelsChanged(ad);
    expect(opaque).toBeGreaterThan(1000);
    expect(differing).toBe(0);
  });

  for (const target of targets) {
    it(`color turns the accent by ΔE ≥ 15, for a red and a grey product, variant ${target}`, { timeout: 120_000 }, async () => {
      const { child, changed } = await edit(['color'], target, '색 바꿔줘');
      for (const index of changed) {
        const [before, after] = [variantsOf(parent)[index], variantsOf(child)[index]];
        if (!before || !after) throw new Error(`variant ${index} missing`);
        const products: [string, Rgb[]][] = [['red', dominant], ['grey', [[128, 128, 128]]]];
        for (const [name, colors] of products) {
          const accent = (variant: Variant) => hexToRgb(paletteFrom(colors, [], variant.paletteShift, variant.vividPalette === true).accent);
          const delta = deltaE76(accent(before), accent(after));
          figures.push(`color ΔE ${name} variant ${index} (${target}): ${delta.toFixed(1)}`);
          expect(delta).toBeGreaterThanOrEqual(15);
        }
      }
    });

    it(`background picks another backdrop, variant ${target}`, { timeout: 120_000 }, async () => {
      const { child, changed } = await edit(['background'], target, '배경 바꿔줘');
      for (const index of changed) expect(variantsOf(child)[index]?.backdrop).not.toBe(variantsOf(parent)[index]?.backdrop);
      expect(copyOf(child).headline).toBe(copyOf(parent).headline);
    });

    it(`bigger-text scales the type by 1.2, variant ${target}`, { timeout: 120_000 }, async () => {
      // Type already as large as its box allows stays as it is: the scale is a ceiling, not a size.
      const { child, changed } = await edit(['bigger-text'], target, '글씨 크게 해줘', false);
      for (const index of changed) expect(variantsOf(child)[index]?.textScale).toBeCloseTo(Math.min(1.6, (variantsOf(parent)[index]?.textScale ?? 1) * 1.2), 2);
    });
  }

  it('refuses a result of another shop, an unknown one, and a variant the result does not have, in Korean', async () => {
    const other = createShop(db(), { name: '소금빵집', industry: 'bakery' });
    const cases: [Record<string, unknown>, string][] = [
      [{ shopId: other.id, edit: { generationId: parent.id, variant: 0, aspects: ['warmer'] } }, 'NOT_FOUND'],
      [{ edit: { generationId: '018f0000-0000-7000-8000-00000000dead', variant: 'all', aspects: ['warmer'] } }, 'NOT_FOUND'],
      [{ edit: { generationId: parent.id, variant: 3, aspects: ['warmer'] } }, 'VALIDATION_FAILED'],
    ];
    for (const [input, code] of cases) {
      const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '배경 따뜻하게 해줘', ...input }));
      const finished = await watch.finished(jobId);
      expect(finished).toMatchObject({ status: 'failed', error: { code, userMessage: expect.stringMatching(/[가-힣]/) } });
    }
  });
});

describe('addressed edits of the copy', () => {
  let parent: Generation;
  beforeAll(async () => {
    const result = await run({ text: '바닐라빈 라떼 4,500원 출시 기념 10% 할인 인스타 광고 만들어줘' });
    parent = getGeneration(db(), result.generationIds[0] ?? '');
  }, 60_000);

  const copyEdit = async (from: Generation, aspects: EditAspect[], text: string): Promise<Generation> => {
    const result = await run({ sessionId: from.sessionId, text, edit: { generationId: from.id, variant: 'all', aspects } });
    const child = getGeneration(db(), result.generationIds[0] ?? '');
    expect(child.parentId).toBe(from.id);
    return child;
  };

  it("shorter shortens the headline and keeps every offer fact and the owner's hashtags", { timeout: 60_000 }, async () => {
    const child = await copyEdit(parent, ['shorter'], '문구 짧게 해줘');
    const [before, after] = [copyOf(parent), copyOf(child)];
    figures.push(`shorter headline: ${[...before.headline].length} → ${[...after.headline].length} characters`);
    expect([...after.headline].length).toBeLessThan([...before.headline].length);
    const facts = findOfferFacts(parent.inputText).map((fact) => fact.text);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(`${after.headline} ${after.subcopy}`).toContain(fact);
    const own = before.hashtags.filter((tag) => shopTags.includes(tag));
    expect(own.length).toBeGreaterThan(0);
    for (const tag of own) expect(after.hashtags).toContain(tag);
  });

  // Tone names come from whichever copywriter writes: matched by meaning, not by one spelling.
  const toneWords: [EditAspect, RegExp, string][] = [
    ['tone-playful', /발랄|귀여|유쾌/, '문구 귀엽게 바꿔줘'],
    ['tone-premium', /고급|품격|우아/, '고급스럽게 바꿔줘'],
    ['tone-friendly', /친근|다정/, '친근하게 바꿔줘'],
  ];
  for (const [aspect, name, text] of toneWords) {
    it(`${aspect} rewrites the copy in that tone`, { timeout: 60_000 }, async () => {
      const child = await copyEdit(parent, [aspect], text);
      const [before, after] = [copyOf(parent), copyOf(child)];
      expect(after.tone).toMatch(name);
      expect(after.tone).not.toBe(before.tone);
      expect(after.headline !== before.headline || after.subcopy !== before.subcopy).toBe(true);
    });
  }

  it('tone-calm rewrites a playful copy calmly', { timeout: 60_000 }, async () => {
    const playful = await copyEdit(parent, ['tone-playful'], '문구 귀엽게 바꿔줘');
    const calm = await copyEdit(playful, ['tone-calm'], '차분하게 바꿔줘');
    expect(copyOf(calm).tone).toMatch(/담백|차분/);
    expect(copyOf(calm).subcopy !== copyOf(playful).subcopy || copyOf(calm).headline !== copyOf(playful).headline).toBe(true);
  });

  it('a free-text edit in the chat applies to the latest result, all variants', { timeout: 60_000 }, async () => {
    const result = await run({ sessionId: parent.sessionId, text: '문구 좀 더 짧게 해줘' });
    expect(result.intent).toBe('edit');
    expect(getGeneration(db(), result.generationIds[0] ?? '').parentId).not.toBeNull();
  });

  it('"문구를 좀 더 귀엽게 바꿔줘" after a result rewrites it playfully, and no instruction reaches the copy', { timeout: 60_000 }, async () => {
    const result = await run({ sessionId: parent.sessionId, text: '문구를 좀 더 귀엽게 바꿔줘' });
    expect(result.intent).toBe('edit');
    const child = copyOf(getGeneration(db(), result.generationIds[0] ?? ''));
    expect(child.tone).toMatch(/발랄|귀여|유쾌/);
    expect(`${child.headline} ${child.hashtags.join(' ')}`).not.toMatch(/귀엽게|바꿔|달빛카페의 더/);
    for (const fact of ['4,500원', '10% 할인']) expect(`${child.headline} ${child.subcopy}`).toContain(fact);
  });

  it('an edit with nothing to edit is answered: there is no ad yet', { timeout: 60_000 }, async () => {
    for (const text of ['배경 밝게 해줘', '문구 짧게']) {
      const result = await run({ text });
      expect(result).toMatchObject({ intent: 'consult', generationIds: [] });
      expect(result.replyText).toMatch(/아직 고칠 광고가 없어요/);
    }
  });
});

describe('reading an edit from the words', () => {
  const forms: [string, EditAspect[]][] = [
    ['배경 좀 더 따뜻하게', ['warmer']],
    ['차갑게 해줘', ['cooler']],
    ['좀 더 시원하게', ['cooler']],
    ['배경 밝게 해줘', ['brighter']],
    ['어둡게 바꿔줘', ['darker']],
    ['배경 바꿔줘', ['background']],
    ['배경을 좀 바꿔 주세요', ['background']],
    ['색 바꿔줘', ['color']],
    ['다른 색으로 해줘', ['color']],
    ['글씨 크게 해줘', ['bigger-text']],
    ['글자 좀 더 크게', ['bigger-text']],
    ['문구 짧게', ['shorter']],
    ['좀 줄여줘', ['shorter']],
    ['문구 길게 써줘', ['longer']],
    ['다른 문구로 다시 써줘', ['rewrite']],
    ['좀 더 귀엽게', ['tone-playful']],
    ['고급스럽게 바꿔줘', ['tone-premium']],
    ['차분하게 해줘', ['tone-calm']],
    ['담백하게 써줘', ['tone-calm']],
    ['친근하게 바꿔줘', ['tone-friendly']],
    ['배경 바꾸고 글씨 크게', ['background', 'bigger-text']],
  ];
  it('names each aspect by its code', () => {
    expect(forms.filter(([text, aspects]) => JSON.stringify(editAspectsOf(text)) !== JSON.stringify(aspects))).toEqual([]);
  });

  it('edits only with something to edit, no new photo and no new product', () => {
    for (const [text] of forms) {
      expect(classifyIntent(text, { hasPrevious: true }), text).toBe('edit');
      expect(classifyIntent(text, { hasPrevious: false }), text).toBe('consult');
      expect(classifyIntent(text, { hasPrevious: true, hasAttachments: true }), text).toBe('generate');
    }
    expect(classifyIntent('이번엔 레몬에이드도 하나 만들어줘', { hasPrevious: true, namesNewProduct: true })).toBe('generate');
    // A reader that took an edit word for a product does not turn an edit into a new ad.
    expect(classifyIntent('색 바꿔줘', { hasPrevious: true, namesNewProduct: true })).toBe('edit');
    expect(classifyIntent('흰 배경에 캔들 사진 밝게', { hasPrevious: false, namesNewProduct: true })).toBe('generate');
    expect(classifyIntent('배경은 무슨 색이 좋을까?', { hasPrevious: true })).toBe('consult');
  });
});
