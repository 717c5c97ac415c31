import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobStages, type JobResult, type JobStage } from '../../../shared/ipc/jobs';
import { unwrap } from '../testing/unwrap';
import { createCore } from '../core';
import { getGeneration } from '../generations/generations-repo';
import { pageMessages } from '../sessions/messages-repo';
import { createShop } from '../shops/shops-repo';
import { watchJobs } from '../testing/job-events';
import { noisePng } from '../testing/fixtures';
import { createTempCore } from '../testing/temp-core';

const cores: ReturnType<typeof createTempCore>[] = [];
afterAll(() => Promise.all(cores.map((core) => core.dispose())));

function open(options: Parameters<typeof createTempCore>[0] = {}) {
  const core = createTempCore(options);
  cores.push(core);
  const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게' });
  return { core, shop, watch: watchJobs(core) };
}


const start = async (core: ReturnType<typeof createTempCore>, input: Record<string, unknown>) => unwrap<{ jobId: string }>(await core.call('jobs.start', input)).jobId;

describe('generation jobs', () => {
  it('run through the stages in order with a percent that never goes back, and land in the library', async () => {
    const { core, shop, watch } = open();
    const jobId = await start(core, { shopId: shop.id, text: '여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘' });
    const finished = await watch.finished(jobId);
    expect(finished).toMatchObject({ status: 'done', error: null });
    const result = finished.result as JobResult;
    expect(result).toMatchObject({ intent: 'generate', writer: 'template' });

    const events = watch.progressOf(jobId);
    const order = events.map((e) => jobStages.indexOf(e.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.stage))).toEqual(new Set<JobStage>(['pending', 'ingesting', 'analyzing', 'generating', 'persisting']));
    const percents = events.map((e) => e.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(events.every((e) => /[가-힣]/.test(e.message))).toBe(true);

    const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
    expect(generation.outputCopy).toMatchObject({ headline: result.copy?.headline, platform: 'instagram-feed', writer: 'template' });
    // Each stage's time, and how long the app's event loop was held up at worst while the job ran (no picture, so no first preview).
    expect(Object.keys(generation.timings)).toEqual(['ingesting', 'analyzing', 'generating', 'loop-lag-p99']);
    expect(generation.timings['loop-lag-p99']).toBeGreaterThanOrEqual(0);
    expect(generation.modelIds).toEqual(['builtin-template-ko']);
    const messages = pageMessages(core.database.db(), { sessionId: result.sessionId, limit: 10 }).items;
    expect(messages.map((m) => m.role)).toEqual(['assistant', 'user']);
    const jobs = unwrap<{ items: { status: string; percent: number }[] }>(await core.call('jobs.list', { sessionId: result.sessionId }));
    expect(jobs.items).toMatchObject([{ status: 'done', percent: 100 }]);
  });

  it('starts a new session for a missing, "undefined" or "null" session id, and continues a given one', async () => {
    const { core, shop, watch } = open();
    const sessions = new Set<string>();
    for (const sessionId of [undefined, 'undefined', 'null']) {
      const jobId = await start(core, { shopId: shop.id, text: '소금빵 광고', ...(sessionId === undefined ? {} : { sessionId }) });
      sessions.add(((await watch.finished(jobId)).result as JobResult).sessionId);
    }
    expect(sessions.size).toBe(3);
    const [first] = sessions;
    const again = await start(core, { shopId: shop.id, sessionId: first, text: '크루아상 광고' });
    expect(((await watch.finished(again)).result as JobResult).sessionId).toBe(first);
  });

  it('fails with a typed, Korean error for an unknown shop', async () => {
    const { core, watch } = open();
    const jobId = await start(core, { shopId: '018f0000-0000-7000-8000-00000000dead', text: '광고 만들어줘' });
    const finished = await watch.finished(jobId);
    expect(finished).toMatchObject({ status: 'failed', error: { code: 'NOT_FOUND', userMessage: expect.stringContaining('가게') } });
  });

  it('reuses the parent seed for an edit and changes only what was asked', async () => {
    const { core, shop, watch } = open();
    const first = await watch.finished(await start(core, { shopId: shop.id, text: '바닐라빈 라떼 인스타 광고 만들어줘' }));
    const parent = first.result as JobResult;
    const edited = await watch.finished(await start(core, { shopId: shop.id, sessionId: parent.sessionId, text: '문구 더 짧게' }));
    const child = edited.result as JobResult;
    expect(child.intent).toBe('edit');
    const db = core.database.db();
    const [parentRow, childRow] = [getGeneration(db, parent.generationIds[0] ?? ''), getGeneration(db, child.generationIds[0] ?? '')];
    expect(childRow.parentId).toBe(parentRow.id);
    expect(childRow.seed).toBe(parentRow.seed);
    expect(childRow.inputText).toBe(parentRow.inputText);
    expect([...(child.copy?.headline ?? '')].length).toBeLessThanOrEqual(14);

    const background = await watch.finished(await start(core, { shopId: shop.id, sessionId: parent.sessionId, text: '배경 좀 더 따뜻하게' }));
    expect((background.result as JobResult).copy).toEqual(child.copy);
  });

  it('reads a new photo sent with edit words as a new ad of that photo, never an edit of the last result', async () => {
    const { core, shop, watch } = open();
    const parent = (await watch.finished(await start(core, { shopId: shop.id, text: '바닐라빈 라떼 인스타 광고 만들어줘' }))).result as JobResult;
    const { media } = await core.media.importOne({ kind: 'bytes', bytes: await noisePng(160, 120) });
    const withPhoto = await watch.finished(await start(core, { shopId: shop.id, sessionId: parent.sessionId, text: '배경 좀 밝게', attachments: [media.sha256], variants: 1 }));
    const result = withPhoto.result as JobResult;
    expect(result.intent).toBe('generate');
    const row = getGeneration(core.database.db(), result.generationIds[0] ?? '');
    expect(row).toMatchObject({ parentId: null, inputMedia: [media.sha256] });
  });

  it('takes the platform from the sentence unless the owner picked one', async () => {
    const { core, shop, watch } = open();
    const platformOf = async (input: Record<string, unknown>) => {
      const result = (await watch.finished(await start(core, { shopId: shop.id, ...input }))).result as JobResult;
      return (getGeneration(core.database.db(), result.generationIds[0] ?? '').outputCopy as { platform?: string }).platform;
    };
    expect(await platformOf({ text: '카톡 채널에 보낼 소금빵 할인 광고 만들어줘' })).toBe('kakao-channel');
    expect(await platformOf({ text: '스마트스토어 대표 이미지용 캔들 광고' })).toBe('naver-smartstore');
    expect(await platformOf({ text: '소금빵 광고 만들어줘' })).toBe('instagram-feed');
    expect(await platformOf({ text: '카톡 채널에 보낼 소금빵 광고', platform: 'youtube' })).toBe('youtube');
  });

  it('answers a consultation in text and makes nothing for the library', async () => {
    const { core, shop, watch } = open();
    const finished = await watch.finished(await start(core, { shopId: shop.id, text: '해시태그는 몇 개가 좋을까?' }));
    const result = finished.result as JobResult;
    expect(result).toMatchObject({ intent: 'consult', generationIds: [], copy: null });
    expect(result.replyText).toMatch(/해시태그/);
    expect(unwrap<{ totalGenerations: number }>(await core.call('library.stats', {})).totalGenerations).toBe(0);
  });

  for (const stage of ['pending', 'ingesting', 'analyzing', 'generating', 'persisting'] as const) {
    it(`cancels within a second while ${stage}`, async () => {
      let release: () => void = () => undefined;
      const holding = new Promise<void>((resolve) => (release = resolve));
      const held = stage === 'pending' ? 'generating' : stage;
      const { core, shop, watch } = open({
        jobConcurrency: 1,
        beforeStage: (current, signal) =>
          current === held ? Promise.race([holding, new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()))]) : Promise.resolve(),
      });
      const blocker = await start(core, { shopId: shop.id, text: '첫 번째 광고' });
      const jobId = stage === 'pending' ? await start(core, { shopId: shop.id, text: '두 번째 광고' }) : blocker;
      await expect.poll(() => watch.progressOf(jobId).at(-1)?.stage).toBe(stage);
      if (stage === 'pending') expect(watch.progressOf(jobId).at(-1)?.queuePosition).toBe(1);

      const asked = performance.now();
      expect(unwrap<{ cancelled: boolean }>(await core.call('jobs.cancel', { jobId })).cancelled).toBe(true);
      const finished = await watch.finished(jobId);
      expect(performance.now() - asked).toBeLessThan(1000);
      expect(finished).toMatchObject({ status: 'cancelled', error: { code: 'CANCELLED' } });
      release();
      await core.jobs.settled();
      const answers = core.database.sqlite().prepare("SELECT count(*) AS n FROM messages WHERE job_id = ? AND role = 'assistant'").get(jobId) as { n: number };
      expect(answers.n).toBe(0);
    });
  }

  it('marks a job interrupted when the app died under it, and retries it', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-restart-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'testing', 'stalled-job.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('generating\n')) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const jobId = /job (\S+)/.exec(out)?.[1] ?? '';

    const core = createCore({ dataDir, host: 'cli' });
    const watch = watchJobs(core);
    const listed = unwrap<{ items: { id: string; status: string; message: string }[] }>(await core.call('jobs.list', {}));
    expect(listed.items).toMatchObject([{ id: jobId, status: 'interrupted', message: expect.stringContaining('다시 시도') }]);
    const retried = unwrap<{ jobId: string }>(await core.call('jobs.retry', { jobId })).jobId;
    expect(await watch.finished(retried)).toMatchObject({ status: 'done' });
    expect(await core.call('jobs.retry', { jobId: retried })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
