import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { requestReadingSchema, type RequestReading } from '../../../shared/reading';
import { LlmEngine } from '../../inference/host/llm-engine';
import type { LlmGenerate, LlmGenerateResult } from '../../inference/protocol';
import { writeTinyGguf } from '../../inference/testing/tiny-gguf';
import type { Logger, LogLevel } from '../log/logger';
import type { LlmModelChoice, LlmRun } from './llm-copywriter';
import { llmReadingSchema, readingJsonSchema, readingTokenBudget, readWithLlm, type LlmReading } from './llm-reading';
import { readRequest } from './request-reading';
import { createCopywriter } from './copywriter';

const model: LlmModelChoice = { path: '/models/x.gguf', id: 'x.gguf', contextSize: 2048, threads: 0, gpu: false, idleUnloadMs: 0 };

const memoryLogger = () => {
  const lines: { level: LogLevel; scope: string; message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = { log: (level, scope, message, fields) => lines.push({ level, scope, message, fields }) };
  return { logger, lines };
};

/** A generator that answers with what the test wrote, or throws it. */
const scripted = (answer: string | Error) => {
  const seen: LlmGenerate[] = [];
  const run: LlmRun = async (request, signal) => {
    signal.throwIfAborted();
    seen.push(request);
    if (answer instanceof Error) throw answer;
    return { text: answer, tokens: 40, generateMs: 5, loadMs: 0, historyTurnsUsed: 0 } satisfies LlmGenerateResult;
  };
  return { run, seen };
};

const neutral: LlmReading = {
  intent: 'generate',
  product: '',
  category: null,
  facts: [],
  season: 'summer',
  occasions: [],
  platform: null,
  audience: '',
  style: { imageStyle: null, backdrop: null, tone: null },
};
const answer = (fields: Partial<LlmReading>): string => JSON.stringify({ ...neutral, ...fields });

/** The built-in reading, written out so these tests do not move when the built-in reader improves. */
const builtin = (fields: Partial<RequestReading>): RequestReading => ({
  intent: 'generate',
  product: '',
  category: null,
  facts: [],
  occasions: [],
  concept: '',
  season: 'summer',
  holiday: null,
  platform: null,
  audience: null,
  style: { imageStyle: null, backdrop: null, tone: null, words: [] },
  confidence: { intent: 0.95, product: 0.9, category: 0.95, season: 0.4, platform: 0.5, audience: 0.5, style: 0.5 },
  source: 'builtin',
  ...fields,
});

const read = (run: LlmRun, text: string, reading: RequestReading, logger: Logger = memoryLogger().logger, signal = new AbortController().signal) =>
  readWithLlm(run, model, text, reading, signal, logger);

describe('the LLM reading, cross-checked (scripted generator)', () => {
  // The built-in reader takes "전" into the product and does not see "마감 30분 전" as a time.
  const saltBread = '마감 30분 전 소금빵 50% 할인';
  const saltBreadBuiltin = builtin({
    product: '전 소금빵',
    category: 'bread',
    facts: [{ kind: 'discount', text: '50% 할인', index: 13 }],
    occasions: ['sale'],
    confidence: { intent: 0.7, product: 0.9, category: 0.95, season: 0.4, platform: 0.5, audience: 0.5, style: 0.5 },
  });

  it('asks once, cheaply and deterministically, for JSON held to the reading schema', async () => {
    const { run, seen } = scripted(answer({ product: '소금빵' }));
    await read(run, saltBread, saltBreadBuiltin);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ op: 'llm.generate', temperature: 0, suppressHan: true, history: [], jsonSchema: readingJsonSchema(), prompt: expect.stringContaining(saltBread) });
    expect(seen[0]?.maxTokens).toBeLessThanOrEqual(readingTokenBudget);
    expect(readingTokenBudget).toBeLessThanOrEqual(256);
  });

  it('(a) takes what the model adds when it agrees with the words: a cleaner product, a missed time', async () => {
    const { run } = scripted(answer({ product: '소금빵', category: 'bread', facts: ['마감 30분 전', '50% 할인'], occasions: ['sale'] }));
    const { reading, conflicts } = await read(run, saltBread, saltBreadBuiltin);
    expect(conflicts).toEqual([]);
    expect(reading).toMatchObject({ source: 'llm', product: '소금빵', category: 'bread', confidence: { product: 0.7, category: 0.95, style: 0.5 } });
    expect(reading.facts).toEqual([
      { kind: 'time', text: '마감 30분 전', index: 0 },
      { kind: 'discount', text: '50% 할인', index: 13 },
    ]);
    expect(requestReadingSchema.parse(reading)).toEqual(reading);
  });

  it('stays the built-in reading when the model adds nothing', async () => {
    const text = '소금빵 3개 구매시 1개 무료';
    const own = builtin({ product: '소금빵', category: 'bread', facts: [{ kind: 'quantity', text: '3개', index: 4 }, { kind: 'free', text: '1개 무료', index: 11 }] });
    const { run } = scripted(answer({ product: '소금빵', category: 'bread', facts: ['3개', '1개 무료'] }));
    expect(await read(run, text, own)).toEqual({ reading: own, conflicts: [] });
  });

  it('(b) keeps every built-in fact when the model invents one, and logs why', async () => {
    const text = '소금빵 3개 구매시 1개 무료';
    const own = builtin({ product: '소금빵', facts: [{ kind: 'quantity', text: '3개', index: 4 }, { kind: 'free', text: '1개 무료', index: 11 }] });
    const { logger, lines } = memoryLogger();
    const { run } = scripted(answer({ product: '소금빵', facts: ['3개', '5,000원'] }));
    const { reading, conflicts } = await read(run, text, own, logger);
    expect(reading.facts).toEqual(own.facts);
    expect(conflicts).toEqual([expect.stringContaining('"5,000원"')]);
    expect(lines).toContainEqual(expect.objectContaining({ scope: 'reading', fields: { conflicts } }));
  });

  it('adds no fact the words do not make one, and none over a built-in fact', async () => {
    const { run } = scripted(answer({ facts: ['소금빵', '50%'] }));
    const { reading, conflicts } = await read(run, saltBread, saltBreadBuiltin);
    expect(reading.facts).toEqual(saltBreadBuiltin.facts);
    expect(conflicts).toEqual([expect.stringContaining('"소금빵" is no price')]);
  });

  it('(c) keeps the built-in product when the model hands back the question', async () => {
    const text = '요즘 손님이 없는데 어떻게 하면 잘 될까요?';
    const own = builtin({ intent: 'consult', product: '', confidence: { ...builtin({}).confidence, intent: 0.95, product: 0.5 } });
    const { run } = scripted(answer({ intent: 'consult', product: '어떻게 하면 잘 될까요' }));
    const { reading, conflicts } = await read(run, text, own);
    expect(reading.product).toBe('');
    expect(reading.source).toBe('builtin');
    expect(conflicts).toEqual([expect.stringContaining('"어떻게 하면 잘 될까요"')]);
  });

  it.each([
    ['an instruction', '소금빵 광고'],
    ['a word not in the request', '바닐라 라떼'],
    ['punctuation', ','],
    ['a platform', '인스타'],
  ])('keeps the built-in product over %s', async (_, product) => {
    const text = '소금빵 인스타 광고 만들어줘, 흰 배경으로';
    const own = builtin({ product: '소금빵', category: 'bread' });
    const { run } = scripted(answer({ product }));
    const { reading, conflicts } = await read(run, text, own);
    expect(reading.product).toBe('소금빵');
    expect(conflicts).toHaveLength(1);
  });

  it('takes a known noun that spells out what the owner abbreviated, and no other product the owner did not write', async () => {
    const own = builtin({ product: '아아', category: null, confidence: { ...builtin({}).confidence, product: 0.6, category: 0 } });
    const restated = await read(scripted(answer({ product: '아이스아메리카노' })).run, '아아 광고 만들어줘', own);
    expect(restated.reading).toMatchObject({ product: '아이스아메리카노', category: 'drink', source: 'llm' });
    const question = builtin({ intent: 'consult', product: '요즘', confidence: { ...builtin({}).confidence, product: 0.6 } });
    const swapped = await read(scripted(answer({ intent: 'consult', product: '아메리카노' })).run, '요즘 손님이 없는데 어떻게 하면 잘 될까요?', question);
    expect(swapped.reading.product).toBe('요즘');
    const invented = await read(scripted(answer({ product: '아메리카노' })).run, '우리 가게 신메뉴 홍보해줘', builtin({ occasions: ['new'] }));
    expect(invented.reading.product).toBe('');
    expect(invented.conflicts).toEqual([expect.stringContaining('not written in the request')]);
  });

  it("lets the product's head noun decide the category over the model", async () => {
    const text = '딸기 라떼 신메뉴 광고';
    const own = builtin({ product: '딸기 라떼', category: 'drink', occasions: ['new'] });
    const { reading, conflicts } = await read(scripted(answer({ product: '딸기 라떼', category: 'food-gift', occasions: ['new'] })).run, text, own);
    expect(reading).toMatchObject({ category: 'drink', source: 'builtin' });
    expect(conflicts).toEqual([expect.stringContaining('"food-gift"')]);
  });

  it('keeps the platform and season the owner wrote, and adds no occasion the owner did not name', async () => {
    const text = '겨울 한정 뱅쇼 카톡 채널 광고';
    const own = builtin({ product: '뱅쇼', category: 'drink', season: 'winter', platform: 'kakao-channel', occasions: ['limited'], confidence: { ...builtin({}).confidence, season: 1, platform: 1 } });
    const { run } = scripted(answer({ product: '뱅쇼', season: 'autumn', platform: 'instagram-feed', occasions: ['limited', 'sale'] }));
    const { reading, conflicts } = await read(run, text, own);
    expect(reading).toMatchObject({ season: 'winter', platform: 'kakao-channel', occasions: ['limited'], source: 'builtin' });
    expect(conflicts).toHaveLength(3);
  });

  it("keeps the built-in reader's holiday: the model is not asked for one", async () => {
    const text = '크리스마스 케이크 예약 받아요';
    const own = builtin({ product: '크리스마스 케이크', category: 'dessert', season: 'winter', holiday: 'christmas', occasions: ['reservation'] });
    const { reading } = await read(scripted(answer({ product: '케이크', category: 'dessert', season: 'winter', occasions: ['reservation'] })).run, text, own);
    expect(reading.holiday).toBe('christmas');
  });

  it('fills a platform, a season guess and an audience only where the built-in reader found none', async () => {
    const text = '20대 여성 손님 많은 빙수 맛집 광고';
    const own = builtin({ product: '빙수', category: 'dessert', confidence: { ...builtin({}).confidence, season: 0.4 } });
    const { run } = scripted(answer({ product: '빙수', season: 'summer', platform: 'instagram-feed', audience: '20대 여성' }));
    const { reading } = await read(run, text, { ...own, season: 'winter' });
    expect(reading).toMatchObject({ season: 'summer', platform: 'instagram-feed', audience: '20대 여성', source: 'llm', confidence: { season: 0.7, platform: 0.7, audience: 0.7 } });
    const invented = await read(scripted(answer({ audience: '30대 남성' })).run, text, own);
    expect(invented.reading.audience).toBeNull();
  });

  it("fills a style field from the owner's style words, and guesses none where the owner wrote none", async () => {
    const text = '소금빵 광고 감성 있게 흰 배경으로';
    const own = builtin({ product: '소금빵', style: { imageStyle: null, backdrop: 'white', tone: null, words: ['감성 있게', '흰 배경'] }, confidence: { ...builtin({}).confidence, style: 1 } });
    const { run } = scripted(answer({ product: '소금빵', style: { imageStyle: null, backdrop: 'dark', tone: 'calm' } }));
    const { reading } = await read(run, text, own);
    expect(reading).toMatchObject({ source: 'llm', style: { backdrop: 'white', tone: 'calm', words: ['감성 있게', '흰 배경'] }, confidence: { style: 0.7 } });
    const plain = builtin({ product: '소금빵' });
    const guessed = await read(run, '소금빵 광고', plain);
    expect(guessed.reading.style).toEqual(plain.style);
    expect(guessed.conflicts).toEqual([expect.stringContaining('style ignored')]);
  });

  it('(d) falls back to the built-in reading on output that is not the reading JSON, and warns', async () => {
    const own = builtin({ product: '소금빵' });
    for (const output of ['{"intent":"gen', JSON.stringify({ ...neutral, intent: 'buy' }), answer({ product: '소금빵 限定' })]) {
      const { logger, lines } = memoryLogger();
      expect(await read(scripted(output).run, '소금빵 한정 판매', own, logger)).toEqual({ reading: own, conflicts: [] });
      expect(lines).toEqual([expect.objectContaining({ level: 'warn', scope: 'reading' })]);
    }
  });

  it('(e) falls back to the built-in reading when the model fails to load or to generate', async () => {
    const own = builtin({ product: '소금빵' });
    for (const code of ['GENERATION_FAILED', 'MODEL_LOAD_FAILED'] as const) {
      const { logger, lines } = memoryLogger();
      expect(await read(scripted(new AppError(code, 'no')).run, '소금빵 광고', own, logger)).toEqual({ reading: own, conflicts: [] });
      expect(lines).toEqual([expect.objectContaining({ level: 'warn', scope: 'reading', fields: { reason: expect.stringContaining(code) } })]);
    }
  });

  it('(f) lets a cancellation through, before the call and during it', async () => {
    const own = builtin({ product: '소금빵' });
    const before = new AbortController();
    before.abort();
    const { run, seen } = scripted(answer({}));
    await expect(read(run, '소금빵 광고', own, memoryLogger().logger, before.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(0);

    const during = new AbortController();
    const cancelled: LlmRun = (_request, signal) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new AppError('CANCELLED', 'Generation cancelled'))));
    const pending = read(cancelled, '소금빵 광고', own, memoryLogger().logger, during.signal);
    during.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('lets a crashed inference host fail the job, as copy writing does', async () => {
    await expect(read(scripted(new AppError('INFERENCE_CRASHED', 'exit 1')).run, '소금빵 광고', builtin({}))).rejects.toMatchObject({ code: 'INFERENCE_CRASHED' });
  });

  it('(g) keeps an edit: the model does not see the chat it edits', async () => {
    const text = '좀 더 밝게 바꿔줘';
    const own = builtin({ intent: 'edit', style: { imageStyle: null, backdrop: 'bright', tone: null, words: ['밝게'] }, confidence: { ...builtin({}).confidence, intent: 0.85 } });
    const { reading, conflicts } = await read(scripted(answer({ intent: 'generate', style: { imageStyle: null, backdrop: 'white', tone: null } })).run, text, own);
    expect(reading).toMatchObject({ intent: 'edit', style: { backdrop: 'bright' }, source: 'builtin' });
    expect(conflicts).toEqual([expect.stringContaining('edits depend on the chat')]);
  });

  it('keeps a question a question, and takes the model\'s intent only over an unsure built-in one', async () => {
    const question = builtin({ intent: 'consult', confidence: { ...builtin({}).confidence, intent: 0.75 } });
    const asked = await read(scripted(answer({ intent: 'generate' })).run, '크리스마스 케이크 예약 광고는 언제부터?', question);
    expect(asked.reading.intent).toBe('consult');
    const unsure = builtin({ intent: 'generate', confidence: { ...builtin({}).confidence, intent: 0.7 } });
    const bare = await read(scripted(answer({ intent: 'consult' })).run, '크리스마스 케이크 예약 광고 문구 추천', unsure);
    expect(bare.reading).toMatchObject({ intent: 'consult', confidence: { intent: 0.7 }, source: 'llm' });
  });
});

