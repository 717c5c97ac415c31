import { Resvg } from '@resvg/resvg-js';
import sharp, { type OverlayOptions } from 'sharp';
import type { PhotoLayoutName, VariantSpec } from '../../../../shared/ad-design';
import type { CutoutPixels } from '../cutout/cutout-pixels';
import { seededRandom } from '../../random/seeded-random';
import { formatSizes, safeArea, type AdFormat, type Rect } from '../formats';
import type { Rgb } from '../../../../shared/color';
import { finishAd, setBlocks } from '../render/finish-ad';
import type { PlacedLogo } from '../render/logo-layer';
import { paletteFrom } from '../render/palette';
import type { Layer } from '../render/product-layer';
import { clipLayer, type AdBrand, type AdTexts } from '../render/render-ad';
import { paintShapes, shapesBounds, shapesSvg } from '../render/shapes';
import { renderTextLayer, type SetBlock } from '../render/text-layer';
import { gradePixels } from './grade';
import { withTextMoves } from '../layouts/text-moves';
import { planPhotoLayout, type PhotoCard, type PhotoSlot } from './photo-layouts';
import { saliencyOf, type Saliency, type SubjectRule } from './saliency';
import { smartCrop, type Crop } from './smart-crop';

/** One photo-layout ad to draw: a saved variant with a photo layout, in one format. */
export type PhotoAdSpec = VariantSpec & { format: AdFormat; layout: PhotoLayoutName };

export interface PhotoAdInput {
  /** The owner's photo as stored (any format sharp reads). */
  photo: Buffer;
  /** Its cut-out: the alpha says where the subject is, and the crops keep it. */
  cutout: CutoutPixels;
  /** A product is kept whole; of a scene, the mask's main mass. */
  subject: SubjectRule;
  dominant: Rgb[];
  brand?: AdBrand;
  texts: AdTexts;
  spec: PhotoAdSpec;
  withPlate?: boolean;
}

export interface RenderedPhotoAd {
  png: Buffer;
  /** Its 256-px preview as the media store keeps it. */
  preview: Buffer;
  width: number;
  height: number;
  blocks: SetBlock[];
  /** Where each crop of the photo went, and which part of the photo it shows. */
  photos: { box: Rect; crop: Crop }[];
  logo?: PlacedLogo;
  plate?: Buffer;
}

interface Decoded {
  data: Buffer;
  width: number;
  height: number;
}

/** The collage's detail shows half the largest crop: close enough to read as a detail, wide enough to stay sharp. */
const detailZoom = 0.5;

const rgba = (width: number, height: number) => ({ raw: { width, height, channels: 4 as const } });

/**
 * One crop of the photo at a slot's size, graded. When no crop of the slot's shape holds the
 * subject whole, the whole photo is fitted inside over a blurred, dimmed copy of itself.
 */
