import type { Settings } from '../../shared/ipc/settings';

/** Dates follow the app's language, not the browser's: "2026. 12. 2. 오전 1:58", "Dec 2, 2026, 1:58 AM". */
const locales: Record<Settings['language'], string> = { ko: 'ko-KR', en: 'en-US' };

export interface DateWords {
  date(ms: number): string;
  dateTime(ms: number): string;
}

/**
 * `timeZone` is for tests; the app shows the computer's own time. Korean says 오전/오후 itself:
 * newer ICU data abbreviates them to AM/PM, which no Korean shop owner writes.
 */
export function dateWords(language: Settings['language'], timeZone?: string): DateWords {
  const month = language === 'ko' ? 'numeric' : 'short';
  const date = new Intl.DateTimeFormat(locales[language], { year: 'numeric', month, day: 'numeric', timeZone });
  const dateTime = new Intl.DateTimeFormat(locales[language], { year: 'numeric', month, day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone });
  const hour = new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone });
  const koreanDayPeriod = (ms: number): string => (Number(hour.format(ms)) < 12 ? '오전' : '오후');
  return {
    date: (ms) => date.format(ms),
    dateTime: (ms) =>
      language === 'ko'
        ? dateTime
            .formatToParts(ms)
            .map((part) => (part.type === 'dayPeriod' ? koreanDayPeriod(ms) : part.value))
            .join('')
        : dateTime.format(ms),
  };
}
