import type { Logger } from '../log/logger';
import { containsHanja } from '../copy/korean';
import { onModel, type LlmModelChoice, type LlmRun } from '../copy/llm-copywriter';
import { fitLength } from '../copy/platform-limits';
import type { PostSource } from './post-source';

/** Longest story the long channels carry (Instagram, YouTube, the blog, Place news, KakaoTalk). */
export const storyLength = 300;

const storySchema = { type: 'object', properties: { story: { type: 'string', minLength: 20, maxLength: storyLength } }, required: ['story'], additionalProperties: false };

const system = [
  '당신은 작은 가게의 SNS 게시글을 쓰는 카피라이터예요.',
  '광고 문구를 바탕으로 게시글 본문을 2~4문장의 자연스러운 해요체로 써요.',
  '가격·할인·날짜·시간·전화번호 같은 숫자는 쓰지 않아요 (혜택 줄에 원문 그대로 따로 들어가요).',
  '해시태그, 이모지, 한자, 영어 문장은 쓰지 않아요. 없는 사실을 지어내지 않아요.',
  '{"story": "..."} 형식의 JSON만 답해요.',
].join('\n');

const prompt = (source: PostSource): string =>
  [`가게: ${source.shop.name}${source.shop.region ? ` (${source.shop.region})` : ''}`, source.product && `상품: ${source.product}`, `제목: ${source.headline}`, source.subcopy && `본문: ${source.subcopy}`, source.facts.length > 0 && `혜택(따로 적혀요): ${source.facts.join(', ')}`]
    .filter(Boolean)
    .join('\n');

const hangulShare = (text: string): number => {
  const letters = [...text].filter((char) => /[\p{L}]/u.test(char));
  return letters.length === 0 ? 0 : letters.filter((char) => /[가-힣]/.test(char)).length / letters.length;
};

/**
 * Whether a story reads as a post the owner could publish: Korean sentences that end as
 * sentences do, no Han characters, and no numbers (a price or a date the model made up would be
 * a false offer; the owner's own figures are set verbatim on the offer line).
 */
export function acceptableStory(story: string): boolean {
  const text = story.trim();
  return text.length >= 20 && !containsHanja(text) && !/[0-9]/.test(text) && !/[#@<>]/.test(text) && hangulShare(text) >= 0.85 && /(요|다|죠|까|세요)[.!?~]*$/.test(text);
}

export interface StoryWriterDeps {
  run: LlmRun;
  /** The installed copy model, if any. */
  model: () => Promise<LlmModelChoice | undefined>;
  logger: Logger;
}

/** How many written (or refused) stories a writer keeps: a session's worth of results. */
const keptStories = 64;

/**
 * The post body by the local LLM when one is installed; undefined (the built-in writer's text
 * stands) when none is, or what it wrote is refused. The run is seeded, so the same model and
 * source give the same story: it is kept, and opening the pack again or exporting it costs no
 * second run (a failed run is not kept).
 */
export function createStoryWriter(deps: StoryWriterDeps) {
  const kept = new Map<string, string | undefined>();
  const keep = (key: string, story: string | undefined): string | undefined => {
    kept.set(key, story);
    if (kept.size > keptStories) kept.delete(kept.keys().next().value as string);
    return story;
  };
  return async function writeStory(source: PostSource, signal: AbortSignal): Promise<string | undefined> {
    const model = await deps.model();
    if (!model) return undefined;
    const asked = prompt(source);
    const key = `${model.path}\n${asked}`;
    if (kept.has(key)) return kept.get(key);
    try {
      const result = await deps.run({ ...onModel(model), system, history: [], prompt: asked, jsonSchema: storySchema, maxTokens: 320, temperature: 0.7, seed: 17, suppressHan: true }, signal, () => undefined);
      const story = fitLength(String((JSON.parse(result.text) as { story?: unknown }).story ?? ''), storyLength);
      if (acceptableStory(story)) return keep(key, story);
      deps.logger.log('warn', 'posting', 'The LLM post body was refused; the built-in writer wrote it', { length: story.length });
      return keep(key, undefined);
    } catch (error) {
      if (signal.aborted) throw error;
      deps.logger.log('warn', 'posting', 'The LLM could not write the post body; the built-in writer wrote it', { error: String(error) });
    }
    return undefined;
  };
}

export type StoryWriter = ReturnType<typeof createStoryWriter>;
