import { maskToLatent, rgbToTensor } from '../image-tensors';
import type { DiffusionPipeline } from '../load-pipeline';
import { decode, denoise, prepare, requireEncoder, type DiffusionImage, type DiffusionSettings, type RunHooks } from './stages';

/**
 * A new world around the product. `productAlpha` (0–255 per pixel) marks the product; everything
 * else is generated from full noise. A 9-channel inpainting UNet reads the mask and the masked
 * image itself; with a 4-channel UNet the product's region is held to the source's latents
 * (noised to each step) so the scene grows around it. Last, the product's own pixels are laid
 * back over the result: wherever it is opaque they are the source's, bit for bit.
 */
export async function outpaint(pipeline: DiffusionPipeline, settings: DiffusionSettings, image: Uint8Array, productAlpha: Uint8Array, hooks: RunHooks): Promise<DiffusionImage> {
  const { width, height } = settings;
  // 1. Encode the prompt; full denoise outside the product.
  const prepared = await prepare(pipeline, settings);
  const { latentHeight, latentWidth, latentSize, scheduler } = prepared;
  const plane = latentHeight * latentWidth;
  // 2. The product's mask on the latent grid (1 = keep); its latents are encoded where the UNet needs them.
  const encoder = requireEncoder(pipeline);
  const keep = maskToLatent(productAlpha, height, width);
  const start = prepared.noise(latentSize).map((v) => v * scheduler.initNoiseSigma);

  // 3. Denoise: the inpainting UNet is told what to keep; a plain UNet has the region held each step.
  let clean: Float32Array;
  if (pipeline.unet.inChannels === 9) {
    const maskedImage = new Uint8Array(image.length);
    for (let p = 0; p < width * height; p += 1) {
      const a = (productAlpha[p] ?? 0) / 255;
      // Background pixels are blanked to mid-grey (0 in the VAE's range), as diffusers masks them.
      for (let c = 0; c < 3; c += 1) maskedImage[p * 3 + c] = Math.round((image[p * 3 + c] ?? 0) * a + 127.5 * (1 - a));
    }
    const maskedLatents = await encoder.encode(rgbToTensor(maskedImage, height, width), height, width);
    const extra = new Float32Array(plane * 5);
    for (let p = 0; p < plane; p += 1) extra[p] = 1 - (keep[p] ?? 0);
    extra.set(maskedLatents, plane);
    clean = await denoise(pipeline, prepared, settings, start, hooks, { extraChannels: extra });
  } else {
    const source = await encoder.encode(rgbToTensor(image, height, width), height, width);
    // Only the product's latents are held: gather them once, noise just those each step.
    const held: number[] = [];
    for (let c = 0; c < 4; c += 1) for (let p = 0; p < plane; p += 1) if ((keep[p] ?? 0) > 0) held.push(c * plane + p);
    const heldSource = Float32Array.from(held, (i) => source[i] ?? 0);
    const hold = (latents: Float32Array, index: number): Float32Array => {
      const last = index + 1 >= scheduler.timesteps.length;
      const known = last ? heldSource : scheduler.addNoise(heldSource, prepared.noise(held.length), index + 1);
      for (let j = 0; j < held.length; j += 1) {
        const i = held[j] ?? 0;
        const k = keep[i % plane] ?? 0;
        latents[i] = k * (known[j] ?? 0) + (1 - k) * (latents[i] ?? 0);
      }
      return latents;
    };
    clean = await denoise(pipeline, prepared, settings, start, hooks, { afterStep: hold });
  }
  // 4. Decode the scene.
  const scene = await decode(pipeline, clean, settings);
  // 5. The product's own pixels back on top, blended only where its edge is soft.
  for (let p = 0; p < width * height; p += 1) {
    const a = productAlpha[p] ?? 0;
    if (a === 0) continue;
    for (let c = 0; c < 3; c += 1) {
      const i = p * 3 + c;
      scene.rgb[i] = a === 255 ? (image[i] ?? 0) : Math.round(((image[i] ?? 0) * a + (scene.rgb[i] ?? 0) * (255 - a)) / 255);
    }
  }
  return scene;
}
