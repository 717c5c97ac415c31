import type { Saliency } from './saliency';

/** A crop of the photo, in fractions (0–1) of its width and height. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The crop stands for the slot: false when no crop of this aspect holds a product whole (it is then fitted whole instead). */
  whole: boolean;
}

/** Sums over any window of the grid in constant time. */
function integral(s: Saliency): (x0: number, y0: number, x1: number, y1: number) => number {
  const stride = s.width + 1;
  const table = new Float64Array(stride * (s.height + 1));
  for (let y = 0; y < s.height; y += 1) {
    for (let x = 0; x < s.width; x += 1) {
      table[(y + 1) * stride + x + 1] = (s.weight[y * s.width + x] ?? 0) + (table[y * stride + x + 1] ?? 0) + (table[(y + 1) * stride + x] ?? 0) - (table[y * stride + x] ?? 0);
    }
  }
  return (x0, y0, x1, y1) => (table[y1 * stride + x1] ?? 0) - (table[y0 * stride + x1] ?? 0) - (table[y1 * stride + x0] ?? 0) + (table[y0 * stride + x0] ?? 0);
}

/** Distance of a point (0–1 within the crop) from where the eye expects the subject: the centre for a product, a third for a scene. */
function offRule(u: number, v: number, rule: Saliency['rule']): number {
  const lines = rule === 'whole' ? [0.5] : [1 / 3, 0.5, 2 / 3];
  const nearest = (t: number): number => Math.min(...lines.map((line) => Math.abs(t - line)));
  return Math.hypot(nearest(u), nearest(v));
}

/**
 * The crop of `aspect` (width over height, in pixels) at `zoom` of the largest that fits, placed
 * where it holds the most saliency with the subject's box whole and its centre on the rule. A
 * detail crop (`keepSubject` false) only looks for the most salient window.
 */
export function smartCrop(s: Saliency, aspect: number, zoom = 1, keepSubject = true): Crop {
  const relative = aspect / s.aspect;
  const width = Math.min(1, relative) * zoom;
  const height = Math.min(1, 1 / relative) * zoom;
  const sum = integral(s);
  const total = Math.max(1e-6, sum(0, 0, s.width, s.height));
  const subject = s.subject && {
    x0: s.subject.x0 / s.width,
    y0: s.subject.y0 / s.height,
    x1: s.subject.x1 / s.width,
    y1: s.subject.y1 / s.height,
  };
  const steps = (free: number, cells: number): number[] => {
    const count = Math.max(1, Math.round(free * cells));
    return Array.from({ length: count + 1 }, (_, i) => (free * i) / count);
  };
  let best: Crop & { score: number } = { x: (1 - width) / 2, y: (1 - height) / 2, width, height, whole: false, score: -Infinity };
  for (const x of steps(1 - width, s.width)) {
    for (const y of steps(1 - height, s.height)) {
      const whole = !subject || (subject.x0 >= x - 1e-9 && subject.x1 <= x + width + 1e-9 && subject.y0 >= y - 1e-9 && subject.y1 <= y + height + 1e-9);
      const inside = sum(Math.round(x * s.width), Math.round(y * s.height), Math.round((x + width) * s.width), Math.round((y + height) * s.height)) / total;
      const centre = subject ? offRule(((subject.x0 + subject.x1) / 2 - x) / width, ((subject.y0 + subject.y1) / 2 - y) / height, s.rule) : 0;
      // Holding the subject whole outranks any amount of saliency; then saliency, then the rule.
      const score = (keepSubject && whole ? 10 : 0) + inside - 0.5 * centre;
      if (score > best.score) best = { x, y, width, height, whole, score };
    }
  }
  // A scene is cropped through where it must: its mass stays centred on the rule.
  return { x: best.x, y: best.y, width: best.width, height: best.height, whole: best.whole || !keepSubject || s.rule === 'mass' };
}
