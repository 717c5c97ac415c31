import type { ResultRecord } from '../../../shared/ipc/generations';

/** The copy of a result as the owner reads it, one line each: what search indexes and exports write. */
export function copyText(record: ResultRecord | null): string {
  if (!record) return '';
  return [record.headline, record.subcopy, record.cta, record.hashtags.map((tag) => `#${tag}`).join(' ')].filter(Boolean).join('\n');
}
