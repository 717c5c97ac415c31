import type { CopyIndustry } from '../../../shared/ipc/copy';
import type { Season } from '../../../shared/reading';

// The background model reads English. Without an LLM, the prompt is assembled from the
// product's common words and the industry's usual scene.
const words: [RegExp, string][] = [
  [/라떼/, 'latte'],
  [/아메리카노|커피/, 'coffee'],
  [/에이드/, 'fruit ade'],
  [/스무디/, 'smoothie'],
  [/딸기/, 'strawberry'],
  [/케이크/, 'cake'],
  [/크루아상/, 'croissant'],
  [/소금빵/, 'salt butter roll'],
  [/빵/, 'bread'],
  [/쿠키/, 'cookies'],
  [/마카롱/, 'macarons'],
  [/버거/, 'burger'],
  [/피자/, 'pizza'],
  [/파스타/, 'pasta'],
  [/치킨/, 'fried chicken'],
  [/국밥|찌개|탕/, 'korean soup'],
  [/빙수/, 'shaved ice dessert'],
  [/원피스/, 'dress'],
  [/니트/, 'knit sweater'],
  [/운동화|신발/, 'sneakers'],
  [/가방/, 'bag'],
  [/펌|헤어|염색/, 'hair styling'],
  [/펜션|객실|숙소/, 'cozy guesthouse room'],
];

const scenes: Record<CopyIndustry, string> = {
  cafe: 'on a wooden cafe table by a sunny window',
  bakery: 'on a rustic bakery counter with soft morning light',
  restaurant: 'on a restaurant tabletop with warm lighting',
  beauty: 'in a bright minimal salon interior',
  fashion: 'in a clean studio with soft shadows',
  stay: 'in a peaceful countryside landscape',
  retail: 'on a clean studio backdrop',
  other: 'on a clean studio backdrop',
};

const seasonMoods: Record<Season, string> = {
  spring: 'spring mood, cherry blossom accents',
  summer: 'summer mood, fresh and cool tones',
  autumn: 'autumn mood, warm amber tones',
  winter: 'winter mood, cozy warm lights',
};

export function imagePromptFor(product: string, industry: CopyIndustry, season: Season): string {
  const subject = words
    .map(([pattern, word]) => ({ word, at: product.search(pattern) }))
    .filter((match) => match.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((match) => match.word);
  const noun = subject.length > 0 ? [...new Set(subject)].join(' ') : 'product';
  return `${noun} ${scenes[industry]}, ${seasonMoods[season]}, professional product photography, high detail`;
}
