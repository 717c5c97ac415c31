import type { VariantScore, VariantScoreTerm } from '../../../../shared/ipc/generations';
import type { Rect } from '../formats';
import type { SetBlock } from '../render/text-layer';

const drawnTerms = ['contrast', 'coverage', 'cropping', 'overlap', 'balance'] as const;

/**
 * The terms one drawn ad shows about itself, each 0 (bad) to 1 (good), measured where it was
 * drawn. An ad without a placed product (a photo layout) has only its text's.
 */
export type AdMeasures = Partial<Record<(typeof drawnTerms)[number], number>>;

/**
 * What a render knows of its own picture: the canvas, the product as placed (a composite) or the
 * owner's photo in its slots with whether each crop kept the subject whole (a photo layout), and
 * the text as set.
 */
export interface DrawnAd {
  width: number;
  height: number;
  product?: { box: Rect; rgba: Buffer };
  photos?: readonly { box: Rect; crop: { whole: boolean } }[];
  blocks: readonly Pick<SetBlock, 'inked' | 'contrast' | 'required' | 'scrim'>[];
}

/**
 * How much each term counts. The score is a weighted geometric mean, so one serious defect (a
 * cropped product, text across it, a torn cut-out) cannot be bought back by the other terms.
 */
const weights: Record<VariantScoreTerm, number> = { cutout: 3, contrast: 2, coverage: 1, cropping: 2, overlap: 2, balance: 1, clip: 2 };

const clamp01 = (v: number): number => Math.max(0, Math.min(1, v));

/** A term that is 1 inside [low, high] and falls linearly to 0 at `zeroBelow` and `zeroAbove`. */
const plateau = (v: number, zeroBelow: number, low: number, high: number, zeroAbove: number): number =>
  v < low ? clamp01((v - zeroBelow) / (low - zeroBelow)) : v > high ? clamp01((zeroAbove - v) / (zeroAbove - high)) : 1;

const inside = (x: number, y: number, r: Rect): boolean => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;

/** The weakest block decides: a line no one can read spoils the ad however well the rest reads. */
function contrastTerm(blocks: DrawnAd['blocks']): number {
  return blocks.reduce((worst, b) => Math.min(worst, clamp01((b.contrast - 1) / Math.max(0.01, b.required - 1))), 1);
}

/**
 * The product's opaque mass, what of it lies on the canvas, what of that lies under text (a
 * block's glyphs and its scrim's padding), where its centre of mass falls, and the area of the
 * box its solid pixels span on the canvas (a thin bottle reads as large as its box, not its ink).
 * Every other pixel each way: the same answer at a quarter of the work.
 */
function productMass(ad: DrawnAd & Required<Pick<DrawnAd, 'product'>>, textZones: Rect[]) {
  const { box, rgba } = ad.product;
  let total = 0;
  let visible = 0;
  let covered = 0;
  let sumX = 0;
  let sumY = 0;
  const solid = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let y = 0; y < box.height; y += 2) {
    for (let x = 0; x < box.width; x += 2) {
      const a = (rgba[(y * box.width + x) * 4 + 3] ?? 0) / 255;
      if (a === 0) continue;
      total += a;
      const cx = box.x + x;
      const cy = box.y + y;
      if (cx < 0 || cy < 0 || cx >= ad.width || cy >= ad.height) continue;
      visible += a;
      sumX += a * cx;
      sumY += a * cy;
      if (textZones.some((zone) => inside(cx, cy, zone))) covered += a;
      if (a < 0.5) continue;
      solid.left = Math.min(solid.left, cx);
      solid.top = Math.min(solid.top, cy);
      solid.right = Math.max(solid.right, cx + 2);
      solid.bottom = Math.max(solid.bottom, cy + 2);
    }
  }
  const spanned = solid.right > solid.left ? (solid.right - solid.left) * (solid.bottom - solid.top) : 0;
  // Back to whole pixels: each sample stood for four.
  return { total: total * 4, visible: visible * 4, covered: covered * 4, spanned, centre: visible > 0 ? { x: sumX / visible, y: sumY / visible } : { x: ad.width / 2, y: ad.height / 2 } };
}

/**
 * The centre of visual mass of product and text against the canvas's centre: 0 when the weight
 * sits a third of the canvas away. Text on a scrim weighs like a panel, bare text like its ink.
 */