describe('when the copywriter asks the model to read', () => {
  const copywriterWith = (run: LlmRun) => createCopywriter({ run, model: async () => model, logger: memoryLogger().logger });
  const shop = { industry: 'cafe' as const, name: '달빛카페' };
  const own = (text: string, hasPrevious = false) => readRequest(text, { now: new Date('2026-07-10'), shop, hasPrevious, hasAttachments: false });

  it('asks when the words leave the product unsure, and the checked reading is what the copy gets', async () => {
    const text = '요즘 제일 잘 나가는 아아 광고 하나 해줘';
    const { run, seen } = scripted(answer({ product: '아이스아메리카노', category: 'drink' }));
    const reading = await copywriterWith(run).read(text, own(text), new AbortController().signal);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.jsonSchema).toEqual(readingJsonSchema());
    expect(reading).toMatchObject({ product: '아이스아메리카노', category: 'drink', source: 'llm' });
  });

  it('does not ask for a plain request, nor for an edit, which needs the chat', async () => {
    const { run, seen } = scripted(answer({ product: '엉뚱한 것' }));
    const writer = copywriterWith(run);
    for (const [text, hasPrevious] of [['여름 신메뉴 아이스 라떼 광고 만들어줘', false], ['콜드브루 할인 이벤트 카톡 채널용 문구', false], ['문구 좀 더 짧게', true]] as const) {
      expect(await writer.read(text, own(text, hasPrevious), new AbortController().signal)).toEqual(own(text, hasPrevious));
    }
    expect(seen).toHaveLength(0);
  });
});

