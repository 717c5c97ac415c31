import type { OfferFact } from '../../../shared/reading';

export type { OfferFact };
export type OfferFactKind = OfferFact['kind'];

const number = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// "만원" alone is ten thousand won; "이만원" would be a Hangul numeral, so a letter before it bars it.
const price = String.raw`(?:${number}(?:\s?만(?:\s?\d+\s?천)?|\s?천)?|(?<![가-힣])[만천])\s?원`;
const clock = String.raw`\d{1,2}(?::\d{2}|시(?!간)(?:\s?\d{1,2}분|\s?반(?![가-힣]))?)`;
const dayPart = String.raw`(?:(?:오전|오후|아침|저녁|밤|낮)\s?)?`;
/** How long an offer runs: "까지", "까지만", "에만" belong to the date the owner wrote. */
const until = String.raw`(?:까지만|까지|부터|에만|마다|만)?`;
// A word right before 무료/증정 names the free item ("음료 무료"), unless it is a verb's ending
// ("사면 무료") or an occasion word ("한정 무료").
const freeItem = String.raw`(?:(?<![\d가-힣A-Za-z])[가-힣A-Za-z]{1,8}(?<![면시고서때는을를에]|한정|할인|이벤트|기념|오픈)\s?)?`;

/**
 * Tried in this order; each kind's matches are masked before the next kind looks, so "2천원 할인"
 * is one discount rather than a price, and "음료 1잔 무료" one free item rather than a quantity.
 */
const patterns: [OfferFactKind, RegExp][] = [
  ['phone', /(?<!\d)(?:0\d{1,2}-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4})(?!\d)/g],
  ['time', new RegExp(String.raw`${dayPart}${clock}(?:\s?[~-]\s?${dayPart}${clock})?${until}`, 'g')],
  [
    'date',
    new RegExp(
      [
        String.raw`\d{1,2}월\s?\d{1,2}일(?:\s?[~-]\s?(?:\d{1,2}월\s?)?\d{1,2}일)?${until}`,
        String.raw`(?<!\d)\d{1,2}\/\d{1,2}(?:\s?[~-]\s?\d{1,2}\/\d{1,2})?(?!\d)${until}`,
        String.raw`\d{1,2}일(?:간|까지|부터)`,
        String.raw`(?:이번|다음)\s?(?:주말?|달)${until}`,
        String.raw`(?<!\d)\d{1,2}월(?:까지만|까지|부터)`,
        String.raw`(?:주말|평일)${until}`,
        String.raw`(?:매주\s?)?[월화수목금토일]요일${until}`,
        String.raw`오늘(?:\s?하루)?(?:까지만|까지|만)|내일까지`,
      ].join('|'),
      'g',
    ),
  ],
  ['discount', new RegExp(String.raw`(?:최대\s?)?\d+(?:\.\d+)?\s?%(?:\s?(?:할인|OFF|off|세일|적립))?|${price}\s?(?:할인|인하|OFF|off)`, 'g')],
  // "3만원 이상" is a threshold, not a price: the qualifier stays with the number.
  ['price', new RegExp(String.raw`${price}(?:\s?(?:이상|이하|미만)|부터|씩|대(?![가-힣]))?`, 'g')],
  ['bundle', /(?<!\d)\d\+\d(?!\d)/g],
  ['free', /(?:무료|공짜)\s?(?:배송|주차|시음|체험|상담|포장|픽업|시술)|선물\s?포장\s?무료/g],
  ['free', new RegExp(String.raw`${freeItem}(?:\d+\s?(?:잔|개|병|장|회|인분)\s?)?(?:무료|증정)(?:\s?(?:증정|제공))?`, 'g')],
  [
    'quantity',
    /(?:선착순\s?)?(?:한정\s?)?\d+\s?(?:인분|박스|세트|ml|mL|ML|kg|g|L|개월|개입|개|잔|병|그릇|봉|구|인|명|팩|매|장|종|가지|회|박|호)(?![A-Za-z])(?:\s?\d+일)?(?:\s?(?:한정|세트|이상|이하))?/g,
  ],
];

/** Every offer fact in the request, in reading order, each exactly as the owner wrote it. */
export function findOfferFacts(text: string): OfferFact[] {
  let masked = text;
  const facts: OfferFact[] = [];
  for (const [kind, pattern] of patterns) {
    for (const match of masked.matchAll(pattern)) {
      const found = match[0].trim();
      if (!/\d|[가-힣]/.test(found)) continue;
      const index = match.index + match[0].indexOf(found);
      facts.push({ kind, text: found, index });
    }
    masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return facts.sort((a, b) => a.index - b.index);
}
