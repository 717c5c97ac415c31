import sharp from 'sharp';
import type { CutoutQuality } from '../../../../shared/ad-design';
import { segmentationSize } from '../../../inference/protocol';
import { components } from './mask-components';
import { letterboxBorder } from './segment-image';

/**
 * Below this confidence a photo is treated as a scene (a building, a room, a shelf, a dish
 * spread) or as a cut-out gone wrong: it gets photo layouts, never a composite.
 */
export const trustedCutout = 0.5;

export const isTrustedCutout = (quality: CutoutQuality): boolean => quality.confidence >= trustedCutout;

/** Alpha between these is neither clearly product nor clearly background. */
const clearlyOut = 26;
const clearlyIn = 229;

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));
/** 1 at or below `good`, 0 at or beyond `bad`, linear between (either order). */
const ramp = (value: number, good: number, bad: number): number => clamp01((bad - value) / (bad - good));

/**
 * The four signs read off a mask, and the verdict: a product shot gives one solid piece of
 * moderate size with a crisp edge, clear of most of the frame's border; a scene gives a mask
 * that fills the frame, runs off its sides, breaks into pieces or stays half-certain.
 */
export function measureCutout(alpha: Uint8Array, width: number, height: number): CutoutQuality {
  const solid = new Uint8Array(alpha.length);
  let touched = 0;
  let unsure = 0;
  for (let i = 0; i < alpha.length; i += 1) {
    const a = alpha[i] ?? 0;
    if (a >= 128) solid[i] = 1;
    if (a > clearlyOut) {
      touched += 1;
      if (a < clearlyIn) unsure += 1;
    }
  }
  const pieces = components(solid, width, height);
  const area = pieces.sizes.reduce((sum, size) => sum + size, 0);
  const largest = Math.max(0, ...pieces.sizes);
  const quality = {
    uncertain: touched === 0 ? 1 : unsure / touched,
    fragmentation: area === 0 ? 1 : 1 - largest / area,
    borderContact: borderShare(solid, width, height),
    coverage: area / Math.max(1, alpha.length),
  };
  return { ...quality, confidence: confidenceOf(quality) };
}

/**
 * Share of the frame's top, left and right edges inside the foreground. The bottom edge does not
 * count: a product photographed standing on it is still whole; one running off the other sides is not.
 */
function borderShare(solid: Uint8Array, width: number, height: number): number {
  let inside = 0;
  for (let x = 0; x < width; x += 1) inside += solid[x] ?? 0;
  for (let y = 1; y < height; y += 1) inside += (solid[y * width] ?? 0) + (solid[y * width + width - 1] ?? 0);
  return inside / Math.max(1, width + 2 * (height - 1));
}

/**
 * Each sign maps to 0–1 and the verdict is their product: one bad sign is enough to distrust a
 * cut-out.
 */
function confidenceOf(q: Omit<CutoutQuality, 'confidence'>): number {
  // A close product shot fills three quarters of its frame with one crisp piece (the shared backpack: 0.74);
  // only a mask that covers nearly everything says the model found no object apart from its ground.
  const size = q.coverage < 0.02 ? ramp(q.coverage, 0.02, 0.002) : ramp(q.coverage, 0.8, 0.95);
  return size * ramp(q.uncertain, 0.08, 0.35) * ramp(q.fragmentation, 0.02, 0.25) * ramp(q.borderContact, 0.03, 0.25);
}

/** The verdict on a stored cut-out PNG, read at the size the model's mask has, so old and new cut-outs are judged alike. */
export async function measureCutoutPng(png: Buffer): Promise<CutoutQuality> {
  const side = segmentationSize - 2 * letterboxBorder;
  const { data, info } = await sharp(png).ensureAlpha().resize(side, side, { fit: 'inside', kernel: 'linear' }).extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  return measureCutout(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
}
