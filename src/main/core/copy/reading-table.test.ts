import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestReading } from '../../../shared/reading';
import { readingTable, type ReadingCase } from './reading-table';
import { readRequest, type ReadingContext } from './request-reading';

const now = new Date('2026-07-10T10:00:00+09:00');

type Outcome = { case: ReadingCase; reading: RequestReading; problem?: undefined } | { case: ReadingCase; reading?: undefined; problem: string };

/** A reader that throws on one request is a miss there, not a table without figures. */
function readCase(c: ReadingCase): Outcome {
  const context: ReadingContext = { now, shop: c.shop, hasPrevious: c.hasPrevious ?? false, hasAttachments: c.hasAttachments ?? false };
  try {
    return { case: c, reading: readRequest(c.text, context) };
  } catch (error) {
    return { case: c, problem: `threw ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One expected field against what the reader said; `got` is undefined when there was no reading. */
interface Comparison {
  field: string;
  expected: string;
  got: string | undefined;
  ok: boolean;
}

type Compare = (c: ReadingCase, reading: RequestReading | undefined) => Comparison[];

const shown = (value: string | null | undefined): string => (value === null ? 'null' : value === undefined ? '—' : `"${value}"`);
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function compared(field: string, expected: string | null, got: string | null | undefined, same = (a: string | null, b: string | null) => a === b): Comparison {
  return { field, expected: shown(expected), got: got === undefined ? undefined : shown(got), ok: got !== undefined && same(expected, got) };
}

const byIntent: Compare = (c, r) => [compared('intent', c.expect.intent, r?.intent)];
const byProduct: Compare = (c, r) =>
  c.expect.product === undefined ? [] : [compared('product', c.expect.product, r?.product, (a, b) => collapse(a ?? '') === collapse(b ?? ''))];
const byCategory: Compare = (c, r) => (c.expect.category === undefined ? [] : [compared('category', c.expect.category, r?.category)]);
const byPlatform: Compare = (c, r) => [compared('platform', c.expect.platform, r?.platform)];
const bySeason: Compare = (c, r) => (c.expect.season === undefined ? [] : [compared('season', c.expect.season, r?.season)]);
const byStyle: Compare = (c, r) => {
  const style = c.expect.style;
  if (!style) return [];
  return (['imageStyle', 'backdrop', 'tone'] as const).flatMap((field) => {
    const expected = style[field];
    return expected === undefined ? [] : [compared(`style.${field}`, expected, r?.style[field])];
  });
};

interface Figure {
  rate: number;
  count: number;
  misses: string;
}

const flags = (c: ReadingCase): string => [c.shop.industry, c.hasPrevious ? 'after a result' : '', c.hasAttachments ? 'with a photo' : ''].filter(Boolean).join(', ');

function missLine(outcome: Outcome, expected: string, got: string): string {
  return `  ${JSON.stringify(outcome.case.text)} [${flags(outcome.case)}]\n      expected ${expected}\n      got      ${got}`;
}

function figure(outcomes: Outcome[], compare: Compare): Figure {
  let count = 0;
  let hits = 0;
  const misses: string[] = [];
  for (const outcome of outcomes) {
    const comparisons = compare(outcome.case, outcome.reading);
    count += comparisons.length;
    hits += comparisons.filter((comparison) => comparison.ok).length;
    const wrong = comparisons.filter((comparison) => !comparison.ok);
    if (wrong.length === 0) continue;
    const expected = wrong.map((comparison) => `${comparison.field} ${comparison.expected}`).join(', ');
    const got = outcome.problem ?? wrong.map((comparison) => `${comparison.field} ${comparison.got ?? '—'}`).join(', ');
    misses.push(missLine(outcome, expected, got));
  }
  return { rate: count === 0 ? 1 : hits / count, count, misses: `${misses.length} misses:\n${misses.join('\n')}` };
}

/** How many of `wanted` appear in `pool`, each one used at most once. */
function matched(wanted: string[], pool: string[]): number {
  const left = [...pool];
  let found = 0;
  for (const item of wanted) {
    const at = left.indexOf(item);
    if (at < 0) continue;
    left.splice(at, 1);
    found += 1;
  }
  return found;
}

/** Facts are checked over the whole table: every expected one found, no unexpected one read. */
function factFigures(outcomes: Outcome[]): { recall: number; precision: number; misses: string } {
  let expectedCount = 0;
  let readCount = 0;
  let found = 0;
  const misses: string[] = [];
  for (const outcome of outcomes) {
    const expected = outcome.case.expect.facts;
    const got = outcome.reading?.facts.map((fact) => fact.text) ?? [];
    const hits = matched(expected, got);
    expectedCount += expected.length;
    readCount += got.length;
    found += hits;
    if (outcome.problem !== undefined || hits !== expected.length || hits !== got.length) {
      misses.push(missLine(outcome, JSON.stringify(expected), outcome.problem ?? JSON.stringify(got)));
    }
  }
  return {
    recall: expectedCount === 0 ? 1 : found / expectedCount,
    precision: readCount === 0 ? 1 : found / readCount,
    misses: `${misses.length} misses:\n${misses.join('\n')}`,
  };
}

const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

describe('the reading table itself', () => {
  it('covers enough requests and kinds of shop, each asked once', () => {
    expect(readingTable.length).toBeGreaterThanOrEqual(220);
    expect(new Set(readingTable.map((c) => c.shop.name)).size).toBeGreaterThanOrEqual(8);
    const keys = readingTable.map((c) => `${c.shop.name}|${c.text}|${String(c.hasPrevious)}|${String(c.hasAttachments)}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('spells facts and products as the owner wrote them, facts in order', () => {
    const wrong = readingTable.flatMap((c) => {
      let from = 0;
      const problems: string[] = [];
      for (const fact of c.expect.facts) {
        const at = c.text.indexOf(fact, from);
        if (at < 0) problems.push(`fact "${fact}" not found in order`);
        else from = at + fact.length;
      }
      if (c.expect.product && !c.text.includes(c.expect.product)) problems.push(`product "${c.expect.product}" not in the text`);
      return problems.map((problem) => `${c.text}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it('follows the conventions of intent: edits only after a result and without a photo, products only for generation', () => {
    const wrong = readingTable.filter((c) => {
      const { intent, product, category } = c.expect;
      if (intent === 'edit') return c.hasPrevious !== true || c.hasAttachments === true || product !== undefined || category !== undefined;
      if (intent === 'consult') return product !== undefined || category !== undefined;
      return product === undefined;
    });
    expect(wrong.map((c) => c.text)).toEqual([]);
  });
});

describe('reading the table of owner requests', () => {
  let figures: Record<'intent' | 'product' | 'category' | 'platform' | 'style' | 'season', Figure>;
  let facts: ReturnType<typeof factFigures>;

  beforeAll(() => {
    const outcomes = readingTable.map(readCase);
    figures = {
      intent: figure(outcomes, byIntent),
      product: figure(outcomes, byProduct),
      category: figure(outcomes, byCategory),
      platform: figure(outcomes, byPlatform),
      style: figure(outcomes, byStyle),
      season: figure(outcomes, bySeason),
    };
    facts = factFigures(outcomes);
    console.log(
      `reading table, ${outcomes.length} requests: intent ${percent(figures.intent.rate)} · product ${percent(figures.product.rate)} · category ${percent(figures.category.rate)} · ` +
        `facts recall ${percent(facts.recall)} precision ${percent(facts.precision)} · platform ${percent(figures.platform.rate)} · style ${percent(figures.style.rate)} · season ${percent(figures.season.rate)}`,
    );
  });

  it('reads the intent of at least 97 %', () => {
    expect(figures.intent.rate, figures.intent.misses).toBeGreaterThanOrEqual(0.97);
  });

  it('reads the product exactly for at least 90 % of the requests that name one', () => {
    expect(figures.product.rate, figures.product.misses).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the category for at least 90 %', () => {
    expect(figures.category.rate, figures.category.misses).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every fact as written and invents none', () => {
    expect(facts.recall, `recall: ${facts.misses}`).toBe(1);
    expect(facts.precision, `precision: ${facts.misses}`).toBe(1);
  });

  it('reads the platform of at least 97 %', () => {
    expect(figures.platform.rate, figures.platform.misses).toBeGreaterThanOrEqual(0.97);
  });

  it('reads at least 90 % of the style words given', () => {
    expect(figures.style.rate, figures.style.misses).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the season of at least 90 % of the requests that hinge on one', () => {
    expect(figures.season.rate, figures.season.misses).toBeGreaterThanOrEqual(0.9);
  });
});
