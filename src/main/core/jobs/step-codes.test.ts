import { afterAll, describe, expect, it } from 'vitest';
import type { JobResult } from '../../../shared/ipc/jobs';
import { pageMessages } from '../sessions/messages-repo';
import { createShop } from '../shops/shops-repo';
import { noisePng } from '../testing/fixtures';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { stepMessageKo } from './progress';

const core = createTempCore();
afterAll(() => core.dispose());
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게' });
const watch = watchJobs(core);

async function run(input: Record<string, unknown>) {
  const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, ...input }));
  const finished = await watch.finished(jobId);
  expect(finished.status).toBe('done');
  return { events: watch.progressOf(jobId), result: finished.result as JobResult };
}

describe('codes a window words in its own language', () => {
  it('progress carries a step code per event, and its Korean message is that step worded', async () => {
    const { media } = await core.media.importOne({ kind: 'bytes', bytes: await noisePng(160, 120) });
    const { events, result } = await run({ text: '여름 신메뉴 아이스 라떼 인스타 광고 만들어줘', attachments: [media.sha256], variants: 1, formats: ['1:1'] });
    const codes = [...new Set(events.map((event) => event.step.code))];
    expect(codes).toEqual(['queued', 'ingesting', 'reading', 'making', 'writing-copy', 'cutting-out', 'finding-product', 'cleaning-edges', 'drawing', 'saving']);
    for (const event of events) expect(event.message).toBe(stepMessageKo(event.step));
    expect(events.filter((event) => event.step.code === 'drawing').at(-1)?.step.params).toEqual({ done: 1, total: 1 });
    expect(events.find((event) => event.step.code === 'drawing')?.message).toMatch(/^광고 이미지를 그리고 있어요 \(\d\/1\)$/);

    expect(result.reply).toEqual({ lead: { code: 'made-images', params: { images: 1 } }, note: { writer: 'template', fallback: null } });
    expect(result.replyText.split('\n')[0]).toBe('광고 이미지 1장과 문구를 만들었어요.');
    const [assistant] = pageMessages(core.database.db(), { sessionId: result.sessionId, limit: 1 }).items;
    expect(assistant).toMatchObject({ role: 'assistant', text: result.replyText, reply: result.reply });
  });

  it('words a copy-only reply by platform code, an edit as edited, a consultation as answered', async () => {
    const copyOnly = await run({ text: '카톡 채널에 보낼 소금빵 할인 광고 만들어줘' });
    expect(copyOnly.result.reply.lead).toEqual({ code: 'made-copy', params: { platform: 'kakao-channel' } });
    expect(copyOnly.result.replyText.split('\n')[0]).toBe('카카오톡 채널용 광고 문구를 만들었어요.');

    const generationId = copyOnly.result.generationIds[0] ?? '';
    const edit = await run({ sessionId: copyOnly.result.sessionId, text: '더 짧게', edit: { generationId, variant: 'all', aspects: ['shorter'] } });
    expect(edit.result.reply.lead.code).toBe('edited');
    const kept = await run({ sessionId: copyOnly.result.sessionId, text: '배경 밝게', edit: { generationId, variant: 'all', aspects: ['brighter'] } });
    expect(kept.result.reply).toEqual({ lead: { code: 'copy-kept', params: {} }, note: null });
    expect(kept.result.copy?.headline).toBe(copyOnly.result.copy?.headline);

    const consult = await run({ text: '해시태그는 몇 개가 좋을까?' });
    expect(consult.result.reply).toEqual({ lead: { code: 'answered', params: {} }, note: null });
    expect(consult.events.some((event) => event.step.code === 'answering')).toBe(true);
  });

  it('reads a stored reply that is not one as none', async () => {
    const { result } = await run({ text: '소금빵 광고 만들어줘' });
    core.database.sqlite().prepare('UPDATE messages SET reply = ? WHERE id = ?').run(JSON.stringify({ lead: { code: 'made-images', params: { images: -1 } }, note: null }), result.assistantMessageId);
    const [assistant] = pageMessages(core.database.db(), { sessionId: result.sessionId, limit: 1 }).items;
    expect(assistant).toMatchObject({ id: result.assistantMessageId, reply: null });
  });
});
