import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Rect } from '../formats';

export interface PlacedProduct {
  /** The cut-out scaled to its place: RGBA, premultiplication never applied. */
  rgba: Buffer;
  box: Rect;
}

interface Trimmed {
  rgba: Buffer;
  width: number;
  height: number;
}

// A set renders one cut-out many times (variants × formats): decoding and trimming it once per
// worker saves most of the placing work. Keyed by content, since every message brings a copy.
const trimmedCache = new Map<string, Trimmed>();
const trimmedCacheSize = 4;

async function trimmed(cutoutPng: Buffer): Promise<Trimmed> {
  const key = createHash('sha1').update(cutoutPng).digest('hex');
  const cached = trimmedCache.get(key);
  if (cached) return cached;
  const { data, info } = await sharp(cutoutPng).ensureAlpha().trim({ threshold: 1 }).raw().toBuffer({ resolveWithObject: true });
  const entry = { rgba: data, width: info.width, height: info.height };
  trimmedCache.set(key, entry);
  if (trimmedCache.size > trimmedCacheSize) trimmedCache.delete(trimmedCache.keys().next().value as string);
  return entry;
}

/** Trims the cut-out to its visible pixels and fits it into the box, standing on the box's bottom edge. */
export async function placeProduct(cutoutPng: Buffer, area: Rect): Promise<PlacedProduct> {
  const source = await trimmed(cutoutPng);
  const scale = Math.min(area.width / source.width, area.height / source.height);
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const rgba = await sharp(source.rgba, { raw: { width: source.width, height: source.height, channels: 4 } }).resize(width, height, { fit: 'fill', kernel: 'lanczos3' }).raw().toBuffer();
  return { rgba, box: { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + area.height - height), width, height } };
}

const alphaOf = (product: PlacedProduct): Buffer => {
  const alpha = Buffer.alloc(product.box.width * product.box.height);
  for (let i = 0; i < alpha.length; i += 1) alpha[i] = product.rgba[i * 4 + 3] ?? 0;
  return alpha;
};

/**
 * A tinted, blurred silhouette as an RGBA layer of the given size, faded towards the edges of
 * an ellipse: a squashed silhouette alone reads as a grey slab, a shadow falls off. A wide blur
 * is made at a quarter of the size and scaled up: the result is as soft, at a sixteenth of the work.
 */
async function silhouette(alpha: Buffer, size: { width: number; height: number }, source: { width: number; height: number }, tint: [number, number, number], opacity: number, blur: number): Promise<Buffer> {
  const width = size.width + blur * 4;
  const height = size.height + blur * 4;
  const factor = blur >= 8 ? 4 : 1;
  const smallBlur = Math.max(1, Math.round(blur / factor));
  const small = await sharp(alpha, { raw: { ...source, channels: 1 } })
    .resize(Math.max(1, Math.round(size.width / factor)), Math.max(1, Math.round(size.height / factor)), { fit: 'fill' })
    .extend({ top: smallBlur * 2, bottom: smallBlur * 2, left: smallBlur * 2, right: smallBlur * 2, background: '#000000' })
    .blur(Math.max(0.3, blur / factor))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const shaped = factor === 1 && small.info.width === width && small.info.height === height ? small.data : await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: 1 } }).resize(width, height, { fit: 'fill', kernel: 'linear' }).raw().toBuffer();
  // The ellipse's falloff splits into a per-column and a per-row term.
  const columns = Float32Array.from({ length: width }, (_, x) => ((x - width / 2) / (width / 2)) ** 2);
  const layer = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const dy2 = ((y - height / 2) / (height / 2)) ** 2;
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      const falloff = 1 - dy2 - (columns[x] ?? 0);
      if (falloff <= 0) continue;
      const o = i * 4;
      layer[o] = tint[0];
      layer[o + 1] = tint[1];
      layer[o + 2] = tint[2];
      layer[o + 3] = Math.round((shaped[i] ?? 0) * opacity * falloff);
    }
  }
  return layer;
}

/** An RGBA overlay and where it goes on the canvas. */
export interface Layer {
  input: Buffer;
  raw: { width: number; height: number; channels: 4 };
  left: number;
  top: number;
}

interface FloorShadow {
  /** Of the product's height. */
  height: number;
  blur: number;
  opacity: number;
  /** Horizontal offset, in product widths. */
  shift: number;
  /** How much of the shadow's height sits above the product's base. */
  overlap: number;
}

/** The product's silhouette squashed onto the floor at its base. */
async function floorShadow(product: PlacedProduct, alpha: Buffer, tint: [number, number, number], shadow: FloorShadow): Promise<Layer> {
  const { box } = product;
  const height = Math.max(2, Math.round(box.height * shadow.height));
  const blur = Math.max(1, Math.round(box.height * shadow.blur));
  return {
    input: await silhouette(alpha, { width: box.width, height }, { width: box.width, height: box.height }, tint, shadow.opacity, blur),
    raw: { width: box.width + blur * 4, height: height + blur * 4, channels: 4 },
    left: Math.round(box.x + shadow.shift * box.width) - blur * 2,
    top: box.y + box.height - Math.round(height * shadow.overlap) - blur * 2,
  };
}

/**
 * Shadows made from the product's own mask: a soft cast shadow thrown back and to the side, a
 * tight contact shadow where it touches the floor, and, on glossy floors, a faded reflection.
 */
export async function shadowLayers(product: PlacedProduct, tint: [number, number, number], options: { glossy: boolean; direction: number; intensity: number }): Promise<Layer[]> {
  const { box } = product;
  const alpha = alphaOf(product);
  const layers = [
    await floorShadow(product, alpha, tint, { height: 0.22, blur: 0.06, opacity: 0.22 * options.intensity, shift: options.direction * 0.12, overlap: 0.75 }),
    await floorShadow(product, alpha, tint, { height: 0.05, blur: 0.01, opacity: 0.55 * options.intensity, shift: 0, overlap: 0.6 }),
  ];
  if (options.glossy) {
    const reflectionHeight = Math.round(box.height * 0.35);
    const flipped = await sharp(product.rgba, { raw: { width: box.width, height: box.height, channels: 4 } }).flip().extract({ left: 0, top: 0, width: box.width, height: reflectionHeight }).raw().toBuffer();
    for (let y = 0; y < reflectionHeight; y += 1) {
      const fade = 0.22 * (1 - y / reflectionHeight);
      for (let x = 0; x < box.width; x += 1) {
        const i = (y * box.width + x) * 4 + 3;
        flipped[i] = Math.round((flipped[i] ?? 0) * fade);
      }
    }
    layers.push({ input: flipped, raw: { width: box.width, height: reflectionHeight, channels: 4 }, left: box.x, top: box.y + box.height });
  }
  return layers;
}
