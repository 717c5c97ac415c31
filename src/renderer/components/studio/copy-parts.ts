import type { Generation } from '../../../shared/ipc/generations';

export interface CopyParts {
  headline: string;
  subcopy: string;
  cta: string;
  hashtags: string;
}

/** The copy of a result as the owner pastes it: each part alone, or all together. */
export function copyParts(generation: Generation): CopyParts {
  const copy = generation.outputCopy;
  if (!copy) return { headline: '', subcopy: '', cta: '', hashtags: '' };
  return { headline: copy.headline, subcopy: copy.subcopy, cta: copy.cta, hashtags: copy.hashtags.map((tag) => `#${tag}`).join(' ') };
}

export const allCopy = (parts: CopyParts): string => [parts.headline, parts.subcopy, parts.cta, parts.hashtags].filter(Boolean).join('\n');
