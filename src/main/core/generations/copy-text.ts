import type { ResultRecord } from '../../../shared/ipc/generations';

/** The copy one variant shows: its own lines (an owner's edit of it alone) over the result's. */
export function variantCopy(record: ResultRecord, variantIndex: number): CopyLines {
  const own = record.variants?.[variantIndex]?.texts;
  return { headline: own?.headline ?? record.headline, subcopy: own?.subcopy ?? record.subcopy, cta: own?.cta ?? record.cta, hashtags: record.hashtags };
}

type CopyLines = Pick<ResultRecord, 'headline' | 'subcopy' | 'cta' | 'hashtags'>;
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
