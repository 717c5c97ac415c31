import type { PhotoLayoutName, TypeVoice } from '../../../../shared/ad-design';
import { formatSizes, safeArea, type AdFormat, type Rect } from '../formats';
import { blockStyles, type Decoration, type TextBlock } from '../layouts/layouts';

/** Where one crop of the owner's photo goes: the main view, or a detail of it (the collage's second). */
export interface PhotoSlot {
  box: Rect;
  view: 'main' | 'detail';
}

/** The white card of a polaroid: its photo slot and caption are drawn on it, then it is turned. */
export interface PhotoCard {
  box: Rect;
  degrees: number;
  slot: PhotoSlot;
  caption: TextBlock;
}

export interface PhotoPlan {
  /** The canvas colour under everything: the palette's light base or its deep tone. */
  ground: 'base' | 'deep';
  slots: PhotoSlot[];
  card: PhotoCard | null;
  /** A gradient from clear to dark toward the text, over the photo. */
  scrim: { box: Rect; toward: 'bottom' | 'left' } | null;
  blocks: TextBlock[];
  decorations: Decoration[];
}

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });

/** Headline, body and button stacked down a text area: the copy every photo layout carries. */
function copyStack(area: Rect, style: ReturnType<typeof blockStyles>, align: TextBlock['align'], unit: number): { blocks: TextBlock[]; decorations: Decoration[] } {
  const gap = 18 * unit;
  const buttonHeight = Math.min(area.height * 0.22, 84 * unit);
  const buttonWidth = Math.min(area.width, 380 * unit);
  const headline = rect(area.x, area.y, area.width, (area.height - buttonHeight - 2 * gap) * 0.6);
  const subcopy = rect(area.x, headline.y + headline.height + gap, area.width, (area.height - buttonHeight - 2 * gap) * 0.4);
  const buttonX = align === 'left' ? area.x : align === 'right' ? area.x + area.width - buttonWidth : area.x + (area.width - buttonWidth) / 2;
  const button = rect(buttonX, area.y + area.height - buttonHeight, buttonWidth, buttonHeight);
  return {
    blocks: [style.headline(headline, align, 'bottom', 88), style.subcopy(subcopy, align, 'top', 38), style.cta(button)],
    decorations: [{ kind: 'button', box: button, tone: 'deep' }],
  };
}

/**
 * The five photo layouts in any format. The photo (or its card) and the text never share a
 * pixel except in the scrim layout, where a gradient darkens the photo under the text; text
 * keeps to the safe area.
 */
