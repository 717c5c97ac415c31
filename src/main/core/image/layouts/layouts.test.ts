import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutNames } from '../../../../shared/ad-design';
import { drinkBank } from '../../copy/copy-bank/drink';
import { render } from '../../copy/template-copywriter';
import { formatSizes, safeArea, type AdFormat, type Rect } from '../formats';
import { fixturesDir } from '../../testing/fixtures';
import { loadFace } from '../render/fonts';
import { dominantColors } from '../render/palette';
import { renderAd } from '../render/render-ad';
import { fitText } from '../render/text-fit';
import { contentOf, isHeadlineOnly, planLayout } from './layouts';
import { cutoutPixels } from '../cutout/cutout-pixels';

const formats = Object.keys(formatSizes) as AdFormat[];
const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect): boolean => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Every plan the renderer can ask for: layout × format × voice × type scale × with and without an offer badge. */
const plans = layoutNames.flatMap((layout) =>
  formats.flatMap((format) =>
    (['sans', 'serif', 'hand'] as const).flatMap((voice) =>
      [1, 1.6].flatMap((textScale) => [true, false].map((offerBadge) => ({ name: `${layout} ${format} ${voice} ×${textScale}${offerBadge ? ' offer' : ''}`, layout, format, offerBadge, plan: planLayout(layout, format, voice, textScale, { offerBadge }) }))),
    ),
  ),
);

describe('layout plans', () => {
  it('keep the product box on the canvas and clear of every text block, panel, badge and button', () => {
    for (const { name, format, plan } of plans) {
      const canvas = { x: 0, y: 0, ...formatSizes[format] };
      expect(inside(plan.product, canvas), name).toBe(true);
      for (const block of plan.blocks) expect(overlaps(block.box, plan.product), `${name}: ${block.role} over the product`).toBe(false);
      for (const shape of plan.decorations) expect(overlaps(shape.box, plan.product), `${name}: ${shape.kind} over the product`).toBe(false);
    }
  });

  it('set text only in the safe area, each block clear of the others', () => {
    for (const { name, format, plan } of plans) {
      const safe = safeArea(format);
      for (const [i, block] of plan.blocks.entries()) {
        expect(inside(block.box, safe), `${name}: ${block.role}`).toBe(true);
        for (const other of plan.blocks.slice(i + 1)) expect(overlaps(block.box, other.box), `${name}: ${block.role} over ${other.role}`).toBe(false);
      }
    }
  });

  it('carry headline, body and call to action (on its button) unless headline-only, and the offer badge in every layout', () => {
    for (const { name, layout, offerBadge, plan } of plans) {
      const roles = plan.blocks.map((block) => block.role);
      expect(roles, name).toContain('headline');
      if (!isHeadlineOnly(layout)) {
        expect(roles, name).toEqual(expect.arrayContaining(['subcopy', 'cta']));
        const cta = plan.blocks.find((block) => block.role === 'cta');
        expect(plan.decorations.some((shape) => shape.kind === 'button' && cta && inside(cta.box, shape.box)), `${name}: the call to action on its button`).toBe(true);
      }
      if (offerBadge) {
        expect(roles, name).toContain('badge');
        const badge = plan.blocks.find((block) => block.role === 'badge');
        const circle = plan.decorations.find((shape) => shape.kind === 'badge');
        expect(circle && badge && inside(badge.box, circle.box), `${name}: badge text inside its circle`).toBe(true);
      }
    }
    expect(layoutNames.filter(isHeadlineOnly)).toEqual(['minimal-caption']);
  });

  it('read a badge as an offer only when it states one of the facts', () => {
    expect(contentOf({ badge: '10% 할인' }).offerBadge).toBe(true);
    expect(contentOf({ badge: '1+1' }).offerBadge).toBe(true);
    expect(contentOf({ badge: '8,000원' }).offerBadge).toBe(true);
    expect(contentOf({ badge: '신메뉴' }).offerBadge).toBe(false);
    expect(contentOf({}).offerBadge).toBe(false);
  });
});

describe('the YouTube thumbnail (16:9)', () => {
  const values = { product: '바닐라빈 라떼', season: '겨울', shop: '달빛상점', region: '연남동', concept: '겨울 신메뉴' };
  const headlines = drinkBank.headlines.map((template) => render(template, values));
  const bodies = drinkBank.bodiesHaeyo.map((template) => render(template, values));
  const { height } = formatSizes['16:9'];

  it('sets real headlines big: every line at least 12 % of the height', () => {
    for (const layout of layoutNames) {
      const block = planLayout(layout, '16:9', 'sans', 1, { offerBadge: true }).blocks.find((b) => b.role === 'headline');
      if (!block) throw new Error(`${layout} has no headline`);
      for (const text of headlines) {
        const fitted = fitText(loadFace(block.family, block.weight), text, block.box, block, [values.product]);
        expect(fitted.lineHeight / height, `${layout}: ${fitted.lines.join(' / ')}`).toBeGreaterThanOrEqual(0.12);
      }
    }
  });

  it('sets the body readable at 1280×720: at least 34 px of 1080', () => {
    for (const layout of layoutNames.filter((name) => !isHeadlineOnly(name))) {
      const block = planLayout(layout, '16:9', 'sans', 1, { offerBadge: true }).blocks.find((b) => b.role === 'subcopy');
      if (!block) throw new Error(`${layout} has no body`);
      for (const text of bodies) expect(fitText(loadFace(block.family, block.weight), text, block.box, block).size, `${layout}: ${text}`).toBeGreaterThanOrEqual(34);
    }
  });
});

describe('a rendered thumbnail from a real cut-out', () => {
  it('shows headline, badge and body, the product whole and clear of the text', { timeout: 120_000 }, async () => {
    const cutout = await cutoutPixels(readFileSync(join(fixturesDir, 'segmentation', 'cassette__carvekit.bg_removed.png')));
    const dominant = await dominantColors(cutout);
    const texts = { headline: '바닐라빈 라떼가 생각나는 날', subcopy: '첫 모금부터 향이 가득 퍼져요.', cta: '지금 주문하기', badge: '10% 할인', shop: '달빛카페', keep: ['바닐라빈 라떼'] };
    const { width, height } = formatSizes['16:9'];
    for (const layout of layoutNames) {
      const ad = await renderAd({ cutout, dominant, texts, spec: { format: '16:9', layout, backdrop: 'paper-sweep', style: 'semi-realistic', voice: 'sans', paletteShift: 0, textScale: 1, seed: 3 } });
      const set = (role: string) => ad.blocks.find((block) => block.block.role === role);
      expect(set('headline')?.fitted.lines, layout).toEqual(['바닐라빈 라떼가', '생각나는 날']);
      expect(set('headline')?.fitted.lineHeight ?? 0, layout).toBeGreaterThanOrEqual(0.12 * height);
      expect(set('badge')?.fitted.lines, layout).toEqual(['10% 할인']);
      if (!isHeadlineOnly(layout)) expect(set('subcopy')?.fitted.size ?? 0, layout).toBeGreaterThanOrEqual(34);
      expect(inside(ad.product.box, { x: 0, y: 0, width, height }), layout).toBe(true);
      for (const block of ad.blocks) expect(overlaps(block.inked, ad.product.box), `${layout}: ${block.block.role} over the product`).toBe(false);
    }
  });
});
