import { z } from 'zod';

/** Where the ad will be posted; each has its own length limits. */
export const platforms = ['instagram-feed', 'instagram-story', 'naver-smartstore', 'kakao-channel', 'youtube'] as const;
export const platformSchema = z.enum(platforms);
export type Platform = z.infer<typeof platformSchema>;

/** The copywriter's industries: the shop's, or one the request makes clear (a cafe selling clothes is rare, a shop's own words are not). */
export const copyIndustries = ['cafe', 'bakery', 'restaurant', 'beauty', 'fashion', 'stay', 'retail', 'other'] as const;
export const copyIndustrySchema = z.enum(copyIndustries);
export type CopyIndustry = z.infer<typeof copyIndustrySchema>;

/** What one ad's copy is made of; every string bounded by the platform's limits. */
export const adCopySchema = z.object({
  headline: z.string().min(1),
  subcopy: z.string(),
  cta: z.string(),
  hashtags: z.array(z.string()),
  industry: copyIndustrySchema,
  tone: z.string(),
  /** English prompt for the background image model. */
  imagePromptEn: z.string(),
});
export type AdCopy = z.infer<typeof adCopySchema>;

/** Which writer produced the copy, shown to the owner with the result. */
export const copyWriterSchema = z.enum(['llm', 'template']);
export type CopyWriter = z.infer<typeof copyWriterSchema>;
