import { join } from 'node:path';
import sharp from 'sharp';

/** ../shared/fixtures beside the project: real photos, never copied into the repository. */
export const fixturesDir = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures');
export const fixturePhoto = (name: string): string => join(fixturesDir, 'photos', name);

/** A small PNG of random noise: unique content every call, so each is a new media row. */
export async function noisePng(width = 64, height = 48): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.floor(Math.random() * 256);
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}
