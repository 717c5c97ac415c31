import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTinySegmenter } from '../../../inference/testing/tiny-segmenter';
import { catalogOf, testRepoModel } from '../../models/testing/catalog-fixture';
import { startHubServer } from '../../models/testing/hub-server';
import { createTempCore, testModelDir } from '../../testing/temp-core';
import { unwrap } from '../../testing/unwrap';

// A better cut-out model from the catalog: downloaded from a loopback hub, then used by every new cut-out without a setting.
const hub = await startHubServer();
const segmenter = readFileSync(writeTinySegmenter(join(mkdtempSync(join(tmpdir(), 'adstudio-seg-')), 'model.onnx')));
const model = testRepoModel('tiny-birefnet', hub.endpoint, { 'onnx/model.onnx': segmenter }, { role: 'cutout', format: 'onnx' });
model.publish(hub);
const core = createTempCore({ catalog: catalogOf([model.entry]) });
afterAll(async () => {
  await core.dispose();
  await hub.close();
});

/** A red mug-sized block on a blue wall: what the tiny model calls foreground is known exactly. */
async function redOnBlue(): Promise<Buffer> {
  const block = await sharp({ create: { width: 300, height: 360, channels: 3, background: { r: 220, g: 30, b: 30 } } }).png().toBuffer();
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 60, b: 210 } } }).composite([{ input: block, left: 250, top: 120 }]).jpeg({ quality: 95 }).toBuffer();
}

describe('an installed cut-out model', () => {
  it('is used for new cut-outs once downloaded, cached under its own name, and the built-in one serves again when it is removed', { timeout: 300_000 }, async () => {
    const { media } = await core.media.importOne({ kind: 'bytes', bytes: await redOnBlue() });
    const signal = new AbortController().signal;
    const before = await core.adFiles.cutouts(media.sha256, signal);

    await core.call('models.download', { id: model.entry.id });
    await core.models.downloads.settled(model.entry.id);
    expect(core.models.registry.active('cutout')).toMatchObject({ id: model.entry.id, format: 'onnx', hub: { commit: model.commit } });
    // The warm start opens the model the cut-outs will use, not the built-in one.
    const installedFile = core.models.registry.active('cutout')?.path ?? '';
    expect(await core.inference.request({ op: 'segment.warm', model: 'birefnet', modelDir: testModelDir, modelFile: installedFile })).toMatchObject({ assembled: false, openMs: expect.any(Number) });

    const made = await core.adFiles.cutouts(media.sha256, signal);
    expect(made.cached).toBe(false);
    const { data, info } = await sharp(made.png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => data[(Math.round(y * info.height) * info.width + Math.round(x * info.width)) * 4 + 3];
    // The block's middle is kept, the wall around it dropped, as the tiny model's one filter says.
    expect(alphaAt(0.5, 0.5)).toBe(255);
    expect(alphaAt(0.1, 0.1)).toBe(0);
    expect(alphaAt(0.9, 0.9)).toBe(0);
    expect((await core.adFiles.cutouts(media.sha256, signal)).cached).toBe(true);

    unwrap(await core.call('models.remove', { id: model.entry.id }));
    const again = await core.adFiles.cutouts(media.sha256, signal);
    expect(again).toMatchObject({ cached: true, media: { sha256: before.media.sha256 } });
  });
});
