import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobResult } from '../../../../shared/ipc/jobs';
import { clipImageSize } from '../../../inference/protocol';
import { writeTinyClip } from '../../../inference/testing/tiny-clip';
import { getGeneration } from '../../generations/generations-repo';
import { createShop } from '../../shops/shops-repo';
import { fixturePhoto } from '../../testing/fixtures';
import { watchJobs } from '../../testing/job-events';
import { createTempCore } from '../../testing/temp-core';
import { unwrap } from '../../testing/unwrap';
import { adLookPrompts } from './ad-look';

// An installed image–text scorer (a CLIP-shaped folder with chosen embeddings) on the real runtime, then in the ranking.
const scorerDir = writeTinyClip(mkdtempSync(join(tmpdir(), 'adstudio-clip-')), ['professional', 'advertisement', 'clean', 'layout', 'clear'], ['blurry', 'amateur', 'snapshot', 'cluttered', 'messy', 'unreadable']);
const core = createTempCore();
const watch = watchJobs(core);
afterAll(() => core.dispose());

const flat = async (r: number, g: number, b: number) => new Uint8Array(await sharp({ create: { width: clipImageSize, height: clipImageSize, channels: 3, background: { r, g, b } } }).raw().toBuffer());

describe('an installed scorer', () => {
  it('scores a picture by the share of the finished-ad prompt against the poor ones', { timeout: 120_000 }, async () => {
    const { scores } = await core.inference.request({ op: 'clip.score', modelDir: scorerDir, images: [await flat(230, 40, 40), await flat(40, 40, 230), await flat(128, 128, 128)], prompts: [...adLookPrompts] });
    expect(scores[0]).toBeGreaterThan(0.99);
    expect(scores[1]).toBeLessThan(0.01);
    expect(scores[2]).toBeGreaterThan(scores[1] ?? 1);
    expect(scores[2]).toBeLessThan(scores[0] ?? 0);
  });

  it('joins the ranking of every variant once installed, and is absent without it', { timeout: 300_000 }, async () => {
    const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게' });
    const imported = unwrap<{ items: { media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [fixturePhoto('coffee_cup__skimage.png')] } }));
    const photo = imported.items[0]?.media?.sha256 ?? '';
    const rankingOf = async () => {
      const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘', attachments: [photo], variants: 3 }));
      const finished = await watch.finished(jobId);
      expect(finished.status).toBe('done');
      return getGeneration(core.database.db(), (finished.result as JobResult).generationIds[0] ?? '').outputCopy?.ranking ?? [];
    };
    for (const score of await rankingOf()) expect(score.terms.clip).toBeUndefined();
    await core.models.registry.add({ id: 'tiny-clip', role: 'scorer', name: 'tiny clip', format: 'onnx-folder', path: scorerDir, sizeBytes: 1, source: 'import', linked: true, installedAt: Date.now() });
    const ranked = await rankingOf();
    expect(ranked).toHaveLength(3);
    for (const score of ranked) expect(score.terms.clip).toEqual(expect.any(Number));
    // Best first still: the look is one more term of the same score.
    expect(ranked.map((s) => s.score)).toEqual([...ranked.map((s) => s.score)].sort((a, b) => b - a));
  });
});
