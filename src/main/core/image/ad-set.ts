import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { isPhotoLayout } from '../../../shared/ad-design';
import { AppError } from '../../../shared/errors';
import type { Logger } from '../log/logger';
import type { MediaLibrary } from '../media/media-library';
import type { DiffusionPreview } from './ai-background/ai-backdrop';
import type { CutoutPixels } from './cutout/cutout-pixels';
import type { CutoutService, CutoutStep } from './cutout/cutout-service';
import { cutoutPreview } from './cutout/cutout-preview';
import type { SmallMask } from './cutout/segment-image';
import type { AdFormat } from './formats';
import { dominantColors } from './render/palette';
import type { AdBrand, AdSpec, AdTexts } from './render/render-ad';
import type { RenderPool } from './render/render-pool';
import { drawVariant } from './photo/draw-variant';
import { withPhotoLayouts } from './photo/photo-variants';
import { photoShare, subjectRule } from './photo/scene';
import type { Variant } from './variants';
import { rankVariants, scoreVariant, type AdMeasures } from './ranking/variant-score';
import { lookScores, type LookScorer } from './ranking/ad-look';
import type { VariantScore } from '../../../shared/ipc/generations';

/** Generated backgrounds for a set: one scene per variant and format, previews as it paints. */
export interface AiBackgrounds {
  scene(cutout: CutoutPixels, spec: AdSpec, signal: AbortSignal, onPreview: (preview: DiffusionPreview) => void): Promise<{ rgb: Uint8Array; width: number; height: number; provider: string; fallbackReason: string | null }>;
}

export interface AdSetRequest {
  sourceSha256: string;
  texts: AdTexts;
  variants: Variant[];
  formats: AdFormat[];
  /** The shop's colours and its logo, already read and made safe (shopLogo). */
  brand: AdBrand;
  /** When the owner chose AI backgrounds and a diffusion model is installed. */
  ai?: AiBackgrounds;
  /** The request is about a place (a stay, a shop front, a room): its photo is shown, never cut out. */
  sceneRequest: boolean;
}

export interface AdSetOutput {
  variantIndex: number;
  format: AdFormat;
  sha256: string;
  /** The generated scene behind it (PNG in the media store), so the variant can be drawn again. */
  sceneSha256?: string;
}

export interface AdSet {
  cutoutSha256: string;
  /** The variants as drawn: the planned ones, the last turned into photo layouts as far as the photo asks. */
  variants: Variant[];
  /** Best variant first (by `ranking`), each variant's formats together; variantIndex still names the planned variant. */
  outputs: AdSetOutput[];
  /** Every variant's quality score, best first. */
  ranking: VariantScore[];
  /** How the AI backgrounds went: the provider used, or why built-in backdrops stood in. */
  aiNotes: string[];
  /** Milliseconds: getting the cut-out (from cache or the model), then drawing and storing every ad. */
  timings: { cutout: number; drawing: number };
}

export interface AdSetDeps {
  media: MediaLibrary;
  cutouts: CutoutService;
  renders: RenderPool;
  logger: Logger;
  /** The installed image–text scorer, when there is one. */
  scorer?: () => LookScorer | undefined;
}

/**
 * Every variant in every format for one photo: the cut-out (from cache when the photo was cut
 * before; a fresh one is shown on a plain floor as soon as the model has made its mask), then
 * renders in parallel on the worker pool, the first format (the platform's) of every variant
 * first, each stored and announced as it lands.
 */
export interface AdSetProgress {
  /** A fresh cut-out's steps as they begin (a cached one has none). */
  cutout: (step: CutoutStep) => void;
  /** A picture to show meanwhile that is not an ad: the product on a plain floor, a scene being painted. */
  preview: (sha256: string) => void;
  /** How many of the set's images are drawn, with the one that just landed. */
  drawn: (step: { done: number; total: number; previewSha256?: string }) => void;
}

