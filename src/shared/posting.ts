import { z } from 'zod';

/** Where the owner posts by hand: each has its own text shape and limits. */
export const postChannels = ['youtube', 'instagram', 'naver-blog', 'kakao', 'sms', 'lms', 'naver-place'] as const;
export const postChannelSchema = z.enum(postChannels);
export type PostChannel = z.infer<typeof postChannelSchema>;

/**
 * Each channel's limits as the services state them (YouTube's title 100 and description 5,000
 * characters, tags 500 characters in all; Instagram's caption 2,200 characters and 30 hashtags;
 * a KakaoTalk channel text message 400 characters and a button label 14; SMS 90 bytes and LMS
 * 2,000 bytes, counted in EUC-KR, with an LMS subject of 40 bytes). Naver's blog and Place news
 * state no small limit; theirs are what reads well on a phone.
 */
export const postLimits = {
  youtube: { title: 100, description: 5000, tagsTotal: 500 },
  instagram: { caption: 2200, hashtags: 30 },
  'naver-blog': { title: 60, body: 5000 },
  kakao: { title: 40, body: 400, button: 14 },
  sms: { bytes: 90 },
  lms: { subjectBytes: 40, bytes: 2000 },
  'naver-place': { title: 40, body: 1000 },
} as const;

/** Things the owner must know before posting, as codes the window words. */
export const postWarnings = ['opt-out-number-missing'] as const;

const section = z.object({ heading: z.string(), body: z.string() });

/** The text for every channel, each also as the one block of text a copy button copies. */
export const postingPackSchema = z.object({
  youtube: z.object({ title: z.string(), description: z.string(), tags: z.array(z.string()), text: z.string() }),
  instagram: z.object({ caption: z.string(), hashtags: z.array(z.string()), text: z.string() }),
  'naver-blog': z.object({ title: z.string(), sections: z.array(section), text: z.string() }),
  kakao: z.object({ title: z.string(), body: z.string(), button: z.string(), text: z.string() }),
  sms: z.object({ text: z.string(), bytes: z.number().int() }),
  lms: z.object({ subject: z.string(), body: z.string(), bytes: z.number().int(), text: z.string() }),
  'naver-place': z.object({ title: z.string(), body: z.string(), text: z.string() }),
  warnings: z.array(z.enum(postWarnings)),
  writer: z.enum(['llm', 'template']),
});
export type PostingPack = z.infer<typeof postingPackSchema>;
