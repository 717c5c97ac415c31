import type { Occasion } from '../../../../shared/reading';

const occasionWords: [RegExp, Occasion][] = [
  [/신메뉴|신상|신제품|출시|런칭|론칭|새로\s?나온|새\s?메뉴/, 'new'],
  [/할인|세일|특가|\d\s?%|[1-9]\+[1-9]|반값|인하/, 'sale'],
  [/이벤트|행사|증정|경품|추첨|리뷰\s?이벤트/, 'event'],
  [/오픈|개업|그랜드\s?오픈|오픈\s?기념/, 'opening'],
  [/예약|사전\s?예약|예약\s?오픈|예약\s?접수/, 'reservation'],
  [/한정|선착순|한정판|품절\s?임박/, 'limited'],
  [/재입고|재오픈|다시\s?돌아/, 'restock'],
  [/선물|기프트|답례/, 'gift'],
  [/크리스마스|성탄|연말|새해|설날|설\s?연휴|추석|명절|발렌타인|화이트데이|어버이날|스승의\s?날|어린이날|빼빼로|할로윈|핼러윈/, 'holiday'],
];

/** The first occasion word as the owner wrote it, for the copy's {concept}: "신메뉴", "사전예약"; one word, so a headline never stacks "할인 예약". */
const conceptWords = /(?:(?:봄|여름|가을|겨울)\s?)?(신메뉴|신상|출시|오픈|사전\s?예약|예약|할인|이벤트|행사|세일|한정|시즌|기념|특가|런칭|재입고)/g;

export function readOccasions(text: string): Occasion[] {
  return occasionWords.filter(([pattern]) => pattern.test(text)).map(([, occasion]) => occasion);
}

export function readConcept(text: string): string {
  return [...text.matchAll(conceptWords)].map((m) => m[1] ?? '').find(Boolean) ?? '';
}
