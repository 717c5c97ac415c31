import type * as ort from 'onnxruntime-node';
import { AppError } from '../../../../shared/errors';
import { gaussianSource } from '../gaussian';
import { tensorToRgb } from '../image-tensors';
import { latentPreview } from '../latent-preview';
import type { DiffusionPipeline } from '../load-pipeline';
import { createScheduler } from '../schedulers/create-scheduler';
import type { Scheduler } from '../schedulers/scheduler';

export interface DiffusionSettings {
  prompt: string;
  negativePrompt: string;
  width: number;
  height: number;
  steps: number;
  /** Classifier-free guidance; ≤ 1 runs the UNet once per step (SD-Turbo, LCM). */
  guidance: number;
  seed: number;
  /** Decode with the tiny VAE when the folder has one (the "fast" preset). */
  fastDecode?: boolean;
}

export interface StepPreview {
  step: number;
  total: number;
  /** RGB of the current estimate: the tiny VAE's picture, or one pixel per latent without it. */
  rgb: Uint8Array;
  width: number;
  height: number;
}

export interface RunHooks {
  signal: AbortSignal;
  onStep: (preview: StepPreview) => void;
}

export interface DiffusionImage {
  rgb: Uint8Array;
  width: number;
  height: number;
}

export interface Prepared {
  scheduler: Scheduler;
  context: ort.Tensor;
  uncond: ort.Tensor | undefined;
  noise: (count: number) => Float32Array;
  latentHeight: number;
  latentWidth: number;
  latentSize: number;
}

/** Prompt → hidden states (and the negative prompt's, when guidance needs them); the sampler and seeded noise. */
export async function prepare(pipeline: DiffusionPipeline, settings: DiffusionSettings, strength = 1): Promise<Prepared> {
  if (settings.width % 8 !== 0 || settings.height % 8 !== 0) throw new AppError('VALIDATION_FAILED', `Size ${settings.width}×${settings.height} is not a multiple of 8`);
  const context = await pipeline.textEncoder.encode(pipeline.tokenizer.encode(settings.prompt));
  const uncond = settings.guidance > 1 && !pipeline.unet.takesGuidanceEmbedding ? await pipeline.textEncoder.encode(pipeline.tokenizer.encode(settings.negativePrompt)) : undefined;
  const scheduler = createScheduler(pipeline.schedulerConfig);
  scheduler.setTimesteps(settings.steps, strength);
  const latentHeight = settings.height / 8;
  const latentWidth = settings.width / 8;
  return { scheduler, context, uncond, noise: gaussianSource(settings.seed), latentHeight, latentWidth, latentSize: 4 * latentHeight * latentWidth };
}

/** The UNet's noise prediction for one step, with classifier-free guidance when asked. */
async function predict(pipeline: DiffusionPipeline, prepared: Prepared, input: Float32Array, channels: number, index: number, guidance: number): Promise<Float32Array> {
  const dims = [1, channels, prepared.latentHeight, prepared.latentWidth];
  const t = prepared.scheduler.timesteps[index] ?? 0;
  const cond = await pipeline.unet.predict(input, dims, t, prepared.context, guidance);
  if (!prepared.uncond) return cond;
  const uncond = await pipeline.unet.predict(input, dims, t, prepared.uncond, guidance);
  return cond.map((c, i) => (uncond[i] ?? 0) + guidance * (c - (uncond[i] ?? 0)));
}

/**
 * The denoising loop every mode shares: scale, predict, step; `extraChannels` feeds an
 * inpainting UNet its mask and masked image; `afterStep` lets outpainting hold the product's
 * region. A preview goes out after each step, and a cancel takes effect between steps.
 */
export async function denoise(
  pipeline: DiffusionPipeline,
  prepared: Prepared,
  settings: DiffusionSettings,
  latents: Float32Array,
  hooks: RunHooks,
  options: { extraChannels?: Float32Array; afterStep?: (latents: Float32Array, index: number) => Float32Array } = {},
): Promise<Float32Array> {
  const { scheduler } = prepared;
  const total = scheduler.timesteps.length;
  let current = latents;
  for (let index = 0; index < total; index += 1) {
    if (hooks.signal.aborted) throw new AppError('CANCELLED', 'Diffusion cancelled between steps');
    const scaled = scheduler.scaleModelInput(current, index);
    const input = options.extraChannels ? concat(scaled, options.extraChannels) : scaled;
    const channels = input.length / (prepared.latentHeight * prepared.latentWidth);
    const prediction = await predict(pipeline, prepared, input, channels, index, settings.guidance);
    const stepped = scheduler.step(prediction, index, current, () => prepared.noise(prepared.latentSize));
    current = stepped.prevSample;
    if (options.afterStep) current = options.afterStep(current, index);
    // The preview shows where this step is heading (the denoised estimate), not the noisy latents.
    const preview = pipeline.tinyDecoder
      ? await pipeline.tinyDecoder.decode(stepped.denoised, prepared.latentHeight, prepared.latentWidth)
      : { rgb: latentPreview(stepped.denoised, prepared.latentHeight, prepared.latentWidth), width: prepared.latentWidth, height: prepared.latentHeight };
    hooks.onStep({ step: index + 1, total, ...preview });
  }
  return current;
}

export async function decode(pipeline: DiffusionPipeline, latents: Float32Array, settings: DiffusionSettings): Promise<DiffusionImage> {
  if (settings.fastDecode && pipeline.tinyDecoder) return pipeline.tinyDecoder.decode(latents, settings.height / 8, settings.width / 8);
  const image = await pipeline.vaeDecoder.decode(latents, settings.height / 8, settings.width / 8);
  return { rgb: tensorToRgb(image, settings.height, settings.width), width: settings.width, height: settings.height };
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function requireEncoder(pipeline: DiffusionPipeline) {
  if (!pipeline.vaeEncoder) throw new AppError('MODEL_INVALID', `${pipeline.dir} has no vae_encoder: it cannot start from an image`, '이 이미지 모델에는 그림을 읽는 부분(vae_encoder)이 없어서 배경을 바꿀 수 없어요.');
  return pipeline.vaeEncoder;
}
