// Cleaning of the segmentation model's raw output, run in the inference host next to the model
// (a million-pixel flood fill has no place on the app's event loop).
import { components } from './mask-components';

/** Components smaller than this share of the largest one are specks, not products. */
const islandShare = 0.02;
/** Enclosed background smaller than this share of the foreground is a pinhole, not a handle's opening. */
const holeShare = 0.002;

/**
 * ISNet's edge probabilities run low on fine detail (fur, hair, thin straps). A linear ramp
 * from 6% to 46% keeps a quarter-certain edge pixel half-opaque, while faint background
 * (below 6%) drops out entirely instead of leaving a ghost of the table around the product.
 */
const edgeCurve = Uint8Array.from({ length: 256 }, (_, p) => Math.round(255 * Math.min(1, Math.max(0, (p / 255 - 0.06) / 0.4))));

export interface MaskCrop {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Drops specks far smaller than the product and fills pinholes inside it; soft edge values stay as they are. */
export function refineMask(mask: Uint8Array, width: number, height: number): Uint8Array {
  const refined = Uint8Array.from(mask);
  const solid = mask.map((p) => (p >= 128 ? 1 : 0));
  const foreground = components(solid, width, height);
  const largest = Math.max(0, ...foreground.sizes.slice(1));
  const foregroundArea = foreground.sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; i < refined.length; i += 1) {
    const id = foreground.labels[i] ?? 0;
    if (id > 0 && (foreground.sizes[id] ?? 0) < largest * islandShare) refined[i] = 0;
  }
  const background = components(solid.map((s) => 1 - s), width, height);
  for (let i = 0; i < refined.length; i += 1) {
    const id = background.labels[i] ?? 0;
    if (id > 0 && !background.touchesEdge[id] && (background.sizes[id] ?? 0) < foregroundArea * holeShare) refined[i] = 255;
  }
  return refined;
}

/** The model's square output cut back to the photo's area, edge-ramped and cleaned. */
export function cleanMask(probabilities: Uint8Array, side: number, crop: MaskCrop): Uint8Array {
  const content = new Uint8Array(crop.width * crop.height);
  for (let y = 0; y < crop.height; y += 1) {
    const row = (crop.top + y) * side + crop.left;
    for (let x = 0; x < crop.width; x += 1) content[y * crop.width + x] = edgeCurve[probabilities[row + x] ?? 0] ?? 0;
  }
  return refineMask(content, crop.width, crop.height);
}
