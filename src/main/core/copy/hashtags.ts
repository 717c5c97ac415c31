import type { Season } from '../../../shared/reading';
import { seasonNames } from './request-reading';

/** "서울 마포구" → "마포", "제주시 애월읍" → "애월": the name people use in hashtags. */
export function shortRegion(region: string): string {
  const last = region.trim().split(/\s+/).at(-1) ?? '';
  return last.length > 2 ? last.replace(/(특별시|광역시|시|군|구|읍|면|동)$/, '') : last;
}

const asTag = (text: string): string => text.replace(/^#+/, '').replace(/[^\p{L}\p{N}_]/gu, '');

/** Longer tags read as sentences glued together, and nobody searches for them. */
const tagCharacters = 10;

export interface HashtagInput {
  product: string;
  concept: string;
  /** What a shop of the product's kind is called: 카페, 꽃집, 펜션. */
  placeNoun: string;
  categoryTags: string[];
  region: string;
  season: Season;
  shopName: string;
  /** The owner's own tags: always kept, whatever the platform's count. */
  shopHashtags: string[];
  count: number;
  maxLength: number;
}

function unique(candidates: string[], fits: (tag: string) => boolean): string[] {
  const seen = new Set<string>();
  return candidates.map(asTag).filter((tag) => {
    if (tag.length < 2 || seen.has(tag) || !fits(tag)) return false;
    seen.add(tag);
    return true;
  });
}

/**
 * The product first, then the owner's own tags, then shop, region, season and category tags, without
 * duplicates. Only clean nouns go in: the product comes from the reading, which has shed
 * instructions and particles.
 */
export function buildHashtags(input: HashtagInput): string[] {
  const region = shortRegion(input.region);
  // "1:1" or "2호" read as noise in a tag: only the product's words go in.
  const productWords = input.product.split(/\s+/).filter((word) => word && !/\d/.test(word));
  const own = unique(input.shopHashtags, (tag) => [...tag].length <= input.maxLength).slice(0, input.count);
  const ours = unique(
    [
      productWords.join(''),
      productWords.length > 1 && (productWords.at(-1)?.length ?? 0) >= 2 ? (productWords.at(-1) ?? '') : '',
      input.shopName,
      region ? `${region}${input.placeNoun}` : '',
      input.concept.includes('신메뉴') ? `${seasonNames[input.season]}신메뉴` : `${seasonNames[input.season]}${input.placeNoun}`,
      ...input.categoryTags,
    ],
    (tag) => [...tag].length <= Math.min(input.maxLength, tagCharacters) && !own.includes(tag),
  ).slice(0, input.count - own.length);
  return [...ours.slice(0, 1), ...own, ...ours.slice(1)];
}
