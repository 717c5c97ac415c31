import { Resvg } from '@resvg/resvg-js';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import type { LayoutName, VariantSpec } from '../../../../shared/ad-design';
import type { CutoutPixels } from '../cutout/cutout-pixels';
import { backdropImage, grainStrength, scenes } from '../backdrops/backdrops';
import { horizonY, sceneAround, shadowLean } from '../backdrops/scene';
import { formatSizes, safeArea, type AdFormat, type Rect } from '../formats';
import { contentOf, planLayout, type TextRole } from '../layouts/layouts';
import { withTextMoves } from '../layouts/text-moves';
import { seededRandom } from '../../random/seeded-random';
import { hexToRgb, type Rgb } from '../../../../shared/color';
import { paletteFrom } from './palette';
import { placeProduct, shadowLayers, type Layer } from './product-layer';
import type { PlacedLogo } from './logo-layer';
import { finishAd, setBlocks } from './finish-ad';
import { paintShapes, shapesBounds, shapesSvg } from './shapes';
import type { SetBlock } from './text-layer';

/** One composite ad to draw: a saved variant with a cut-out layout, in one format. */
export type AdSpec = VariantSpec & { format: AdFormat; layout: LayoutName };

/** The copy by role, and the phrases no line may break inside (the product's name, the offer's facts). */
export type AdTexts = Partial<Record<TextRole, string>> & { keep?: string[] };

/** The shop's brand as its ads wear it. */
export interface AdBrand {
  /** '#rrggbb' in the owner's order: the first two are shown by every variant. */
  colors: string[];
  /** The logo as normalizeLogo made it (small, trimmed PNG), when the shop has a readable one. */
  logo?: Buffer;
}

export interface AdInput {
  cutout: CutoutPixels;
  /** The cut-out's dominant colours (computed once per cut-out). */
  dominant: Rgb[];
  /** The shop's brand; none for a shop without colours or logo. */
  brand?: AdBrand;
  texts: AdTexts;
  spec: AdSpec;
  /** Also return the picture without its text, for live editing in the DOM. */
  withPlate?: boolean;
  /** A generated background (RGB) to use instead of the built-in backdrop; scaled to cover. */
  backdropImage?: { rgb: Uint8Array; width: number; height: number };
}

export interface RenderedAd {
  png: Buffer;
  /** Its 256-px preview as the media store keeps it. */
  preview: Buffer;
  width: number;
  height: number;
  /** Where the product was placed, and its pixels as placed (for the exactness check). */
  product: { box: Rect; rgba: Buffer };
  blocks: SetBlock[];
  /** Where the shop's logo went, when it has one and the layout had room. */
  logo?: PlacedLogo;
  plate?: Buffer;
}

/** The part of an RGBA layer that falls on the canvas (sharp composites nothing larger than its base). */
export async function clipLayer(layer: Layer, width: number, height: number): Promise<Layer | undefined> {
  const left = Math.max(0, layer.left);
  const top = Math.max(0, layer.top);
  const right = Math.min(width, layer.left + layer.raw.width);
  const bottom = Math.min(height, layer.top + layer.raw.height);
  if (right <= left || bottom <= top) return undefined;
  if (left === layer.left && top === layer.top && right - left === layer.raw.width && bottom - top === layer.raw.height) return layer;
  const input = await sharp(layer.input, { raw: layer.raw })
    .extract({ left: left - layer.left, top: top - layer.top, width: right - left, height: bottom - top })
    .raw()
    .toBuffer();
  return { input, raw: { width: right - left, height: bottom - top, channels: 4 }, left, top };
}

/**
 * Film grain as a small seeded tile of grey noise laid over the backdrop in overlay mode:
 * libvips tiles and blends it, and like film it shows most in the mid-tones.
 */
function grainTile(strength: number, random: () => number): Omit<Layer, 'left' | 'top'> {
  const size = 251;
  const tile = Buffer.alloc(size * size * 4);
  for (let i = 0; i < tile.length; i += 4) {
    const value = Math.round(128 + (random() - 0.5) * strength * 255);
    tile[i] = value;
    tile[i + 1] = value;
    tile[i + 2] = value;
    tile[i + 3] = 255;
  }
  return { input: tile, raw: { width: size, height: size, channels: 4 } };
}

/** Levels of luminance one unit of `brightness` moves the backdrop: one edit's step (0.4) is 20. */
const brightnessLevels = 50;

/** Mean luminance of raw pixels, from every fourth one. */
function meanLuminance(pixels: Buffer, channels: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i + 2 < pixels.length; i += 4 * channels) {
    sum += 0.2126 * (pixels[i] ?? 0) + 0.7152 * (pixels[i + 1] ?? 0) + 0.0722 * (pixels[i + 2] ?? 0);
    n += 1;
  }
  return sum / Math.max(1, n);
}

/**
 * The backdrop's grade as per-channel a·x + b. Warmth moves red against blue. Brighter adds the
 * same levels everywhere (a pale or textured backdrop brightens as much as a plain one, up to
 * white); darker scales down so that the mean falls by those levels and blacks stay black.
 */
