/**
 * A cheap look at the latents while they denoise: SD's four latent channels map almost linearly
 * to RGB (the factors community previewers use), one pixel per latent — no VAE run.
 */
const factors = [
  [0.298, 0.207, 0.208],
  [0.187, 0.286, 0.173],
  [-0.158, 0.189, 0.264],
  [-0.184, -0.271, -0.473],
] as const;

export function latentPreview(latents: Float32Array, height: number, width: number): Uint8Array {
  const plane = height * width;
  const rgb = new Uint8Array(plane * 3);
  for (let p = 0; p < plane; p += 1) {
    for (let c = 0; c < 3; c += 1) {
      let v = 0;
      for (let k = 0; k < 4; k += 1) v += (latents[k * plane + p] ?? 0) * (factors[k]?.[c] ?? 0);
      rgb[p * 3 + c] = Math.max(0, Math.min(255, Math.round((v + 1) * 127.5)));
    }
  }
  return rgb;
}
