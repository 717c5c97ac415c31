import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstalledModel } from '../../../../shared/ipc/models';
import type { JobResult } from '../../../../shared/ipc/jobs';
import { writeTinyDiffusers } from '../../../inference/diffusion/testing/tiny-diffusers';
import { getGeneration } from '../../generations/generations-repo';
import { createShop } from '../../shops/shops-repo';
import { fixturePhoto } from '../../testing/fixtures';
import { watchJobs } from '../../testing/job-events';
import { createTempCore } from '../../testing/temp-core';
import { unwrap } from '../../testing/unwrap';

// The whole job with "AI 배경": a diffusion folder imported like an owner would, the real
// cut-out, outpainting in the inference host with step previews, then the ad set on top.
const core = createTempCore();
const watch = watchJobs(core);
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구' });
afterAll(() => core.dispose());
const work = mkdtempSync(join(tmpdir(), 'adstudio-ai-bg-'));

async function photo(): Promise<string> {
  const imported = unwrap<{ items: { media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [fixturePhoto('coffee_cup__skimage.png')] } }));
  return imported.items[0]?.media?.sha256 ?? '';
}

describe('AI backgrounds in the ad job', () => {
  it('paints the scene with the installed diffusion model, streams its steps, and says where it ran', { timeout: 300_000 }, async () => {
    const model = unwrap<InstalledModel>(await core.call('models.import', { path: writeTinyDiffusers(join(work, 'tiny-lcm'), { lcm: true }) }));
    expect(model).toMatchObject({ role: 'diffusion', format: 'onnx-folder', active: true });
    await core.call('settings.set', { diffusionPerformance: 'fast' });
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '여름 아이스 라떼 인스타 광고', attachments: [await photo()], variants: 2, aiBackground: true }));
    const finished = await watch.finished(jobId);
    expect(finished.status).toBe('done');
    const result = finished.result as JobResult;
    // Here the CUDA provider is listed but its add-on is not installed: the run says it fell back.
    expect(result.replyText).toMatch(/AI 배경: (CPU에서 만들었어요|.+ CPU로 만들었어요)/);
    // Two LCM steps per variant ("fast") stream as previews before the two finished ads.
    expect(watch.progressOf(jobId).filter((e) => e.previewSha256 !== null).length).toBeGreaterThanOrEqual(2 + 2 * 2);
    const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
    const meta = generation.outputCopy as { aiBackground: boolean; aiScenes: { variantIndex: number; sha256: string }[] };
    expect(meta.aiBackground).toBe(true);
    // One scene per variant, listed in the set's ranked order.
    expect(meta.aiScenes.map((s) => s.variantIndex).sort()).toEqual([0, 1]);
    expect(generation.inputMedia.slice(1)).toEqual(meta.aiScenes.map((s) => s.sha256));

    // Drawn again (another format) over the same generated scene, not a built-in backdrop.
    const wide = unwrap<{ width: number; height: number }>(await core.call('generations.exportImage', { id: generation.id, variantIndex: 0, format: '16:9', encoding: { type: 'png' }, destination: join(work, 'wide.png') }));
    expect([wide.width, wide.height]).toEqual([1920, 1080]);
  });

  it('falls back to a built-in backdrop, and says why, when the model fails', { timeout: 300_000 }, async () => {
    const broken = writeTinyDiffusers(join(work, 'broken'));
    const model = unwrap<InstalledModel>(await core.call('models.import', { path: broken }));
    await core.call('models.setActive', { role: 'diffusion', id: model.id });
    // Damaged after import (a failing disk): the UNet no longer opens.
    writeFileSync(join(model.path, 'unet', 'model.onnx'), 'not a model');
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '가을 신메뉴 광고', attachments: [await photo()], variants: 1, aiBackground: true }));
    const finished = await watch.finished(jobId);
    expect(finished.status).toBe('done');
    const result = finished.result as JobResult;
    expect(result.replyText).toContain('AI 배경을 만들지 못해 기본 배경을 썼어요');
    expect(getGeneration(core.database.db(), result.generationIds[0] ?? '').outputs).toHaveLength(1);
  });
});
