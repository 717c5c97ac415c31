import type { PostChannel, PostingPack } from '../../../shared/posting';
import type { Db } from '../db/client';
import { getGeneration } from '../generations/generations-repo';
import { getShop } from '../shops/shops-repo';
import { instagram, kakao, lms, naverBlog, naverPlace, sms, youtube } from './channel-writers';
import type { StoryWriter } from './llm-story';
import { postSourceOf, type PostSource } from './post-source';

/** Every channel's text from one source, keeping the owner's facts verbatim and each channel's limit by construction. */
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
    writer: source.story ? 'llm' : 'template',
  };
}

/** The pack for a result: its body by the local LLM when one is installed and writes a fit one, the channels' frames and limits by construction. */
export async function postingPackFor(db: Db, generationId: string, writeStory?: StoryWriter, signal: AbortSignal = new AbortController().signal): Promise<PostingPack> {
  const generation = getGeneration(db, generationId);
  const source = postSourceOf(generation, getShop(db, generation.shopId));
  const story = writeStory && (await writeStory(source, signal));
  return writePostingPack(story ? { ...source, story } : source);
}

/** The one block of text a channel's copy button copies (and its upload folder's text file holds). */
export const channelText = (pack: PostingPack, channel: PostChannel): string => pack[channel].text;