async function photoTile(photo: Decoded, crop: Crop, size: { width: number; height: number }, spec: PhotoAdSpec): Promise<Buffer> {
  const source = () => sharp(photo.data, { raw: { width: photo.width, height: photo.height, channels: 3 } });
  let tile: Buffer;
  if (crop.whole) {
    const left = Math.min(photo.width - 1, Math.round(crop.x * photo.width));
    const top = Math.min(photo.height - 1, Math.round(crop.y * photo.height));
    const region = { left, top, width: Math.max(1, Math.min(photo.width - left, Math.round(crop.width * photo.width))), height: Math.max(1, Math.min(photo.height - top, Math.round(crop.height * photo.height))) };
    tile = await source().extract(region).resize(size.width, size.height, { fit: 'cover', kernel: 'lanczos3' }).ensureAlpha().raw().toBuffer();
  } else {
    const fitted = await source().resize(size.width, size.height, { fit: 'inside', kernel: 'lanczos3' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    // Dimmed, so the blurred copy reads as a ground and the whole photo as the picture.
    const blurred = await source().resize(size.width, size.height, { fit: 'cover' }).blur(Math.max(8, size.width / 40)).linear(0.55, 0).ensureAlpha().raw().toBuffer();
    tile = await sharp(blurred, rgba(size.width, size.height))
      .composite([{ input: fitted.data, ...rgba(fitted.info.width, fitted.info.height), left: Math.round((size.width - fitted.info.width) / 2), top: Math.round((size.height - fitted.info.height) / 2) }])
      .raw()
      .toBuffer();
  }
  return gradePixels(tile, 4, spec.grade ?? 'clean', spec);
}

function cropFor(saliency: Saliency, slot: PhotoSlot): Crop {
  const aspect = slot.box.width / slot.box.height;
  return slot.view === 'detail' ? smartCrop(saliency, aspect, detailZoom, false) : smartCrop(saliency, aspect);
}

/** A gradient from clear to 70 % black across the box, darkest where the text sits. */
function scrimLayer(scrim: { box: Rect; toward: 'bottom' | 'left' }): OverlayOptions {
  const { width, height } = scrim.box;
  const [x2, y2] = scrim.toward === 'bottom' ? [0, 1] : [0, 0];
  const x1 = scrim.toward === 'left' ? 1 : 0;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="${x1}" y1="0" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="0.55" stop-color="#000" stop-opacity="0.45"/><stop offset="1" stop-color="#000" stop-opacity="0.72"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/></svg>`;
  const drawn = new Resvg(svg).render();
  return { input: drawn.pixels, ...rgba(drawn.width, drawn.height), left: scrim.box.x, top: scrim.box.y };
}

/** The polaroid: white card, the photo, the caption set on the card, then the card turned, with a soft shadow under it. */
async function polaroid(card: PhotoCard, tile: Buffer, texts: AdTexts): Promise<{ layers: Layer[]; caption: SetBlock[] }> {
  const { width, height } = card.box;
  const paperRgb = await sharp({ create: { width, height, channels: 3, background: '#fbfaf6' } })
    .composite([{ input: tile, ...rgba(card.slot.box.width, card.slot.box.height), left: card.slot.box.x, top: card.slot.box.y }])
    .removeAlpha()
    .raw()
    .toBuffer();
  const caption = setBlocks(paperRgb, width, [card.caption], texts);
  const text = await renderTextLayer(width, height, caption);
  const face = await sharp(paperRgb, { raw: { width, height, channels: 3 } })
    .ensureAlpha()
    .composite(text ? [{ input: text.pixels, ...rgba(text.area.width, text.area.height), left: text.area.x, top: text.area.y }] : [])
    .png()
    .toBuffer();
  const turned = await sharp(face).rotate(card.degrees, { background: { r: 0, g: 0, b: 0, alpha: 0 } }).raw().toBuffer({ resolveWithObject: true });
  const shadow = await sharp(turned.data, rgba(turned.info.width, turned.info.height)).linear([0, 0, 0, 0.35], [0, 0, 0, 0]).blur(Math.max(4, width / 60)).raw().toBuffer();
  const left = Math.round(card.box.x + (width - turned.info.width) / 2);
  const top = Math.round(card.box.y + (height - turned.info.height) / 2);
  const drop = Math.round(width / 70);
  const offset = (set: SetBlock): SetBlock => ({ ...set, inked: { ...set.inked, x: set.inked.x + card.box.x, y: set.inked.y + card.box.y } });
  return {
    layers: [
      { input: shadow, ...rgba(turned.info.width, turned.info.height), left: left + drop, top: top + drop },
      { input: turned.data, ...rgba(turned.info.width, turned.info.height), left, top },
    ],
    caption: caption.map(offset),
  };
}

/**
 * One photo-layout ad: the owner's own photo as the hero, cropped per slot to keep its subject,
 * graded by the variant's preset (its pixels otherwise untouched), on the layout's ground, with
 * the copy set on a scrim, a panel, a frame's margin or a polaroid's card.
 */
export async function renderPhotoAd(input: PhotoAdInput): Promise<RenderedPhotoAd> {
  const { spec } = input;
  const { width, height } = formatSizes[spec.format];
  const safe = safeArea(spec.format);
  const plan = withTextMoves(planPhotoLayout(spec.layout, spec.format, spec.voice, spec.textScale, seededRandom(spec.seed)), spec.moves?.[spec.format], safe);
  const palette = paletteFrom(input.dominant, input.brand?.colors ?? [], spec.paletteShift, spec.vividPalette === true, spec.whitePalette === true);
  const saliency = await saliencyOf(input.photo, input.cutout, input.subject);
  const decoded = await sharp(input.photo).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const photo: Decoded = { data: decoded.data, width: decoded.info.width, height: decoded.info.height };

  const slots = plan.card ? [plan.card.slot] : plan.slots;
  const crops = slots.map((slot) => cropFor(saliency, slot));
  const tiles = await Promise.all(slots.map((slot, i) => photoTile(photo, crops[i] as Crop, slot.box, spec)));
  const card = plan.card && (await polaroid(plan.card, tiles[0] as Buffer, input.texts));
  const photoLayers: OverlayOptions[] = card
    ? (await Promise.all(card.layers.map((layer) => clipLayer(layer, width, height)))).filter((layer): layer is Layer => layer !== undefined)
    : slots.map((slot, i) => ({ input: tiles[i] as Buffer, ...rgba(slot.box.width, slot.box.height), left: slot.box.x, top: slot.box.y }));
  const shapes = paintShapes(plan.decorations, palette, { width, height }, safe, spec.seed);
  const shapesArea = shapesBounds(width, height, shapes);
  const drawnShapes = shapesArea && new Resvg(shapesSvg(shapesArea, shapes)).render();
  const scene = await sharp({ create: { width, height, channels: 3, background: palette[plan.ground] } })
    .composite([
      ...photoLayers,
      ...(plan.scrim ? [scrimLayer(plan.scrim)] : []),
      ...(drawnShapes && shapesArea ? [{ input: drawnShapes.pixels, ...rgba(drawnShapes.width, drawnShapes.height), left: shapesArea.x, top: shapesArea.y }] : []),
    ])
    .removeAlpha()
    .raw()
    .toBuffer();

  const blocks = setBlocks(scene, width, plan.blocks, input.texts);
  const placed = plan.card ? [plan.card.box] : slots.map((slot) => slot.box);
  const avoid = plan.scrim ? [] : placed;
  const finished = await finishAd(scene, width, height, blocks, { logo: input.brand?.logo, safe, avoid, withPlate: input.withPlate });
  const photos = slots.map((slot, i) => ({ box: plan.card ? { ...slot.box, x: slot.box.x + plan.card.box.x, y: slot.box.y + plan.card.box.y } : slot.box, crop: crops[i] as Crop }));
  return { png: finished.png, preview: finished.preview, width, height, blocks: [...(card?.caption ?? []), ...blocks], photos, logo: finished.logo, plate: finished.plate };
}
