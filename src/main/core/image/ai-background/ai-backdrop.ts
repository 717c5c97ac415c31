import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { CopyIndustry } from '../../../../shared/ipc/copy';
import type { DiffusionRun, HostResult } from '../../../inference/protocol';
import { type AdStyle } from '../../../../shared/ad-design';
import { formatSizes, type AdFormat } from '../formats';
import type { CutoutPixels } from '../cutout/cutout-pixels';
import { planLayout } from '../layouts/layouts';
import type { AdSpec } from '../render/render-ad';
import { placeProduct } from '../render/product-layer';
import { backgroundPrompt, performancePreset, type Performance } from './presets';

export interface DiffusionPreview {
  step: number;
  total: number;
  rgb: Uint8Array;
  width: number;
  height: number;
}

export type Diffuse = (request: DiffusionRun, signal: AbortSignal, onPreview: (preview: DiffusionPreview) => void) => Promise<HostResult<'diffusion.run'>>;

export interface AiBackdropRequest {
  modelDir: string;
  /** The installed tiny decoder, when there is one. */
  tinyDecoder?: string;
  cutout: CutoutPixels;
  spec: AdSpec;
  imagePrompt: string;
  style: AdStyle;
  industry: CopyIndustry;
  performance: Performance;
  accelerated: boolean;
  gpu: boolean;
  idleUnloadMs: number;
}

const round8 = (n: number): number => Math.max(64, Math.round(n / 8) * 8);

/** Which sampler family a folder uses, for its step counts: LCM, Turbo (trailing Euler), or full Euler. */
function samplerKind(modelDir: string): 'lcm' | 'turbo' | 'euler' {
  const path = join(modelDir, 'scheduler', 'scheduler_config.json');
  const config = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { _class_name?: string; timestep_spacing?: string }) : {};
  if (config._class_name === 'LCMScheduler') return 'lcm';
  return config.timestep_spacing === 'trailing' ? 'turbo' : 'euler';
}

/**
 * The product where the ad's layout will stand it, on a neutral canvas at the diffusion size,
 * with its alpha: what the outpainting keeps while it paints the scene around.
 */
async function productCanvas(cutout: CutoutPixels, spec: AdSpec, width: number, height: number) {
  const { width: fw, height: fh } = formatSizes[spec.format as AdFormat];
  const plan = planLayout(spec.layout, spec.format, spec.voice, spec.textScale);
  const sx = width / fw;
  const sy = height / fh;
  const area = { x: Math.round(plan.product.x * sx), y: Math.round(plan.product.y * sy), width: Math.max(8, Math.round(plan.product.width * sx)), height: Math.max(8, Math.round(plan.product.height * sy)) };
  const product = await placeProduct(cutout, area);
  const layer = { input: product.rgba, raw: { width: product.box.width, height: product.box.height, channels: 4 as const }, left: product.box.x, top: product.box.y };
  const rgb = await sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } }).composite([layer]).removeAlpha().raw().toBuffer();
  const alpha = await sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).composite([layer]).extractChannel(3).raw().toBuffer();
  return { rgb: new Uint8Array(rgb), alpha: new Uint8Array(alpha) };
}

/** A generated scene around the product for one variant in one format, from the variant's seed. */
export async function aiBackdrop(diffuse: Diffuse, request: AiBackdropRequest, signal: AbortSignal, onPreview: (preview: DiffusionPreview) => void) {
  const { width: fw, height: fh } = formatSizes[request.spec.format];
  const preset = performancePreset(request.performance, samplerKind(request.modelDir), request.accelerated);
  const scale = preset.shortSide / Math.min(fw, fh);
  const width = round8(fw * scale);
  const height = round8(fh * scale);
  const canvas = await productCanvas(request.cutout, request.spec, width, height);
  const { prompt, negative } = backgroundPrompt(request.imagePrompt, request.style, request.industry);
  return diffuse(
    {
      op: 'diffusion.run',
      modelDir: request.modelDir,
      ...(request.tinyDecoder ? { tinyDecoder: request.tinyDecoder } : {}),
      mode: 'outpaint',
      prompt,
      negativePrompt: negative,
      width,
      height,
      steps: preset.steps,
      guidance: preset.guidance,
      seed: request.spec.seed,
      image: canvas.rgb,
      alpha: canvas.alpha,
      gpu: request.gpu,
      idleUnloadMs: request.idleUnloadMs,
      fastDecode: request.performance === 'fast',
    },
    signal,
    onPreview,
  );
}
