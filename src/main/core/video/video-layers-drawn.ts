import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hexToRgb, rgbToHex } from '../../../shared/color';
import type { Shop } from '../../../shared/ipc/shops';
import type { VideoFormat } from '../../../shared/video';
import type { Cutout } from '../image/cutout/cutout-service';
import { formatSizes, safeArea } from '../image/formats';
import { variantPng, type AdFileDeps, type PreparedCutout } from '../image/files/variant-image';
import { variantAt, type VariantSource } from '../image/files/variant-source';
import { photoShare } from '../image/photo/scene';
import { paletteFrom } from '../image/render/palette';
import { captionRoles, type CaptionRole, type VideoLayerSpec } from './layers/video-layers';
import type { LayerFile, LayerName } from './motion/filter-graph';
import type { MotionScript } from './motion/templates';

/** What the captions say: the headline, the offer's facts as the owner wrote them (or the sub-copy), the call to action. */
export function captionTexts(source: VariantSource): Partial<Record<CaptionRole, string>> {
  const record = source.generation.outputCopy;
  const facts = (record?.reading?.facts ?? []).filter((fact) => fact.kind !== 'phone').map((fact) => fact.text);
  const offer = facts.length > 0 ? [...new Set(facts)].join(' · ') : source.texts.subcopy;
  const texts: Partial<Record<CaptionRole, string>> = { headline: source.texts.headline, offer, cta: source.texts.cta };
  return Object.fromEntries(Object.entries(texts).filter(([, text]) => text && text.trim().length > 0));
}

/** The end card's lines under the shop's name: where, how to call, when it is open. */
export function endCardLines(shop: Shop): string[] {
  return [shop.region || shop.address, shop.phone && `전화 ${shop.phone}`, shop.hours].map((line) => line.trim()).filter((line) => line.length > 0);
}

/** Whether the video can reveal the product itself: only a cut-out trusted enough to be composited. */
export const revealsProduct = (cutout: Cutout): boolean => photoShare(cutout.quality, false) !== 'scene';

/**
 * Draws every still the script uses, once, in the render workers (they run side by side): the
 * finished ad (the stored picture when it was made in this size), the source photo to cover the frame, the product on a stage
 * in the shop's colours, each caption and the end card. Each is written to `workDir` as a PNG.
 */
export async function drawVideoLayers(deps: AdFileDeps, input: { source: VariantSource; variantIndex: number; format: VideoFormat; shop: Shop; prepared: PreparedCutout; script: MotionScript; workDir: string }): Promise<Partial<Record<LayerName, LayerFile>>> {
  const { source, format, shop, prepared, script, workDir } = input;
  const { width, height } = formatSizes[format];
  const variant = variantAt(source, input.variantIndex);
  const palette = paletteFrom(prepared.dominant, shop.brandColors, variant.paletteShift, variant.vividPalette === true, variant.whitePalette === true);
  const texts = captionTexts(source);
  const used = new Set<LayerName>([...script.scenes.map((scene) => scene.layer), ...script.overlays.map((overlay) => overlay.layer)]);
  const unit = Math.min(width, height);
  const safe = safeArea(format);
  const keep = source.texts.keep ?? [];
  // The call to action sits on the end card (the deep colour): a light pill stands out from it.
  const captionFill: Record<CaptionRole, string> = { headline: '#ffffff', offer: palette.brand[0] ?? palette.accent, cta: palette.light };
  const captionSize: Record<CaptionRole, number> = { headline: Math.round(unit * 0.068 * script.headlineScale), offer: Math.round(unit * 0.05), cta: Math.round(unit * 0.056) };
  const photo = await readFile(await deps.media.workImage(source.sourceSha256));
  // A shade deeper than the stage's edge, so the closing card reads as its own scene.
  const cardColor = rgbToHex(hexToRgb(palette.deep).map((c) => c * 0.85) as [number, number, number]);

  const specs: [LayerName, () => Promise<{ png: Buffer; width: number; height: number }>][] = [];
  const draw = (spec: VideoLayerSpec) => () => deps.renders.drawVideoLayer(spec);
  if (used.has('ad')) specs.push(['ad', async () => ({ png: await variantPng(deps, source, input.variantIndex, format), width, height })]);
  if (used.has('photo')) specs.push(['photo', draw({ kind: 'cover', image: photo, width, height })]);
  if (used.has('stage')) specs.push(['stage', draw({ kind: 'stage', width, height, light: palette.light, deep: palette.deep })]);
  // Below a headline at the top of the safe area: a little more than half the frame's height.
  if (used.has('product')) specs.push(['product', draw({ kind: 'product', cutout: prepared.cutout.pixels, maxWidth: Math.round(width * 0.72), maxHeight: Math.round(height * (height > width ? 0.56 : 0.5)), tint: palette.deep })]);
  for (const role of captionRoles) {
    const text = texts[role];
    if (used.has(role) && text) specs.push([role, draw({ kind: 'caption', role, text, keep, maxWidth: safe.width, size: captionSize[role], fill: captionFill[role] })]);
  }
  if (used.has('end')) specs.push(['end', draw({ kind: 'end-card', width, height, background: cardColor, accent: palette.brand[0] ?? palette.accent, title: shop.name, lines: endCardLines(shop), logo: prepared.logo })]);

  const drawn = await Promise.all(
    specs.map(async ([name, make]) => {
      const layer = await make();
      const file = join(workDir, `${name}.png`);
      await writeFile(file, layer.png);
      return [name, { file, width: layer.width, height: layer.height }] as const;
    }),
  );
  return Object.fromEntries(drawn);
}

