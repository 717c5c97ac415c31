import type { Season } from '../../../../shared/reading';

const seasonByName: Record<string, Season> = { 봄: 'spring', 여름: 'summer', 가을: 'autumn', 겨울: 'winter' };

/** A season the owner names outright (봄맞이, 여름 신메뉴, 겨울 한정); the first one named wins over every other cue. */
const seasonNamePattern = /(?<![가-힣])(봄|여름|가을|겨울)|(봄|여름|가을|겨울)(?=맞이|시즌|한정|신메뉴|신상|에|엔|용|철)/;

/** Words that suggest a season when none is named. "눈" is snow only as its own word or in 눈꽃/첫눈, never in 눈썹. */
const seasonWords: [RegExp, Season][] = [
  [/벚꽃|새학기|입학|(?<!\d)[345]월/, 'spring'],
  [/아이스|휴가|빙수|바캉스|물놀이|(?<!\d)[678]월/, 'summer'],
  [/단풍|추석|(?<!\d)(9|10|11)월/, 'autumn'],
  [/크리스마스|연말|눈꽃|첫눈|(?<![가-힣])눈(?![가-힣])|뱅쇼|붕어빵|(?<!\d)(12|1|2)월|설날/, 'winter'],
];

function calendarSeason(now: Date): Season {
  const month = now.getMonth() + 1;
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/** The season and how sure the reading is: named 1, suggested 0.7, the calendar 0.4. */
export function readSeason(text: string, now: Date): { season: Season; confidence: number } {
  const named = seasonNamePattern.exec(text);
  const name = named?.[1] ?? named?.[2];
  if (name) return { season: seasonByName[name] ?? calendarSeason(now), confidence: 1 };
  for (const [pattern, season] of seasonWords) if (pattern.test(text)) return { season, confidence: 0.7 };
  return { season: calendarSeason(now), confidence: 0.4 };
}
