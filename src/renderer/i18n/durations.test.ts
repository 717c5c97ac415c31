import { describe, expect, it } from 'vitest';
import { durationText } from './durations';
import { translator } from './translate';

describe('waits in words', () => {
  it('says a wait the way an owner reads it, in both languages', () => {
    const ko = translator('ko');
    const en = translator('en');
    const table: [number, string, string][] = [
      [0.4, '10초', '10 s'],
      [38, '40초', '40 s'],
      [59.5, '60초', '60 s'],
      [60, '1분', '1 min'],
      [61, '2분', '2 min'],
      [912, '16분', '16 min'],
      [3599, '60분', '60 min'],
      [3600, '1시간', '1 h'],
      [4200, '1시간 10분', '1 h 10 min'],
      [7170, '2시간', '2 h'],
    ];
    for (const [seconds, korean, english] of table) {
      expect([durationText(ko, seconds), durationText(en, seconds)], `${seconds} s`).toEqual([korean, english]);
    }
  });
});
