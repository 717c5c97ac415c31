import type { DiffusionPipeline } from '../load-pipeline';
import { decode, denoise, prepare, type DiffusionImage, type DiffusionSettings, type RunHooks } from './stages';

/** A scene from a prompt. */
export async function txt2img(pipeline: DiffusionPipeline, settings: DiffusionSettings, hooks: RunHooks): Promise<DiffusionImage> {
  // 1. Encode the prompt; set up the sampler and the seeded noise.
  const prepared = await prepare(pipeline, settings);
  // 2. Start from pure noise at the sampler's first σ.
  const latents = prepared.noise(prepared.latentSize);
  const sigma = prepared.scheduler.initNoiseSigma;
  for (let i = 0; i < latents.length; i += 1) latents[i] = (latents[i] ?? 0) * sigma;
  // 3. Denoise, previewing each step.
  const clean = await denoise(pipeline, prepared, settings, latents, hooks);
  // 4. Decode to pixels.
  return decode(pipeline, clean, settings);
}
