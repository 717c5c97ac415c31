import type { CopyIndustry } from '../../../shared/ipc/copy';
import type { EditAspect } from '../../../shared/ipc/jobs';
import type { BackdropWish, Holiday, Season, Tone } from '../../../shared/reading';
import { backdropNames, isPhotoLayout, layoutNames, photoLayoutNames, type AdStyle, type BackdropName, type LayoutName, type TypeVoice, type VariantSpec } from '../../../shared/ad-design';
import { seededRandom } from '../random/seeded-random';
import { isHeadlineOnly } from './layouts/layouts';
import { scenes } from './backdrops/backdrops';
import type { AdSpec } from './render/render-ad';

/** One variant: everything but the format, which every variant is rendered in. */
export type Variant = VariantSpec;
/** A variant drawn as a cut-out on a backdrop. */
export type CompositeVariant = Omit<AdSpec, 'format'>;

const industryBackdrops: Record<CopyIndustry, BackdropName[]> = {
  cafe: ['wood', 'marble', 'window-light', 'linen', 'studio-dark', 'pedestal'],
  bakery: ['wood', 'linen', 'window-light', 'paper-cut', 'paper-sweep'],
  restaurant: ['wood', 'linen', 'window-light', 'studio-dark', 'paper-sweep'],
  beauty: ['marble', 'pedestal', 'arch', 'paper-sweep', 'steps'],
  fashion: ['paper-sweep', 'studio-white', 'brand-solid', 'steps', 'arch'],
  stay: ['window-light', 'linen', 'wood', 'paper-sweep'],
  retail: ['paper-sweep', 'studio-white', 'pedestal', 'steps', 'brand-solid'],
  other: ['paper-sweep', 'studio-white', 'pedestal', 'arch', 'brand-solid'],
};

/** A premium or playful tone asks for its own scenes ("고급스럽게", "귀엽게"); the others leave it to the industry. */
const toneBackdrops: Partial<Record<Tone, BackdropName[]>> = {
  premium: ['marble', 'pedestal', 'studio-dark'],
  playful: ['paper-cut', 'arch', 'steps'],
};

/** Scenes for any day of the year: what another backdrop is drawn from, so an edit never brings snow in June. */
const everydayBackdrops = backdropNames.filter((name) => !scenes[name].character.includes('seasonal'));

const toneVoices: Record<Tone, TypeVoice> = { friendly: 'sans', premium: 'serif', playful: 'hand', calm: 'sans' };

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export interface VariantRequest {
  seed: number;
  count: number;
  style: AdStyle;
  industry: CopyIndustry;
  season: Season;
  tone: Tone;
  /** What the owner asked of the backdrop in words ("흰 배경", "따뜻한 느낌"); null leaves it to the industry. */
  wish: BackdropWish | null;
  /** A holiday the owner names ("크리스마스 케이크"): its scene is the first variant's backdrop unless a wish asks otherwise. */
  holiday?: Holiday | null;
  /** The shop's chosen headline typeface; null or absent lets the tone choose. */
  typeface?: TypeVoice | null;
}

/** The faces a tone can wear: handwriting never speaks for a premium shop, nor a serif for a playful one. */
const toneVoiceChoices: Record<Tone, readonly TypeVoice[]> = {
  friendly: ['sans', 'serif', 'hand'],
  premium: ['serif', 'sans'],
  playful: ['hand', 'sans'],
  calm: ['sans', 'serif'],
};

/**
 * The shop's chosen typeface in every variant; else the tone's for the first and one drawn from
 * those that suit the tone for the others. The draw is made either way, so choosing a typeface changes nothing else.
 */
function voiceFor(request: VariantRequest, index: number, random: () => number): TypeVoice {
  const choices = toneVoiceChoices[request.tone];
  const toneOrDrawn = index === 0 ? toneVoices[request.tone] : (choices[Math.floor(random() * choices.length)] ?? 'sans');
  return request.typeface ?? toneOrDrawn;
}

/**
 * The layouts the variants take, in the shuffled order: a headline-only design at most once in
 * a set and never first (the first variant is the one shown), the others repeating as needed.
 */
function layoutSequence(order: readonly LayoutName[], count: number): LayoutName[] {
  const full = order.filter((layout) => !isHeadlineOnly(layout));
  const sequence = Array.from({ length: count }, (_, index) => full[index % full.length] ?? 'hero-top');
  const sparse = order.find(isHeadlineOnly);
  const at = sparse ? order.indexOf(sparse) : -1;
  if (sparse && at > 0 && at < count) sequence.splice(at, 0, sparse);
  return sequence.slice(0, count);
}

