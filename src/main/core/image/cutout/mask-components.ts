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
      for (const n of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
        if (n < 0 || labels[n] !== 0 || inside[n] !== 1) continue;
        labels[n] = id;
        stack[top++] = n;
      }
    }
    sizes.push(size);
    touchesEdge.push(edge);
  }
  return { labels, sizes, touchesEdge };
}
