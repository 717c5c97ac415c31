/** RGB bytes (HWC) to a −1…1 CHW tensor, as the VAE reads images. */
export function rgbToTensor(rgb: Uint8Array, height: number, width: number): Float32Array {
  const plane = height * width;
  const out = new Float32Array(plane * 3);
  for (let p = 0, o = 0; p < plane; p += 1, o += 3) {
    out[p] = (rgb[o] ?? 0) / 127.5 - 1;
    out[plane + p] = (rgb[o + 1] ?? 0) / 127.5 - 1;
    out[2 * plane + p] = (rgb[o + 2] ?? 0) / 127.5 - 1;
  }
  return out;
}

/** The VAE's −1…1 CHW output back to RGB bytes (HWC). */
export function tensorToRgb(tensor: Float32Array, height: number, width: number): Uint8Array {
  const plane = height * width;
  const rgb = new Uint8Array(plane * 3);
  // A Uint8ClampedArray view clamps and rounds on store, as the conversion needs.
  const clamped = new Uint8ClampedArray(rgb.buffer);
  for (let p = 0, o = 0; p < plane; p += 1, o += 3) {
    clamped[o] = ((tensor[p] ?? 0) + 1) * 127.5;
    clamped[o + 1] = ((tensor[plane + p] ?? 0) + 1) * 127.5;
    clamped[o + 2] = ((tensor[2 * plane + p] ?? 0) + 1) * 127.5;
  }
  return rgb;
}

/** A full-size mask (0–255) averaged down to the latent grid, as 0–1. */
export function maskToLatent(mask: Uint8Array, height: number, width: number): Float32Array {
  const h = height / 8;
  const w = width / 8;
  const out = new Float32Array(h * w);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < 8; dy += 1) for (let dx = 0; dx < 8; dx += 1) sum += mask[(y * 8 + dy) * width + x * 8 + dx] ?? 0;
      out[y * w + x] = sum / (64 * 255);
    }
  }
  return out;
}
