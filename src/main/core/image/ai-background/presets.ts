import type { CopyIndustry } from '../../../../shared/ipc/copy';
import { type AdStyle } from '../../../../shared/ad-design';

/** Prompt and negative-prompt fragments per style. */
export const stylePresets: Record<AdStyle, { prompt: string; negative: string }> = {
  'ultra-realistic': { prompt: 'professional product photography, photorealistic, natural soft light, shallow depth of field, 35mm', negative: 'illustration, cartoon, painting, cgi' },
  'semi-realistic': { prompt: 'lifestyle product photo, soft daylight, clean composition, gentle colors', negative: 'harsh shadows, oversaturated' },
  illustration: { prompt: 'flat illustration background, anime style scenery, soft pastel colors, clean shapes', negative: 'photo, photorealistic, noisy' },
  minimal: { prompt: 'minimal studio backdrop, seamless paper, soft gradient light, lots of empty space', negative: 'clutter, busy background, many objects' },
};

/** The scene each kind of shop sets its products in. */
export const industryScenes: Record<CopyIndustry, string> = {
  cafe: 'on a wooden cafe table by a window, coffee shop interior softly blurred',
  bakery: 'on a bakery counter with linen cloth, warm morning light, bread shelves blurred behind',
  restaurant: 'on a restaurant tabletop, warm ambient light, dining room softly blurred',
  beauty: 'on a marble vanity in a bright salon interior, soft reflections',
  fashion: 'in a bright boutique studio with soft fabric backdrop',
  stay: 'on a wooden deck of a countryside pension, green hills and sky in the distance',
  retail: 'on a clean studio tabletop, seamless backdrop',
  other: 'on a clean studio tabletop, seamless backdrop',
};

/** Always kept out: the product is laid back on top, so the scene must not invent a second one. */
const alwaysNegative = 'text, watermark, logo, letters, duplicate product, people, hands, blurry, low quality';

export function backgroundPrompt(imagePrompt: string, style: AdStyle, industry: CopyIndustry): { prompt: string; negative: string } {
  const preset = stylePresets[style];
  const scene = industryScenes[industry];
  return { prompt: [imagePrompt, scene, preset.prompt].filter(Boolean).join(', '), negative: `${preset.negative}, ${alwaysNegative}` };
}

export type Performance = 'quality' | 'balanced' | 'fast';

/**
 * Steps and size per performance preset and sampler: distilled models (LCM, Turbo) need a few
 * steps, the rest a few dozen; the CPU gets the smaller sizes.
 */
export function performancePreset(performance: Performance, scheduler: 'lcm' | 'turbo' | 'euler', accelerated: boolean): { steps: number; shortSide: number; guidance: number } {
  const shortSide = { quality: accelerated ? 768 : 512, balanced: 512, fast: accelerated ? 512 : 384 }[performance];
  if (scheduler === 'lcm') return { steps: { quality: 8, balanced: 4, fast: 2 }[performance], shortSide, guidance: 8 };
  if (scheduler === 'turbo') return { steps: { quality: 4, balanced: 2, fast: 1 }[performance], shortSide, guidance: 0 };
  return { steps: { quality: 30, balanced: 20, fast: 12 }[performance], shortSide, guidance: 7 };
}
