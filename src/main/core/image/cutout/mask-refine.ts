/**
 * Cleans a soft foreground mask: drops specks far smaller than the product, fills pinholes
 * inside it, and leaves every soft edge value the model gave alone.
 */

/** Components smaller than this share of the largest one are specks, not products. */
const islandShare = 0.02;
/** Enclosed background smaller than this share of the foreground is a pinhole, not a handle's opening. */
const holeShare = 0.002;

/** 4-connected components of `inside(i)`; returns a label per pixel (0 = outside) and each label's size. */
function label(width: number, height: number, inside: (i: number) => boolean): { labels: Int32Array; sizes: number[]; touchesEdge: boolean[] } {
  const labels = new Int32Array(width * height);
  const sizes = [0];
  const touchesEdge = [false];
  const stack = new Int32Array(width * height);
  for (let start = 0; start < labels.length; start += 1) {
    if (labels[start] !== 0 || !inside(start)) continue;
    const id = sizes.length;
    let size = 0;
    let edge = false;
    let top = 0;
    stack[top++] = start;
    labels[start] = id;
    while (top > 0) {
      const i = stack[--top] as number;
      size += 1;
      const x = i % width;
      const y = (i - x) / width;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) edge = true;
      const visit = (n: number): void => {
        if (labels[n] === 0 && inside(n)) {
          labels[n] = id;
          stack[top++] = n;
        }
      };
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (y > 0) visit(i - width);
      if (y < height - 1) visit(i + width);
    }
    sizes.push(size);
    touchesEdge.push(edge);
  }
  return { labels, sizes, touchesEdge };
}

export function refineMask(mask: Uint8Array, width: number, height: number): Uint8Array {
  const refined = Uint8Array.from(mask);
  const foreground = label(width, height, (i) => (mask[i] ?? 0) >= 128);
  const largest = Math.max(0, ...foreground.sizes.slice(1));
  const foregroundArea = foreground.sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; i < refined.length; i += 1) {
    const id = foreground.labels[i] ?? 0;
    if (id > 0 && (foreground.sizes[id] ?? 0) < largest * islandShare) refined[i] = 0;
  }
  const background = label(width, height, (i) => (mask[i] ?? 0) < 128);
  for (let i = 0; i < refined.length; i += 1) {
    const id = background.labels[i] ?? 0;
    if (id > 0 && !background.touchesEdge[id] && (background.sizes[id] ?? 0) < foregroundArea * holeShare) refined[i] = 255;
  }
  return refined;
}
