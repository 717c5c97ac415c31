import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobFinished, JobResult } from '../../../shared/ipc/jobs';
import { unwrap } from '../testing/unwrap';
import type { LlmGenerate, LlmGenerateResult } from '../../inference/protocol';
import { writeTinyGguf } from '../../inference/testing/tiny-gguf';
import { getGeneration } from '../generations/generations-repo';
import { createFileLogger } from '../log/logger';
import { createShop } from '../shops/shops-repo';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { createCopywriter } from './copywriter';
import { writeLlmCopy, type LlmModelChoice } from './llm-copywriter';
import { containsHanja } from './korean';
import { platformLimits } from './platform-limits';
import { readAs } from '../testing/read-as';

const model: LlmModelChoice = { path: '/models/x.gguf', id: 'x.gguf', contextSize: 2048, threads: 0, gpu: false, idleUnloadMs: 0 };
const copyJson = (headline: string) =>
  JSON.stringify({ headline, subcopy: '시원하게 즐겨요', cta: '주문하기', hashtags: ['라떼'], industry: 'cafe', tone: '친근', imagePromptEn: 'latte on a table' });
const answers = (...texts: string[]) => {
  const seen: LlmGenerate[] = [];
  const run = async (request: LlmGenerate): Promise<LlmGenerateResult> => {
    seen.push(request);
    return { text: texts[seen.length - 1] ?? texts.at(-1) ?? '', tokens: 10, generateMs: 5, loadMs: 0, historyTurnsUsed: 0 };
  };
  return { run, seen };
};
const llmRequest = { model, system: 's', prompt: 'p', history: [], limits: platformLimits['instagram-feed'], industry: 'cafe' as const, seed: 7 };

describe('Hanja guard', () => {
  it('catches 漢字 in the output and retries once with a new seed', async () => {
    const { run, seen } = answers(copyJson('여름 限定 라떼'), copyJson('여름 한정 라떼'));
    const result = await writeLlmCopy(run, llmRequest, new AbortController().signal, () => undefined);
    expect(result).toMatchObject({ attempts: 2, copy: { headline: '여름 한정 라떼' } });
    expect(seen.map((r) => [r.seed, r.suppressHan])).toEqual([
      [7, true],
      [8, true],
    ]);
  });

  it('gives up after the retry, and the copywriter falls back to the template writer', async () => {
    const { run } = answers(copyJson('漢字 라떼'), copyJson('라떼 漢字'));
    await expect(writeLlmCopy(run, llmRequest, new AbortController().signal, () => undefined)).rejects.toMatchObject({ code: 'GENERATION_FAILED' });
    const copywriter = createCopywriter({ run, model: async () => model, logger: createFileLogger(join(tmpdir(), 'adstudio-test-logs')) });
    const reading = readAs('아이스 라떼 광고');
    const written = await copywriter.write(
      { reading, category: reading.category, industry: 'cafe', limits: platformLimits['instagram-feed'], tone: 'friendly', shop: { name: '달빛카페', region: '', defaultHashtags: [] }, seed: 1, recentTemplates: [] },
      { shop: { name: '달빛카페', industry: '카페', region: '', description: '', tone: '', targetCustomers: '' }, request: '아이스 라떼 광고', reading, platform: 'instagram-feed', limits: platformLimits['instagram-feed'] },
      [],
      new AbortController().signal,
      () => undefined,
    );
    expect(written).toMatchObject({ writer: 'template', fallbackReason: expect.stringMatching(/[가-힣]/) });
    expect(containsHanja(written.copy.headline)).toBe(false);
  });
});

describe('the whole job with a local LLM (tiny GGUF)', () => {
  const core = createTempCore();
  const watch = watchJobs(core);
  const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구' });
  let tinyModel = '';
  let modelId = '';
  beforeAll(async () => {
    tinyModel = writeTinyGguf(mkdtempSync(join(tmpdir(), 'adstudio-gguf-')));
    modelId = unwrap<{ id: string }>(await core.call('models.import', { path: tinyModel })).id;
  });
  afterAll(() => core.dispose());

  // One job killed mid-stream, then the next job on the restarted host: the tests below assert on
  // both, so the host spawns and loads the model twice and writes a whole copy once.
  let killed: JobFinished;
  let next: { jobId: string; finished: JobFinished };
  beforeAll(async () => {
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '딸기 스무디 카톡 채널용 문구' }));
    await vi.waitFor(() => {
      if (!watch.progressOf(jobId).some((e) => e.copyDelta !== null)) throw new Error('no copy streamed yet');
    }, { timeout: 120_000, interval: 50 });
    core.inference.kill();
    killed = await watch.finished(jobId);
    const started = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '콜드브루 할인 이벤트 카톡 채널용 문구' }));
    next = { jobId: started.jobId, finished: await watch.finished(started.jobId) };
  }, 300_000);

  it('fails the running job when the inference host dies', () => {
    expect(killed).toMatchObject({ status: 'failed', error: { code: 'INFERENCE_CRASHED', userMessage: expect.stringContaining('다시') } });
  });

  it('after the restart, streams the copy into job events and stores what the model wrote, within the platform limits', () => {
    const { jobId, finished } = next;
    expect(finished.status).toBe('done');
    const result = finished.result as JobResult;
    expect(result.writer).toBe('llm');
    const deltas = watch.progressOf(jobId).filter((e) => e.copyDelta !== null);
    // Pieces as the model writes them (the random model writes 8 to 30 of them, by its seed), not one text at the end.
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.every((e) => e.stage === 'generating')).toBe(true);
    const limits = platformLimits['kakao-channel'];
    const copy = result.copy;
    expect([...(copy?.headline ?? '')].length).toBeLessThanOrEqual(limits.headline);
    expect([...(copy?.subcopy ?? '')].length).toBeLessThanOrEqual(limits.subcopy);
    expect(copy?.hashtags.length).toBeLessThanOrEqual(limits.hashtags);
    expect(containsHanja(JSON.stringify(copy))).toBe(false);
    const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
    expect(generation.modelIds).toEqual([modelId]);
    expect(result.replyText).toContain('로컬 AI 모델');
  });

  it('falls back to the template writer when the model file is broken, and says so', { timeout: 120_000 }, async () => {
    // A model file damaged after it was imported (a failing disk): registered, but unloadable.
    const broken = join(core.models.paths.root, 'llm', 'zz-broken.gguf');
    mkdirSync(dirname(broken), { recursive: true });
    writeFileSync(broken, readFileSync(tinyModel).subarray(0, 4096));
    await core.models.registry.add({ id: 'zz-broken', role: 'llm', name: 'broken', format: 'gguf', path: broken, sizeBytes: 4096, source: 'import', linked: true, installedAt: Date.now() });
    await core.call('models.setActive', { role: 'llm', id: 'zz-broken' });
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '소금빵 광고 만들어줘' }));
    const finished = await watch.finished(jobId);
    expect(finished).toMatchObject({ status: 'done', result: { writer: 'template' } });
    expect((finished.result as JobResult).replyText).toContain('기본 문구 작성기');
  });
});
