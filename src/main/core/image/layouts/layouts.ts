import type { LayoutName, TypeVoice } from '../../../../shared/ad-design';
import type { AdTextRole } from '../../../../shared/ad-design';
import { findOfferFacts } from '../../copy/offer-facts';
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

/** A rectangle on whole pixels, its edges rounded (not its size), so boxes that touch still touch and never cross. */
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x: Math.round(x), y: Math.round(y), width: Math.round(x + width) - Math.round(x), height: Math.round(y + height) - Math.round(y) });

/** Splits the safe area: a text column and a product area, either stacked or side by side. */
function regions(format: AdFormat) {
  const { width, height } = formatSizes[format];
  const safe = safeArea(format);
  const landscape = width > height * 1.2;
  return { width, height, safe, landscape, unit: Math.min(width, height) / 1080 };
}

/**
 * Layouts designed around the headline alone (with the shop's name): every other layout carries
 * headline, body and call to action. A set shows at most one of these.
 */
export const headlineOnlyLayouts: readonly LayoutName[] = ['minimal-caption'];
export const isHeadlineOnly = (name: LayoutName): boolean => headlineOnlyLayouts.includes(name);

/** What the texts bring that changes a layout: an offer badge ("10% 할인", "1+1", "8,000원") is shown by every layout. */
export interface LayoutContent {
  offerBadge: boolean;
}

/** A badge states an offer when it holds one of the owner's facts; an occasion word ("신메뉴") is shown only by the badge layout. */
export const contentOf = (texts: { badge?: string }): LayoutContent => ({ offerBadge: findOfferFacts(texts.badge ?? '').length > 0 });

/** The text blocks' shared styles, at the layout's scale (photo layouts set their text in them too). */
export function blockStyles(voice: TypeVoice, unit: number, textScale: number) {
  const head = headlineFace(voice);
  const handScale = voice === 'hand' ? 1.25 : 1;
  return {
    headline: (box: Rect, align: TextBlock['align'], anchor: TextBlock['anchor'], maxSize = 96, minSize = 40): TextBlock => ({
      role: 'headline', box, align, anchor, ...head, maxSize: Math.round(maxSize * unit * textScale * handScale), minSize: Math.round(minSize * unit), maxLines: 3, leading: voice === 'hand' ? 1.05 : 1.15,
    }),
    subcopy: (box: Rect, align: TextBlock['align'], anchor: TextBlock['anchor'], maxSize = 40, minSize = 24): TextBlock => ({
      role: 'subcopy', box, align, anchor, ...sans(400), maxSize: Math.round(maxSize * unit * textScale), minSize: Math.round(minSize * unit), maxLines: 3, leading: 1.4,
    }),
    cta: (box: Rect, maxSize = 38): TextBlock => ({ role: 'cta', box, align: 'center', anchor: 'middle', ...sans(700), maxSize: Math.round(maxSize * unit), minSize: Math.round(24 * unit), maxLines: 1, leading: 1.2 }),
    shop: (box: Rect, align: TextBlock['align']): TextBlock => ({ role: 'shop', box, align, anchor: 'bottom', ...sans(700), maxSize: Math.round(30 * unit), minSize: Math.round(20 * unit), maxLines: 1, leading: 1.2 }),
  };
}

/**
 * A call to action: a pill-shaped button with its text set clear of the round ends, so the
 * text's backing is the button's colour alone (the backdrop showing past the ends would read as
 * a busy background and call for a scrim).
 */
function button(box: Rect, cta: (inner: Rect) => TextBlock): { block: TextBlock; decoration: Decoration } {
  const inset = box.height * 0.4;
  return { block: cta(rect(box.x + inset, box.y + box.height * 0.12, box.width - 2 * inset, box.height * 0.76)), decoration: { kind: 'button', box, tone: 'deep' } };
}

