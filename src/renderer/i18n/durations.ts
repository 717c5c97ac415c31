import type { Translate } from './translate';

/**
 * A wait as an owner says it: "약 40초", "약 3분", "약 1시간 10분" — never 912초. Seconds round up
 * to tens, minutes up, and past an hour to the nearest minute.
 */
export function durationText(t: Translate, seconds: number): string {
  if (seconds < 60) return t('duration.seconds', { n: Math.max(10, Math.ceil(seconds / 10) * 10) });
  if (seconds < 3600) return t('duration.minutes', { n: Math.min(60, Math.ceil(seconds / 60)) });
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t('duration.hours', { n: h }) : t('duration.hoursMinutes', { h, m });
}
