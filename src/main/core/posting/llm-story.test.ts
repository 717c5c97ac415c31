import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingPackSchema, postLimits, type PostingPack } from '../../../shared/posting';
import type { LlmGenerate, LlmGenerateResult } from '../../inference/protocol';
import { writeTinyGguf } from '../../inference/testing/tiny-gguf';
import type { LlmModelChoice } from '../copy/llm-copywriter';
import { createFileLogger } from '../log/logger';
import { seedGeneration, seedShopSession } from '../testing/seed';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { eucKrBytes } from './euc-kr';
import { acceptableStory, createStoryWriter } from './llm-story';
import type { PostSource } from './post-source';
import { cafe } from '../testing/post-source';
import { writePostingPack } from './posting-pack';

const model: LlmModelChoice = { path: '/models/x.gguf', id: 'x.gguf', contextSize: 2048, threads: 0, gpu: false, idleUnloadMs: 0 };
const logger = createFileLogger(join(tmpdir(), 'adstudio-test-logs'));
const source: PostSource = { ...cafe, cta: '매장 방문하기' };
/** A writer whose model answers `text` (what the LLM wrote, as the inference host returns it). */
const answering = (text: string) => {
  const seen: LlmGenerate[] = [];
  const run = async (request: LlmGenerate): Promise<LlmGenerateResult> => {
    seen.push(request);
    return { text, tokens: 40, generateMs: 5, loadMs: 0, historyTurnsUsed: 0 };
  };
  return { writeStory: createStoryWriter({ run, model: async () => model, logger }), seen };
};
const never = new AbortController().signal;

describe('the post body by the local LLM', () => {
  it('uses a story that reads as a post, on every long channel, the facts still on their own line', async () => {
    const story = '연남동 골목에서 시원한 아이스 라떼 한 잔 어떠세요? 직접 내린 에스프레소에 우유를 듬뿍 담았어요. 산책길에 가볍게 들러 주세요.';
    const { writeStory, seen } = answering(JSON.stringify({ story }));
    const written = await writeStory(source, never);
    expect(written).toBe(story);
    // Held to JSON while sampling, Han characters banned, the owner's facts named as kept apart.
    expect(seen[0]).toMatchObject({ op: 'llm.generate', suppressHan: true, jsonSchema: { required: ['story'] } });
    expect(seen[0]?.prompt).toContain('혜택(따로 적혀요): 30% 할인, 4,500원');
    const pack = writePostingPack({ ...source, story });
    expect(pack.writer).toBe('llm');
    for (const text of [pack.instagram.caption, pack.youtube.description, pack['naver-blog'].text, pack.kakao.body, pack['naver-place'].body, pack.lms.body]) {
      expect(text).toContain('직접 내린 에스프레소에 우유를 듬뿍 담았어요.');
      for (const fact of source.facts) expect(text).toContain(fact);
    }
    // The text message stays the short form: product and facts.
    expect(pack.sms.text).toBe('(광고)달빛카페 02-123-4567\n아이스 라떼 30% 할인 · 4,500원\n무료거부 080-123-4567');
  });

  it('refuses a story with numbers it may have made up, Han characters, English, hashtags or no sentence ending, and the built-in text stands', async () => {
    const refused = [
      '오늘만 아이스 라떼를 3,900원에 드려요. 놓치지 마세요.',
      '여름 限定 아이스 라떼를 만나 보세요. 시원하게 즐겨요.',
      'Enjoy our iced latte today. It is really fresh and cold.',
      '시원한 아이스 라떼 #여름 #카페 한 잔 하고 가세요.',
      '시원한 아이스 라떼 그리고 달콤한 디저트 그리고 여름',
    ];
    for (const story of refused) expect(acceptableStory(story), story).toBe(false);
    for (const text of [JSON.stringify({ story: refused[0] }), 'not json', JSON.stringify({ other: 1 })]) {
      expect(await answering(text).writeStory(source, never), text).toBeUndefined();
    }
    expect(writePostingPack(source).writer).toBe('template');
  });

  it('asks the model once per result: opening the pack again or exporting it reuses the story, a failed run is asked again', async () => {
    const story = '연남동 골목에서 시원한 아이스 라떼 한 잔 어떠세요? 산책길에 가볍게 들러 주세요.';
    const { writeStory, seen } = answering(JSON.stringify({ story }));
    expect(await writeStory(source, never)).toBe(story);
    expect(await writeStory({ ...source }, never)).toBe(story);
    expect(seen).toHaveLength(1);
    await writeStory({ ...source, headline: '오늘의 아이스 라떼' }, never);
    expect(seen).toHaveLength(2);

    let calls = 0;
    const flaky = createStoryWriter({
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('the inference host restarted');
        return { text: JSON.stringify({ story }), tokens: 40, generateMs: 5, loadMs: 0, historyTurnsUsed: 0 };
      },
      model: async () => model,
      logger,
    });
    expect(await flaky(source, never)).toBeUndefined();
    expect(await flaky(source, never)).toBe(story);
    expect(calls).toBe(2);
  });

  it('asks nothing when no model is installed', async () => {
    const seen: LlmGenerate[] = [];
    const writeStory = createStoryWriter({ run: async (request) => (seen.push(request), { text: '', tokens: 0, generateMs: 0, loadMs: 0, historyTurnsUsed: 0 }), model: async () => undefined, logger });
    expect(await writeStory(source, never)).toBeUndefined();
    expect(seen).toEqual([]);
  });
});

describe('posts.pack with a real local model (tiny random-weight GGUF in node-llama-cpp)', () => {
  const core = createTempCore();
  afterAll(() => core.dispose());
  beforeAll(async () => {
    unwrap(await core.call('models.import', { path: writeTinyGguf(mkdtempSync(join(tmpdir(), 'adstudio-gguf-'))) }));
  });

  it('runs the model and answers a pack within every limit, whichever writer its words came from', { timeout: 120_000 }, async () => {
    const { shop, session } = seedShopSession(core.database.db());
    const generation = seedGeneration(core.database.db(), { shopId: shop.id, sessionId: session.id });
    const pack = postingPackSchema.parse(unwrap<PostingPack>(await core.call('posts.pack', { generationId: generation.id })));
    expect(['llm', 'template']).toContain(pack.writer);
    expect([...pack.instagram.caption].length).toBeLessThanOrEqual(postLimits.instagram.caption);
    expect(eucKrBytes(pack.sms.text)).toBeLessThanOrEqual(postLimits.sms.bytes);
    expect(pack.instagram.caption).toContain('시원한 여름, 아이스 라떼');
    // Random weights write no acceptable Korean: the built-in body stands.
    expect(pack.writer).toBe('template');
  });
});
