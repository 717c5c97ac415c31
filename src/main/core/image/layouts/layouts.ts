import type { LayoutName, TypeVoice } from '../../../../shared/ad-design';
import type { AdTextRole } from '../../../../shared/ipc/generations';
import { formatSizes, safeArea, type AdFormat, type Rect } from '../formats';
import type { FontFamily, FontWeight } from '../render/fonts';


export type TextRole = AdTextRole;

export interface TextBlock {
  role: TextRole;
  box: Rect;
  align: 'left' | 'center' | 'right';
  /** Vertical placement of the set text inside its box. */
  anchor: 'top' | 'middle' | 'bottom';
  family: FontFamily;
  weight: FontWeight;
  maxSize: number;
  minSize: number;
  maxLines: number;
  leading: number;
}

export type Decoration =
  | { kind: 'band'; box: Rect; tone: 'deep' | 'light'; opacity: number }
  | { kind: 'badge'; box: Rect; tone: 'accent' }
  | { kind: 'button'; box: Rect; tone: 'deep' };

export interface LayoutPlan {
  /** Where the product is fitted (keeping its aspect), never under any text. */
  product: Rect;
  /** Where the floor meets the wall (0–1 of the height). */
  floorY: number;
  blocks: TextBlock[];
  decorations: Decoration[];
}

const headlineFace = (voice: TypeVoice): { family: FontFamily; weight: FontWeight } =>
  voice === 'serif' ? { family: 'Nanum Myeongjo', weight: 800 } : voice === 'hand' ? { family: 'Nanum Pen Script', weight: 400 } : { family: 'Pretendard', weight: 800 };

const sans = (weight: FontWeight) => ({ family: 'Pretendard' as const, weight });

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });

/** Splits the safe area: a text column and a product area, either stacked or side by side. */
function regions(format: AdFormat) {
  const { width, height } = formatSizes[format];
  const safe = safeArea(format);
  const landscape = width > height * 1.2;
  return { width, height, safe, landscape, unit: Math.min(width, height) / 1080 };
}

/**
 * The six ad templates. Every one places text only inside the safe area and keeps it clear of
 * the product box, in every format; sizes scale with the shorter side of the canvas.
 */