/** A round badge with its text set inside the circle's inscribed area. */
function badge(circle: Rect): { block: TextBlock; decoration: Decoration } {
  const size = circle.width;
  return {
    block: { role: 'badge', box: rect(circle.x + size * 0.14, circle.y + size * 0.2, size * 0.72, size * 0.6), align: 'center', anchor: 'middle', ...sans(800), maxSize: Math.round(size * 0.24), minSize: Math.round(size * 0.12), maxLines: 2, leading: 1.1 },
    decoration: { kind: 'badge', box: circle, tone: 'accent' },
  };
}

/**
 * The landscape sizes (16:9 is YouTube's thumbnail, seen at 1280×720 and smaller): the product
 * on one half, on the other a headline set big (its lines at least an eighth of the height),
 * the body readable at thumbnail size, and a row with the button and the badge. Layouts differ
 * in side and panel, so a set still varies.
 */
function thumbnail(name: LayoutName, format: AdFormat, voice: TypeVoice, textScale: number, content: LayoutContent): LayoutPlan {
  const { height, width, safe, unit } = regions(format);
  const style = blockStyles(voice, unit, textScale);
  const gap = 24 * unit;
  const productLeft = name === 'bottom-band' || name === 'split' || name === 'story-cta';
  const columnWidth = safe.width * 0.56;
  const columnX = productLeft ? safe.x + safe.width - columnWidth : safe.x;
  const product = rect(productLeft ? safe.x : safe.x + safe.width * 0.6, safe.y + safe.height * 0.04, safe.width * 0.4, safe.height * 0.96);
  const headlineOnly = isHeadlineOnly(name);
  // The headline's size follows the column: about 6.5 syllables to a line, never over 150 px.
  const headSize = Math.min(150, columnWidth / unit / 6.5);
  const row = { y: safe.y + safe.height * 0.76, height: safe.height * 0.24 };
  const headline = style.headline(rect(columnX, safe.y, columnWidth, safe.height * (headlineOnly ? 0.72 : 0.5)), 'left', headlineOnly ? 'middle' : 'bottom', headSize, headSize * 0.6);
  const blocks: TextBlock[] = [headline];
  const decorations: Decoration[] = [];
  if (name === 'bottom-band' || name === 'split') {
    // A panel behind the text column, from the canvas edge to just short of the product.
    const x = columnX - gap;
    decorations.push({ kind: 'band', box: rect(x, 0, width - x, height), tone: 'light', opacity: 0.86 });
  }
  const badgeSize = row.height;
  const showsBadge = content.offerBadge || name === 'badge-tag';
  if (showsBadge) {
    const set = badge(rect(columnX + columnWidth - badgeSize, row.y, badgeSize, badgeSize));
    blocks.push(set.block);
    decorations.push(set.decoration);
  }
  if (headlineOnly) {
    blocks.push(style.shop(rect(columnX, row.y, columnWidth - (showsBadge ? badgeSize + gap : 0), row.height), 'left'));
    return { product, floorY: 0.9, blocks, decorations };
  }
  blocks.push(style.subcopy(rect(columnX, safe.y + safe.height * 0.52, columnWidth, safe.height * 0.22), 'left', 'top', 52, 34));
  const buttonHeight = safe.height * 0.13;
  const ctaBox = rect(columnX, row.y + (row.height - buttonHeight) / 2, Math.min(columnWidth * 0.5, columnWidth - badgeSize - gap), buttonHeight);
  const cta = button(ctaBox, (inner) => style.cta(inner, 46));
  blocks.push(cta.block);
  decorations.push(cta.decoration);
  return { product, floorY: 0.9, blocks, decorations };
}

/**
 * The six ad templates. Every one places text only inside the safe area and keeps text, panels
 * and badges clear of the product box, in every format; sizes scale with the shorter side of
 * the canvas. The product box never depends on the texts, so a generated scene painted around
 * the product before the copy is set still fits.
 */
