import { describe, expect, it } from 'vitest';
import { drinkBank } from '../../copy/copy-bank/drink';
import { dessertBank } from '../../copy/copy-bank/dessert';
import { foodGiftBank } from '../../copy/copy-bank/food-gift';
import { toysBank } from '../../copy/copy-bank/toys';
import type { CategoryBank } from '../../copy/copy-bank/category-bank';
import { findOfferFacts } from '../../copy/offer-facts';
import { render } from '../../copy/template-copywriter';
import { loadFace, measure } from './fonts';
import { breakAfter, breakCost, phraseUnits } from './phrase-breaks';
import { fitText, settable, type FitOptions } from './text-fit';

const headlineFace = loadFace('Pretendard', 800);
const bodyFace = loadFace('Pretendard', 400);

describe('phrase units', () => {
  it('treats a written fact as one unit', () => {
    expect(phraseUnits('케이크 사전예약 12월 20일까지 오후 3시~5시 픽업 10% 할인')).toEqual(['케이크', '사전예약', '12월 20일까지', '오후 3시~5시', '픽업', '10% 할인']);
  });

  it("keeps the product's name together, with the particle it wears", () => {
    expect(phraseUnits('딸기 생크림 케이크가 왔어요', ['딸기 생크림 케이크'])).toEqual(['딸기 생크림 케이크가', '왔어요']);
  });

  it('joins a particle or a mark standing alone to the word before it', () => {
    expect(phraseUnits('라떼 가 좋아요 !')).toEqual(['라떼 가', '좋아요 !']);
  });

  it('prefers breaking after an ending or a particle to breaking after a modifier or inside a noun phrase', () => {
    expect(breakAfter('좋아요,')).toBe(breakCost.clause);
    expect(breakAfter('마시고')).toBe(breakCost.connective);
    expect(breakAfter('라떼가')).toBe(breakCost.particle);
    expect(breakAfter('달콤한')).toBe(breakCost.modifier);
    expect(breakAfter('바닐라')).toBe(breakCost.noun);
    expect(breakAfter('한')).toBe(breakCost.clitic);
    expect(breakAfter('먹고', '싶은')).toBe(breakCost.noun);
  });

  it("takes the edge of a whole phrase (the product's name, a fact) as a phrase boundary", () => {
    expect(breakAfter('딸기 생크림 케이크', '12월 20일까지')).toBe(breakCost.particle);
    expect(breakAfter('겨울', '딸기 생크림 케이크')).toBe(breakCost.particle);
  });
});

describe('fitting keeps facts whole', () => {
  it('never ends a line between "12월" and "20일까지"', () => {
    const text = '크리스마스 케이크 사전예약 12월 20일까지';
    // Wide enough for everything up to "12월" and no further: word-by-word filling breaks inside the date here.
    const width = measure(headlineFace, '크리스마스 케이크 사전예약 12월', 40) + 1;
    const fitted = fitText(headlineFace, text, { width, height: 400 }, { maxSize: 40, minSize: 40, maxLines: 3, leading: 1.2 });
    expect(fitted.lines.some((line) => line.includes('12월 20일까지'))).toBe(true);
    expect(fitted.lines.some((line) => line.endsWith('12월'))).toBe(false);
  });

  it('shrinks the type rather than split a price across lines', () => {
    const width = measure(headlineFace, '8,000', 80);
    const fitted = fitText(headlineFace, '아메리카노 8,000원', { width, height: 400 }, { maxSize: 80, minSize: 20, maxLines: 4, leading: 1.2 });
    expect(fitted.lines).toContain('8,000원');
    expect(fitted.size).toBeLessThan(80);
  });
});

describe('breaking headlines by phrase', () => {
  const headline: FitOptions = { maxSize: 96, minSize: 40, maxLines: 3, leading: 1.15 };
  const fit = (text: string, width: number, keep: string[] = []) => fitText(headlineFace, text, { width, height: 400 }, headline, keep).lines;

  it('sets the issue\'s broken headlines by phrase', () => {
    expect(fit('바닐라 라떼 등장', 380, ['바닐라 라떼'])).toEqual(['바닐라 라떼', '등장']);
    expect(fit('귀여운 오리 인형 입고 소식', 600, ['오리 인형'])).toEqual(['귀여운 오리 인형', '입고 소식']);
    expect(fit('바닐라빈 라떼가 생각나는 날', 600, ['바닐라빈 라떼'])).toEqual(['바닐라빈 라떼가', '생각나는 날']);
  });

  it('breaks at the comma rather than after a modifier', () => {
    expect(fit('오늘의 한 잔, 바닐라빈 라떼', 560, ['바닐라빈 라떼'])).toEqual(['오늘의 한 잔,', '바닐라빈 라떼']);
  });

  it('takes a slightly smaller size over an extra line', () => {
    expect(fit('한 모금에 반하는 바닐라빈 라떼', 600, ['바닐라빈 라떼'])).toEqual(['한 모금에 반하는', '바닐라빈 라떼']);
  });
});

