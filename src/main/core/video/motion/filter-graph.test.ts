import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePhoto } from '../../testing/fixtures';
import { ffmpegPath, runFfmpeg } from '../ffmpeg';
import { videoGraph } from './filter-graph';

const dir = mkdtempSync(join(tmpdir(), 'adstudio-zoom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const width = 1080;
const height = 1920;
const fps = 30;
const seconds = 4;

/** Mean absolute change (0–255) between each decoded frame and the one before it. */
async function frameSteps(file: string): Promise<number[]> {
  const { stdout } = await promisify(execFile)(ffmpegPath(), ['-v', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'gray', '-'], { encoding: 'buffer', maxBuffer: 1 << 29 });
  const size = width * height;
  const steps: number[] = [];
  for (let start = size; start + size <= stdout.length; start += size) {
    let sum = 0;
    for (let i = 0; i < size; i += 1) sum += Math.abs((stdout[start + i] ?? 0) - (stdout[start - size + i] ?? 0));
    steps.push(sum / size);
  }
  return steps;
}

describe('scene motion', () => {
  // A slow zoom over lettering at the real size: each frame should move about as much as the one
  // before it. Cropping the picture at its own whole pixels made the change jump from frame to
  // frame (its spread 0.40 of its mean); from the picture at twice its size it is 0.16.
  it('zooms smoothly, without whole-pixel steps', { timeout: 60_000 }, async () => {
    const still = join(dir, 'sign.png');
    await sharp(fixturePhoto('korean_road_sign__easyocr.png')).resize(width, height, { fit: 'cover' }).png().toFile(still);
    const output = join(dir, 'zoom.mp4');
    const graph = videoGraph({
      width,
      height,
      seconds,
      fps,
      script: { scenes: [{ layer: 'ad', from: 0, to: 1, motion: { kind: 'zoom', from: 1, to: 1.1, focusX: 0.5, focusY: 0.45 } }], overlays: [], headlineScale: 1 },
      layers: { ad: { file: still, width, height } },
      safe: { x: 0, y: 0, width, height },
      graphFile: join(dir, 'graph.txt'),
      output,
    });
    writeFileSync(join(dir, 'graph.txt'), graph.graph);
    await runFfmpeg(graph.args, { signal: new AbortController().signal, durationSeconds: seconds });

    const steps = await frameSteps(output);
    expect(steps.length).toBe(seconds * fps - 1);
    const mean = steps.reduce((sum, step) => sum + step, 0) / steps.length;
    const spread = Math.sqrt(steps.reduce((sum, step) => sum + (step - mean) ** 2, 0) / steps.length) / mean;
    console.log(`zoom over lettering: frame-to-frame change ${mean.toFixed(2)}, spread ${spread.toFixed(3)} of it`);
    expect(mean).toBeGreaterThan(0.3);
    expect(spread).toBeLessThan(0.28);
  });
});
