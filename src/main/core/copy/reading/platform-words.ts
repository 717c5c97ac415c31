import type { Platform } from '../../../../shared/ipc/copy';

// 네이버 alone is not a store: 네이버 블로그 and 네이버 플레이스 are not smart store pages.
const platformWords: [RegExp, Platform][] = [
  [/스토리|릴스|인스타\s?스토리/, 'instagram-story'],
  [/인스타|피드|instagram/i, 'instagram-feed'],
  [/스마트\s?스토어|스스\s|네이버\s?쇼핑|상세\s?페이지|상세\s?이미지|쇼핑몰\s?대표/, 'naver-smartstore'],
  [/카톡|카카오/, 'kakao-channel'],
  [/유튜브|유투브|쇼츠|youtube/i, 'youtube'],
];

/** The place to post that the owner names, or null. */
export function readPlatform(text: string): Platform | null {
  return platformWords.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
