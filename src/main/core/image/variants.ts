import type { CopyIndustry } from '../../../shared/ipc/copy';
import type { EditAspects } from '../copy/intent';
import type { Season } from '../copy/request-reading';
import type { Tone } from '../copy/templates';
import { backdropNames, type AdStyle, type BackdropName } from './backdrops/backdrops';
import { layoutNames, type TypeVoice } from './layouts/layouts';
import { seededRandom } from '../random/seeded-random';
import type { AdSpec } from './render/render-ad';

/** One variant: everything but the format, which every variant is rendered in. */
export type Variant = Omit<AdSpec, 'format'>;

const industryBackdrops: Record<CopyIndustry, BackdropName[]> = {
  cafe: ['wood', 'marble', 'window-light', 'paper-sweep', 'bokeh'],
  bakery: ['wood', 'linen', 'window-light', 'pastel', 'paper-sweep'],
  restaurant: ['wood', 'bokeh', 'linen', 'soft-gradient', 'window-light'],
  beauty: ['pastel', 'soft-gradient', 'marble', 'paper-sweep', 'window-light'],
  fashion: ['paper-sweep', 'soft-gradient', 'brand-solid', 'linen', 'pastel'],
  stay: ['window-light', 'bokeh', 'soft-gradient', 'linen', 'paper-sweep'],
  retail: ['paper-sweep', 'soft-gradient', 'brand-solid', 'pastel', 'marble'],
  other: ['paper-sweep', 'soft-gradient', 'pastel', 'marble', 'brand-solid'],
};

const toneVoices: Record<Tone, TypeVoice> = { friendly: 'sans', premium: 'serif', playful: 'hand', calm: 'sans' };

function shuffled<T>(items: readonly T[], random: () => number): T[] {
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
}

/**
 * N variants that differ in backdrop, layout and palette: the industry's own backdrops plus the
 * season's, shuffled by the seed, so the same request and seed always plan the same ads.
 */
export function planVariants(request: VariantRequest): Variant[] {
  const random = seededRandom(request.seed);
  const backdrops = shuffled([...industryBackdrops[request.industry], request.season], random);
  const layouts = shuffled(layoutNames, random);
  const shifts = [0, 24, -24, 150];
  return Array.from({ length: request.count }, (_, index) => ({
    backdrop: backdrops[index % backdrops.length] ?? 'paper-sweep',
    layout: layouts[index % layouts.length] ?? 'hero-top',
    style: request.style,
    voice: index === 0 ? toneVoices[request.tone] : ((['sans', 'serif', 'hand'] as const)[Math.floor(random() * 3)] ?? 'sans'),
    paletteShift: shifts[index % shifts.length] ?? 0,
    textScale: 1,
    seed: Math.floor(random() * 2 ** 31),
  }));
}

/**
 * An edit of images keeps each variant and changes only what was asked: another backdrop,
 * another colour, bigger type. Seeds stay, so everything else renders as before.
 */
export function editVariants(parent: Variant[], aspects: EditAspects, seed: number): Variant[] {
  const random = seededRandom(seed);
  return parent.map((variant) => ({
    ...variant,
    backdrop: aspects.background ? (shuffled(backdropNames.filter((b) => b !== variant.backdrop), random)[0] ?? variant.backdrop) : variant.backdrop,
    paletteShift: aspects.color ? variant.paletteShift + 60 + Math.floor(random() * 120) : variant.paletteShift,
    textScale: aspects.biggerText ? Math.min(1.6, variant.textScale * 1.2) : variant.textScale,
  }));
}