export function planLayout(name: LayoutName, format: AdFormat, voice: TypeVoice, textScale = 1): LayoutPlan {
  const { height, safe, landscape, unit } = regions(format);
  const head = headlineFace(voice);
  const headline = (box: Rect, align: TextBlock['align'], anchor: TextBlock['anchor'], maxSize = 96): TextBlock => ({
    role: 'headline', box, align, anchor, ...head, maxSize: Math.round(maxSize * unit * textScale * (voice === 'hand' ? 1.25 : 1)), minSize: Math.round(40 * unit), maxLines: 3, leading: voice === 'hand' ? 1.05 : 1.2,
  });
  const subcopy = (box: Rect, align: TextBlock['align'], anchor: TextBlock['anchor']): TextBlock => ({
    role: 'subcopy', box, align, anchor, ...sans(400), maxSize: Math.round(40 * unit * textScale), minSize: Math.round(24 * unit), maxLines: 3, leading: 1.4,
  });
  const cta = (box: Rect, align: TextBlock['align']): TextBlock => ({ role: 'cta', box, align, anchor: 'middle', ...sans(700), maxSize: Math.round(38 * unit), minSize: Math.round(24 * unit), maxLines: 1, leading: 1.2 });
  const shop = (box: Rect, align: TextBlock['align']): TextBlock => ({ role: 'shop', box, align, anchor: 'bottom', ...sans(700), maxSize: Math.round(30 * unit), minSize: Math.round(20 * unit), maxLines: 1, leading: 1.2 });
  const gap = 24 * unit;

  if (landscape && name !== 'minimal-caption') {
    // Side by side: product on one half, text column on the other.
    const column = rect(safe.x + safe.width * 0.52, safe.y, safe.width * 0.48, safe.height);
    const product = rect(safe.x, safe.y + safe.height * 0.06, safe.width * 0.48, safe.height * 0.9);
    const blocks = [
      headline(rect(column.x, column.y, column.width, column.height * 0.45), 'left', 'bottom', 104),
      subcopy(rect(column.x, column.y + column.height * 0.45 + gap, column.width, column.height * 0.28), 'left', 'top'),
      cta(rect(column.x, column.y + column.height * 0.8, column.width * 0.7, column.height * 0.14), 'center'),
    ];
    const decorations: Decoration[] = [{ kind: 'button', box: rect(column.x, column.y + column.height * 0.8, column.width * 0.7, column.height * 0.14), tone: 'deep' }];
    if (name === 'bottom-band' || name === 'split') decorations.unshift({ kind: 'band', box: rect(column.x - gap, 0, column.width + 2 * gap + safe.x, height), tone: 'light', opacity: 0.82 });
    return { product, floorY: 0.86, blocks, decorations };
  }

  switch (name) {
    case 'hero-top': {
      const text = rect(safe.x, safe.y, safe.width, safe.height * 0.3);
      return {
        product: rect(safe.x + safe.width * 0.1, safe.y + safe.height * 0.34, safe.width * 0.8, safe.height * 0.56),
        floorY: 0.82,
        blocks: [
          headline(rect(text.x, text.y, text.width, text.height * 0.62), 'center', 'bottom'),
          subcopy(rect(text.x, text.y + text.height * 0.64, text.width, text.height * 0.36), 'center', 'top'),
          shop(rect(safe.x, safe.y + safe.height * 0.92, safe.width, safe.height * 0.08), 'center'),
        ],
        decorations: [],
      };
    }
    case 'bottom-band': {
      const band = rect(0, safe.y + safe.height * 0.64, formatSizes[format].width, height - (safe.y + safe.height * 0.64));
      return {
        product: rect(safe.x + safe.width * 0.12, safe.y, safe.width * 0.76, safe.height * 0.6),
        floorY: (safe.y + safe.height * 0.58) / height,
        blocks: [
          headline(rect(safe.x, band.y + gap, safe.width, safe.height * 0.17), 'left', 'middle', 84),
          subcopy(rect(safe.x, band.y + gap + safe.height * 0.17, safe.width * 0.62, safe.height * 0.17 - gap), 'left', 'top'),
          cta(rect(safe.x + safe.width * 0.66, band.y + gap + safe.height * 0.19, safe.width * 0.34, safe.height * 0.08), 'center'),
        ],
        decorations: [
          { kind: 'band', box: band, tone: 'deep', opacity: 0.88 },
          { kind: 'button', box: rect(safe.x + safe.width * 0.66, band.y + gap + safe.height * 0.19, safe.width * 0.34, safe.height * 0.08), tone: 'deep' },
        ],
      };
    }
    case 'split': {
      const textTop = safe.y + safe.height * 0.6;
      return {
        product: rect(safe.x, safe.y, safe.width, safe.height * 0.56),
        floorY: (safe.y + safe.height * 0.54) / height,
        blocks: [
          headline(rect(safe.x, textTop, safe.width * 0.6, safe.height * 0.4), 'left', 'top', 88),
          subcopy(rect(safe.x + safe.width * 0.64, textTop, safe.width * 0.36, safe.height * 0.28), 'left', 'top'),
          cta(rect(safe.x + safe.width * 0.64, textTop + safe.height * 0.3, safe.width * 0.36, safe.height * 0.09), 'center'),
        ],
        decorations: [
          { kind: 'band', box: rect(0, textTop - gap, formatSizes[format].width, height - textTop + gap), tone: 'light', opacity: 0.9 },
          { kind: 'button', box: rect(safe.x + safe.width * 0.64, textTop + safe.height * 0.3, safe.width * 0.36, safe.height * 0.09), tone: 'deep' },
        ],
      };
    }
    case 'badge-tag': {
      const badgeSize = Math.min(safe.width, safe.height) * 0.26;
      const badge = rect(safe.x + safe.width - badgeSize, safe.y, badgeSize, badgeSize);
      return {
        product: rect(safe.x + safe.width * 0.08, safe.y + safe.height * 0.3, safe.width * 0.84, safe.height * 0.5),
        floorY: 0.76,
        blocks: [
          headline(rect(safe.x, safe.y, safe.width - badgeSize - gap, safe.height * 0.27), 'left', 'middle', 92),
          { role: 'badge', box: rect(badge.x + badgeSize * 0.14, badge.y + badgeSize * 0.2, badgeSize * 0.72, badgeSize * 0.6), align: 'center', anchor: 'middle', ...sans(800), maxSize: Math.round(44 * unit), minSize: Math.round(22 * unit), maxLines: 2, leading: 1.1 },
          subcopy(rect(safe.x, safe.y + safe.height * 0.82, safe.width * 0.6, safe.height * 0.18), 'left', 'middle'),
          cta(rect(safe.x + safe.width * 0.64, safe.y + safe.height * 0.85, safe.width * 0.36, safe.height * 0.11), 'center'),
        ],
        decorations: [
          { kind: 'badge', box: badge, tone: 'accent' },
          { kind: 'button', box: rect(safe.x + safe.width * 0.64, safe.y + safe.height * 0.85, safe.width * 0.36, safe.height * 0.11), tone: 'deep' },
        ],
      };
    }
    case 'minimal-caption': {
      const caption = safe.y + safe.height * 0.84;
      return {
        product: rect(safe.x + safe.width * 0.1, safe.y + safe.height * 0.02, safe.width * 0.8, safe.height * 0.78),
        floorY: (safe.y + safe.height * 0.76) / height,
        blocks: [
          headline(rect(safe.x, caption, safe.width * 0.66, safe.height * 0.16), 'left', 'bottom', 60),
          shop(rect(safe.x + safe.width * 0.68, caption, safe.width * 0.32, safe.height * 0.16), 'right'),
        ],
        decorations: [],
      };
    }
    case 'story-cta': {
      return {
        product: rect(safe.x + safe.width * 0.06, safe.y + safe.height * 0.3, safe.width * 0.88, safe.height * 0.44),
        floorY: (safe.y + safe.height * 0.72) / height,
        blocks: [
          headline(rect(safe.x, safe.y, safe.width, safe.height * 0.2), 'center', 'bottom', 100),
          subcopy(rect(safe.x, safe.y + safe.height * 0.21, safe.width, safe.height * 0.08), 'center', 'top'),
          cta(rect(safe.x + safe.width * 0.18, safe.y + safe.height * 0.88, safe.width * 0.64, safe.height * 0.1), 'center'),
          shop(rect(safe.x, safe.y + safe.height * 0.76, safe.width, safe.height * 0.1), 'center'),
        ],
        decorations: [{ kind: 'button', box: rect(safe.x + safe.width * 0.18, safe.y + safe.height * 0.88, safe.width * 0.64, safe.height * 0.1), tone: 'deep' }],
      };
    }
  }
}
