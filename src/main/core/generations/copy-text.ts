import type { ResultRecord } from '../../../shared/ipc/generations';
import type { CopyLines } from '../../../shared/variant-copy';

const lines = (copy: CopyLines): string[] => [copy.headline, copy.subcopy, copy.cta, copy.hashtags.map((tag) => `#${tag}`).join(' ')];

/** One copy as the owner posts it, one line each. */
export const copyLines = (copy: CopyLines): string => lines(copy).filter(Boolean).join('\n');

/**
 * The copy of a result as the owner reads it, one line each: what search indexes and exports
 * write. Lines a variant has of its own follow, so a word on any of the ads finds the result.
 */
export function copyText(record: ResultRecord | null): string {
  if (!record) return '';
  const own = (record.variants ?? []).flatMap((variant) => [variant.texts?.headline, variant.texts?.subcopy, variant.texts?.cta]);
  return [...new Set([...lines(record), ...own].filter((line): line is string => Boolean(line)))].join('\n');
}
