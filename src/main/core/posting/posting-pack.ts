import type { PostChannel, PostingPack } from '../../../shared/posting';
import type { Db } from '../db/client';
import { getGeneration } from '../generations/generations-repo';
import { getShop } from '../shops/shops-repo';
import { instagram, kakao, lms, naverBlog, naverPlace, sms, youtube } from './channel-writers';
import { postSourceOf, type PostSource } from './post-source';

/** Every channel's text from one source; the built-in writer keeps the owner's facts verbatim and each limit by construction. */
export function writePostingPack(source: PostSource): PostingPack {
  return {
    youtube: youtube(source),
    instagram: instagram(source),
    'naver-blog': naverBlog(source),
    kakao: kakao(source),
    sms: sms(source),
    lms: lms(source),
    'naver-place': naverPlace(source),
    warnings: source.shop.optOutNumber ? [] : ['opt-out-number-missing'],
    writer: 'template',
  };
}

export function postingPackFor(db: Db, generationId: string): PostingPack {
  const generation = getGeneration(db, generationId);
  return writePostingPack(postSourceOf(generation, getShop(db, generation.shopId)));
}

/** The one block of text a channel's copy button copies (and its upload folder's text file holds). */
export const channelText = (pack: PostingPack, channel: PostChannel): string => pack[channel].text;
