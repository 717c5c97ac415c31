import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type Sharp } from 'sharp';
import { hexToRgb, rgbToHex } from '../../../../shared/color';
import type { CutoutPixels } from '../../image/cutout/cutout-pixels';
import { loadFace, satoriFonts, type FontWeight } from '../../image/render/fonts';
import { placeProduct, shadowLayers } from '../../image/render/product-layer';
import { fitText } from '../../image/render/text-fit';
import { chooseTextColor } from '../../image/render/text-layer';

/** The captions a video sets: the headline, the offer's facts (or the sub-copy), and the call to action. */
export const captionRoles = ['headline', 'offer', 'cta'] as const;
export type CaptionRole = (typeof captionRoles)[number];

/** One still a video is made of, drawn once; ffmpeg moves it. */
export type VideoLayerSpec =
  | { kind: 'caption'; role: CaptionRole; text: string; keep: string[]; maxWidth: number; size: number; fill: string }
  | { kind: 'stage'; width: number; height: number; light: string; deep: string }
  | { kind: 'product'; cutout: CutoutPixels; maxWidth: number; maxHeight: number; tint: string }
  | { kind: 'cover'; image: Uint8Array; width: number; height: number }
  | { kind: 'end-card'; width: number; height: number; background: string; accent: string; lines: string[]; title: string; logo?: Uint8Array };

export interface DrawnLayer {
  png: Buffer;
  width: number;
  height: number;
}

type Node = { type: 'div'; props: { style: Record<string, string | number>; children?: (Node | string)[] | string } };
const div = (style: Record<string, string | number>, children?: (Node | string)[] | string): Node => ({ type: 'div', props: { style, children } });

/** Ink or paper on a flat fill, as the ads choose it for their own blocks. */
const textOn = (fill: string): string => rgbToHex(chooseTextColor({ mean: hexToRgb(fill), spread: 0 }, 4.5).color);

// Still PNGs that ffmpeg decodes once: the fastest zlib level is the right trade.
const pngOf = (image: Sharp): Promise<Buffer> => image.png({ compressionLevel: 1 }).toBuffer();

async function svgToPng(svg: string): Promise<DrawnLayer> {
  const rendered = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  return { png: await pngOf(sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } })), width: rendered.width, height: rendered.height };
}

const captionWeights: Record<CaptionRole, FontWeight> = { headline: 800, offer: 700, cta: 700 };

