import type { CopyIndustry } from '../../../shared/ipc/copy';
import type { Season } from './request-reading';
import { seasonNames } from './request-reading';
import { industryHashtags, industryNouns } from './templates';

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
  industry: CopyIndustry;
  region: string;
  season: Season;
  shopName: string;
  shopHashtags: string[];
  count: number;
  maxLength: number;
}

/**
 * Product, shop, region, season and industry tags, most specific first, without duplicates. Only
 * clean nouns go in: the product comes from the reading, which has shed instructions and particles.
 */
export function buildHashtags(input: HashtagInput): string[] {
  const noun = industryNouns[input.industry];
  const region = shortRegion(input.region);
  const productWords = input.product.split(/\s+/).filter((word) => word.length >= 2);
  const candidates = [
    input.product,
    productWords.length > 1 ? productWords.at(-1) ?? '' : '',
    input.shopName,
    region ? `${region}${noun}` : '',
    input.concept.includes('신메뉴') ? `${seasonNames[input.season]}신메뉴` : `${seasonNames[input.season]}${noun}`,
    ...input.shopHashtags,
    ...industryHashtags[input.industry],
  ];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const candidate of candidates) {
    const tag = asTag(candidate);
    if (tag.length < 2 || [...tag].length > Math.min(input.maxLength, tagCharacters) || seen.has(tag)) continue;
    seen.add(tag);
    tags.push(tag);
    if (tags.length === input.count) break;
  }
  return tags;
}