// What the built-in copywriter writes for real products: every headline and body of their
// categories, and offer lines as subcopyWithOffer leads with them.
const products: { product: string; bank: CategoryBank; offer: string }[] = [
  { product: '바닐라빈 라떼', bank: drinkBank, offer: '4,500원 · 10% 할인' },
  { product: '오리 인형', bank: toysBank, offer: '1+1 · 12월 20일까지' },
  { product: '딸기 생크림 케이크', bank: dessertBank, offer: '12월 20일까지 사전예약 · 1만 5천원' },
  { product: '수제 딸기잼 8,000원', bank: foodGiftBank, offer: '오후 3시~5시 픽업' },
];
const values = (product: string) => ({ product, season: '겨울', shop: '달빛상점', region: '연남동', concept: '겨울 신메뉴' });

interface Case {
  text: string;
  keep: string[];
  face: ReturnType<typeof loadFace>;
  options: FitOptions;
  widths: number[];
}

const cases: Case[] = products.flatMap(({ product, bank, offer }) => {
  const keep = [product];
  const headlineOptions: FitOptions = { maxSize: 96, minSize: 40, maxLines: 3, leading: 1.15 };
  const bodyOptions: FitOptions = { maxSize: 40, minSize: 24, maxLines: 3, leading: 1.4 };
  const headlines = bank.headlines.map((template) => render(template, values(product)));
  const bodies = [...bank.bodiesHaeyo, ...bank.bodiesFormal].map((template) => render(template, values(product)));
  return [
    ...headlines.map((text) => ({ text, keep, face: headlineFace, options: headlineOptions, widths: [420, 640, 900] })),
    ...bodies.flatMap((text) => [text, `${offer}. ${text}`]).map((text) => ({ text, keep, face: bodyFace, options: bodyOptions, widths: [342, 600, 900] })),
  ];
});

const particleStart = /^(?:은|는|이|가|을|를|에|에서|의|로|으로|와|과|도|만|까지|요)(?:\s|$)/;

/** Why a set of lines breaks illegally, or undefined when every break is legal. */
function illegalBreak(text: string, keep: string[], lines: string[]): string | undefined {
  if (lines.join(' ') !== text) return 'the lines are not the text broken at spaces';
  const whole = [...keep.filter((phrase) => text.includes(phrase)), ...findOfferFacts(text).map((fact) => fact.text)];
  const split = whole.find((phrase) => !lines.some((line) => line.includes(phrase)));
  if (split) return `"${split}" is split`;
  if (lines.slice(1).some((line) => particleStart.test(line) || /^[,.!?~·)]/.test(line))) return 'a line starts with a particle or a mark';
  if (lines.length > 1 && lines.some((line) => [...line.replace(/\s/g, '')].length <= 1)) return 'a line of one character';
  return undefined;
}

describe('the copy bank set at several widths', () => {
  it('breaks every line legally: never inside a word, a fact or the product, no particle first, no orphan', () => {
    let checked = 0;
    for (const { text, keep, face, options, widths } of cases) {
      for (const width of widths) {
        const fitted = fitText(face, text, { width, height: options.maxSize * options.leading * options.maxLines }, options, keep);
        // The ellipsis is the last resort of a text too long for the box: nothing to break legally.
        if (fitted.lines.at(-1)?.endsWith('…')) continue;
        expect(illegalBreak(settable(face, text), keep, fitted.lines), `${width}px: ${fitted.lines.join(' / ')}`).toBeUndefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(cases.length * 2.5);
  });

  it('balances two-line headlines: the short line at least 40 % of the long one', () => {
    for (const { text, keep, face, options, widths } of cases.filter((c) => c.face === headlineFace)) {
      for (const width of widths) {
        const fitted = fitText(face, text, { width, height: 400 }, options, keep);
        if (fitted.lines.length !== 2) continue;
        const lengths = fitted.lines.map((line) => measure(face, line, fitted.size));
        expect(Math.min(...lengths) / Math.max(...lengths), `${width}px: ${fitted.lines.join(' / ')}`).toBeGreaterThanOrEqual(0.4);
      }
    }
  });
});

