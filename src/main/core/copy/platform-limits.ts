import type { Platform } from '../../../shared/ipc/copy';

/** Character limits per platform, from how each shows copy (feed captions, story overlays, store titles). */
export interface CopyLimits {
  headline: number;
  subcopy: number;
  cta: number;
  hashtags: number;
  hashtagLength: number;
}

export const platformLimits: Record<Platform, CopyLimits> = {
  'instagram-feed': { headline: 22, subcopy: 70, cta: 14, hashtags: 10, hashtagLength: 20 },
  'instagram-story': { headline: 16, subcopy: 40, cta: 12, hashtags: 5, hashtagLength: 16 },
  'naver-smartstore': { headline: 28, subcopy: 90, cta: 14, hashtags: 5, hashtagLength: 20 },
  'kakao-channel': { headline: 20, subcopy: 60, cta: 12, hashtags: 3, hashtagLength: 16 },
  youtube: { headline: 30, subcopy: 100, cta: 16, hashtags: 5, hashtagLength: 20 },
};

export const platformNames: Record<Platform, string> = {
  'instagram-feed': '인스타그램 피드',
  'instagram-story': '인스타그램 스토리',
  'naver-smartstore': '네이버 스마트스토어',
  'kakao-channel': '카카오톡 채널',
  youtube: '유튜브',
};

/** Cuts at a word boundary when possible, so a limit never leaves half a word. */
export function fitLength(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space >= max * 0.6 ? cut.slice(0, space) : cut).replace(/[,\s·]+$/, '');
}
