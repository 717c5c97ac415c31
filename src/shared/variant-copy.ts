import type { ResultRecord } from './ipc/generations';

export type CopyLines = Pick<ResultRecord, 'headline' | 'subcopy' | 'cta' | 'hashtags'>;

/** The copy one variant shows: its own lines (an owner's edit of it alone) over the result's. */
export function variantCopy(record: ResultRecord, variantIndex: number | undefined): CopyLines {
  const own = variantIndex === undefined ? undefined : record.variants?.[variantIndex]?.texts;
  return { headline: own?.headline ?? record.headline, subcopy: own?.subcopy ?? record.subcopy, cta: own?.cta ?? record.cta, hashtags: record.hashtags };
}
