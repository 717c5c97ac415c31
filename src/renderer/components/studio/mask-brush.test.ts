import { describe, expect, it } from 'vitest';
import { dab, keepConnected, stroke, type Mask } from './mask-brush';

const maskOf = (width: number, height: number, level: (x: number, y: number) => number): Mask => {
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) alpha[y * width + x] = level(x, y);
  return { width, height, alpha };
};
const at = (mask: Mask, x: number, y: number): number => mask.alpha[y * mask.width + x] ?? -1;
const disc = (cx: number, cy: number, r: number) => (x: number, y: number) => (Math.hypot(x - cx, y - cy) <= r ? 255 : 0);

describe('touch-up brush', () => {
  it('erases a round dab to nothing and leaves the rest of the product alone', () => {
    const mask = maskOf(40, 40, () => 255);
    const dirty = dab(mask, 20, 20, 6, 'erase');
    expect(at(mask, 20, 20)).toBe(0);
    expect(at(mask, 23, 20)).toBe(0);
    expect(at(mask, 30, 20)).toBe(255);
    expect(at(mask, 20, 4)).toBe(255);
    // The rim fades: somewhere between the cleared middle and the untouched outside.
    expect(at(mask, 26, 20)).toBeGreaterThan(0);
    expect(at(mask, 26, 20)).toBeLessThan(255);
    expect(dirty && dirty.x <= 13 && dirty.x + dirty.width >= 27).toBe(true);
  });

  it('restores where the model dropped a piece, without lowering what is kept', () => {
    const mask = maskOf(40, 40, (x) => (x < 20 ? 255 : 0));
    dab(mask, 22, 20, 5, 'restore');
    expect(at(mask, 22, 20)).toBe(255);
    expect(at(mask, 10, 20)).toBe(255);
    expect(at(mask, 35, 20)).toBe(0);
  });

  it('draws an unbroken line between two pointer positions far apart', () => {
    const mask = maskOf(100, 20, () => 255);
    stroke(mask, { x: 5, y: 10 }, { x: 95, y: 10 }, 3, 'erase');
    const gaps = Array.from({ length: 91 }, (_, i) => 5 + i).filter((x) => at(mask, x, 10) !== 0);
    expect(gaps).toEqual([]);
    expect(at(mask, 50, 2)).toBe(255);
  });

  it('keeps only the object clicked, with everything joined to it', () => {
    // A cup, its handle joined by a thin bridge, and a saucer smear apart from both.
    const cup = disc(20, 20, 8);
    const handle = disc(36, 20, 4);
    const smear = disc(20, 48, 6);
    const mask = maskOf(60, 60, (x, y) => Math.max(cup(x, y), handle(x, y), smear(x, y), y === 20 && x > 27 && x < 33 ? 200 : 0));
    expect(keepConnected(mask, 20, 20)).toBe(true);
    expect(at(mask, 20, 20)).toBe(255);
    expect(at(mask, 36, 20)).toBe(255);
    expect(at(mask, 30, 20)).toBe(200);
    expect(at(mask, 20, 48)).toBe(0);
    expect(mask.alpha.filter((a) => a > 0).length).toBe(maskOf(60, 60, (x, y) => Math.max(cup(x, y), handle(x, y), y === 20 && x > 27 && x < 33 ? 200 : 0)).alpha.filter((a) => a > 0).length);
  });

  it('changes nothing when the click lands outside every object', () => {
    const mask = maskOf(30, 30, disc(15, 15, 5));
    const before = Uint8Array.from(mask.alpha);
    expect(keepConnected(mask, 2, 2)).toBe(false);
    expect(keepConnected(mask, -1, 40)).toBe(false);
    expect(mask.alpha).toEqual(before);
  });
});
