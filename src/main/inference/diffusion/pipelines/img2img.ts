import { rgbToTensor } from '../image-tensors';
import type { DiffusionPipeline } from '../load-pipeline';
import { decode, denoise, prepare, requireEncoder, type DiffusionImage, type DiffusionSettings, type RunHooks } from './stages';

/** A new take on an image (a built-in backdrop): `strength` is how much of it may change (0–1). */
export async function img2img(pipeline: DiffusionPipeline, settings: DiffusionSettings, image: Uint8Array, strength: number, hooks: RunHooks): Promise<DiffusionImage> {
  // 1. Encode the prompt; the sampler runs only the last `strength` share of its steps.
  const prepared = await prepare(pipeline, settings, strength);
  // 2. Encode the image to latents and noise them to the first timestep that runs.
  const source = await requireEncoder(pipeline).encode(rgbToTensor(image, settings.height, settings.width), settings.height, settings.width);
  const latents = prepared.scheduler.addNoise(source, prepared.noise(prepared.latentSize), 0);
  // 3. Denoise from there.
  const clean = await denoise(pipeline, prepared, settings, latents, hooks);
  // 4. Decode.
  return decode(pipeline, clean, settings);
}
