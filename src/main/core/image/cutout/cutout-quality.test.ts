import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { forkLauncher, inferenceEntry } from '../../../inference/child-launcher';
import { InferenceHost } from '../../../inference/inference-host';
import { createFileLogger } from '../../log/logger';
import { fixturesDir } from '../../testing/fixtures';
import { segmentImage, type SegmentRun } from './segment-image';

// Our ISNet pipeline against ground truth and a peer (rembg) on the shared fixtures.
const logs = mkdtempSync(join(tmpdir(), 'adstudio-cutout-'));
const host = new InferenceHost(forkLauncher, inferenceEntry().path, createFileLogger(logs));
afterAll(() => {
  host.close();
  rmSync(logs, { recursive: true, force: true });
});
const run: SegmentRun = (rgb, crop) => host.request({ op: 'segment.run', model: 'isnet-medium', rgb, crop });

/** A reference mask as one byte per pixel: a grayscale mask, or the alpha of a cut-out. */
async function referenceMask(path: string, channel: 'gray' | 'alpha', width: number, height: number): Promise<Uint8Array> {
  const image = sharp(path).resize(width, height, { fit: 'fill' });
  const data = channel === 'alpha' ? await image.ensureAlpha().extractChannel(3).raw().toBuffer() : await image.greyscale().extractChannel(0).raw().toBuffer();
  return new Uint8Array(data);
}

function iou(a: Uint8Array, b: Uint8Array): number {
  let intersection = 0;
  let union = 0;
  for (let i = 0; i < a.length; i += 1) {
    const inA = (a[i] ?? 0) >= 128;
    const inB = (b[i] ?? 0) >= 128;
    if (inA && inB) intersection += 1;
    if (inA || inB) union += 1;
  }
  return union === 0 ? 1 : intersection / union;
}

async function score(photo: string, reference: string, channel: 'gray' | 'alpha'): Promise<number> {
  const ours = await segmentImage(photo, run);
  const theirs = await referenceMask(reference, channel, ours.width, ours.height);
  return iou(ours.alpha, theirs);
}

describe('cut-out quality (ISNet, letterboxed, refined)', () => {
  it('matches the cat ground truth, rembg on cars and animals, and U²-Net on the desk lamp', { timeout: 300_000 }, async () => {
    const seg = (name: string) => join(fixturesDir, 'segmentation', name);
    const rembg = (name: string) => join(fixturesDir, 'rembg', name);
    const cat = await score(seg('cat__carvekit.jpg'), seg('cat__carvekit.mask.png'), 'gray');
    const peers: [string, number][] = [];
    for (const name of ['animal-1', 'animal-2', 'animal-3', 'car-1', 'car-2', 'car-3']) {
      peers.push([name, await score(rembg(`${name}.jpg`), rembg(`${name}.out.png`), 'alpha')]);
    }
    const lamp = await score(seg('desk_lamp__u2net.jpg'), seg('desk_lamp__u2net.u2net_mask.png'), 'gray');
    const meanPeers = peers.reduce((sum, [, value]) => sum + value, 0) / peers.length;

    console.log(`IoU cat vs ground truth: ${cat.toFixed(4)} (goal ≥ 0.90)`);
    for (const [name, value] of peers) console.log(`IoU ${name} vs rembg: ${value.toFixed(4)}`);
    console.log(`mean IoU vs rembg (cars, animals): ${meanPeers.toFixed(4)} (goal ≥ 0.93)`);
    console.log(`IoU desk lamp vs U²-Net: ${lamp.toFixed(4)} (goal ≥ 0.92)`);

    expect(cat).toBeGreaterThanOrEqual(0.9);
    expect(meanPeers).toBeGreaterThanOrEqual(0.93);
    expect(lamp).toBeGreaterThanOrEqual(0.92);
  });
});
