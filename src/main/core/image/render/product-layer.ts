import sharp from 'sharp';
import type { CutoutPixels } from '../cutout/cutout-pixels';
import type { Rect } from '../formats';

export interface PlacedProduct {
  /** The cut-out scaled to its place: RGBA, premultiplication never applied. */
  rgba: Buffer;
  box: Rect;
}

/** Fits the cut-out's visible part into the box, standing on the box's bottom edge. */
export async function placeProduct(cutout: CutoutPixels, area: Rect): Promise<PlacedProduct> {
  const scale = Math.min(area.width / cutout.width, area.height / cutout.height);
  const width = Math.max(1, Math.round(cutout.width * scale));
  const height = Math.max(1, Math.round(cutout.height * scale));
  const rgba = await sharp(cutout.rgba, { raw: { width: cutout.width, height: cutout.height, channels: 4 } }).resize(width, height, { fit: 'fill', kernel: 'lanczos3' }).raw().toBuffer();
  return { rgba, box: { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + area.height - height), width, height } };
}

const alphaOf = (product: PlacedProduct): Buffer => {
  const alpha = Buffer.alloc(product.box.width * product.box.height);
  for (let i = 0; i < alpha.length; i += 1) alpha[i] = product.rgba[i * 4 + 3] ?? 0;
  return alpha;
};

/** An RGBA overlay and where it goes on the canvas. */
export interface Layer {
  input: Buffer;
  raw: { width: number; height: number; channels: 4 };
  left: number;
  top: number;
}

interface FloorShadow {
  /** Its depth on the floor, in product heights (the silhouette foreshortened). */
  depth: number;
  /** Sideways travel of its far end, in product heights: away from the light. */
  lean: number;
  /** In product heights. */
  blur: number;
  opacity: number;
  /** Share of its depth that lies in front of the base (the rest is behind, towards the wall). */
  front: number;
  /** How much lighter its far end is than the part at the base (0 keeps it even). */
  fade: number;
}

/**
 * The silhouette laid on the floor: squashed to its depth, sheared sideways by the lean (the far
 * end travels, the base stays), fading away from the base, blurred and tinted. Built at a
 * quarter of the size and scaled up: as soft, at a sixteenth of the work.
 */
async function floorShadow(product: PlacedProduct, alpha: Buffer, tint: [number, number, number], shadow: FloorShadow): Promise<Layer> {
  const { box } = product;
  const factor = 4;
  const depth = Math.max(2, Math.round((box.height * shadow.depth) / factor));
  const width = Math.max(1, Math.round(box.width / factor));
  const travel = Math.round((box.height * shadow.lean) / factor);
  const blur = Math.max(1, (box.height * shadow.blur) / factor);
  const pad = Math.ceil(blur * 2);
  const squashed = await sharp(alpha, { raw: { width: box.width, height: box.height, channels: 1 } }).resize(width, depth, { fit: 'fill' }).extractChannel(0).raw().toBuffer();
  const sheared = { width: width + Math.abs(travel) + 2 * pad, height: depth + 2 * pad };
  const plane = Buffer.alloc(sheared.width * sheared.height);
  for (let y = 0; y < depth; y += 1) {
    // Row 0 is the far end: it travels the whole lean; the last row sits at the base.
    const far = 1 - y / Math.max(1, depth - 1);
    const shift = Math.round(travel * far) + (travel < 0 ? -travel : 0) + pad;
    const strength = shadow.opacity * (1 - shadow.fade * far);
    for (let x = 0; x < width; x += 1) plane[(y + pad) * sheared.width + x + shift] = Math.round((squashed[y * width + x] ?? 0) * strength);
  }
  const full = { width: sheared.width * factor, height: sheared.height * factor };
  const shade = await sharp(plane, { raw: { ...sheared, channels: 1 } }).blur(Math.max(0.3, blur)).resize(full.width, full.height, { fit: 'fill', kernel: 'linear' }).extractChannel(0).raw().toBuffer();
  const layer = Buffer.alloc(full.width * full.height * 4);
  for (let i = 0; i < shade.length; i += 1) {
    layer[i * 4] = tint[0];
    layer[i * 4 + 1] = tint[1];
    layer[i * 4 + 2] = tint[2];
    layer[i * 4 + 3] = shade[i] ?? 0;
  }
  const base = box.y + box.height;
  const behind = Math.round(box.height * shadow.depth * (1 - shadow.front));
  return {
    input: layer,
    raw: { ...full, channels: 4 },
    left: box.x - (pad + (travel < 0 ? -travel : 0)) * factor,
    top: base - behind - pad * factor,
  };
}

/** A faded mirror image under the product, for glossy floors. */
async function reflection(product: PlacedProduct): Promise<Layer> {
  const { box } = product;
  const height = Math.max(1, Math.round(box.height * 0.35));
  const flipped = await sharp(product.rgba, { raw: { width: box.width, height: box.height, channels: 4 } }).flip().extract({ left: 0, top: 0, width: box.width, height }).raw().toBuffer();
  for (let y = 0; y < height; y += 1) {
    const fade = 0.22 * (1 - y / height);
    for (let x = 0; x < box.width; x += 1) {
      const i = (y * box.width + x) * 4 + 3;
      flipped[i] = Math.round((flipped[i] ?? 0) * fade);
    }
  }
  return { input: flipped, raw: { width: box.width, height, channels: 4 }, left: box.x, top: box.y + box.height };
}

export interface ShadowOptions {
  glossy: boolean;
  /** Pixels of floor behind the base, up to the horizon: the cast shadow lies on the floor, never climbs the wall. */
  floorDepth: number;
  /** Sideways travel of the cast shadow's far end, in product heights: away from the scene's light. */
  lean: number;
  intensity: number;
}

/**
 * Shadows made from the product's own mask, in the order they are laid: on glossy floors a faded
 * reflection; a soft cast shadow thrown back and away from the light; a soft occlusion pool
 * around the base; and a tight, dark contact line where the product touches the floor.
 */
export async function shadowLayers(product: PlacedProduct, tint: [number, number, number], options: ShadowOptions): Promise<Layer[]> {
  const alpha = alphaOf(product);
  const k = options.intensity;
  const sideways = Math.abs(options.lean) > 0;
  const castDepth = Math.min(sideways ? 0.3 : 0.16, (0.9 * options.floorDepth) / product.box.height);
  return [
    ...(options.glossy ? [await reflection(product)] : []),
    await floorShadow(product, alpha, tint, { depth: Math.max(0.03, castDepth), lean: options.lean * 0.3, blur: 0.035, opacity: 0.3 * k, front: 0.04, fade: 0.7 }),
    await floorShadow(product, alpha, tint, { depth: 0.07, lean: 0, blur: 0.025, opacity: 0.32 * k, front: 0.45, fade: 0 }),
    await floorShadow(product, alpha, tint, { depth: 0.022, lean: 0, blur: 0.006, opacity: 0.7 * k, front: 0.5, fade: 0 }),
  ];
}
