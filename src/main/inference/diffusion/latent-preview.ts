/**
 * A cheap look at the latents while they denoise: SD's four latent channels map almost linearly
 * to RGB (the factors community previewers use), one pixel per latent — no VAE run.
 */
// Rows: latent channels 0–3; columns: R, G, B.
const factors = Float32Array.from([0.298, 0.207, 0.208, 0.187, 0.286, 0.173, -0.158, 0.189, 0.264, -0.184, -0.271, -0.473]);

export function latentPreview(latents: Float32Array, height: number, width: number): Uint8Array {
  const plane = height * width;
  const rgb = new Uint8Array(plane * 3);
  // A clamped view rounds and clamps on store, as the conversion needs.
  const clamped = new Uint8ClampedArray(rgb.buffer);
  for (let p = 0; p < plane; p += 1) {
    const l0 = latents[p] ?? 0;
    const l1 = latents[plane + p] ?? 0;
    const l2 = latents[2 * plane + p] ?? 0;
    const l3 = latents[3 * plane + p] ?? 0;
    for (let c = 0; c < 3; c += 1) {
      const v = l0 * (factors[c] ?? 0) + l1 * (factors[3 + c] ?? 0) + l2 * (factors[6 + c] ?? 0) + l3 * (factors[9 + c] ?? 0);
      clamped[p * 3 + c] = (v + 1) * 127.5;
    }
  }
  return rgb;
}
