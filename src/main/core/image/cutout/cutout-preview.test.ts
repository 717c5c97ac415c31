import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cutoutPreview } from './cutout-preview';
import type { SmallMask } from './segment-image';

/** A grey photo with a red bottle-shaped product standing in its left half, and the model's mask of it. */
function bottlePhoto(confidence: number): SmallMask {
  const width = 480;
  const height = 360;
  const rgb = Buffer.alloc(width * height * 3, 90);
  const mask = new Uint8Array(width * height);
  for (let y = 80; y < 320; y += 1) {
    for (let x = 100; x < 180; x += 1) {
      const i = y * width + x;
      mask[i] = 255;
      rgb.set([200, 30, 30], i * 3);
    }
  }
  return { rgb, mask, width, height, quality: { confidence, uncertain: 0.01, fragmentation: 0, borderContact: 0, coverage: 0.11 } };
}

const pixel = async (jpeg: Buffer, x: number, y: number): Promise<number[]> => {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const i = (Math.round(y) * info.width + Math.round(x)) * info.channels;
  return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
};
const near = (actual: number[], expected: number[], tolerance = 18): boolean => actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= tolerance);

describe('the first preview of a fresh cut-out', () => {
  it('stands the product alone, centred, on a plain floor in the platform shape', async () => {
    const jpeg = await cutoutPreview(bottlePhoto(0.9), '4:5');
    const { width, height, format } = await sharp(jpeg).metadata();
    expect([format, width, height]).toEqual(['jpeg', 540, 675]);
    // The photo's grey background is gone: the wall and the floor are the preview's own.
    expect(near(await pixel(jpeg, 20, 20), [0xef, 0xeb, 0xe6])).toBe(true);
    expect(near(await pixel(jpeg, 20, height - 10), [0xef, 0xeb, 0xe6], 24)).toBe(true);
    // The product, moved from the photo's left half to the middle, its foot on the floor line (76 %).
    expect(near(await pixel(jpeg, width / 2, height * 0.5), [200, 30, 30], 30)).toBe(true);
    expect(near(await pixel(jpeg, width / 2, height * 0.74), [200, 30, 30], 30)).toBe(true);
    expect(near(await pixel(jpeg, width / 2, height * 0.1), [200, 30, 30], 30)).toBe(false);
    // A soft shadow just below its foot, darker than the floor beside it.
    const shadow = await pixel(jpeg, width / 2, height * 0.77);
    const floor = await pixel(jpeg, 20, height * 0.77);
    expect(shadow.reduce((a, b) => a + b, 0)).toBeLessThan(floor.reduce((a, b) => a + b, 0) - 30);
  });

  it('keeps the photo whole when the model is unsure of its cut-out, as the ads will', async () => {
    const jpeg = await cutoutPreview(bottlePhoto(0.2), '1:1');
    const { width, height } = await sharp(jpeg).metadata();
    expect([width, height]).toEqual([540, 540]);
    expect(near(await pixel(jpeg, 530, 20), [90, 90, 90])).toBe(true);
  });
});
