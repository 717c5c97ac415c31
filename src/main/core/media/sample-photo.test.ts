import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { isPhotoLayout } from '../../../shared/ad-design';
import type { CutoutView } from '../../../shared/ipc/cutouts';
import type { JobResult } from '../../../shared/ipc/jobs';
import type { MediaInfo } from '../../../shared/ipc/media';
import { getGeneration } from '../generations/generations-repo';
import { createShop } from '../shops/shops-repo';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';

// The sample photo a new owner can try the app with, through the real core: imported like a
// dropped photo, cut out by the real model, drawn as composites, and written about as a mug.
const core = createTempCore();
const watch = watchJobs(core);
afterAll(() => core.dispose());

describe('the sample photo', () => {
  it('is one JPEG, the same media every time, that the real cut-out separates from the wall and the table', { timeout: 240_000 }, async () => {
    const first = unwrap<MediaInfo>(await core.call('media.sample', {}));
    const again = unwrap<MediaInfo>(await core.call('media.sample', {}));
    expect(first).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1600 });
    expect(again.sha256).toBe(first.sha256);

    const shop = createShop(core.database.db(), { name: '흙손공방', industry: 'smartstore', region: '경기 이천시', tone: '친근하게' });
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '손으로 빚은 머그컵 신상품, 인스타에 올릴 광고 만들어줘', attachments: [first.sha256], variants: 2, formats: ['1:1'] }));
    const result = (await watch.finished(jobId)).result as JobResult;
    const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');

    const view = unwrap<CutoutView>(await core.call('cutouts.get', { sourceSha256: first.sha256 }));
    const mask = await sharp(Buffer.from(view.maskBase64, 'base64')).extractChannel(0).raw().toBuffer();
    const alphaAt = (x: number, y: number) => mask[Math.round((y / 1600) * view.height) * view.width + Math.round((x / 1600) * view.width)] ?? 0;
    // Points of the drawing: the mug's body, its rim and its handle are kept; the wall, the table and the shadow are not.
    const kept = { body: alphaAt(800, 900), rim: alphaAt(800, 640), handle: alphaAt(1150, 890), foot: alphaAt(800, 1170) };
    const dropped = { wall: alphaAt(200, 300), wallBeside: alphaAt(1350, 700), table: alphaAt(300, 1400), shadow: alphaAt(1120, 1215) };
    console.log(`sample cut-out alpha: kept ${JSON.stringify(kept)}, dropped ${JSON.stringify(dropped)}`);
    for (const [part, alpha] of Object.entries(kept)) expect(alpha, part).toBeGreaterThan(200);
    for (const [part, alpha] of Object.entries(dropped)) expect(alpha, part).toBeLessThan(40);

    // A clean product shot is trusted: composites on designed scenes, at most one design showing the photo itself.
    const layouts = generation.outputCopy?.variants?.map((variant) => variant.layout) ?? [];
    expect(layouts).toHaveLength(2);
    expect(layouts.filter((layout) => isPhotoLayout(layout)).length, layouts.join(', ')).toBeLessThanOrEqual(1);
    expect(`${generation.outputCopy?.headline} ${generation.outputCopy?.subcopy}`).toContain('머그');
  });
});
