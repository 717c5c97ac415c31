import { describe, expect, it } from 'vitest';
import { productCategories, type ProductCategory } from '../../../../shared/reading';
import { containsHanja, isParticlePair, josa } from '../korean';
import { bankFor } from './banks';
import { placeholder } from './category-bank';

// A five-syllable product per bank, each ending in a consonant other than ㄹ so that {product:으로/로}
// takes its longer form: the worst case of the size the length rules are written for.
const products: Record<ProductCategory | 'general', string> = {
  drink: '수제자몽청',
  dessert: '딸기생크림',
  bread: '단팥크림빵',
  meal: '김치볶음밥',
  hair: '레이어드컷',
  nail: '젤네일연장',
  skin: '아쿠아필링',
  cosmetics: '비타민세럼',
  fashion: '니트가디건',
  living: '원목수납장',
  flowers: '호접란화분',
  'food-gift': '샤인머스캣',
  electronics: '무선이어폰',
  stay: '오션뷰펜션',
  toys: '곰돌이인형',
  pet: '강아지간식',
  class: '드로잉수업',
  general: '여름신상품',
};

// The owner's own words at the longest size the headline limit still has to hold for.
const ownerWords: Record<string, string> = { season: '여름', shop: '온새미로', region: '망원동', concept: '여름 신상품' };

const pairs = ['이/가', '을/를', '은/는', '으로/로', '과/와'];

// A particle that changes with the word before it (라떼를/빵을, 라떼야/빵아) must come from {key:pair};
// 의, 에, 에서 and 엔 never change, so they may be written out.
const fixedParticle = /\}[이가을를은는과와으로랑라나야아예]/;
// Sentence-final 요 anywhere, as in "좋아요." or "좋아요!", not the 요 inside 필요 or 중요한.
const finalYo = /요[.!?~]*(\s|$)/;
const sentenceMark = /[.!?~]/;
const promise = /\d|%|\+|무료|배송|발송|당일|필수|할인|증정|선착순|최저가/;

const cases = [...productCategories, null].map((category) => ({ ...bankFor(category), product: products[category ?? 'general'] }));

it('gives every category and a request of unknown kind a bank of its own', () => {
  expect(bankFor(null).id).toBe('general');
  expect(new Set(cases.map(({ bank }) => bank)).size).toBe(cases.length);
});

describe.each(cases)('$id bank', ({ bank, product }) => {
  const render = (line: string): string =>
    line.replace(placeholder, (_, key: string, pair: string | undefined) => {
      const value = key === 'product' ? product : (ownerWords[key] ?? '');
      return pair !== undefined && isParticlePair(pair) ? josa(value, pair) : value;
    });
  const length = (line: string): number => [...render(line)].length;
  const keysOf = (line: string): string[] => [...line.matchAll(placeholder)].map((match) => match[1] ?? '');

  it('has enough lines in every field and no repeats within one', () => {
    expect(bank.headlines.length).toBeGreaterThanOrEqual(14);
    expect(bank.productless.length).toBeGreaterThanOrEqual(6);
    expect(bank.bodiesHaeyo.length).toBeGreaterThanOrEqual(12);
    expect(bank.bodiesFormal.length).toBeGreaterThanOrEqual(12);
    expect(bank.ctas.length).toBeGreaterThanOrEqual(12);
    expect(bank.hashtags.length).toBeGreaterThanOrEqual(8);
    expect(bank.placeNoun).toMatch(/^[가-힣]{2,6}$/);
    for (const field of [bank.headlines, bank.productless, bank.bodiesHaeyo, bank.bodiesFormal, bank.ctas, bank.hashtags]) {
      expect(new Set(field).size).toBe(field.length);
    }
  });

  it('uses only known placeholders and particle pairs, in the fields that allow them, never a fixed particle after one', () => {
    const allowed: [string[], string[]][] = [
      [bank.headlines, ['product', 'season', 'shop', 'region', 'concept']],
      [bank.productless, ['season', 'shop', 'region']],
      [bank.bodiesHaeyo, ['product', 'season']],
      [bank.bodiesFormal, ['product', 'season']],
      [[...bank.ctas, ...bank.hashtags, bank.placeNoun], []],
    ];
    for (const [lines, keys] of allowed) {
      for (const line of lines) {
        for (const [, key, pair] of line.matchAll(placeholder)) {
          expect(keys, line).toContain(key);
          if (pair !== undefined) expect(pairs, line).toContain(pair);
        }
        expect(line.replace(placeholder, ''), line).not.toMatch(/[{}]/);
        expect(line, line).not.toMatch(fixedParticle);
      }
    }
  });

  it('names the product in every headline and keeps the optional slots rare', () => {
    for (const line of bank.headlines) expect(keysOf(line), line).toContain('product');
    const count = (key: string): number => bank.headlines.filter((line) => keysOf(line).includes(key)).length;
    expect(count('concept')).toBeLessThanOrEqual(2);
    expect(count('region')).toBeLessThanOrEqual(1);
    expect(count('season')).toBeLessThanOrEqual(1);
    expect(count('shop')).toBeLessThanOrEqual(1);
  });

  it('keeps headlines short enough for a story and free of a speech-level ending', () => {
    for (const line of [...bank.headlines, ...bank.productless]) {
      expect(length(line), render(line)).toBeLessThanOrEqual(16);
      expect(line, line).not.toMatch(/(요|니다|니까)[.!?~]*$/);
    }
    expect(bank.headlines.filter((line) => length(line) <= 14).length).toBeGreaterThanOrEqual(8);
  });

  it('speaks 해요체 in every haeyo body and 합니다체 in every formal body, one sentence of 12 to 30 characters each', () => {
    for (const line of [...bank.bodiesHaeyo, ...bank.bodiesFormal]) {
      // Only the last character may close a sentence: a mark anywhere before it starts a second one.
      expect(line.slice(0, -1), line).not.toMatch(sentenceMark);
      expect(length(line), render(line)).toBeGreaterThanOrEqual(12);
      expect(length(line), render(line)).toBeLessThanOrEqual(30);
    }
    for (const line of bank.bodiesHaeyo) {
      expect(line, line).not.toMatch(/니다|십시오/);
      expect(line, line).toMatch(/요[.!~]?$/);
    }
    for (const line of bank.bodiesFormal) {
      expect(line, line).toMatch(/(니다|십시오)\.$/);
      expect(line, line).not.toMatch(finalYo);
    }
  });

  it('keeps calls to action short and neutral', () => {
    for (const cta of bank.ctas) {
      expect([...cta].length, cta).toBeLessThanOrEqual(10);
      expect(cta, cta).not.toMatch(/(요|니다|십시오)[.!?~]*$/);
    }
  });

  it('keeps hashtags clean nouns', () => {
    for (const tag of bank.hashtags) expect(tag).toMatch(/^[가-힣A-Za-z]{2,10}$/);
  });

  it('carries no digits, prices, concrete promises or Hanja', () => {
    for (const line of [...bank.headlines, ...bank.productless, ...bank.bodiesHaeyo, ...bank.bodiesFormal, ...bank.ctas, ...bank.hashtags, bank.placeNoun]) {
      expect(line, line).not.toMatch(promise);
      expect(containsHanja(line), line).toBe(false);
    }
  });
});
