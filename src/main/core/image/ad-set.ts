import type { MediaLibrary } from '../media/media-library';
import type { CutoutService } from './cutout/cutout-service';
import type { AdFormat } from './formats';
import { dominantColors } from './render/palette';
import type { AdTexts } from './render/render-ad';
import type { RenderPool } from './render/render-pool';
import type { Variant } from './variants';

export interface AdSetRequest {
  sourceSha256: string;
  texts: AdTexts;
  variants: Variant[];
  formats: AdFormat[];
  brandColors: string[];
}

export interface AdSetOutput {
  variantIndex: number;
  format: AdFormat;
  sha256: string;
}

export interface AdSet {
  cutoutSha256: string;
  outputs: AdSetOutput[];
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
  const outputs = await Promise.all(
    jobs.map(async ({ variant, variantIndex, format }) => {
      signal.throwIfAborted();
      const file = await deps.renders.render({ cutoutPng: cutout.png, dominant, brandColors: request.brandColors, texts: request.texts, spec: { ...variant, format } });
      signal.throwIfAborted();
      const stored = await deps.media.importOne({ kind: 'bytes', bytes: file.png });
      done += 1;
      onStep({ done, total: jobs.length, previewSha256: stored.media.sha256 });
      return { variantIndex, format, sha256: stored.media.sha256 };
    }),
  );
  return { cutoutSha256: cutout.media.sha256, outputs };
}
