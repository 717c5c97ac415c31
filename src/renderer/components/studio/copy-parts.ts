import type { Generation } from '../../../shared/ipc/generations';

export interface CopyParts {
  headline: string;
  subcopy: string;
  cta: string;
  hashtags: string;
}

/** The copy of a result as the owner pastes it: each part alone, or all together. */
export function copyParts(generation: Generation): CopyParts {
  const copy = (generation.outputCopy ?? {}) as { headline?: unknown; subcopy?: unknown; cta?: unknown; hashtags?: unknown };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const tags = Array.isArray(copy.hashtags) ? copy.hashtags.filter((tag): tag is string => typeof tag === 'string') : [];
  return { headline: text(copy.headline), subcopy: text(copy.subcopy), cta: text(copy.cta), hashtags: tags.map((tag) => `#${tag}`).join(' ') };
}

export const allCopy = (parts: CopyParts): string => [parts.headline, parts.subcopy, parts.cta, parts.hashtags].filter(Boolean).join('\n');
