import { describe, expect, it } from 'vitest';
import { dateWords } from './dates';

describe('dates in the app language', () => {
  // 2026-12-02 01:58 in Seoul, whatever the browser's own locale.
  const at = Date.UTC(2026, 11, 1, 16, 58);

  it('writes Korean dates as Koreans read them, 오전 and 오후 included', () => {
    const ko = dateWords('ko', 'Asia/Seoul');
    expect(ko.date(at)).toBe('2026. 12. 2.');
    expect(ko.dateTime(at)).toBe('2026. 12. 2. 오전 1:58');
    expect(ko.dateTime(Date.UTC(2026, 11, 2, 5, 5))).toBe('2026. 12. 2. 오후 2:05');
    expect(ko.dateTime(Date.UTC(2026, 11, 2, 3, 0))).toBe('2026. 12. 2. 오후 12:00');
  });

  it('writes English dates with the month named, never as 12/2/2026', () => {
    const en = dateWords('en', 'Asia/Seoul');
    expect(en.date(at)).toBe('Dec 2, 2026');
    expect(en.dateTime(at)).toBe('Dec 2, 2026, 1:58 AM');
  });
});