// The real node-llama-cpp, in-process, on a tiny random-weight model with the real llama
// tokenizer: the content is noise, but the grammar must still give the reading's shape, and
// the cross-check must keep the noise out of the reading. One call: grammar sampling over the
// 32k vocabulary is slow on a CPU.
describe('the LLM reading on a tiny GGUF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'adstudio-reading-'));
  const engine = new LlmEngine();
  afterAll(async () => {
    await engine.unload();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes JSON of the reading schema, and the cross-check keeps only what the words support', { timeout: 300_000 }, async () => {
    const tiny = { ...model, path: writeTinyGguf(dir), id: 'tiny.gguf' };
    const text = '여름 신메뉴 아이스 바닐라 라떼 5,500원 인스타 광고 만들어줘';
    const own = readRequest(text, { now: new Date('2026-07-10'), shop: { industry: 'cafe', name: '달빛카페' }, hasPrevious: false, hasAttachments: false });
    const outputs: string[] = [];
    const run: LlmRun = async (request, signal, onChunk) => {
      const result = await engine.generate(request, signal, onChunk);
      outputs.push(result.text);
      return result;
    };
    const { logger, lines } = memoryLogger();
    const { reading } = await readWithLlm(run, tiny, text, own, new AbortController().signal, logger);

    expect(outputs).toHaveLength(1);
    expect(llmReadingSchema.safeParse(JSON.parse(outputs[0] ?? '')).success).toBe(true);
    expect(lines.filter((line) => line.level === 'warn')).toEqual([]);
    expect(requestReadingSchema.parse(reading)).toEqual(reading);
    for (const fact of reading.facts) expect(text.slice(fact.index, fact.index + fact.text.length)).toBe(fact.text);
    expect(reading.product === '' || text.replace(/\s/g, '').includes(reading.product.replace(/\s/g, ''))).toBe(true);
    expect(reading.facts).toEqual(own.facts);
    expect(reading.platform).toBe('instagram-feed');
    expect(reading.style).toEqual(own.style);
  });
});
