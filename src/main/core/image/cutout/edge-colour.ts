/**
 * Edge pixels that are part product, part old background carry the background's colour: a
 * dark studio backdrop leaves a dark rim around the product on every new scene. Each
 * half-transparent pixel takes the mean colour of the fully opaque product pixels near it; its
 * alpha, and every opaque pixel, stay as they are.
 */
export function decontaminateEdges(rgb: Buffer, alpha: Uint8Array, width: number, height: number): void {
  const radius = Math.max(2, Math.round(Math.max(width, height) / 500));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const a = alpha[y * width + x] ?? 0;
      if (a === 0 || a === 255) continue;
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy += 1) {
        for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx += 1) {
          const j = yy * width + xx;
          if (alpha[j] !== 255) continue;
          r += rgb[j * 3] ?? 0;
          g += rgb[j * 3 + 1] ?? 0;
          b += rgb[j * 3 + 2] ?? 0;
          n += 1;
        }
      }
      if (n === 0) continue;
      const i = (y * width + x) * 3;
      rgb[i] = Math.round(r / n);
      rgb[i + 1] = Math.round(g / n);
      rgb[i + 2] = Math.round(b / n);
    }
  }
}
