/** A box in pixels: a layout's block, a safe area, the dirty part of a mask. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
