import { Resvg } from '@resvg/resvg-js';
import sharp, { type OverlayOptions } from 'sharp';
import { rectInside, rectsOverlap, type Rect } from '../formats';
import type { Rgb } from '../../../../shared/color';
import { ink, paper, worstContrast, type Backing, type SetBlock } from './text-layer';

/** Heights tried, largest first, as shares of the canvas's shorter side. */
const logoHeights = [0.08, 0.065, 0.05];
/** A wide wordmark may take at most this share of the safe area's width. */
const maxWidthShare = 0.4;
/** WCAG's floor for graphics (1.4.11): a logo pixel under 3:1 to what is behind it is lost. */
const graphicContrast = 3;
/** A logo reads on its own when this share of its drawn pixels reaches that contrast. */
const legibleShare = 0.6;

export interface PlacedLogo {
  /** The logo's own pixels. */
  box: Rect;
  /** The light or dark chip under it, when the backdrop alone would hide it. */
  chip: { box: Rect; color: Rgb } | null;
  /** Share of the logo's drawn pixels at 3:1 or more against what is behind them. */
  legible: number;
}

export interface LogoSurroundings {
  width: number;
  height: number;
  safe: Rect;
  /** What the logo must keep clear of: the product, the set text, badges and buttons. */
  avoid: Rect[];
  /** The shop's name as set, which the logo sits beside when there is room. */
  shopName?: SetBlock;
  /** What the scene shows inside a rectangle. */
  behind: (box: Rect) => Backing;
}

const grown = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/**
 * The places a logo of this size may go, best first: beside the shop's name (a lockup), then the
 * safe area's corners. `clear` is the room kept around it, inside the safe area too.
 */
function places(size: { width: number; height: number }, clear: number, around: LogoSurroundings): Rect[] {
  const { safe, shopName } = around;
  const top = safe.y + clear;
  const bottom = safe.y + safe.height - clear - size.height;
  const at = (x: number, y: number): Rect => ({ x: Math.round(x), y: Math.round(Math.max(top, Math.min(bottom, y))), width: size.width, height: size.height });
  const beside = shopName
    ? (() => {
        const name = shopName.inked;
        const y = name.y + (name.height - size.height) / 2;
        const before = at(name.x - clear - size.width, y);
        const after = at(name.x + name.width + clear, y);
        return shopName.block.align === 'left' ? [after, before] : [before, after];
      })()
    : [];
  const left = safe.x + clear;
  const right = safe.x + safe.width - clear - size.width;
  return [...beside, at(left, top), at(right, top), at(right, bottom), at(left, bottom)];
}

/** Share of the logo's drawn pixels (alpha over half) with graphic contrast against a backing. */
function legibility(rgba: Buffer, backing: Backing): number {
  let drawn = 0;
  let seen = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if ((rgba[i + 3] ?? 0) < 128) continue;
    drawn += 1;
    if (worstContrast([rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0], backing) >= graphicContrast) seen += 1;
  }
  return drawn === 0 ? 0 : seen / drawn;
}

/**
 * The shop's logo in the first free place, at the largest height that fits there (5–9 % of the
 * shorter side, its aspect kept), inside the safe area and clear of the product and the text. On
 * a chip of white or ink, whichever shows more of it, when the scene behind would hide it.
 * Undefined when no place is free: the layout has no room for a logo.
 */
export async function placeLogo(logoPng: Buffer, around: LogoSurroundings): Promise<{ overlays: OverlayOptions[]; placed: PlacedLogo } | undefined> {
  const source = sharp(logoPng, { limitInputPixels: 4_000_000, failOn: 'error' });
  const meta = await source.metadata();
  if (!meta.width || !meta.height) return undefined;
  const aspect = meta.width / meta.height;
  const shorter = Math.min(around.width, around.height);
  const sizes = logoHeights
    .map((share) => Math.round(shorter * share))
    .map((height) => ({ width: Math.round(height * aspect), height, clear: Math.round(height * 0.22) }))
    .filter((size) => size.width <= around.safe.width * maxWidthShare);
  // Place before size: a smaller logo in the lockup or a corner beats a bigger one further down
  // the list. Beside the shop's name the smallest comes first, to stay in scale with the name.
  const lockup = around.shopName ? 2 : 0;
  const slots = [0, 1, 2, 3, 4, 5].flatMap((place) => (place < lockup ? [...sizes].reverse() : sizes).map((size) => ({ clear: size.clear, box: places(size, size.clear, around)[place] })));
  const free = slots.find(({ box, clear }) => box && rectInside(grown(box, clear), around.safe) && !around.avoid.some((a) => rectsOverlap(grown(box, clear), a)));
  if (!free?.box) return undefined;
  const { box, clear } = free;
  const rgba = await source.clone().resize(box.width, box.height, { fit: 'fill' }).ensureAlpha().raw().toBuffer();
  const logo: OverlayOptions = { input: rgba, raw: { width: box.width, height: box.height, channels: 4 }, left: box.x, top: box.y };
  const legible = legibility(rgba, around.behind(box));
  if (legible >= legibleShare) return { overlays: [logo], placed: { box, chip: null, legible } };
  const chip = [paper, ink].map((color) => ({ color, legible: legibility(rgba, { mean: color, spread: 0 }) })).sort((a, b) => b.legible - a.legible)[0] ?? { color: paper, legible: 0 };
  const chipBox = grown(box, clear);
  const drawn = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${chipBox.width}" height="${chipBox.height}"><rect width="100%" height="100%" rx="${clear}" fill="rgb(${chip.color.join(',')})"/></svg>`).render();
  const chipLayer: OverlayOptions = { input: drawn.pixels, raw: { width: drawn.width, height: drawn.height, channels: 4 }, left: chipBox.x, top: chipBox.y };
  return { overlays: [chipLayer, logo], placed: { box, chip: { box: chipBox, color: chip.color }, legible: chip.legible } };
}
