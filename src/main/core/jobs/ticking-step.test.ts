import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressUpdate } from './progress';
import { tickingStep } from './ticking-step';

describe('tickingStep', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('says something every second, the bar moving toward its end without reaching it, until stopped', () => {
    const reports: ProgressUpdate[] = [];
    const ticking = tickingStep({ report: (update) => void reports.push(update) }, 'finding-product', 0.35, 0.65);
    vi.advanceTimersByTime(12_000);
    ticking.stop();
    vi.advanceTimersByTime(5_000);
    expect(reports).toHaveLength(13);
    expect(reports.map((r) => r.step?.params.elapsed)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(reports.every((r) => r.step?.code === 'finding-product')).toBe(true);
    const fractions = reports.map((r) => r.fraction ?? 0);
    expect(fractions[0]).toBeCloseTo(0.35, 5);
    for (let i = 1; i < fractions.length; i += 1) expect(fractions[i]).toBeGreaterThan(fractions[i - 1] ?? 1);
    // Half the way at the half-life; short of the end at 12 s.
    expect(fractions[2]).toBeCloseTo(0.5, 5);
    expect(fractions.at(-1)).toBeLessThan(0.65);
  });
});
