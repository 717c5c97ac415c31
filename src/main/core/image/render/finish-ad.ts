import sharp from 'sharp';
import { thumbnailSizes } from '../../../../shared/ipc/media';
import { derivedImage } from '../../media/image-probe';
import type { Rect } from '../formats';
import type { TextBlock } from '../layouts/layouts';
import type { Rgb } from '../../../../shared/color';
import { placeLogo, type PlacedLogo } from './logo-layer';
import { renderTextLayer, setBlock, type Backing, type SetBlock } from './text-layer';

/** Mean colour and spread (largest channel standard deviation) of the pixels behind a block. */
export function backingOf(raw: Buffer, width: number, box: Rect): Backing {
  const sum = [0, 0, 0];
  const squares = [0, 0, 0];
  let n = 0;
  // Every other pixel in each direction: a quarter of the work, the same statistics.
  for (let y = box.y; y < box.y + box.height; y += 2) {
    for (let x = box.x; x < box.x + box.width; x += 2) {
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c += 1) {
        const v = raw[i + c] ?? 0;
        sum[c] = (sum[c] ?? 0) + v;
        squares[c] = (squares[c] ?? 0) + v * v;
      }
      n += 1;
    }
  }
  const mean = sum.map((s) => s / Math.max(1, n)) as Rgb;
  const spread = Math.max(...squares.map((q, c) => Math.sqrt(Math.max(0, q / Math.max(1, n) - (mean[c] ?? 0) ** 2))));
  return { mean, spread };
}

/** Each block that has copy, set in the colour (and, where needed, over the scrim) its backing asks for. */
export function setBlocks(scene: Buffer, width: number, plan: readonly TextBlock[], texts: Partial<Record<TextBlock['role'], string>> & { keep?: string[] }): SetBlock[] {
  const blocks: SetBlock[] = [];
  for (const block of plan) {
    const text = texts[block.role]?.trim();
    if (!text) continue;
    blocks.push(setBlock(block, text, backingOf(scene, width, block.box), texts.keep));
  }
  return blocks;
}

export interface FinishedAd {
  png: Buffer;
  /** Its 256-px preview as the media store keeps it, made from the same pixels. */
  preview: Buffer;
  plate?: Buffer;
  logo?: PlacedLogo;
}

/**
 * The drawn scene (raw RGB) with its text layer and the shop's logo where it has room: the PNG,
 * its preview, and the plate without text when asked for live editing.
 */
export async function finishAd(scene: Buffer, width: number, height: number, blocks: SetBlock[], options: { logo?: Buffer; safe: Rect; avoid: Rect[]; withPlate?: boolean }): Promise<FinishedAd> {
  const textLayer = await renderTextLayer(width, height, blocks);
  const logo = options.logo && (await placeLogo(options.logo, {
    width,
    height,
    safe: options.safe,
    avoid: [...options.avoid, ...blocks.map((set) => set.inked)],
    shopName: blocks.find((set) => set.block.role === 'shop'),
    behind: (box) => backingOf(scene, width, box),
  }));
  const logoLayers = logo ? logo.overlays : [];
  const raw = { width, height, channels: 3 as const };
  const finished = await sharp(scene, { raw })
    .composite([...(textLayer ? [{ input: textLayer.pixels, raw: { width: textLayer.area.width, height: textLayer.area.height, channels: 4 as const }, left: textLayer.area.x, top: textLayer.area.y }] : []), ...logoLayers])
    .removeAlpha()
    .raw()
    .toBuffer();
  const [png, preview] = await Promise.all([sharp(finished, { raw }).png({ compressionLevel: 4 }).toBuffer(), derivedImage(sharp(finished, { raw }), thumbnailSizes[0]).toBuffer()]);
  const plate = options.withPlate ? await sharp(scene, { raw: { width, height, channels: 3 } }).composite(logoLayers).png({ compressionLevel: 4 }).toBuffer() : undefined;
  return { png, preview, plate, logo: logo ? logo.placed : undefined };
}
