import { AppError } from '../../../shared/errors';
import { loadPipeline, modelBytes, preferredProviders, type DiffusionPipeline } from '../diffusion/load-pipeline';
import { img2img } from '../diffusion/pipelines/img2img';
import { outpaint } from '../diffusion/pipelines/outpaint';
import type { StepPreview } from '../diffusion/pipelines/stages';
import { txt2img } from '../diffusion/pipelines/txt2img';
import type { DiffusionRun } from '../protocol';
import { formatBytes } from '../../../shared/format-bytes';
import { availableMemory } from './available-memory';

/** Working memory per output pixel beyond the weights (activations, latents, buffers), generously. */
const bytesPerPixel = 6000;

/**
 * Diffusion in the inference host: one model resident (loading another releases it), unloaded
 * after the idle time the request carries, checked against free memory before every run.
 */
const keyOf = (request: DiffusionRun): string => `${request.modelDir}|${request.tinyDecoder ?? ''}|${request.gpu}`;

export class DiffusionEngine {
  private loaded: { key: string; pipeline: Promise<DiffusionPipeline>; idle?: NodeJS.Timeout } | undefined;

  private async pipeline(request: DiffusionRun): Promise<DiffusionPipeline> {
    const key = keyOf(request);
    if (this.loaded?.key !== key) {
      await this.unload();
      const pipeline = loadPipeline(request.modelDir, request.gpu ? preferredProviders() : ['cpu'], request.tinyDecoder);
      this.loaded = { key, pipeline };
      pipeline.catch(() => {
        if (this.loaded?.key === key) this.loaded = undefined;
      });
    }
    clearTimeout(this.loaded.idle);
    return this.loaded.pipeline;
  }

  async unload(): Promise<number> {
    const current = this.loaded;
    this.loaded = undefined;
    if (!current) return 0;
    clearTimeout(current.idle);
    const pipeline = await current.pipeline.catch(() => undefined);
    await pipeline?.release();
    return pipeline ? 1 : 0;
  }

  /** Refuses a run that would not fit in memory, with what to do instead, before anything loads. */
  private checkMemory(request: DiffusionRun): void {
    const resident = this.loaded?.key === keyOf(request) ? 0 : modelBytes(request.modelDir, request.tinyDecoder);
    const needed = resident + request.width * request.height * bytesPerPixel;
    const free = availableMemory();
    if (needed > free) {
      throw new AppError('INSUFFICIENT_MEMORY', `Diffusion at ${request.width}×${request.height} needs about ${needed} bytes, ${free} free`, `AI 배경에 메모리가 약 ${formatBytes(needed)} 필요한데 ${formatBytes(free)}만 남아 있어요. 다른 프로그램을 닫거나 '빠르게' 설정(더 작은 크기)으로 다시 시도해 주세요.`);
    }
  }

  async run(request: DiffusionRun, signal: AbortSignal, onPreview: (preview: StepPreview) => void) {
    this.checkMemory(request);
    const start = performance.now();
    const pipeline = await this.pipeline(request);
    const modelBefore = pipeline.modelMs();
    const settings = { prompt: request.prompt, negativePrompt: request.negativePrompt, width: request.width, height: request.height, steps: request.steps, guidance: request.guidance, seed: request.seed, fastDecode: request.fastDecode };
    const hooks = { signal, onStep: onPreview };
    const pixels = request.width * request.height;
    const need = (data: Uint8Array | undefined, length: number, what: string): Uint8Array => {
      if (!data || data.length !== length) throw new AppError('VALIDATION_FAILED', `${request.mode} needs ${what} of ${length} bytes`);
      return data;
    };
    try {
      const image =
        request.mode === 'txt2img'
          ? await txt2img(pipeline, settings, hooks)
          : request.mode === 'img2img'
            ? await img2img(pipeline, settings, need(request.image, pixels * 3, 'an RGB image'), request.strength ?? 0.6, hooks)
            : await outpaint(pipeline, settings, need(request.image, pixels * 3, 'an RGB image'), need(request.alpha, pixels, 'an alpha mask'), hooks);
      return { rgb: image.rgb, width: image.width, height: image.height, provider: pipeline.provider, fallbackReason: pipeline.fallbackReason ?? null, totalMs: performance.now() - start, modelMs: pipeline.modelMs() - modelBefore };
    } finally {
      if (this.loaded && request.idleUnloadMs > 0) {
        this.loaded.idle = setTimeout(() => void this.unload(), request.idleUnloadMs);
        this.loaded.idle.unref();
      }
    }
  }
}
