import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPipeline, type DiffusionPipeline } from '../load-pipeline';
import { writeTinyDiffusers } from '../testing/tiny-diffusers';
import { img2img } from './img2img';
import { outpaint } from './outpaint';
import type { DiffusionSettings, RunHooks, StepPreview } from './stages';
import { txt2img } from './txt2img';

// Every mode on the real onnxruntime, with tiny random-weight graphs shaped like the real exports.
const root = mkdtempSync(join(tmpdir(), 'adstudio-diffusion-'));
const pipelines: DiffusionPipeline[] = [];
afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.release()));
});
async function load(name: string, options: Parameters<typeof writeTinyDiffusers>[1]) {
  const pipeline = await loadPipeline(writeTinyDiffusers(join(root, name), options), ['cpu']);
  pipelines.push(pipeline);
  return pipeline;
}

const settings: DiffusionSettings = { prompt: 'a cozy cafe table, morning light, photo', negativePrompt: 'text, watermark', width: 128, height: 96, steps: 4, guidance: 1, seed: 42 };
const hooks = (previews: StepPreview[] = [], signal = new AbortController().signal): RunHooks => ({ signal, onStep: (p) => previews.push(p) });

/** A product photo: a red disc on grey, alpha 255 inside, a soft 1-pixel ring, 0 outside. */
function productPhoto(width: number, height: number) {
  const rgb = new Uint8Array(width * height * 3);
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const p = y * width + x;
      const d = Math.hypot(x - width / 2, y - height / 2);
      rgb.set(d < 30 ? [200 + (x % 7), 30 + (y % 5), 40] : [128, 128, 128], p * 3);
      alpha[p] = d < 29 ? 255 : d < 30 ? 128 : 0;
    }
  }
  return { rgb, alpha };
}

describe('diffusion pipelines', () => {
  it('txt2img on a 4-channel UNet (int64 timestep, Euler ancestral): a preview each step, same seed same bytes', async () => {
    const pipeline = await load('euler', { unetChannels: 4, timestepType: 'int64' });
    expect(pipeline.provider).toBe('cpu');
    const previews: StepPreview[] = [];
    const first = await txt2img(pipeline, settings, hooks(previews));
    expect([first.width, first.height, first.rgb.length]).toEqual([128, 96, 128 * 96 * 3]);
    expect(previews.map((p) => `${p.step}/${p.total} ${p.width}×${p.height}`)).toEqual(['1/4 16×12', '2/4 16×12', '3/4 16×12', '4/4 16×12']);
    const again = await txt2img(pipeline, settings, hooks());
    expect(Buffer.from(again.rgb).equals(Buffer.from(first.rgb))).toBe(true);
    const other = await txt2img(pipeline, { ...settings, seed: 43 }, hooks());
    expect(Buffer.from(other.rgb).equals(Buffer.from(first.rgb))).toBe(false);
    // With guidance the UNet also runs on the negative prompt.
    const guided = await txt2img(pipeline, { ...settings, guidance: 5 }, hooks());
    expect(Buffer.from(guided.rgb).equals(Buffer.from(first.rgb))).toBe(false);
  });

  it('img2img from a backdrop runs only the last `strength` share of the steps', async () => {
    const pipeline = await load('euler-img', { unetChannels: 4, timestepType: 'float' });
    const backdrop = new Uint8Array(128 * 96 * 3).fill(180);
    const previews: StepPreview[] = [];
    const out = await img2img(pipeline, { ...settings, steps: 8 }, backdrop, 0.5, hooks(previews));
    expect(previews).toHaveLength(4);
    expect(out.rgb.length).toBe(backdrop.length);
  });

  it('stops between steps when cancelled', async () => {
    const pipeline = await load('cancel', {});
    const controller = new AbortController();
    const previews: StepPreview[] = [];
    const run = txt2img(pipeline, { ...settings, steps: 10 }, { signal: controller.signal, onStep: (p) => (previews.push(p), p.step === 2 && controller.abort()) });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(previews).toHaveLength(2);
  });

  for (const kind of [
    { name: 'a 4-channel UNet (held region, Euler)', options: { unetChannels: 4 as const } },
    { name: 'a 9-channel inpainting UNet (LCM, guidance embedding)', options: { unetChannels: 9 as const, lcm: true, timestepType: 'float' as const } },
    { name: 'an fp16 export (half-float inputs and outputs)', options: { unetChannels: 4 as const, fp16: true } },
  ]) {
    it(`outpaints around the product on ${kind.name}, leaving the product's pixels bit-identical`, async () => {
      const pipeline = await load(`outpaint-${kind.name.length}`, kind.options);
      const { rgb, alpha } = productPhoto(128, 96);
      const previews: StepPreview[] = [];
      const out = await outpaint(pipeline, settings, rgb, alpha, hooks(previews));
      expect(previews).toHaveLength(4);
      let opaque = 0;
      let background = 0;
      for (let p = 0; p < 128 * 96; p += 1) {
        const a = alpha[p] ?? 0;
        const same = [0, 1, 2].every((c) => out.rgb[p * 3 + c] === rgb[p * 3 + c]);
        if (a === 255) {
          opaque += 1;
          expect(same).toBe(true);
        } else if (a === 0 && !same) background += 1;
      }
      expect(opaque).toBeGreaterThan(2000);
      // The world around it was generated, not copied.
      expect(background).toBeGreaterThan(128 * 96 - opaque - 400);
    });
  }

  it('with a tiny VAE: every preview is a real picture of the estimate, and the fast decode uses it', async () => {
    const pipeline = await load('tiny-vae', { tinyVae: true });
    const previews: StepPreview[] = [];
    const full = await txt2img(pipeline, settings, hooks(previews));
    expect(previews.map((p) => `${p.width}×${p.height}`)).toEqual(Array(4).fill('128×96'));
    const fast = await txt2img(pipeline, { ...settings, fastDecode: true }, hooks());
    expect([fast.width, fast.height]).toEqual([128, 96]);
    expect(Buffer.from(fast.rgb).equals(Buffer.from(full.rgb))).toBe(false);
    expect(Buffer.from(fast.rgb).equals(Buffer.from(previews.at(-1)?.rgb ?? []))).toBe(true);
  });

  it('falls back to the CPU, saying why, when the accelerator cannot open the model', async () => {
    const pipeline = await loadPipeline(writeTinyDiffusers(join(root, 'fallback')), ['cuda', 'cpu']);
    pipelines.push(pipeline);
    expect(pipeline.provider).toBe('cpu');
    expect(pipeline.fallbackReason).toMatch(/CUDA.*CPU로/);
  });
});
