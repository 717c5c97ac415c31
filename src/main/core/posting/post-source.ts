import { AppError } from '../../../shared/errors';
import type { Generation } from '../../../shared/ipc/generations';
import type { Shop } from '../../../shared/ipc/shops';

/** Everything the channel texts are written from: the copy as set, the owner's facts verbatim and the shop. */
export interface PostSource {
  shop: Pick<Shop, 'name' | 'region' | 'address' | 'phone' | 'hours' | 'optOutNumber'>;
  product: string;
  headline: string;
  subcopy: string;
  cta: string;
  /** Without '#', unique, the copy's first and then the shop's own. */
  hashtags: string[];
  /** Prices, discounts, dates and times exactly as the owner wrote them (the phone is the shop's). */
  facts: string[];
  /** A longer post body the local LLM wrote, for the channels with room; the sub-copy stands in without one. */
  story?: string;
}

const tagOf = (tag: string): string => tag.replace(/^#+/, '').replace(/[^\p{L}\p{N}_]/gu, '');

/** The post's source from a result (an image or a video, whose copy is its source's) and its shop. */
export function postSourceOf(generation: Generation, shop: Shop): PostSource {
  const record = generation.outputCopy;
  if (!record) throw new AppError('VALIDATION_FAILED', `Generation ${generation.id} has no copy`, '이 결과물에는 게시글로 쓸 문구가 없어요.');
  const texts = record.texts;
  const facts = (record.reading?.facts ?? []).filter((fact) => fact.kind !== 'phone').map((fact) => fact.text);
  const hashtags = [...new Set([...record.hashtags, ...shop.defaultHashtags].map(tagOf).filter((tag) => tag.length >= 2))];
  return {
    shop,
    product: record.reading?.product ?? '',
    headline: (texts?.headline ?? record.headline).trim(),
    subcopy: (texts?.subcopy ?? record.subcopy).trim(),
    cta: (texts?.cta ?? record.cta).trim(),
    hashtags,
    facts: [...new Set(facts)],
  };
}
