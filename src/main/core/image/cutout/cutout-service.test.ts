import { eq } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../shared/ipc/app';
import { cutoutQualitySchema } from '../../../../shared/ad-design';
import { cutouts } from '../../db/schema';
import { createTempCore, testModelDir } from '../../testing/temp-core';
import { unwrap } from '../../testing/unwrap';
import type { SmallMask } from './segment-image';
import { measureCutoutPng, trustedCutout } from './cutout-confidence';

// The real core: the real inference host cuts the photo, the real store keeps the verdict.
const core = createTempCore();
afterAll(() => core.dispose());
const db = () => core.database.db();
const teapot = join(import.meta.dirname, '..', '..', '..', '..', '..', 'fixtures', 'cutout', 'products', 'clay_teapot.jpg');

describe('the warm start', () => {
  it('opens the cut-out model and runs it once, starts the render workers, and app.info says so with their memory', { timeout: 300_000 }, async () => {
    const info = async () => unwrap<AppInfo>(await core.call('app.info', {})).memory;
    expect(await info()).toEqual({ appBytes: expect.any(Number), inferenceBytes: null, warmStart: 'idle' });
    core.warmStart.whenIdle(0);
    // One reading per turn: two could straddle the moment it turns warm (CI saw 'warm' in the second).
    for (let state = (await info()).warmStart; state !== 'warm'; state = (await info()).warmStart) {
      expect(['scheduled', 'warming']).toContain(state);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const memory = await info();
    // The session's arena is held: the owner's first photo finds it touched and ready.
    expect(memory.inferenceBytes).toBeGreaterThan(1e9);
    expect(memory.appBytes).toBeGreaterThan(1e8);
    expect(core.adFiles.renders.started).toBe(true);
    expect(existsSync(join(testModelDir, 'isnet-medium.onnx')) && existsSync(join(testModelDir, 'isnet-medium.json'))).toBe(true);
  });
});

describe("a cut-out's quality in the cut-out service", () => {
  it('is measured with the cut-out, stored, and measured again for rows without a readable one', { timeout: 300_000 }, async () => {
    const { media } = await core.media.importOne({ kind: 'path', path: teapot });
    const signal = new AbortController().signal;
    const row = () => db().select().from(cutouts).where(eq(cutouts.sourceSha256, media.sha256)).get();

    const small: SmallMask[] = [];
    const steps: string[] = [];
    const made = await core.adFiles.cutouts(media.sha256, signal, { onSmallMask: (mask) => small.push(mask), onStep: (step) => steps.push(step) });
    expect(made.cached).toBe(false);
    expect(steps).toEqual(['finding-product', 'cleaning-edges']);
    // The model's own mask was heard once, before the cut-out was scaled up and stored: the first preview is made from it.
    expect(small).toHaveLength(1);
    expect([small[0]?.width, small[0]?.height, small[0]?.mask.length, small[0]?.rgb.length]).toEqual([960, 960, 960 * 960, 960 * 960 * 3]);
    expect(small[0]?.quality).toEqual(made.quality);
    // Where the product is not, the cut-out stores nothing of the photo.
    const { data, info } = await sharp(made.png).raw().toBuffer({ resolveWithObject: true });
    let hidden = 0;
    for (let i = 0; i < info.width * info.height; i += 1) if (data[i * 4 + 3] === 0) hidden += (data[i * 4] ?? 0) + (data[i * 4 + 1] ?? 0) + (data[i * 4 + 2] ?? 0);
    expect(hidden).toBe(0);
    expect(made.quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
    expect(cutoutQualitySchema.parse(row()?.quality)).toEqual(made.quality);

    // A row from before quality was measured, then one whose JSON was tampered with.
    for (const stored of [null, { confidence: 7 }]) {
      db().update(cutouts).set({ quality: stored }).where(eq(cutouts.sourceSha256, media.sha256)).run();
      const served = await core.adFiles.cutouts(media.sha256, signal, { onSmallMask: (mask) => small.push(mask), onStep: (step) => steps.push(step) });
      const remeasured = await measureCutoutPng(served.png);
      expect(served.cached).toBe(true);
      expect(served.quality).toEqual(remeasured);
      expect(served.quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
      expect(cutoutQualitySchema.parse(row()?.quality)).toEqual(remeasured);
    }
    expect(small).toHaveLength(1);
    // A cached cut-out has no steps to tell.
    expect(steps).toHaveLength(2);
  });
});
