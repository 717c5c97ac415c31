import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { isPhotoLayout } from '../../../shared/ad-design';
import type { JobResult } from '../../../shared/ipc/jobs';
import { unwrap } from '../testing/unwrap';
import { getGeneration } from '../generations/generations-repo';
import { createShop } from '../shops/shops-repo';
import { fixturePhoto } from '../testing/fixtures';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { formatSizes } from './formats';

// The whole job with a photo: the real cut-out model in the inference host, the worker pool,
// the media store. The ads are also written to test-results/ads/ to be looked at.
const core = createTempCore();
const watch = watchJobs(core);
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게' });
afterAll(() => core.dispose());
const lookDir = join(process.cwd(), 'test-results', 'ads');


async function importPhoto(name: string): Promise<string> {
  const imported = unwrap<{ items: { ok: boolean; media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [fixturePhoto(name)] } }));
  return imported.items[0]?.media?.sha256 ?? '';
}

async function save(result: JobResult, prefix: string): Promise<void> {
  mkdirSync(lookDir, { recursive: true });
  const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
  for (const output of generation.outputs) {
    const served = await core.media.resolve(output.sha256, null);
    if (served) writeFileSync(join(lookDir, `${prefix}-v${output.variantIndex + 1}-${output.format.replace(':', 'x')}.png`), await readFile(served.path));
  }
}

describe('ad images from a photo', () => {
  it('makes four variants in the platform format, streams previews, and stores them with the copy', { timeout: 300_000 }, async () => {
    const photo = await importPhoto('coffee_cup__skimage.png');
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘', attachments: [photo] }));
    const finished = await watch.finished(jobId);
    expect(finished.status).toBe('done');
    const result = finished.result as JobResult;
    const previews = watch.progressOf(jobId).filter((e) => e.previewSha256 !== null);
    // First the fresh cut-out on a plain floor (shown the moment the model has made its mask, while its edges are
    // cleaned or the drawing begins), then each ad as it lands.
    expect(['cleaning-edges', 'drawing']).toContain(previews[0]?.step.code);
    expect(previews.slice(1).map((e) => e.step)).toEqual([1, 2, 3, 4].map((done) => ({ code: 'drawing', params: { done, total: 4 } })));
    // While the model works, the message counts the seconds and the bar moves.
    const finding = watch.progressOf(jobId).filter((e) => e.step.code === 'finding-product');
    expect(finding.map((e) => e.step.params.elapsed)).toEqual(finding.map((_, i) => i));
    expect(finding.at(-1)?.percent ?? 0).toBeGreaterThanOrEqual(finding[0]?.percent ?? 1);
    const firstPreview = core.media.info(previews[0]?.previewSha256 ?? '');
    expect([firstPreview.mime, firstPreview.width, firstPreview.height]).toEqual(['image/jpeg', 540, 675]);
    const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
    const { ingesting = 0, analyzing = 0, generating = 0, 'first-preview': firstPreviewMs } = generation.timings;
    expect(firstPreviewMs).toBeGreaterThan(0);
    expect(firstPreviewMs).toBeLessThan(ingesting + analyzing + generating);
    expect(generation).toMatchObject({ kind: 'image', method: 'template', aspectRatio: '4:5', width: 1080, height: 1350, inputMedia: [photo] });
    // Stored best first (the ranking); every variant once.
    expect(generation.outputs.map((o) => [o.variantIndex, o.format]).sort()).toEqual([
      [0, '4:5'],
      [1, '4:5'],
      [2, '4:5'],
      [3, '4:5'],
    ]);
    for (const output of generation.outputs) expect([output.width, output.height]).toEqual([1080, 1350]);
    expect(new Set(generation.outputs.map((o) => o.sha256)).size).toBe(4);
    await save(result, 'coffee');

    // An edit of the background reuses the cut-out and changes only the backdrop (of a photo layout, its design).
    const edit = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, sessionId: result.sessionId, text: '배경 바꿔줘' }));
    const edited = (await watch.finished(edit.jobId)).result as JobResult;
    const child = getGeneration(core.database.db(), edited.generationIds[0] ?? '');
    const parentMeta = generation.outputCopy as { variants: { backdrop: string; layout: string; seed: number }[]; cutoutSha256: string };
    const childMeta = child.outputCopy as typeof parentMeta;
    expect(childMeta.cutoutSha256).toBe(parentMeta.cutoutSha256);
    expect(childMeta.variants.map((v) => v.seed)).toEqual(parentMeta.variants.map((v) => v.seed));
    childMeta.variants.forEach((v, i) => {
      const before = parentMeta.variants[i];
      if (before && isPhotoLayout(before.layout)) expect(v.layout).not.toBe(before.layout);
      else expect([v.layout, v.backdrop === before?.backdrop]).toEqual([before?.layout, false]);
    });
    expect(child.outputCopy?.headline).toBe(generation.outputCopy?.headline);
  });

  it('renders every format when asked, each at its exact size', { timeout: 300_000 }, async () => {
    const photo = await importPhoto('sneaker__dreambooth.jpg');
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '가을 신상 운동화 광고', attachments: [photo], variants: 2, formats: ['1:1', '4:5', '9:16', '16:9', '4:3'] }));
    const result = (await watch.finished(jobId)).result as JobResult;
    const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
    expect(generation.outputs).toHaveLength(10);
    for (const output of generation.outputs) {
      const served = await core.media.resolve(output.sha256, null);
      const meta = await sharp(served?.path).metadata();
      expect([meta.width, meta.height]).toEqual([formatSizes[output.format].width, formatSizes[output.format].height]);
    }
    await save(result, 'sneaker');
  });

  it('makes ads for a third photo too', { timeout: 300_000 }, async () => {
    const photo = await importPhoto('duck_toy__dreambooth.jpg');
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '아이들 선물용 오리 인형 스마트스토어 광고', attachments: [photo] }));
    const result = (await watch.finished(jobId)).result as JobResult;
    expect(getGeneration(core.database.db(), result.generationIds[0] ?? '').outputs).toHaveLength(4);
    await save(result, 'duck');
  });
});
