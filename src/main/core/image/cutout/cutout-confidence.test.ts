import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { measureCutout, measureCutoutPng, trustedCutout } from './cutout-confidence';

const width = 300;
const height = 200;

function mask(inside: (x: number, y: number) => boolean, value = 255): Uint8Array {
  return Uint8Array.from({ length: width * height }, (_, i) => (inside(i % width, Math.floor(i / width)) ? value : 0));
}

const product = (x: number, y: number) => (x - 150) ** 2 / 70 ** 2 + (y - 110) ** 2 / 80 ** 2 <= 1;

describe('measureCutout', () => {
  it('trusts one solid product in the middle of the frame', () => {
    const quality = measureCutout(mask(product), width, height);
    expect(quality.fragmentation).toBe(0);
    expect(quality.borderContact).toBe(0);
    expect(quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
  });

  it('still trusts a product standing on the bottom edge', () => {
    const quality = measureCutout(
      mask((x, y) => x > 100 && x < 200 && y > 60),
      width,
      height,
    );
    expect(quality.borderContact).toBe(0);
    expect(quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
  });

  it('trusts a close product shot: one crisp piece filling most of the frame, clear of its sides', () => {
    const quality = measureCutout(
      mask((x, y) => x > 8 && x < 291 && y > 6 && y < 194 && !(x > 240 && y < 60)),
      width,
      height,
    );
    expect(quality.coverage).toBeGreaterThan(0.7);
    expect(quality.borderContact).toBe(0);
    expect(quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
  });

  it('distrusts a mask that fills the frame and runs off its sides (a room, a building)', () => {
    const quality = measureCutout(
      mask((x, y) => y > 20 || x < 40),
      width,
      height,
    );
    expect(quality.coverage).toBeGreaterThan(0.85);
    expect(quality.confidence).toBeLessThan(trustedCutout);
  });

  it('distrusts a mask in many pieces (a shelf of bottles, a dish spread)', () => {
    const quality = measureCutout(
      mask((x, y) => x % 60 < 25 && y > 60 && y < 150),
      width,
      height,
    );
    expect(quality.fragmentation).toBeGreaterThan(0.7);
    expect(quality.confidence).toBeLessThan(trustedCutout);
  });

  it('distrusts a mask the model was only half sure of', () => {
    const quality = measureCutout(mask(product, 140), width, height);
    expect(quality.uncertain).toBe(1);
    expect(quality.confidence).toBeLessThan(trustedCutout);
  });
});

describe('measureCutoutPng', () => {
  it("judges a stored cut-out's alpha as the mask itself is judged", async () => {
    const alpha = mask(product);
    const rgb = Buffer.alloc(width * height * 3, 180);
    const png = await sharp(rgb, { raw: { width, height, channels: 3 } })
      .joinChannel(Buffer.from(alpha), { raw: { width, height, channels: 1 } })
      .png()
      .toBuffer();
    const stored = await measureCutoutPng(png);
    const direct = measureCutout(alpha, width, height);
    expect(stored.coverage).toBeCloseTo(direct.coverage, 2);
    expect(stored.borderContact).toBe(0);
    expect(stored.fragmentation).toBe(0);
    expect(stored.confidence).toBeGreaterThanOrEqual(trustedCutout);
  });
});