/** A caption as a rounded card of its fill colour, its text set to fit the width in at most two lines. */
async function caption(spec: Extract<VideoLayerSpec, { kind: 'caption' }>): Promise<DrawnLayer> {
  const face = loadFace('Pretendard', captionWeights[spec.role]);
  const padX = Math.round(spec.size * 0.7);
  const padY = Math.round(spec.size * 0.42);
  const leading = 1.22;
  const fitted = fitText(face, spec.text, { width: spec.maxWidth - 2 * padX, height: spec.size * leading * 2 + 1 }, { maxSize: spec.size, minSize: Math.round(spec.size * 0.6), maxLines: 2, leading }, spec.keep);
  const width = Math.ceil(fitted.width) + 2 * padX;
  const height = fitted.height + 2 * padY;
  const color = textOn(spec.fill);
  const svg = await satori(
    div(
      { width, height, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', backgroundColor: spec.fill, borderRadius: Math.round(Math.min(height / 2, spec.size * 0.6)) },
      fitted.lines.map((line) => div({ display: 'flex', whiteSpace: 'nowrap', fontFamily: 'Pretendard', fontWeight: face.weight, fontSize: fitted.size, lineHeight: `${fitted.lineHeight}px`, height: fitted.lineHeight, color }, line)),
    ) as never,
    { width, height, fonts: satoriFonts([face]) },
  );
  return svgToPng(svg);
}

/** A soft studio stage in the brand's colours: a lit centre, darker edges and a floor line for the product to land on. */
function stage(spec: Extract<VideoLayerSpec, { kind: 'stage' }>): Promise<DrawnLayer> {
  const { width, height } = spec;
  const floor = Math.round(height * 0.74);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><radialGradient id="wall" cx="50%" cy="42%" r="75%"><stop offset="0" stop-color="${spec.light}"/><stop offset="1" stop-color="${spec.deep}"/></radialGradient>
<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${spec.deep}" stop-opacity="0.18"/><stop offset="1" stop-color="${spec.deep}" stop-opacity="0.55"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#wall)"/><rect y="${floor}" width="${width}" height="${height - floor}" fill="url(#floor)"/></svg>`;
  return svgToPng(svg);
}

/** The cut-out fitted into the box with the soft shadows the ads give it, on a transparent canvas of just their extent. */
async function product(spec: Extract<VideoLayerSpec, { kind: 'product' }>): Promise<DrawnLayer> {
  const shadowRoom = Math.round(spec.maxHeight * 0.12);
  const placed = await placeProduct(spec.cutout, { x: 0, y: 0, width: spec.maxWidth, height: spec.maxHeight - shadowRoom });
  const shadows = await shadowLayers(placed, hexToRgb(spec.tint), { glossy: false, floorDepth: shadowRoom, lean: 0, intensity: 1 });
  const width = spec.maxWidth;
  const height = spec.maxHeight;
  const layers = [...shadows, { input: placed.rgba, raw: { width: placed.box.width, height: placed.box.height, channels: 4 as const }, left: placed.box.x, top: placed.box.y }]
    .map((layer) => ({ ...layer, left: Math.round(layer.left), top: Math.round(layer.top) }))
    .filter((layer) => layer.left >= 0 && layer.top >= 0 && layer.left + layer.raw.width <= width && layer.top + layer.raw.height <= height);
  const png = await pngOf(sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).composite(layers));
  return { png, width, height };
}

/** A photo scaled to cover the frame, centred. */
async function cover(spec: Extract<VideoLayerSpec, { kind: 'cover' }>): Promise<DrawnLayer> {
  const png = await pngOf(sharp(spec.image).rotate().resize(spec.width, spec.height, { fit: 'cover', position: 'attention' }).removeAlpha());
  return { png, width: spec.width, height: spec.height };
}

/** The last scene: the shop's name large, its region, phone and hours below, the logo above when it has one. */
async function endCard(spec: Extract<VideoLayerSpec, { kind: 'end-card' }>): Promise<DrawnLayer> {
  const { width, height } = spec;
  const unit = Math.min(width, height);
  const bold = loadFace('Pretendard', 800);
  const regular = loadFace('Pretendard', 400);
  const color = textOn(spec.background);
  const titleFit = fitText(bold, spec.title, { width: width * 0.84, height: unit * 0.12 * 1.2 * 2 }, { maxSize: Math.round(unit * 0.12), minSize: Math.round(unit * 0.06), maxLines: 2, leading: 1.2 });
  const lineSize = Math.round(unit * 0.048);
  const logoSize = Math.round(unit * 0.2);
  const logo = spec.logo && (await sharp(spec.logo).resize(logoSize, logoSize, { fit: 'inside' }).png().toBuffer({ resolveWithObject: true }));
  const children: Node[] = [
    ...(logo ? [div({ width: logo.info.width, height: logo.info.height, marginBottom: Math.round(unit * 0.04) })] : []),
    ...titleFit.lines.map((line) => div({ display: 'flex', whiteSpace: 'nowrap', fontFamily: 'Pretendard', fontWeight: 800, fontSize: titleFit.size, lineHeight: `${titleFit.lineHeight}px`, color }, line)),
    div({ width: Math.round(unit * 0.12), height: Math.max(4, Math.round(unit * 0.008)), backgroundColor: spec.accent, marginTop: Math.round(unit * 0.035), marginBottom: Math.round(unit * 0.035), borderRadius: 4 }),
    ...spec.lines.map((line) => div({ display: 'flex', whiteSpace: 'nowrap', fontFamily: 'Pretendard', fontWeight: 400, fontSize: lineSize, lineHeight: `${Math.round(lineSize * 1.5)}px`, color }, line)),
  ];
  const svg = await satori(div({ width, height, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', backgroundColor: spec.background }, children) as never, { width, height, fonts: satoriFonts([bold, regular]) });
  const rendered = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  let image = sharp(rendered.pixels, { raw: { width, height, channels: 4 } });
  if (logo) {
    // Laid where the flex layout left its room: centred, above the title block.
    const blockHeight = logo.info.height + Math.round(unit * 0.04) + titleFit.height + 2 * Math.round(unit * 0.035) + Math.max(4, Math.round(unit * 0.008)) + spec.lines.length * Math.round(lineSize * 1.5);
    const top = Math.round((height - blockHeight) / 2);
    image = sharp(await image.composite([{ input: logo.data, left: Math.round((width - logo.info.width) / 2), top }]).png().toBuffer());
  }
  return { png: await pngOf(image.removeAlpha()), width, height };
}

/** Draws one layer; runs in a render worker. */
export function drawVideoLayer(spec: VideoLayerSpec): Promise<DrawnLayer> {
  switch (spec.kind) {
    case 'caption':
      return caption(spec);
    case 'stage':
      return stage(spec);
    case 'product':
      return product(spec);
    case 'cover':
      return cover(spec);
    case 'end-card':
      return endCard(spec);
  }
}
