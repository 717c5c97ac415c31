import type { AdFormatName } from '../../../shared/ad-design';
import type { Box } from '../../../shared/geometry';

export type AdFormat = AdFormatName;

export const formatSizes: Record<AdFormat, { width: number; height: number }> = {
  '1:1': { width: 1080, height: 1080 },
  '4:5': { width: 1080, height: 1350 },
  '9:16': { width: 1080, height: 1920 },
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1440, height: 1080 },
};

export type Rect = Box;

/** Whether two rectangles share any area (touching edges do not). */
export const rectsOverlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether `inner` lies wholly within `outer`. */
export const rectInside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/**
 * Where text may go: 6% in from every edge, and for the 9:16 story also clear of the top and
 * bottom bands the apps draw their own buttons over.
 */
export function safeArea(format: AdFormat): Rect {
  const { width, height } = formatSizes[format];
  const side = Math.round(Math.min(width, height) * 0.06);
  const top = format === '9:16' ? Math.round(height * 0.13) : side;
  const bottom = format === '9:16' ? Math.round(height * 0.16) : side;
  return { x: side, y: top, width: width - 2 * side, height: height - top - bottom };
}
