import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import type { MediaLibrary } from '../media/media-library';
import type { DiffusionPreview } from './ai-background/ai-backdrop';
import type { CutoutService } from './cutout/cutout-service';
import type { AdFormat } from './formats';
import { dominantColors } from './render/palette';
import type { AdBrand, AdSpec, AdTexts } from './render/render-ad';
import type { RenderPool } from './render/render-pool';
import type { Variant } from './variants';

/** Generated backgrounds for a set: one scene per variant and format, previews as it paints. */
export interface AiBackgrounds {
  scene(cutoutPng: Buffer, spec: AdSpec, signal: AbortSignal, onPreview: (preview: DiffusionPreview) => void): Promise<{ rgb: Uint8Array; width: number; height: number; provider: string; fallbackReason: string | null }>;
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
  outputs: AdSetOutput[];
  /** How the AI backgrounds went: the provider used, or why built-in backdrops stood in. */
  aiNotes: string[];
}

export interface AdSetDeps {
  media: MediaLibrary;
  cutouts: CutoutService;
  renders: RenderPool;
}

/**
 * Every variant in every format for one photo: the cut-out (from cache when the photo was cut
 * before), then renders in parallel on the worker pool, each stored and announced as it lands.
 */
export async function makeAdSet(deps: AdSetDeps, request: AdSetRequest, signal: AbortSignal, onStep: (step: { done: number; total: number; previewSha256?: string }) => void): Promise<AdSet> {
  const cutout = await deps.cutouts(request.sourceSha256, signal);
  const dominant = await dominantColors(cutout.png);
  const jobs = request.variants.flatMap((variant, variantIndex) => request.formats.map((format) => ({ variant, variantIndex, format })));
  let done = 0;
  onStep({ done, total: jobs.length });
  const aiNotes = new Set<string>();
  const preview = async (rgb: Uint8Array, width: number, height: number) => {
    // Latent previews are tiny (one pixel per latent) and get blown up crisply; tiny-VAE ones are pictures already.
    const scale = Math.max(1, Math.floor(256 / Math.max(width, height)));
    const png = await sharp(rgb, { raw: { width, height, channels: 3 } }).resize(width * scale, height * scale, { kernel: 'nearest' }).png().toBuffer();
    onStep({ done, total: jobs.length, previewSha256: (await deps.media.importOne({ kind: 'bytes', bytes: png })).media.sha256 });
  };
  const sceneFor = async (spec: AdSpec) => {
    if (!request.ai) return undefined;
    try {
      // A preview that cannot be stored is only a missed preview, never a failed ad.
      const scene = await request.ai.scene(cutout.png, spec, signal, (p) => void preview(p.rgb, p.width, p.height).catch(() => undefined));
      aiNotes.add(scene.fallbackReason ? `AI 배경: ${scene.fallbackReason}` : `AI 배경: ${scene.provider === 'cpu' ? 'CPU' : scene.provider.toUpperCase()}에서 만들었어요`);
      return scene;
    } catch (error) {
      signal.throwIfAborted();
      // Never an empty result: the built-in backdrop stands in, and the reply says why.
      aiNotes.add(`AI 배경을 만들지 못해 기본 배경을 썼어요 (${error instanceof AppError ? error.userMessage : String(error)})`);
      return undefined;
    }
  };
  const outputs = await Promise.all(
    jobs.map(async ({ variant, variantIndex, format }) => {
      signal.throwIfAborted();
      const spec = { ...variant, format };
      const backdropImage = await sceneFor(spec);
      const file = await deps.renders.render({ cutoutPng: cutout.png, dominant, brand: request.brand, texts: request.texts, spec, backdropImage });
      const scene = backdropImage && (await deps.media.importOne({ kind: 'bytes', bytes: await sharp(backdropImage.rgb, { raw: { width: backdropImage.width, height: backdropImage.height, channels: 3 } }).png().toBuffer() }));
      signal.throwIfAborted();
      const stored = await deps.media.importOne({ kind: 'bytes', bytes: file.png });
      done += 1;
      onStep({ done, total: jobs.length, previewSha256: stored.media.sha256 });
      return { variantIndex, format, sha256: stored.media.sha256, sceneSha256: scene?.media.sha256 };
    }),
  );
  return { cutoutSha256: cutout.media.sha256, outputs, aiNotes: [...aiNotes] };
}