export function planPhotoLayout(name: PhotoLayoutName, format: AdFormat, voice: TypeVoice, textScale: number, random: () => number): PhotoPlan {
  const { width, height } = formatSizes[format];
  const safe = safeArea(format);
  const unit = Math.min(width, height) / 1080;
  const landscape = width > height * 1.2;
  const style = blockStyles(voice, unit, textScale);
  const gap = 28 * unit;
  const plain = { card: null, scrim: null };

  switch (name) {
    case 'photo-scrim': {
      const area = landscape ? rect(safe.x, safe.y + safe.height * 0.3, safe.width * 0.46, safe.height * 0.7) : rect(safe.x, safe.y + safe.height * 0.56, safe.width * 0.9, safe.height * 0.44);
      const scrim = landscape ? { box: rect(0, 0, width * 0.62, height), toward: 'left' as const } : { box: rect(0, height * 0.42, width, height * 0.58), toward: 'bottom' as const };
      return { ...plain, ground: 'deep', slots: [{ box: rect(0, 0, width, height), view: 'main' }], scrim, ...copyStack(area, style, 'left', unit) };
    }
    case 'photo-panel': {
      const photo = landscape ? rect(width * 0.44, 0, width * 0.56, height) : rect(0, 0, width, height * 0.6);
      const panel = landscape ? rect(0, 0, width * 0.44, height) : rect(0, photo.height, width, height - photo.height);
      const area = landscape ? rect(safe.x, safe.y + safe.height * 0.12, panel.width - safe.x - gap, safe.height * 0.76) : rect(safe.x, panel.y + gap * 1.5, safe.width, safe.y + safe.height - panel.y - gap * 1.5);
      const copy = copyStack(area, style, 'left', unit);
      // The panel is a band of the deep tone (or the brand's colour), drawn solid.
      return { ...plain, ground: 'deep', slots: [{ box: photo, view: 'main' }], blocks: copy.blocks, decorations: [{ kind: 'band', box: panel, tone: 'deep', opacity: 1 }, ...copy.decorations] };
    }
    case 'photo-frame': {
      const margin = Math.round(Math.min(width, height) * 0.05);
      const photo = landscape ? rect(margin, margin, width * 0.6 - margin, height - 2 * margin) : rect(margin, Math.max(margin, safe.y - margin), width - 2 * margin, height * 0.64 - Math.max(margin, safe.y - margin));
      const area = landscape ? rect(photo.x + photo.width + gap * 1.5, safe.y + safe.height * 0.1, safe.x + safe.width - (photo.x + photo.width + gap * 1.5), safe.height * 0.8) : rect(safe.x, photo.y + photo.height + gap, safe.width, safe.y + safe.height - (photo.y + photo.height + gap));
      return { ...plain, ground: 'base', slots: [{ box: photo, view: 'main' }], ...copyStack(area, style, landscape ? 'left' : 'center', unit) };
    }
    case 'photo-polaroid': {
      // A polaroid's proportions: a square photo with a deep strip under it for the caption.
      const cardWidth = landscape ? height * 0.7 : Math.min(width * 0.74, (safe.height * 0.66) / 1.26);
      const cardHeight = cardWidth * 1.26;
      const card = landscape ? rect(width * 0.08, (height - cardHeight) / 2, cardWidth, cardHeight) : rect((width - cardWidth) / 2, safe.y, cardWidth, cardHeight);
      const pad = cardWidth * 0.06;
      const slot: PhotoSlot = { box: rect(pad, pad, cardWidth - 2 * pad, cardWidth - 2 * pad), view: 'main' };
      const caption = style.headline(rect(pad, cardWidth, cardWidth - 2 * pad, cardHeight - cardWidth - pad * 0.6), 'center', 'middle', 64, 28);
      const degrees = (random() < 0.5 ? -1 : 1) * (1.5 + 1.5 * random());
      const below = landscape
        ? rect(card.x + card.width + gap * 2.5, safe.y + safe.height * 0.18, safe.x + safe.width - (card.x + card.width + gap * 2.5), safe.height * 0.64)
        : rect(safe.x, card.y + card.height + gap * 1.5, safe.width, safe.y + safe.height - (card.y + card.height + gap * 1.5));
      const buttonHeight = Math.min(below.height * 0.34, 84 * unit);
      const button = rect(below.x + (landscape ? 0 : (below.width - 380 * unit) / 2), below.y + below.height - buttonHeight, 380 * unit, buttonHeight);
      return {
        ...plain,
        ground: 'base',
        slots: [],
        card: { box: card, degrees, slot, caption },
        blocks: [style.subcopy(rect(below.x, below.y, below.width, below.height - buttonHeight - gap), landscape ? 'left' : 'center', 'middle', 40), style.cta(button)],
        decorations: [{ kind: 'button', box: button, tone: 'deep' }],
      };
    }
    case 'photo-collage': {
      const main = landscape ? rect(0, 0, width * 0.5, height) : rect(0, 0, width, height * 0.56);
      const detail = landscape ? rect(main.width + gap / 2, gap / 2, width - main.width - gap, height * 0.5 - gap / 2) : rect(width * 0.52, main.height + gap / 2, width * 0.48 - gap / 2, height - main.height - gap);
      const area = landscape
        ? rect(detail.x + gap, height * 0.5 + gap, safe.x + safe.width - detail.x - gap, safe.y + safe.height - height * 0.5 - gap)
        : rect(safe.x, main.height + gap * 1.5, detail.x - safe.x - gap * 1.5, safe.y + safe.height - main.height - gap * 1.5);
      return { ...plain, ground: 'base', slots: [{ box: main, view: 'main' }, { box: detail, view: 'detail' }], ...copyStack(area, style, 'left', unit) };
    }
  }
}
