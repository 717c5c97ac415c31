import { describe, expect, it } from 'vitest';
import { gaussianSource } from './gaussian';

describe('seeded gaussian noise', () => {
  it('is standard normal: mean 0, variance 1, the right share within 1σ and 3σ, and normal tails', () => {
    const samples = gaussianSource(123)(400_000);
    const n = samples.length;
    const mean = samples.reduce((a, b) => a + b, 0) / n;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    const kurtosis = samples.reduce((a, b) => a + (b - mean) ** 4, 0) / n / variance ** 2;
    const within = (k: number) => samples.filter((x) => Math.abs(x) < k).length / n;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(variance).toBeCloseTo(1, 1);
    expect(kurtosis).toBeCloseTo(3, 1);
    expect(within(1)).toBeCloseTo(0.6827, 2);
    expect(within(3)).toBeCloseTo(0.9973, 3);
    expect(samples.some((x) => Math.abs(x) > 3.5)).toBe(true);
  });

  it('gives the same noise for the same seed, other noise for another', () => {
    expect(gaussianSource(7)(1000)).toEqual(gaussianSource(7)(1000));
    expect(gaussianSource(7)(1000)).not.toEqual(gaussianSource(8)(1000));
  });
});
