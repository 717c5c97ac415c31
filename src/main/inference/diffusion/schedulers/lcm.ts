import { alphasCumprod, type Scheduler, type SchedulerConfig } from './scheduler';

const sigmaData = 0.5;

/**
 * The latent consistency model sampler: each step predicts the clean latent (with LCM's
 * boundary conditions) and, except at the last, re-noises it to the next timestep. Timesteps
 * come from the distillation's original schedule, picked evenly as current diffusers does.
 */
export class LcmScheduler implements Scheduler {
  timesteps: number[] = [];
  readonly initNoiseSigma = 1;
  private readonly alphas: Float64Array;

  constructor(private readonly config: SchedulerConfig) {
    this.alphas = alphasCumprod(config);
  }

  setTimesteps(steps: number, strength = 1): void {
    const k = Math.floor(this.config.num_train_timesteps / this.config.original_inference_steps);
    const originLength = Math.floor(this.config.original_inference_steps * strength);
    if (steps > originLength) throw new Error(`LCM allows at most ${originLength} steps at strength ${strength}`);
    const origin = Array.from({ length: originLength }, (_, i) => (i + 1) * k - 1).reverse();
    this.timesteps = Array.from({ length: steps }, (_, i) => origin[Math.floor((i * originLength) / steps)] ?? 0);
  }

  scaleModelInput(latents: Float32Array): Float32Array {
    return latents;
  }

  step(modelOutput: Float32Array, index: number, latents: Float32Array, noise: () => Float32Array) {
    const t = this.timesteps[index] ?? 0;
    const prevT = this.timesteps[index + 1];
    const alpha = this.alphas[t] ?? 1;
    const alphaPrev = prevT === undefined ? 1 : (this.alphas[prevT] ?? 1);
    const scaled = t * this.config.timestep_scaling;
    const cSkip = sigmaData ** 2 / (scaled ** 2 + sigmaData ** 2);
    const cOut = scaled / Math.sqrt(scaled ** 2 + sigmaData ** 2);
    const vPrediction = this.config.prediction_type === 'v_prediction';
    const denoised = new Float32Array(latents.length);
    for (let i = 0; i < latents.length; i += 1) {
      const x = latents[i] ?? 0;
      const out = modelOutput[i] ?? 0;
      const x0 = vPrediction ? Math.sqrt(alpha) * x - Math.sqrt(1 - alpha) * out : (x - Math.sqrt(1 - alpha) * out) / Math.sqrt(alpha);
      denoised[i] = cOut * x0 + cSkip * x;
    }
    if (prevT === undefined) return { prevSample: denoised, denoised };
    const fresh = noise();
    const a = Math.sqrt(alphaPrev);
    const b = Math.sqrt(1 - alphaPrev);
    const prevSample = new Float32Array(denoised.length);
    for (let i = 0; i < denoised.length; i += 1) prevSample[i] = a * (denoised[i] ?? 0) + b * (fresh[i] ?? 0);
    return { prevSample, denoised };
  }

  addNoise(original: Float32Array, noise: Float32Array, index: number): Float32Array {
    const alpha = this.alphas[this.timesteps[index] ?? 0] ?? 1;
    const a = Math.sqrt(alpha);
    const b = Math.sqrt(1 - alpha);
    const out = new Float32Array(original.length);
    for (let i = 0; i < original.length; i += 1) out[i] = a * (original[i] ?? 0) + b * (noise[i] ?? 0);
    return out;
  }
}
