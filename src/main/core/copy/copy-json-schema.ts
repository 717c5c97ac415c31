import { copyIndustries } from '../../../shared/ipc/copy';
import type { CopyLimits } from './platform-limits';

/**
 * The JSON schema the LLM's sampler is held to: every field present, every string and list
 * bounded, so the JSON always closes within the token budget and fits the platform.
 */
export function copyJsonSchema(limits: CopyLimits, imagePromptLength = 160) {
  return {
    type: 'object',
    properties: {
      headline: { type: 'string', minLength: 1, maxLength: limits.headline },
      subcopy: { type: 'string', maxLength: limits.subcopy },
      cta: { type: 'string', maxLength: limits.cta },
      hashtags: { type: 'array', items: { type: 'string', maxLength: limits.hashtagLength }, maxItems: limits.hashtags },
      industry: { enum: [...copyIndustries] },
      tone: { type: 'string', maxLength: 12 },
      imagePromptEn: { type: 'string', maxLength: imagePromptLength },
    },
    required: ['headline', 'subcopy', 'cta', 'hashtags', 'industry', 'tone', 'imagePromptEn'],
    additionalProperties: false,
  } as const;
}

/** Tokens enough for the longest JSON the schema allows, with room for the structure. */
export function copyTokenBudget(limits: CopyLimits, imagePromptLength = 160): number {
  const characters = limits.headline + limits.subcopy + limits.cta + limits.hashtags * (limits.hashtagLength + 4) + 12 + imagePromptLength;
  return characters * 2 + 80;
}
