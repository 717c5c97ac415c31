export interface Components {
  /** A label per pixel: 0 outside, else the piece's number. */
  labels: Int32Array;
  /** Pixels per label; index 0 (outside) stays 0. */
  sizes: number[];
  /** Whether each label reaches the frame's edge. */
  touchesEdge: boolean[];
}

/** 4-connected pieces of the pixels where `inside` is 1. */
export function components(inside: Uint8Array, width: number, height: number): Components {
  const labels = new Int32Array(width * height);
  const sizes = [0];
  const touchesEdge = [false];
  const stack = new Int32Array(width * height);
  for (let start = 0; start < labels.length; start += 1) {
    if (labels[start] !== 0 || inside[start] !== 1) continue;
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
      // Unrolled neighbours: this loop runs once per pixel of a megapixel mask.
      if (x > 0 && labels[i - 1] === 0 && inside[i - 1] === 1) {
        labels[i - 1] = id;
        stack[top++] = i - 1;
      }
      if (x < width - 1 && labels[i + 1] === 0 && inside[i + 1] === 1) {
        labels[i + 1] = id;
        stack[top++] = i + 1;
      }
      if (y > 0 && labels[i - width] === 0 && inside[i - width] === 1) {
        labels[i - width] = id;
        stack[top++] = i - width;
      }
      if (y < height - 1 && labels[i + width] === 0 && inside[i + width] === 1) {
        labels[i + width] = id;
        stack[top++] = i + width;
      }
    }
    sizes.push(size);
    touchesEdge.push(edge);
  }
  return { labels, sizes, touchesEdge };
}
