import { describe, expect, it } from 'vitest';
import { decontaminateEdges } from './edge-colour';

describe('edge colour', () => {
  it('gives half-transparent edge pixels the product colour and leaves opaque pixels and alpha alone', () => {
    // A yellow product (x < 4) on a black background, a soft edge at x = 4 and 5.
    const width = 8;
    const height = 3;
    const alpha = new Uint8Array(width * height);
    const rgb = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const i = y * width + x;
        alpha[i] = x < 4 ? 255 : x === 4 ? 180 : x === 5 ? 60 : 0;
        if (x < 4) rgb.set([240, 200, 20], i * 3);
        else if (x < 6) rgb.set([70, 60, 10], i * 3);
      }
    }
    const alphaBefore = Uint8Array.from(alpha);
    const opaqueBefore = Buffer.from(rgb);
    decontaminateEdges(rgb, alpha, width, height);
    expect(alpha).toEqual(alphaBefore);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const i = (y * width + x) * 3;
        const pixel = [...rgb.subarray(i, i + 3)];
        if (x < 4) expect(pixel).toEqual([...opaqueBefore.subarray(i, i + 3)]);
        else if (x < 6) expect(pixel).toEqual([240, 200, 20]);
        else expect(pixel).toEqual([0, 0, 0]);
      }
    }
  });
});
