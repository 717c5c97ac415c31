import type { Generation } from '../../../shared/ipc/generations';
import { variantCopy } from '../../../shared/variant-copy';

export interface CopyParts {
  headline: string;
  subcopy: string;
  cta: string;
  hashtags: string;
}

/**
 * The copy of a result as the owner pastes it: each part alone, or all together. For one variant,
 * its own lines (an edit of that variant alone) over the result's.
 */
export function copyParts(generation: Generation, variantIndex?: number): CopyParts {
  const copy = generation.outputCopy;
  if (!copy) return { headline: '', subcopy: '', cta: '', hashtags: '' };
  const shown = variantCopy(copy, variantIndex);
  return { headline: shown.headline, subcopy: shown.subcopy, cta: shown.cta, hashtags: shown.hashtags.map((tag) => `#${tag}`).join(' ') };
}

export const allCopy = (parts: CopyParts): string => [parts.headline, parts.subcopy, parts.cta, parts.hashtags].filter(Boolean).join('\n');
