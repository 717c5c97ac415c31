import type { CopyIndustry } from '../../../shared/ipc/copy';
import type { ProductCategory, RequestReading } from '../../../shared/reading';
import type { Industry } from './industry';
import { classifyIntent } from './intent';
import { asksForAnswer, asksForWork } from './question-forms';
import { categoryOfPhrase } from './lexicon/product-lexicon';
import { findOfferFacts } from './offer-facts';
import { productPhrase } from './product-phrase';
import { readAudience } from './reading/audience';
import { readHoliday } from './reading/holiday';
import { readConcept, readOccasions } from './reading/occasions';
import { readPlatform } from './reading/platform-words';
import { readSeason } from './reading/season';
import { readStyle, styleSpans } from './reading/style-words';

export const seasonNames = { spring: '봄', summer: '여름', autumn: '가을', winter: '겨울' } as const;

/** What the reader knows besides the words: the shop, and what the chat holds. */
export interface ReadingContext {
  now: Date;
  shop: { industry: Industry; name: string };
  hasPrevious: boolean;
  hasAttachments: boolean;
}

/** A shop's usual product kind: the guess when the request names no product. */
export const shopCategory: Record<Industry, ProductCategory | null> = {
  cafe: 'drink',
  bakery: 'bread',
  restaurant: 'meal',
  salon: 'hair',
  pension: 'stay',
  smartstore: null,
  other: null,
};

/** The image and hashtag family of a product category. */
export const categoryIndustry: Record<ProductCategory, CopyIndustry> = {
  drink: 'cafe',
  dessert: 'bakery',
  bread: 'bakery',
  meal: 'restaurant',
  hair: 'beauty',
  nail: 'beauty',
  skin: 'beauty',
  cosmetics: 'beauty',
  fashion: 'fashion',
  living: 'retail',
  flowers: 'retail',
  'food-gift': 'retail',
  electronics: 'retail',
  stay: 'stay',
  toys: 'retail',
  pet: 'retail',
  class: 'other',
};

export function industryFromShop(industry: Industry): CopyIndustry {
  const map: Record<Industry, CopyIndustry> = { cafe: 'cafe', bakery: 'bakery', restaurant: 'restaurant', salon: 'beauty', pension: 'stay', smartstore: 'retail', other: 'other' };
  return map[industry];
}

/** The product's own family when the reading knows its category, the shop's otherwise. */
export const copyIndustryOf = (reading: RequestReading, shopIndustry: Industry): CopyIndustry =>
  reading.category ? categoryIndustry[reading.category] : industryFromShop(shopIndustry);

/** The phrase's last words within `max` characters: a Korean noun phrase ends in its head. */
function lastWords(phrase: string, max: number): string {
  const words = phrase.split(' ');
  while (words.join(' ').length > max && words.length > 1) words.shift();
  return words.join(' ').slice(-max);
}

/** How plainly the words say it: a question mark or a request verb is plain; a bare noun phrase is a guess. */
function intentConfidence(text: string, intent: RequestReading['intent']): number {
  if (intent === 'consult') return /[?？]/.test(text) ? 0.95 : 0.75;
  if (intent === 'edit') return 0.85;
  if (asksForAnswer(text)) return 0.7;
  // "콜드브루 할인 이벤트 카톡 채널용 문구": no verb, but naming the ad is asking for one.
  return asksForWork(text) ? 0.95 : /광고|문구|홍보|포스터|카피/.test(text) ? 0.9 : 0.7;
}

/** A product for a dog or a cat is a pet product, whatever its head noun: "강아지 쿨매트", "고양이 스크래처". */
const forPets = /^(?:강아지|고양이|반려견|반려묘|애견|애묘|펫|댕댕이|냥이)\s?\S/;

function readCategory(product: string, industry: Industry): { category: ProductCategory | null; confidence: number } {
  if (forPets.test(product)) return { category: 'pet', confidence: 0.9 };
  const known = product ? categoryOfPhrase(product) : undefined;
  if (known) return { category: known.category, confidence: 0.95 };
  const prior = shopCategory[industry];
  return { category: prior, confidence: prior ? (product ? 0.3 : 0.5) : 0 };
}

/**
 * The built-in reader: the owner's one sentence as a typed reading, without a model. Facts are
 * found first and kept verbatim; the product is the noun phrase left once facts, style words,
 * instructions, places, occasions and the audience are set aside.
 */
export function readRequest(text: string, context: ReadingContext): RequestReading {
  // A run-on message still reads into a record that fits its schema: the first facts, a product of a few words.
  const facts = findOfferFacts(text).filter((fact) => fact.text.length <= 60).slice(0, 20);
  const style = readStyle(text);
  const product = lastWords(productPhrase(text, { facts, skip: styleSpans(text), shopName: context.shop.name }), 60);
  const intent = classifyIntent(text, { hasPrevious: context.hasPrevious, hasAttachments: context.hasAttachments, namesNewProduct: product !== '', namesStyle: style.words.length > 0 });
  const category = readCategory(product, context.shop.industry);
  const season = readSeason(text, context.now);
  const platform = readPlatform(text);
  const audience = readAudience(text)?.slice(0, 40) ?? null;
  return {
    intent,
    product,
    category: category.category,
    facts,
    occasions: readOccasions(text),
    concept: readConcept(text),
    season: season.season,
    holiday: readHoliday(text),
    platform,
    audience,
    style,
    confidence: {
      intent: intentConfidence(text, intent),
      product: product ? (categoryOfPhrase(product) ? 0.9 : 0.6) : 0.5,
      category: category.confidence,
      season: season.confidence,
      platform: platform ? 1 : 0.5,
      audience: audience ? 1 : 0.5,
      style: style.words.length > 0 ? 1 : 0.5,
    },
    source: 'builtin',
  };
}
