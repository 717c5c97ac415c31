import { describe, expect, it } from 'vitest';
import { fromHalf, toHalf } from './half-float';

describe('half floats', () => {
  it('encodes the IEEE 754 binary16 values exactly', () => {
    // Bit patterns from the IEEE 754 half-precision table (1, −2, 65504, the smallest normal and subnormal).
    expect([1, -2, 65504, 2 ** -14, 2 ** -24, 0, 0.5].map(toHalf)).toEqual([0x3c00, 0xc000, 0x7bff, 0x0400, 0x0001, 0, 0x3800]);
    expect(toHalf(1e6)).toBe(0x7c00);
    expect(Number.isNaN(fromHalf(toHalf(Number.NaN)))).toBe(true);
  });

  it('round-trips within half precision', () => {
    for (const v of [0.1, -3.14159, 14.614641, 0.18215, 1234.5]) expect(Math.abs(fromHalf(toHalf(v)) - v) / Math.abs(v)).toBeLessThan(2 ** -11);
  });
});