function balanceTerm(ad: DrawnAd, picture: Pick<ReturnType<typeof productMass>, 'visible' | 'centre'>): number {
  let mass = picture.visible;
  let x = picture.centre.x * picture.visible;
  let y = picture.centre.y * picture.visible;
  for (const b of ad.blocks) {
    const weight = b.inked.width * b.inked.height * (b.scrim ? 0.8 : 0.35);
    mass += weight;
    x += weight * (b.inked.x + b.inked.width / 2);
    y += weight * (b.inked.y + b.inked.height / 2);
  }
  if (mass === 0) return 1;
  return clamp01(1 - Math.hypot(x / mass / ad.width - 0.5, y / mass / ad.height - 0.5) / 0.33);
}

/**
 * A photo layout's terms: a slot whose crop could not hold the subject whole shows it fitted
 * small inside a blurred copy of itself, which reads as a mistake; the photos weigh as their slots.
 */
function photoMeasures(ad: DrawnAd, photos: NonNullable<DrawnAd['photos']>, contrast: number): AdMeasures {
  const visible = photos.reduce((sum, p) => sum + p.box.width * p.box.height, 0);
  const centre = visible > 0
    ? { x: photos.reduce((sum, p) => sum + p.box.width * p.box.height * (p.box.x + p.box.width / 2), 0) / visible, y: photos.reduce((sum, p) => sum + p.box.width * p.box.height * (p.box.y + p.box.height / 2), 0) / visible }
    : { x: ad.width / 2, y: ad.height / 2 };
  return { contrast, cropping: photos.every((p) => p.crop.whole) ? 1 : 0.35, balance: balanceTerm(ad, { visible, centre }) };
}

/** The measurable terms of one drawn ad. */
export function measureAd(ad: DrawnAd): AdMeasures {
  const contrast = contrastTerm(ad.blocks);
  if (!ad.product) return ad.photos && ad.photos.length > 0 ? photoMeasures(ad, ad.photos, contrast) : { contrast };
  const pad = Math.round(Math.min(ad.width, ad.height) * 0.012);
  const zones = ad.blocks.map(({ inked }) => ({ x: inked.x - pad, y: inked.y - pad, width: inked.width + 2 * pad, height: inked.height + 2 * pad }));
  const product = productMass({ ...ad, product: ad.product }, zones);
  const canvas = ad.width * ad.height;
  return {
    contrast,
    // A product spanning 12–55 % of the canvas reads; a speck or one that swallows the ad does not.
    coverage: plateau(product.spanned / canvas, 0.03, 0.12, 0.55, 0.9),
    // A tenth of the product off the canvas is as bad as it gets.
    cropping: product.total > 0 ? clamp01(1 - ((product.total - product.visible) / product.total) * 10) : 0,
    // A fifth of the product under text is as bad as it gets.
    overlap: product.visible > 0 ? clamp01(1 - (product.covered / product.visible) * 5) : 0,
    balance: balanceTerm(ad, product),
  };
}

/** What is known of a variant beyond its pictures: the cut-out's confidence, and an image–text score when a model gives one. */
export interface VariantEvidence {
  cutout?: number;
  /** CLIP-style agreement with a finished ad's look, 0–1, from an installed scorer; absent without one. */
  clip?: number;
}

/** A variant's score from its measures in every format it was drawn in, each term averaged over the formats that measured it. */
export function scoreVariant(variantIndex: number, drawn: readonly AdMeasures[], evidence: VariantEvidence): VariantScore {
  const terms: Partial<Record<VariantScoreTerm, number>> = {};
  for (const name of drawnTerms) {
    const values = drawn.flatMap((m) => (m[name] === undefined ? [] : [m[name]]));
    if (values.length > 0) terms[name] = values.reduce((sum, v) => sum + v, 0) / values.length;
  }
  if (evidence.cutout !== undefined) terms.cutout = clamp01(evidence.cutout);
  if (evidence.clip !== undefined) terms.clip = clamp01(evidence.clip);
  let logSum = 0;
  let weightSum = 0;
  for (const [name, value] of Object.entries(terms) as [VariantScoreTerm, number][]) {
    // A floor keeps one zero term from erasing the difference between two bad variants.
    logSum += weights[name] * Math.log(Math.max(0.02, value));
    weightSum += weights[name];
  }
  return { variantIndex, score: weightSum > 0 ? clamp01(Math.exp(logSum / weightSum)) : 0, terms };
}

/** Best first; equal scores keep the planned order, so the ranking is stable. */
export const rankVariants = (scores: readonly VariantScore[]): VariantScore[] => [...scores].sort((a, b) => b.score - a.score || a.variantIndex - b.variantIndex);
