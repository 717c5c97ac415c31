import sharp from 'sharp';
import { cutoutAlpha, type CutoutPixels } from '../cutout/cutout-pixels';

/**
 * Where the photo's interest lies, on a coarse grid: the cut-out mask (what ISNet took for the
 * subject) plus edge energy (detail, lettering, faces), with the mask's own box as the subject.
 */
export interface Saliency {
  /** Grid size; the grid has the photo's aspect. */
  width: number;
  height: number;
  /** Per cell, 0–~1.4: mask share plus a fraction of the normalised edge energy. */
  weight: Float32Array;
  /** The subject's box in grid cells, or null when the mask holds next to nothing. */
  subject: { x0: number; y0: number; x1: number; y1: number } | null;
  rule: SubjectRule;
  /** The photo's own width over height (the grid's is rounded). */
  aspect: number;
}

/** How much of the subject the crop must keep: a product whole, a scene's main mass. */
export type SubjectRule = 'whole' | 'mass';

const gridLongSide = 72;
/** Edges count for less than the mask: they break ties among crops the mask leaves open. */
const edgeWeight = 0.4;
/** Of a scene, the share of the mask's mass left outside the subject's box on each side: the fringe. */
const sceneFringe = 0.12;
/** A cell this much covered by the product counts as the product's: the box reaches its partly covered edge cells. */
const productCell = 0.2;

/** The first and last index (exclusive end) where `inside` holds, or null. */
function extent(length: number, inside: (i: number) => boolean): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < length; i += 1) {
    if (!inside(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last + 1];
}

/** The cell where the cumulative mass along one axis first reaches `share` of the total. */
function quantile(mass: Float64Array, share: number): number {
  const total = mass.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let i = 0; i < mass.length; i += 1) {
    sum += mass[i] ?? 0;
    if (sum >= share * total) return i;
  }
  return mass.length - 1;
}

function sobel(grey: Buffer, width: number, height: number): Float32Array {
  const energy = new Float32Array(width * height);
  const at = (x: number, y: number): number => grey[Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))] ?? 0;
  let max = 1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const gx = at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x - 1, y) - at(x - 1, y + 1);
      const gy = at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x, y - 1) - at(x + 1, y - 1);
      const e = Math.hypot(gx, gy);
      energy[y * width + x] = e;
      max = Math.max(max, e);
    }
  }
  return energy.map((e) => e / max);
}

/** The saliency of a photo (any format sharp reads) given its cut-out (the mask in its alpha). */
export async function saliencyOf(photo: Buffer, cutout: CutoutPixels, rule: SubjectRule): Promise<Saliency> {
  const meta = await sharp(photo).rotate().metadata();
  const [w0, h0] = meta.orientation && meta.orientation >= 5 ? [meta.height ?? 1, meta.width ?? 1] : [meta.width ?? 1, meta.height ?? 1];
  const scale = gridLongSide / Math.max(w0, h0);
  const width = Math.max(4, Math.round(w0 * scale));
  const height = Math.max(4, Math.round(h0 * scale));
  const grey = await sharp(photo).rotate().greyscale().resize(width, height, { fit: 'fill' }).raw().toBuffer();
  const alpha = await cutoutAlpha(cutout, width, height);
  const edges = sobel(grey, width, height);
  const weight = new Float32Array(width * height);
  const columns = new Float64Array(width);
  const rows = new Float64Array(height);
  let mass = 0;
  for (let i = 0; i < weight.length; i += 1) {
    const a = (alpha[i] ?? 0) / 255;
    weight[i] = a + edgeWeight * (edges[i] ?? 0);
    columns[i % width] = (columns[i % width] ?? 0) + a;
    rows[Math.floor(i / width)] = (rows[Math.floor(i / width)] ?? 0) + a;
    mass += a;
  }
  // Under half a percent of the photo is no subject to keep, only specks.
  if (mass < 0.005 * width * height) return { width, height, weight, subject: null, rule, aspect: w0 / h0 };
  if (rule === 'mass') {
    const subject = { x0: quantile(columns, sceneFringe), y0: quantile(rows, sceneFringe), x1: quantile(columns, 1 - sceneFringe) + 1, y1: quantile(rows, 1 - sceneFringe) + 1 };
    return { width, height, weight, subject, rule, aspect: w0 / h0 };
  }
  const covered = (x: number, y: number): boolean => (alpha[y * width + x] ?? 0) >= productCell * 255;
  const xs = extent(width, (x) => Array.from({ length: height }, (_, y) => y).some((y) => covered(x, y)));
  const ys = extent(height, (y) => Array.from({ length: width }, (_, x) => x).some((x) => covered(x, y)));
  const subject = xs && ys ? { x0: xs[0], y0: ys[0], x1: xs[1], y1: ys[1] } : null;
  return { width, height, weight, subject, rule, aspect: w0 / h0 };
}
