import type { CopyIndustry, Platform } from '../../../shared/ipc/copy';
import type { Industry } from './industry';
import { findOfferFacts, type OfferFact } from './offer-facts';
import { productPhrase } from './product-phrase';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export const seasonNames: Record<Season, string> = { spring: '봄', summer: '여름', autumn: '가을', winter: '겨울' };

/** What the owner's one sentence says, read without a model. */
export interface RequestReading {
  /** The thing advertised, a clean noun phrase: "아이스 라떼", "수제 딸기 케이크"; '' when the request names none. */
  product: string;
  /** Words around it that set the occasion: "여름 신메뉴", "예약". */
  concept: string;
  season: Season;
  platform: Platform | undefined;
  target: string | undefined;
  industry: CopyIndustry | undefined;
  /** Prices, discounts, dates, times, quantities and phone numbers, each exactly as the owner wrote it. */
  facts: OfferFact[];
}

const platformWords: [RegExp, Platform][] = [
  [/스토리|릴스/, 'instagram-story'],
  [/인스타|피드/, 'instagram-feed'],
  [/스마트\s?스토어|네이버|상세\s?페이지/, 'naver-smartstore'],
  [/카톡|카카오/, 'kakao-channel'],
  [/유튜브|쇼츠/, 'youtube'],
];

/** A season the owner names outright; the first one named wins over every other cue. */
const seasonNamePattern = /봄|여름|가을|겨울/;
const seasonByName: Record<string, Season> = { 봄: 'spring', 여름: 'summer', 가을: 'autumn', 겨울: 'winter' };

/** Words that suggest a season when none is named. "눈" is snow only as its own word or in 눈꽃/첫눈, never in 눈썹. */
const seasonWords: [RegExp, Season][] = [
  [/벚꽃|새학기|(?<!\d)[345]월/, 'spring'],
  [/아이스|시원|휴가|빙수|(?<!\d)[678]월/, 'summer'],
  [/단풍|추석|(?<!\d)(9|10|11)월/, 'autumn'],
  [/크리스마스|연말|눈꽃|첫눈|(?<![가-힣])눈(?![가-힣])|따뜻한|(?<!\d)(12|1|2)월|설날/, 'winter'],
];

const industryWords: [RegExp, CopyIndustry][] = [
  [/라떼|커피|아메리카노|콜드브루|음료|카페|에이드|스무디|밀크티|[가-힣]*티(?=\s|$)|빙수/, 'cafe'],
  [/케이크|빵|베이커리|쿠키|마카롱|타르트|크루아상|디저트|소금빵/, 'bakery'],
  [/식당|버거|피자|파스타|국밥|치킨|고기|정식|점심|저녁|요리|맛집|찌개|냉면/, 'restaurant'],
  [/헤어|펌|염색|미용|네일|피부|왁싱|속눈썹|클리닉|컷/, 'beauty'],
  [/원피스|티셔츠|셔츠|니트|코트|자켓|바지|옷|신발|운동화|가방|액세서리/, 'fashion'],
  [/펜션|숙소|객실|캠핑|글램핑|풀빌라|민박|스테이/, 'stay'],
];

// Whole words only: "아이" must not match inside "아이스".
const targetPattern = /(?<=^|\s)(\d0대|10대|학생|직장인|엄마|아빠|가족|커플|연인|아이들?|어르신|여성|남성|신혼부부|반려견)(?:\s?(?:여성|남성|고객|손님|분들))?(?=$|\s|[을를이가은는의에께도])/g;

const conceptWords = /(신메뉴|신상|출시|오픈|예약|할인|이벤트|행사|세일|한정|시즌|기념|특가|런칭|재입고|1\+1|무료|사전\s?예약)/g;

export function seasonOf(text: string, now: Date): Season {
  const named = seasonNamePattern.exec(text)?.[0];
  if (named) return seasonByName[named] ?? 'spring';
  for (const [pattern, season] of seasonWords) if (pattern.test(text)) return season;
  const month = now.getMonth() + 1;
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/** Food shops sell across these three; a product word may move an ad between them. */
const foodIndustries: CopyIndustry[] = ['cafe', 'bakery', 'restaurant'];

/**
 * The shop's industry decides, except that a food shop's product may be a drink, a pastry or a
 * dish, and a general or online shop takes whatever its product says.
 */
export function copyIndustryFor(shopIndustry: Industry, detected: CopyIndustry | undefined): CopyIndustry {
  const own = industryFromShop(shopIndustry);
  if (!detected) return own;
  if (own === 'other' || own === 'retail') return detected;
  if (foodIndustries.includes(own) && foodIndustries.includes(detected)) return detected;
  return own;
}

export function industryFromShop(industry: Industry): CopyIndustry {
  const map: Record<Industry, CopyIndustry> = {
    cafe: 'cafe',
    bakery: 'bakery',
    restaurant: 'restaurant',
    salon: 'beauty',
    pension: 'stay',
    smartstore: 'retail',
    other: 'other',
  };
  return map[industry];
}

export function readRequest(text: string, now: Date = new Date()): RequestReading {
  const platform = platformWords.find(([pattern]) => pattern.test(text))?.[1];
  const industry = industryWords.find(([pattern]) => pattern.test(text))?.[1];
  const target = [...text.matchAll(targetPattern)].map((m) => m[0]).join(' ') || undefined;
  const concept = [...new Set([...text.matchAll(conceptWords)].map((m) => m[0]))].join(' ');
  const facts = findOfferFacts(text);
  const product = productPhrase(text, facts);
  return { product, concept, season: seasonOf(text, now), platform, target, industry, facts };
}
