import { describe, expect, it } from 'vitest';
import { containsHanja, josa } from '../korean';
import { breadBank } from './bread';
import type { CategoryBank } from './category-bank';
import { cosmeticsBank } from './cosmetics';
import { dessertBank } from './dessert';
import { drinkBank } from './drink';
import { fashionBank } from './fashion';
import { hairBank } from './hair';
import { mealBank } from './meal';
import { nailBank } from './nail';
import { skinBank } from './skin';

const banks: Record<string, CategoryBank> = {
  drink: drinkBank,
  dessert: dessertBank,
  bread: breadBank,
  meal: mealBank,
  hair: hairBank,
  nail: nailBank,
  skin: skinBank,
  cosmetics: cosmeticsBank,
  fashion: fashionBank,
};

const pairs = ['이/가', '을/를', '은/는', '으로/로', '과/와'] as const;
type Pair = (typeof pairs)[number];
const placeholder = /\{(\w+)(?::([^}]+))?\}/g;

// A five-syllable product and a four-syllable shop: the sizes the length rules are written for.
const sample: Record<string, string> = { product: '바닐라라떼', season: '여름', shop: '망원커피', region: '망원', concept: '여름 신메뉴' };

const render = (line: string): string =>
  line.replace(placeholder, (_, key: string, pair: string | undefined) => {
    const value = sample[key] ?? '';
    return pair ? josa(value, pair as Pair) : value;
  });

const length = (line: string): number => [...render(line)].length;
const keysOf = (line: string): string[] => [...line.matchAll(placeholder)].map((match) => match[1] ?? '');
const allLines = (bank: CategoryBank): string[] => [...bank.headlines, ...bank.productless, ...bank.bodiesHaeyo, ...bank.bodiesFormal, ...bank.ctas, ...bank.hashtags, bank.placeNoun];

// A particle that changes with the word before it (라떼를/빵을) must come from {key:pair}, never be written out.
const fixedParticle = /\}(이|가|을|를|은|는|과|와|으로|로|랑|이랑|이나|나)(?![가-힣])/;
// Sentence-final 요 anywhere, as in "좋아요." or "좋아요!", not the 요 inside 필요 or 중요한.
const finalYo = /요[.!?~]*(\s|$)/;
const sentenceMarks = /[.!?~]/g;

describe.each(Object.entries(banks))('%s bank', (_, bank) => {
  it('has enough lines in every field', () => {
    expect(bank.headlines.length).toBeGreaterThanOrEqual(14);
    expect(bank.productless.length).toBeGreaterThanOrEqual(6);
    expect(bank.bodiesHaeyo.length).toBeGreaterThanOrEqual(12);
    expect(bank.bodiesFormal.length).toBeGreaterThanOrEqual(12);
    expect(bank.ctas.length).toBeGreaterThanOrEqual(12);
    expect(bank.hashtags.length).toBeGreaterThanOrEqual(8);
    expect(bank.placeNoun).toMatch(/^[가-힣]{2,6}$/);
  });

  it('repeats no line within a field', () => {
    for (const field of [bank.headlines, bank.productless, bank.bodiesHaeyo, bank.bodiesFormal, bank.ctas, bank.hashtags]) {
      expect(new Set(field).size).toBe(field.length);
    }
  });

  it('uses only known placeholders and particle pairs, in the fields that allow them', () => {
    const allowed: [string[], string[]][] = [
      [bank.headlines, ['product', 'season', 'shop', 'region', 'concept']],
      [bank.productless, ['season', 'shop', 'region']],
      [bank.bodiesHaeyo, ['product', 'season']],
      [bank.bodiesFormal, ['product', 'season']],
      [[...bank.ctas, ...bank.hashtags, bank.placeNoun], []],
    ];
    for (const [lines, keys] of allowed) {
      for (const line of lines) {
        for (const match of line.matchAll(placeholder)) {
          expect(keys, line).toContain(match[1]);
          if (match[2]) expect(pairs as readonly string[], line).toContain(match[2]);
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

  it('speaks 해요체 in every haeyo body, one sentence of 12 to 30 characters', () => {
    for (const line of bank.bodiesHaeyo) {
      expect(line, line).not.toMatch(/니다|십시오/);
      expect(line, line).toMatch(/요[.!~]?$/);
      expect(line.match(sentenceMarks)?.length ?? 0, line).toBeLessThanOrEqual(1);
      expect(length(line), line).toBeGreaterThanOrEqual(12);
      expect(length(line), line).toBeLessThanOrEqual(30);
    }
  });

  it('speaks 합니다체 in every formal body, one sentence of 12 to 30 characters', () => {
    for (const line of bank.bodiesFormal) {
      expect(line, line).toMatch(/(니다|십시오)\.$/);
      expect(line, line).not.toMatch(finalYo);
      expect(line.match(sentenceMarks)?.length ?? 0, line).toBe(1);
      expect(length(line), line).toBeGreaterThanOrEqual(12);
      expect(length(line), line).toBeLessThanOrEqual(30);
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
    for (const line of allLines(bank)) {
      expect(line, line).not.toMatch(/\d|%|\+|무료|배송|발송|당일|예약 필수|증정|할인/);
      expect(containsHanja(line), line).toBe(false);
    }
  });
});
