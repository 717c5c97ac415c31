import { describe, expect, it } from 'vitest';
import { isHeadlineOnly } from './layouts/layouts';
import { planVariants } from './variants';

describe('the layouts a set of variants takes', () => {
  it('has at most one headline-only design, never the first variant, for any seed and size', () => {
    let shown = 0;
    for (let seed = 0; seed < 200; seed += 1) {
      for (const count of [1, 2, 4, 6, 8]) {
        const layouts = planVariants({ seed, count, style: 'semi-realistic', industry: 'cafe', season: 'winter', tone: 'friendly', wish: null }).map((variant) => variant.layout);
        const headlineOnly = layouts.filter(isHeadlineOnly);
        expect(headlineOnly.length, `seed ${seed}, ${count}: ${layouts.join(', ')}`).toBeLessThanOrEqual(1);
        expect(isHeadlineOnly(layouts[0] ?? 'hero-top'), `seed ${seed}`).toBe(false);
        expect(layouts).toHaveLength(count);
        shown += headlineOnly.length;
      }
    }
    // Still one of the designs a set can show, not dropped altogether.
    expect(shown).toBeGreaterThan(100);
  });
});

describe('the headline faces a set of variants wears', () => {
  it('suit the tone: no handwriting for a premium shop ("고급스럽게"), no serif for a playful one', () => {
    const faces = (tone: 'premium' | 'playful') =>
      new Set(Array.from({ length: 100 }, (_, seed) => planVariants({ seed, count: 4, style: 'semi-realistic', industry: 'cafe', season: 'winter', tone, wish: null }).map((variant) => variant.voice)).flat());
    expect([...faces('premium')].sort()).toEqual(['sans', 'serif']);
    expect([...faces('playful')].sort()).toEqual(['hand', 'sans']);
  });
});