export async function makeAdSet(deps: AdSetDeps, request: AdSetRequest, signal: AbortSignal, progress: AdSetProgress): Promise<AdSet> {
  const total = request.variants.length * request.formats.length;
  const showMask = (small: SmallMask): void => {
    const [format] = request.formats;
    if (!format) return;
    // Only a missed preview, never a failed ad.
    void cutoutPreview(small, format)
      .then((jpeg) => deps.media.importOne({ kind: 'bytes', bytes: jpeg }))
      .then((stored) => progress.preview(stored.media.sha256))
      .catch((error: unknown) => deps.logger.log('warn', 'image', 'Cut-out preview failed', { error: String(error) }));
  };
  const start = performance.now();
  const cutout = await deps.cutouts(request.sourceSha256, signal, { onStep: progress.cutout, onSmallMask: showMask });
  const cutoutMs = performance.now() - start;
  const dominant = await dominantColors(cutout.pixels);
  const share = photoShare(cutout.quality, request.sceneRequest);
  // The owner who picked AI backgrounds asked for painted scenes: only a photo that is a scene itself goes without.
  const variants = request.ai && share !== 'scene' ? request.variants : withPhotoLayouts(request.variants, share);
  let photo: Promise<Buffer> | undefined;
  const ground = {
    cutout: cutout.pixels,
    dominant,
    brand: request.brand,
    texts: request.texts,
    photo: () => (photo ??= deps.media.workImage(request.sourceSha256).then((path) => readFile(path))),
    subject: subjectRule(share),
  };
  const jobs = drawOrder(variants, request.formats, (variant) => isPhotoLayout(variant.layout));
  // Read before the first render is queued, so the photo layouts reach the pool in their turn.
  if (variants.some((variant) => isPhotoLayout(variant.layout))) await ground.photo();
  let done = 0;
  progress.drawn({ done, total });
  const aiNotes = new Set<string>();
  const preview = async (rgb: Uint8Array, width: number, height: number) => {
    // Latent previews are tiny (one pixel per latent) and get blown up crisply; tiny-VAE ones are pictures already.
    const scale = Math.max(1, Math.floor(256 / Math.max(width, height)));
    const png = await sharp(rgb, { raw: { width, height, channels: 3 } }).resize(width * scale, height * scale, { kernel: 'nearest' }).png().toBuffer();
    progress.preview((await deps.media.importOne({ kind: 'bytes', bytes: png })).media.sha256);
  };
  const sceneFor = async (spec: AdSpec) => {
    if (!request.ai) return undefined;
    try {
      // A preview that cannot be stored is only a missed preview, never a failed ad.
      const scene = await request.ai.scene(cutout.pixels, spec, signal, (p) => void preview(p.rgb, p.width, p.height).catch(() => undefined));
      aiNotes.add(scene.fallbackReason ? `AI 배경: ${scene.fallbackReason}` : `AI 배경: ${scene.provider === 'cpu' ? 'CPU' : scene.provider.toUpperCase()}에서 만들었어요`);
      return scene;
    } catch (error) {
      signal.throwIfAborted();
      // Never an empty result: the built-in backdrop stands in, and the reply says why.
      aiNotes.add(`AI 배경을 만들지 못해 기본 배경을 썼어요 (${error instanceof AppError ? error.userMessage : String(error)})`);
      return undefined;
    }
  };
  const drawn = await Promise.all(
    jobs.map(async ({ variant, variantIndex, format }) => {
      signal.throwIfAborted();
      const { layout } = variant;
      const backdropImage = isPhotoLayout(layout) ? undefined : await sceneFor({ ...variant, layout, format });
      const file = await drawVariant(deps.renders, ground, variant, format, { backdropImage });
      const scene = backdropImage && (await deps.media.importOne({ kind: 'bytes', bytes: await sharp(backdropImage.rgb, { raw: { width: backdropImage.width, height: backdropImage.height, channels: 3 } }).png().toBuffer() }));
      signal.throwIfAborted();
      const stored = await deps.media.storeDrawn(file);
      done += 1;
      progress.drawn({ done, total, previewSha256: stored.media.sha256 });
      return { output: { variantIndex, format, sha256: stored.media.sha256, sceneSha256: scene?.media.sha256 }, measures: file.measures };
    }),
  );
  const [firstFormat] = request.formats;
  const firstImages = variants.map((_, variantIndex) => drawn.find((d) => d.output.variantIndex === variantIndex && d.output.format === firstFormat)?.output.sha256 ?? '');
  const looks = await lookScores(deps.scorer?.(), deps.media, deps.logger, firstImages.every(Boolean) ? firstImages : [], signal);
  const ranking = rankSet(variants, drawn, cutout.quality.confidence, looks);
  const place = new Map(ranking.map((score, i) => [score.variantIndex, i]));
  const outputs = drawn.map((d) => d.output).sort((a, b) => (place.get(a.variantIndex) ?? 0) - (place.get(b.variantIndex) ?? 0));
  return { cutoutSha256: cutout.media.sha256, variants, outputs, ranking, aiNotes: [...aiNotes], timings: { cutout: Math.round(cutoutMs), drawing: Math.round(performance.now() - start - cutoutMs) } };
}

/**
 * Every variant in the first format before any in the next: the pool draws in this order, so the
 * platform's size comes first. Within a size the slow ones (`slow`: photo layouts, which decode
 * and crop the photo) go first, so the set does not wait on one of them drawn last.
 */
export function drawOrder<V>(variants: readonly V[], formats: readonly AdFormat[], slow: (variant: V) => boolean = () => false): { variant: V; variantIndex: number; format: AdFormat }[] {
  const inSize = variants.map((variant, variantIndex) => ({ variant, variantIndex })).sort((a, b) => Number(slow(b.variant)) - Number(slow(a.variant)));
  return formats.flatMap((format) => inSize.map((entry) => ({ ...entry, format })));
}

/**
 * The set's variants scored from what each drew, best first. The cut-out's confidence counts
 * only for variants that placed the cut-out (a photo layout shows the owner's photo instead).
 */
function rankSet(variants: readonly Variant[], drawn: { output: AdSetOutput; measures: AdMeasures }[], confidence: number, looks: readonly (number | undefined)[]): VariantScore[] {
  return rankVariants(
    variants.map((variant, variantIndex) => {
      const measures = drawn.filter((d) => d.output.variantIndex === variantIndex).map((d) => d.measures);
      return scoreVariant(variantIndex, measures, { cutout: isPhotoLayout(variant.layout) ? undefined : confidence, clip: looks[variantIndex] });
    }),
  );
}
