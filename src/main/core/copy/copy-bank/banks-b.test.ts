import { describe, expect, it } from 'vitest';
import { containsHanja, josa } from '../korean';
import type { CategoryBank } from './category-bank';
import { classBank } from './class';
import { electronicsBank } from './electronics';
import { flowersBank } from './flowers';
import { foodGiftBank } from './food-gift';
import { generalBank } from './general';
import { livingBank } from './living';
import { petBank } from './pet';
import { stayBank } from './stay';
import { toysBank } from './toys';

type Pair = Parameters<typeof josa>[1];

// A five-syllable product per bank: the length the Instagram story limit is checked against.
const banks: [string, CategoryBank, string][] = [
  ['living', livingBank, '라탄바구니'],
  ['flowers', flowersBank, '튤립꽃다발'],
  ['food-gift', foodGiftBank, '과일바구니'],
  ['electronics', electronicsBank, '무선이어폰'],
  ['stay', stayBank, '오션뷰객실'],
  ['toys', toysBank, '공룡피규어'],
  ['pet', petBank, '강아지간식'],
  ['class', classBank, '드로잉수업'],
  ['general', generalBank, '여름신상품'],
];

const pairs = ['이/가', '을/를', '은/는', '으로/로', '과/와'];
const placeholder = /\{(\w+)(?::([^}]+))?\}/g;
const charCount = (text: string): number => [...text].length;

function render(line: string, product: string): string {
  const values: Record<string, string> = { product, season: '여름', shop: '온새미로', region: '망원동', concept: '신상' };
  return line
    .replace(/\{(\w+):([^}]+)\}/g, (_, key: string, pair: string) => josa(values[key] ?? '', pair as Pair))
    .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

const keysOf = (line: string): string[] => [...line.matchAll(placeholder)].map((m) => m[1] ?? '');
const countWith = (lines: string[], key: string): number => lines.filter((l) => keysOf(l).includes(key)).length;

describe.each(banks)('%s bank', (_name, bank, product) => {
  const all = [...bank.headlines, ...bank.productless, ...bank.bodiesHaeyo, ...bank.bodiesFormal, ...bank.ctas];

  it('has enough lines in every field and no repeats', () => {
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

  it('uses only the known placeholders and particle pairs, never a fixed particle after one', () => {
    for (const line of all) {
      for (const [, key, pair] of line.matchAll(placeholder)) {
        expect(['product', 'season', 'shop', 'region', 'concept'], line).toContain(key);
        if (pair !== undefined) expect(pairs, line).toContain(pair);
      }
      // 의, 에, 에서 and 엔 never change with the word; the pairs that do must go through {key:pair}.
      expect(line).not.toMatch(/\}[이가을를은는과와으로랑라나야아예]/);
      expect(line.replace(placeholder, '')).not.toMatch(/[{}]/);
    }
  });

  it('keeps headlines product-led, tone-neutral and short', () => {
    for (const line of bank.headlines) {
      expect(keysOf(line), line).toContain('product');
      expect(line).not.toMatch(/(요|니다)[.!?~]*$/);
    }
    expect(countWith(bank.headlines, 'concept')).toBeLessThanOrEqual(2);
    expect(countWith(bank.headlines, 'region')).toBeLessThanOrEqual(1);
    expect(countWith(bank.headlines, 'season')).toBeLessThanOrEqual(1);
    expect(countWith(bank.headlines, 'shop')).toBeLessThanOrEqual(1);
    const lengths = bank.headlines.map((l) => charCount(render(l, product)));
    expect(lengths.filter((n) => n <= 14).length).toBeGreaterThanOrEqual(8);
    // Lines that carry the owner's own words (shop, region, concept) may run long with long names.
    for (const line of bank.headlines.filter((l) => !/\{(shop|region|concept)/.test(l))) {
      expect(charCount(render(line, product)), line).toBeLessThanOrEqual(16);
    }
  });

  it('keeps productless headlines free of the product and of sentence endings', () => {
    for (const line of bank.productless) {
      expect(keysOf(line), line).not.toContain('product');
      expect(line).not.toMatch(/(요|니다)[.!?~]*$/);
    }
  });

  it('speaks 해요체 in bodiesHaeyo and 합니다체 in bodiesFormal, one sentence of 12–30 characters each', () => {
    for (const line of [...bank.bodiesHaeyo, ...bank.bodiesFormal]) {
      expect(keysOf(line).every((k) => k === 'product' || k === 'season'), line).toBe(true);
      const length = charCount(render(line, product));
      expect(length, line).toBeGreaterThanOrEqual(12);
      expect(length, line).toBeLessThanOrEqual(30);
      expect(line.slice(0, -1), line).not.toMatch(/[.!?~]\s/);
      expect(line).not.toMatch(/무료|배송|당일|필수|할인|증정|선착순|최저가/);
    }
    for (const line of bank.bodiesHaeyo) {
      expect(line).not.toMatch(/니다/);
      expect(line).toMatch(/요[.!?~]?$/);
    }
    for (const line of bank.bodiesFormal) {
      expect(line).toMatch(/(니다|십시오)\.$/);
      expect(line).not.toMatch(/요[.!?~]*(\s|$)/);
    }
  });

  it('keeps calls to action short and neutral', () => {
    for (const cta of bank.ctas) {
      expect(charCount(cta), cta).toBeLessThanOrEqual(10);
      expect(cta).not.toMatch(/(요|니다)[.!?~]*$/);
    }
  });

  it('has clean hashtag nouns', () => {
    for (const tag of bank.hashtags) expect(tag).toMatch(/^[가-힣A-Za-z]{2,10}$/);
  });

  it('carries no digits and no Hanja', () => {
    for (const line of [...all, ...bank.hashtags, bank.placeNoun]) {
      expect(line).not.toMatch(/\d/);
      expect(containsHanja(line), line).toBe(false);
    }
  });
});
