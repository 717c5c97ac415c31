import { describe, expect, it } from 'vitest';
import { refineEdges, salientObject } from './mask-refine';

const size = 200;

/** A probability map painted by a function of (x, y). */
function paint(value: (x: number, y: number) => number): Uint8Array {
  const map = new Uint8Array(size * size);
  for (let y = 0; y < size; y += 1) for (let x = 0; x < size; x += 1) map[y * size + x] = value(x, y);
  return map;
}

const inDisc = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const at = (mask: Uint8Array, x: number, y: number) => mask[y * size + x] ?? 0;

describe('salientObject', () => {
  it('drops a table ghost beside the product: a half-sure smear, even one with a few sure pixels', () => {
    const map = paint((x, y) => {
      if (inDisc(x, y, 80, 100, 50)) return 250;
      if (inDisc(x, y, 165, 100, 20)) return x === 165 && y === 100 ? 230 : 120;
      if (inDisc(x, y, 165, 30, 6)) return 110;
      return 5;
    });
    const object = salientObject(map, size, size);
    expect(at(object, 80, 100)).toBe(1);
    expect(at(object, 165, 100)).toBe(0);
    expect(at(object, 160, 100)).toBe(0);
    expect(at(object, 165, 30)).toBe(0);
  });

  it('keeps a second product of the same certainty (two cans side by side)', () => {
    const map = paint((x, y) => (inDisc(x, y, 55, 100, 40) || inDisc(x, y, 150, 100, 35) ? 250 : 5));
    const object = salientObject(map, size, size);
    expect(at(object, 55, 100)).toBe(1);
    expect(at(object, 150, 100)).toBe(1);
  });

  it('fills a pinhole inside the product but keeps a handle and the opening it encloses', () => {
    const map = paint((x, y) => {
      if (x >= 40 && x < 120 && y >= 40 && y < 160) return (x - 80) ** 2 + (y - 100) ** 2 <= 4 ? 10 : 250;
      const ring = Math.hypot(x - 120, y - 100);
      if (x >= 120 && ring >= 27 && ring <= 30) return 240;
      return 5;
    });
    const object = salientObject(map, size, size);
    expect(at(object, 80, 100)).toBe(1);
    expect(at(object, 148, 100)).toBe(1);
    expect(at(object, 130, 100)).toBe(0);
  });
});

describe('refineEdges', () => {
  it("grows an edge the model drew too tight out to the photo's own edge, and no further", () => {
    // A strip as wide as the model's mask, so the filter works at its real radius.
    const width = 960;
    const height = 40;
    const photoEdge = 480;
    const row = (value: (x: number) => number) => Float32Array.from({ length: width * height }, (_, i) => value(i % width));
    const luminance = row((x) => (x < photoEdge ? 0.9 : 0.1));
    // The model's edge is soft and three pixels short of the product's.
    const probabilities = Uint8Array.from(row((x) => Math.round(255 / (1 + Math.exp((x - photoEdge + 3) / 2)))));
    const object = Uint8Array.from(row((x) => ((probabilities[x] ?? 0) >= 66 ? 1 : 0)));
    const alpha = refineEdges({ probabilities, luminance, width, height }, object);
    const across = (x: number) => alpha[20 * width + x] ?? 0;
    expect(across(100)).toBe(255);
    // The model alone leaves the product's last pixel about half transparent (134).
    expect(across(photoEdge - 1)).toBeGreaterThan(170);
    expect(across(photoEdge)).toBeLessThan(100);
    expect(across(900)).toBe(0);
  });
});
