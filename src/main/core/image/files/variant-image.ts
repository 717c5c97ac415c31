import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Db } from '../../db/client';
import type { Logger } from '../../log/logger';
import type { MediaLibrary } from '../../media/media-library';
import type { Cutout, CutoutService } from '../cutout/cutout-service';
import type { Rgb } from '../../../../shared/color';
import type { AdFormat } from '../formats';
import { shopLogo } from '../render/logo-image';
import { dominantColors } from '../render/palette';
import type { AdTexts } from '../render/render-ad';
import type { RenderedFile, RenderPool } from '../render/render-pool';
import { drawVariant } from '../photo/draw-variant';
import { photoShare, subjectRule } from '../photo/scene';
import { variantAt, type VariantSource } from './variant-source';

export interface AdFileDeps {
  db: () => Db;
  media: MediaLibrary;
  cutouts: CutoutService;
  renders: RenderPool;
  logger: Logger;
}

// A pack or a re-text draws several variants of one result: the cut-out is read, its palette
// measured and the shop's logo read once per loaded result, not once per picture.
export interface PreparedCutout {
  cutout: Cutout;
  dominant: Rgb[];
  logo: Buffer | undefined;
}

const prepared = new WeakMap<VariantSource, Promise<PreparedCutout>>();

/** The result's cut-out, its dominant colours and the shop's logo, read once per loaded result. */
export function preparedCutout(deps: AdFileDeps, source: VariantSource): Promise<PreparedCutout> {
  let entry = prepared.get(source);
  if (!entry) {
    entry = deps
      .cutouts(source.sourceSha256, new AbortController().signal)
      .then(async (cutout) => ({ cutout, dominant: await dominantColors(cutout.pixels), logo: await shopLogo(deps.media, source.brand.logoSha256, deps.logger) }));
    prepared.set(source, entry);
  }
  return entry;
}

/**
 * Draws a variant through the satori/resvg path: the cut-out comes from its cache and the
 * variant's seed fixes every choice, so a format made now matches the ones made before.
 */
export async function renderVariant(deps: AdFileDeps, source: VariantSource, variantIndex: number, format: AdFormat, options: { texts?: AdTexts; withPlate?: boolean } = {}): Promise<RenderedFile> {
  const variant = variantAt(source, variantIndex);
  const { cutout, dominant, logo } = await preparedCutout(deps, source);
  const ground = {
    cutout: cutout.pixels,
    dominant,
    brand: { colors: source.brand.colors, logo },
    texts: options.texts ?? source.texts,
    photo: async () => readFile(await deps.media.workImage(source.sourceSha256)),
    // Whether the request named a place is not kept with the result: the cut-out's own confidence decides.
    subject: subjectRule(photoShare(cutout.quality, false)),
  };
  return drawVariant(deps.renders, ground, variant, format, { withPlate: options.withPlate, backdropImage: await sceneOf(deps, source, variantIndex, format) });
}

/** An AI-background variant's generated scene (the one made for this format, else another of the variant's). */
async function sceneOf(deps: AdFileDeps, source: VariantSource, variantIndex: number, format: AdFormat) {
  const scenes = source.scenes.filter((s) => s.variantIndex === variantIndex);
  const scene = scenes.find((s) => s.format === format) ?? scenes[0];
  const served = scene && (await deps.media.resolve(scene.sha256, null));
  if (!served) return undefined;
  const { data, info } = await sharp(served.path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { rgb: new Uint8Array(data), width: info.width, height: info.height };
}

/** The stored file when this variant was made in this format already, else a fresh render. */
export async function variantPng(deps: AdFileDeps, source: VariantSource, variantIndex: number, format: AdFormat): Promise<Buffer> {
  const stored = source.generation.outputs.find((output) => output.variantIndex === variantIndex && output.format === format);
  const served = stored && (await deps.media.resolve(stored.sha256, null));
  if (served) return readFile(served.path);
  return (await renderVariant(deps, source, variantIndex, format)).png;
}