/** The backdrops and grade each wish allows: every variant honours it, and they still differ among themselves. */
const wishes: Record<BackdropWish, { backdrops: BackdropName[]; grade: Pick<Variant, 'whitePalette' | 'warmth' | 'brightness'> }> = {
  white: { backdrops: ['studio-white', 'paper-sweep'], grade: { whitePalette: true } },
  bright: { backdrops: ['studio-white', 'paper-sweep', 'window-light', 'arch'], grade: { brightness: 0.3 } },
  dark: { backdrops: ['studio-dark', 'wood', 'marble', 'pedestal'], grade: { brightness: -0.5 } },
  warm: { backdrops: ['wood', 'linen', 'window-light'], grade: { warmth: 0.35 } },
  cool: { backdrops: ['paper-sweep', 'marble', 'summer', 'studio-white'], grade: { warmth: -0.35 } },
  pastel: { backdrops: ['paper-cut', 'arch', 'steps', 'spring'], grade: {} },
  natural: { backdrops: ['linen', 'wood', 'window-light'], grade: {} },
};

/**
 * N variants that differ in backdrop, layout and palette: the industry's own backdrops plus the
 * season's, or those the owner's words or a premium or playful tone ask for, shuffled by the seed, so the same request and
 * seed always plan the same ads.
 */
export function planVariants(request: VariantRequest): CompositeVariant[] {
  const random = seededRandom(request.seed);
  const wish = request.wish ? wishes[request.wish] : undefined;
  const backdrops = shuffled(wish?.backdrops ?? toneBackdrops[request.tone] ?? [...industryBackdrops[request.industry], request.season], random);
  const layouts = layoutSequence(shuffled(layoutNames, random), request.count);
  const shifts = [0, 24, -24, 150];
  return Array.from({ length: request.count }, (_, index) => ({
    backdrop: (index === 0 && !wish ? request.holiday : null) ?? backdrops[index % backdrops.length] ?? 'paper-sweep',
    layout: layouts[index] ?? 'hero-top',
    style: request.style,
    voice: voiceFor(request, index, random),
    paletteShift: shifts[index % shifts.length] ?? 0,
    textScale: 1,
    seed: Math.floor(random() * 2 ** 31),
    ...wish?.grade,
  }));
}

/** One edit's step: warmth 0.35 moves the backdrop's mean R−B by about 20 levels, brightness 0.4 its luminance by about 20. */
const warmthStep = 0.35;
const brightnessStep = 0.4;
const stepped = (value: number | undefined, step: number): number => Math.round(Math.max(-1, Math.min(1, (value ?? 0) + step)) * 100) / 100;

/**
 * An edit of images changes only the targeted variant (or all) and only in what was asked:
 * another backdrop, another colour scheme, bigger type, a warmer, cooler, lighter or darker
 * backdrop. Seeds stay, and an untouched variant is the parent's own spec, so it renders as before.
 */
/** The variants with the result's text only: an edit of every variant's text clears what each had of its own. */
export function withoutOwnTexts<V extends Variant>(variants: readonly V[]): V[] {
  return variants.map((variant) => {
    const { texts: _own, ...design } = variant;
    return design as V;
  });
}

export function editVariants<V extends Variant>(parent: V[], aspects: readonly EditAspect[], target: number | 'all', seed: number): V[] {
  const random = seededRandom(seed);
  const asked = (aspect: EditAspect): boolean => aspects.includes(aspect);
  const warmth = (asked('warmer') ? warmthStep : 0) - (asked('cooler') ? warmthStep : 0);
  const brightness = (asked('brighter') ? brightnessStep : 0) - (asked('darker') ? brightnessStep : 0);
  return parent.map((variant, index) => {
    if (target !== 'all' && index !== target) return variant;
    const edited: V = { ...variant };
    if (asked('background')) {
      edited.backdrop = shuffled(everydayBackdrops.filter((b) => b !== variant.backdrop), random)[0] ?? variant.backdrop;
      // A photo layout draws no backdrop: its background is its frame, panel or card, so another design is what shows.
      // Only reached when this variant is a photo layout, so V's layout admits one.
      if (isPhotoLayout(variant.layout)) {
        edited.layout = (shuffled(photoLayoutNames.filter((l) => l !== variant.layout), random)[0] ?? variant.layout) as V['layout'];
        // Moves were made against the old design's blocks; the new one starts as designed.
        delete edited.moves;
      }
    }
    if (asked('color')) {
      // A third to two thirds of the wheel away: with the vivid palette, ΔE ≥ 15 on the accent even from a grey product's.
      edited.paletteShift = (variant.paletteShift + 120 + Math.floor(random() * 121)) % 360;
      edited.vividPalette = true;
    }
    if (asked('bigger-text')) edited.textScale = Math.min(1.6, Math.round(variant.textScale * 1.2 * 100) / 100);
    if (warmth !== 0) edited.warmth = stepped(variant.warmth, warmth);
    if (brightness !== 0) edited.brightness = stepped(variant.brightness, brightness);
    return edited;
  });
}
