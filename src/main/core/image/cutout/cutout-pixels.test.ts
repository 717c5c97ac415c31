import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cutoutAlpha, cutoutPixels, rawCutoutPixels } from './cutout-pixels';

// A 300×200 cut-out whose product (a 60×80 block) stands at (170, 90): what every render reads.
const width = 300;
const height = 200;
const rgba = Buffer.alloc(width * height * 4);
for (let y = 90; y < 170; y += 1) {
  for (let x = 170; x < 230; x += 1) rgba.set([200, 40 + (y - 90), 30, y < 100 ? 128 : 255], (y * width + x) * 4);
}

describe('cut-out pixels', () => {
  it('keeps only the visible part, where it stood, in shared memory', async () => {
    for (const cutout of [await rawCutoutPixels(rgba, width, height), await cutoutPixels(await sharp(rgba, { raw: { width, height, channels: 4 } }).png().toBuffer())]) {
      expect(cutout).toMatchObject({ width: 60, height: 80, left: 170, top: 90, fullWidth: width, fullHeight: height });
      expect(cutout.rgba.buffer).toBeInstanceOf(SharedArrayBuffer);
      // The first visible pixel is the product's top-left one, half transparent as drawn.
      expect([...cutout.rgba.subarray(0, 4)]).toEqual([200, 40, 30, 128]);
    }
  });

  it('gives back the whole alpha at any size, as the stored cut-out has it', async () => {
    const cutout = await rawCutoutPixels(rgba, width, height);
    const whole = await cutoutAlpha(cutout, width, height);
    const expected = Buffer.alloc(width * height);
    for (let i = 0; i < expected.length; i += 1) expected[i] = rgba[i * 4 + 3] ?? 0;
    expect(whole.equals(expected)).toBe(true);
    const small = await cutoutAlpha(cutout, 30, 20);
    const reference = await sharp(expected, { raw: { width, height, channels: 1 } }).resize(30, 20, { fit: 'fill' }).extractChannel(0).raw().toBuffer();
    expect(small.equals(reference)).toBe(true);
  });
});