export function planLayout(name: LayoutName, format: AdFormat, voice: TypeVoice, textScale = 1, content: LayoutContent = { offerBadge: false }): LayoutPlan {
  const { width, height, safe, landscape, unit } = regions(format);
  if (landscape) return thumbnail(name, format, voice, textScale, content);
  const style = blockStyles(voice, unit, textScale);
  const gap = 24 * unit;
  const shortSide = Math.min(safe.width, safe.height);
  const withBadge = (circle: Rect): { blocks: TextBlock[]; decorations: Decoration[] } => {
    const set = badge(circle);
    return { blocks: [set.block], decorations: [set.decoration] };
  };
  const none = { blocks: [], decorations: [] };

  switch (name) {
    case 'hero-top':
    case 'story-cta': {
      const story = name === 'story-cta';
      // The headline zone; with an offer the badge takes its right end and the text sets left.
      const zone = rect(safe.x, safe.y, safe.width, safe.height * (story ? 0.29 : 0.3));
      const badgeSize = Math.min(zone.height * 0.9, shortSide * 0.22);
      const textWidth = content.offerBadge ? zone.width - badgeSize - gap : zone.width;
      const align = content.offerBadge ? 'left' : 'center';
      const extra = content.offerBadge ? withBadge(rect(zone.x + zone.width - badgeSize, zone.y + (zone.height - badgeSize) / 2, badgeSize, badgeSize)) : none;
      const product = story
        ? rect(safe.x + safe.width * 0.06, safe.y + safe.height * 0.32, safe.width * 0.88, safe.height * 0.44)
        : rect(safe.x + safe.width * 0.1, safe.y + safe.height * 0.34, safe.width * 0.8, safe.height * 0.54);
      const bottom = story ? { y: safe.y + safe.height * 0.8, height: safe.height * 0.2 } : { y: safe.y + safe.height * 0.9, height: safe.height * 0.1 };
      const buttonHeight = Math.min(bottom.height * (story ? 0.5 : 0.9), 96 * unit);
      const ctaBox = story
        ? rect(safe.x + safe.width * 0.18, bottom.y + bottom.height - buttonHeight, safe.width * 0.64, buttonHeight)
        : rect(safe.x + safe.width * 0.58, bottom.y + bottom.height - buttonHeight, safe.width * 0.42, buttonHeight);
      const cta = button(ctaBox, style.cta);
      const shopBox = story ? rect(safe.x, bottom.y, safe.width, bottom.height - buttonHeight - gap / 2) : rect(safe.x, bottom.y, safe.width * 0.54, bottom.height);
      return {
        product,
        floorY: (product.y + product.height * 0.96) / height,
        blocks: [
          style.headline(rect(zone.x, zone.y, textWidth, zone.height * 0.64), align, 'bottom', story ? 100 : 96),
          style.subcopy(rect(zone.x, zone.y + zone.height * 0.66, textWidth, zone.height * 0.34), align, 'top'),
          style.shop(shopBox, story ? 'center' : 'left'),
          cta.block,
          ...extra.blocks,
        ],
        decorations: [cta.decoration, ...extra.decorations],
      };
    }
    case 'bottom-band': {
      const band = rect(0, safe.y + safe.height * 0.64, width, height - (safe.y + safe.height * 0.64));
      const headRow = rect(safe.x, band.y + gap, safe.width, safe.height * 0.17);
      const badgeSize = Math.min(headRow.height, shortSide * 0.2);
      const extra = content.offerBadge ? withBadge(rect(headRow.x + headRow.width - badgeSize, headRow.y, badgeSize, badgeSize)) : none;
      const ctaBox = rect(safe.x + safe.width * 0.66, headRow.y + headRow.height + safe.height * 0.03, safe.width * 0.34, safe.height * 0.08);
      const cta = button(ctaBox, style.cta);
      return {
        product: rect(safe.x + safe.width * 0.12, safe.y, safe.width * 0.76, safe.height * 0.6),
        floorY: (safe.y + safe.height * 0.58) / height,
        blocks: [
          style.headline(rect(headRow.x, headRow.y, headRow.width - (content.offerBadge ? badgeSize + gap : 0), headRow.height), 'left', 'middle', 84),
          style.subcopy(rect(safe.x, headRow.y + headRow.height, safe.width * 0.62, safe.y + safe.height - headRow.y - headRow.height), 'left', 'top'),
          cta.block,
          ...extra.blocks,
        ],
        decorations: [{ kind: 'band', box: band, tone: 'deep', opacity: 0.88 }, cta.decoration, ...extra.decorations],
      };
    }
    case 'split': {
      const textTop = safe.y + safe.height * 0.6;
      const column = rect(safe.x + safe.width * 0.64, textTop, safe.width * 0.36, safe.height * 0.4);
      const badgeSize = Math.min(column.width * 0.5, shortSide * 0.15);
      const extra = content.offerBadge ? withBadge(rect(column.x, column.y, badgeSize, badgeSize)) : none;
      const bodyTop = content.offerBadge ? column.y + badgeSize + gap / 2 : column.y;
      const ctaBox = rect(column.x, safe.y + safe.height * 0.9, column.width, safe.height * 0.09);
      const cta = button(ctaBox, style.cta);
      return {
        product: rect(safe.x, safe.y, safe.width, safe.height * 0.56),
        floorY: (safe.y + safe.height * 0.54) / height,
        blocks: [
          style.headline(rect(safe.x, textTop, safe.width * 0.6, safe.height * 0.4), 'left', 'top', 88),
          style.subcopy(rect(column.x, bodyTop, column.width, ctaBox.y - gap / 2 - bodyTop), 'left', 'top'),
          cta.block,
          ...extra.blocks,
        ],
        decorations: [{ kind: 'band', box: rect(0, textTop - gap, width, height - textTop + gap), tone: 'light', opacity: 0.9 }, cta.decoration, ...extra.decorations],
      };
    }
    case 'badge-tag': {
      const badgeSize = shortSide * 0.26;
      const set = badge(rect(safe.x + safe.width - badgeSize, safe.y, badgeSize, badgeSize));
      const ctaBox = rect(safe.x + safe.width * 0.64, safe.y + safe.height * 0.85, safe.width * 0.36, safe.height * 0.11);
      const cta = button(ctaBox, style.cta);
      return {
        product: rect(safe.x + safe.width * 0.08, safe.y + safe.height * 0.3, safe.width * 0.84, safe.height * 0.5),
        floorY: 0.76,
        blocks: [
          style.headline(rect(safe.x, safe.y, safe.width - badgeSize - gap, safe.height * 0.27), 'left', 'middle', 92),
          set.block,
          style.subcopy(rect(safe.x, safe.y + safe.height * 0.82, safe.width * 0.6, safe.height * 0.18), 'left', 'middle'),
          cta.block,
        ],
        decorations: [set.decoration, cta.decoration],
      };
    }
    case 'minimal-caption': {
      const caption = rect(safe.x, safe.y + safe.height * 0.84, safe.width, safe.height * 0.16);
      const badgeSize = Math.min(caption.height, shortSide * 0.2);
      // The offer takes the shop's place at the caption's end: the row holds one of them.
      const end = content.offerBadge
        ? withBadge(rect(caption.x + caption.width - badgeSize, caption.y, badgeSize, badgeSize))
        : { blocks: [style.shop(rect(caption.x + caption.width * 0.68, caption.y, caption.width * 0.32, caption.height), 'right')], decorations: [] };
      return {
        product: rect(safe.x + safe.width * 0.1, safe.y + safe.height * 0.02, safe.width * 0.8, safe.height * 0.78),
        floorY: (safe.y + safe.height * 0.76) / height,
        blocks: [style.headline(rect(caption.x, caption.y, caption.width * 0.66, caption.height), 'left', 'bottom', 72), ...end.blocks],
        decorations: end.decorations,
      };
    }
  }
}
