import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPipeline } from '../src/main/inference/diffusion/load-pipeline';
import { img2img } from '../src/main/inference/diffusion/pipelines/img2img';
import { outpaint } from '../src/main/inference/diffusion/pipelines/outpaint';
import type { DiffusionSettings } from '../src/main/inference/diffusion/pipelines/stages';
import { txt2img } from '../src/main/inference/diffusion/pipelines/txt2img';
import { writeTinyDiffusers } from '../src/main/inference/diffusion/testing/tiny-diffusers';
import { verdict } from './measure';

// Pipeline overhead: each mode's total time minus the time its ORT sessions spent in
// session.run (summed inside the component wrappers), as a share of the total, in one run.
// The tiny UNet gets two 320-channel hidden convolutions (≈8 GFLOP a step at 512², about 2 % of a real
// SD UNet's) so a step costs real compute; with a single 3×3 convolution any ratio is noise.
const dir = mkdtempSync(join(tmpdir(), 'adstudio-bench-diffusion-'));
const pipeline = await loadPipeline(writeTinyDiffusers(join(dir, 'model'), { unetWidth: 320 }), ['cpu']);
const settings: DiffusionSettings = { prompt: 'a cozy cafe table by the window, morning light, product photography', negativePrompt: 'text, watermark', width: 512, height: 512, steps: 30, guidance: 1, seed: 7 };
const pixels = settings.width * settings.height;
const image = new Uint8Array(pixels * 3).fill(150);
const alpha = new Uint8Array(pixels);
for (let p = 0; p < pixels; p += 1) alpha[p] = Math.hypot((p % 512) - 256, Math.floor(p / 512) - 300) < 120 ? 255 : 0;
const hooks = { signal: new AbortController().signal, onStep: () => undefined };

const modes = {
  txt2img: () => txt2img(pipeline, settings, hooks),
  img2img: () => img2img(pipeline, settings, image, 0.75, hooks),
  outpaint: () => outpaint(pipeline, settings, image, alpha, hooks),
};
await modes.txt2img();
let worst = 0;
for (const [name, run] of Object.entries(modes)) {
  const shares: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const before = pipeline.modelMs();
    const start = performance.now();
    await run();
    const total = performance.now() - start;
    const model = pipeline.modelMs() - before;
    shares.push((total - model) / total);
    if (round === 4) console.log(`${name}: total ${total.toFixed(0)} ms, session.run ${model.toFixed(0)} ms, ours ${((total - model) / settings.steps).toFixed(2)} ms a step`);
  }
  const median = [...shares].sort((a, b) => a - b)[2] ?? 1;
  worst = Math.max(worst, median);
  console.log(`${name}: overhead ${(median * 100).toFixed(2)} % (median of 5)`);
}
await pipeline.release();
rmSync(dir, { recursive: true, force: true });
console.log(verdict('diffusion', 'overhead_share', worst, '<0.05', worst < 0.05));