function backdropGrade(warmth: number, brightness: number, luminance: number): { a: number[]; b: number[] } {
  const levels = Math.abs(brightness) * brightnessLevels;
  const scale = brightness < 0 ? 1 - Math.min(0.9, levels / Math.max(1, luminance)) : 1;
  const lift = brightness > 0 ? levels : 0;
  return { a: [scale, scale, scale], b: [lift + 32 * warmth, lift + 6 * warmth, lift - 32 * warmth] };
}

/**
 * The ground — backdrop, grain and the shadows cast on it — graded as one, or undefined when the
 * spec asks for no grade (and the ad keeps its bytes). The product and the layout's shapes are
 * laid on it afterwards, so they are never graded.
 */
async function gradedGround(backdrop: Sharp, ground: OverlayOptions[], spec: AdSpec, width: number, height: number): Promise<Sharp | undefined> {
  const warmth = spec.warmth ?? 0;
  const brightness = spec.brightness ?? 0;
  if (warmth === 0 && brightness === 0) return undefined;
  const { data, info } = await backdrop.composite(ground).raw().toBuffer({ resolveWithObject: true });
  const grade = backdropGrade(warmth, brightness, meanLuminance(data, info.channels));
  // Alpha, when there is one, passes through.
  const identity = info.channels === 4 ? { a: [1], b: [0] } : { a: [], b: [] };
  const raw = { width, height, channels: info.channels };
  const graded = await sharp(data, { raw }).linear([...grade.a, ...identity.a], [...grade.b, ...identity.b]).raw().toBuffer();
  return sharp(graded, { raw });
}

/**
 * One finished ad: backdrop, the product (its own pixels, scaled to its place), its shadows,
 * the template's shapes and the copy set in Korean type. Every random choice comes from the
 * spec's seed, so the same spec gives the same bytes.
 */
export async function renderAd(input: AdInput): Promise<RenderedAd> {
  const { spec } = input;
  const { width, height } = formatSizes[spec.format];
  const safe = safeArea(spec.format);
  const plan = withTextMoves(planLayout(spec.layout, spec.format, spec.voice, spec.textScale, contentOf(input.texts)), spec.moves?.[spec.format], safe);
  const palette = paletteFrom(input.dominant, input.brand?.colors ?? [], spec.paletteShift, spec.vividPalette === true, spec.whitePalette === true);
  const random = seededRandom(spec.seed);

  const grain = grainStrength(spec.style);
  const product = await placeProduct(input.cutout, plan.product);
  // The scene is built around where the product actually stands: its floor or stand meets the product's base.
  const backdropScene = scenes[spec.backdrop];
  const sceneSpec = sceneAround(product.box, plan, { width, height, palette, style: spec.style, random });
  const shadows = await shadowLayers(product, hexToRgb(palette.deep), { glossy: backdropScene.glossy, floorDepth: sceneSpec.footing.y - horizonY(backdropScene, sceneSpec), lean: shadowLean(backdropScene.light), intensity: spec.style === 'minimal' ? 0.7 : 1 });
  const shapes = paintShapes(plan.decorations, palette, { width, height }, safe, spec.seed);
  const decorationArea = shapesBounds(width, height, shapes);
  const decorations = decorationArea && new Resvg(shapesSvg(decorationArea, shapes)).render();
  const shadowOverlays = (await Promise.all(shadows.map((layer) => clipLayer(layer, width, height)))).filter((layer): layer is Layer => layer !== undefined);
  const generated = input.backdropImage;
  const backdrop = generated
    ? sharp(generated.rgb, { raw: { width: generated.width, height: generated.height, channels: 3 } }).ensureAlpha().resize(width, height, { fit: 'cover', kernel: 'lanczos3' })
    : backdropImage(spec.backdrop, sceneSpec);
  const ground: OverlayOptions[] = [...(grain > 0 && !generated ? [{ ...grainTile(grain, random), tile: true, blend: 'overlay' as const }] : []), ...shadowOverlays];
  const onTop: OverlayOptions[] = [
    { input: product.rgba, raw: { width: product.box.width, height: product.box.height, channels: 4 as const }, left: product.box.x, top: product.box.y },
    ...(decorations && decorationArea ? [{ input: decorations.pixels, raw: { width: decorations.width, height: decorations.height, channels: 4 as const }, left: decorationArea.x, top: decorationArea.y }] : []),
  ];
  const graded = await gradedGround(backdrop, ground, spec, width, height);
  const scene = await (graded ? graded.composite(onTop) : backdrop.composite([...ground, ...onTop]))
    .removeAlpha()
    .raw()
    .toBuffer();

  const blocks = setBlocks(scene, width, plan.blocks, input.texts);
  const avoid = [product.box, ...shapes.filter((shape) => shape.form !== 'rect').map((shape) => shape.box)];
  const { png, preview, plate, logo } = await finishAd(scene, width, height, blocks, { logo: input.brand?.logo, safe, avoid, withPlate: input.withPlate });
  return { png, preview, width, height, product: { box: product.box, rgba: product.rgba }, blocks, logo, plate };
}
