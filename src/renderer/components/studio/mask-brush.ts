import { unionBox, type Box } from '../../../shared/geometry';

/** A cut-out's mask as the brush edits it: one alpha level per photo pixel, row by row. */
export interface Mask {
  readonly width: number;
  readonly height: number;
  readonly alpha: Uint8Array;
}

/** The part of the mask a change touched, in mask pixels, for redrawing only that. */
export type DirtyRect = Box;

export type BrushMode = 'erase' | 'restore';

/** Pixels the edge of a dab fades over, so a stroke leaves no stair-stepped rim on the product. */
const feather = 1.5;

/** Alpha at and above this counts as part of the object when "keep only this" follows it. */
const objectFloor = 16;

const clampRect = (mask: Mask, x0: number, y0: number, x1: number, y1: number): DirtyRect | undefined => {
  const x = Math.max(0, Math.floor(x0));
  const y = Math.max(0, Math.floor(y0));
  const right = Math.min(mask.width, Math.ceil(x1));
  const bottom = Math.min(mask.height, Math.ceil(y1));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
};

export function unionRect(a: DirtyRect | undefined, b: DirtyRect | undefined): DirtyRect | undefined {
  return a && b ? unionBox(a, b) : (a ?? b);
}

/**
 * One round dab: erase lowers alpha towards 0, restore raises it towards 255, with a soft rim.
 * A dab never undoes itself: erasing over an erased edge keeps the lower value.
 */
export function dab(mask: Mask, cx: number, cy: number, radius: number, mode: BrushMode): DirtyRect | undefined {
  const reach = radius + feather;
  const rect = clampRect(mask, cx - reach, cy - reach, cx + reach + 1, cy + reach + 1);
  if (!rect) return undefined;
  for (let y = rect.y; y < rect.y + rect.height; y += 1) {
    for (let x = rect.x; x < rect.x + rect.width; x += 1) {
      const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      if (distance >= reach) continue;
      const strength = Math.min(1, (reach - distance) / (2 * feather));
      const i = y * mask.width + x;
      const current = mask.alpha[i] ?? 0;
      mask.alpha[i] = mode === 'erase' ? Math.min(current, Math.round(255 * (1 - strength))) : Math.max(current, Math.round(255 * strength));
    }
  }
  return rect;
}

/** A stroke from one pointer position to the next: dabs close enough to leave an even line. */
export function stroke(mask: Mask, from: { x: number; y: number }, to: { x: number; y: number }, radius: number, mode: BrushMode): DirtyRect | undefined {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / Math.max(0.5, radius / 3)));
  let dirty: DirtyRect | undefined;
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    dirty = unionRect(dirty, dab(mask, from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t, radius, mode));
  }
  return dirty;
}

/**
 * "이것만 남기기": keeps the piece of the mask under the click and everything joined to it
 * (8-connected, soft edges included) and drops every other piece. A click on nothing keeps
 * the mask as it is and says so by returning false.
 */
export function keepConnected(mask: Mask, x: number, y: number): boolean {
  const { width, height, alpha } = mask;
  const start = Math.floor(y) * width + Math.floor(x);
  if (x < 0 || y < 0 || x >= width || y >= height || (alpha[start] ?? 0) < objectFloor) return false;
  const joined = new Uint8Array(alpha.length);
  const queue = new Int32Array(alpha.length);
  let head = 0;
  let tail = 0;
  joined[start] = 1;
  queue[tail++] = start;
  while (head < tail) {
    const i = queue[head++] ?? 0;
    const px = i % width;
    const py = (i - px) / width;
    for (let dy = -1; dy <= 1; dy += 1) {
      const ny = py + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx += 1) {
        const nx = px + dx;
        if (nx < 0 || nx >= width) continue;
        const n = ny * width + nx;
        if (joined[n] || (alpha[n] ?? 0) < objectFloor) continue;
        joined[n] = 1;
        queue[tail++] = n;
      }
    }
  }
  for (let i = 0; i < alpha.length; i += 1) if (!joined[i]) alpha[i] = 0;
  return true;
}
