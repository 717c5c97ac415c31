import type { Holiday } from '../../../../shared/reading';

/**
 * Words that name a holiday. '설' is Seollal only as its own word or before a holiday noun
 * (설 선물, 설맞이, 설에), never inside 설탕, 설명, 설치, 설렘 or 설빙. A bare 새해 is the first
 * of January ("새해 첫 신메뉴"), not Seollal; a 새해 gift set is the Seollal one.
 */
const holidayWords: [RegExp, Holiday][] = [
  [/크리스마스|성탄|x-?mas/i, 'christmas'],
  [/추석|한가위/, 'chuseok'],
  [/설날|(?<![가-힣])설(?:맞이|\s?(?:선물|명절|연휴|특선|상차림|차례)|(?:에도|에는|에|엔|을|도|까지)?(?![가-힣]))|(?<![가-힣])구정(?!물)|새해\s?선물/, 'seollal'],
];

/** The holiday the owner names first, or null when none is named. */
export function readHoliday(text: string): Holiday | null {
  const named = holidayWords
    .map(([pattern, holiday]) => ({ holiday, at: pattern.exec(text)?.index ?? -1 }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at);
  return named[0]?.holiday ?? null;
}
