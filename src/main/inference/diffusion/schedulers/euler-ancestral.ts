import { alphasCumprod, type Scheduler, type SchedulerConfig } from './scheduler';

/** Timesteps as diffusers spaces them (fractional for "linspace"), descending. */
export function spacedTimesteps(config: SchedulerConfig, steps: number): number[] {
  const n = config.num_train_timesteps;
  if (config.timestep_spacing === 'linspace') return Array.from({ length: steps }, (_, i) => ((n - 1) * (steps - 1 - i)) / Math.max(1, steps - 1));
  if (config.timestep_spacing === 'leading') {
    const ratio = Math.floor(n / steps);
    return Array.from({ length: steps }, (_, i) => (steps - 1 - i) * ratio + config.steps_offset);
  }
  const ratio = n / steps;
  return Array.from({ length: steps }, (_, i) => Math.round(n - i * ratio) - 1);
}

/**
 * Euler ancestral (k-diffusion's sampler as diffusers ships it): a deterministic Euler step
 * down to σ_down plus fresh noise of σ_up, in σ-space where σ = √((1−ᾱ)/ᾱ).
 */
export class EulerAncestralScheduler implements Scheduler {
  timesteps: number[] = [];
  private sigmas: number[] = [];
  private readonly trainSigmas: Float64Array;

  constructor(private readonly config: SchedulerConfig) {
    this.trainSigmas = alphasCumprod(config).map((a) => Math.sqrt((1 - a) / a));
  }

  /** σ at a fractional timestep, interpolated linearly as np.interp does. */
  private sigmaAt(t: number): number {
    const lower = Math.floor(t);
    const upper = Math.min(this.trainSigmas.length - 1, lower + 1);
    const w = t - lower;
    return (this.trainSigmas[lower] ?? 0) * (1 - w) + (this.trainSigmas[upper] ?? 0) * w;
  }

  get initNoiseSigma(): number {
    const max = this.sigmas[0] ?? 0;
    return this.config.timestep_spacing === 'linspace' || this.config.timestep_spacing === 'trailing' ? max : Math.sqrt(max * max + 1);
  }

  /** The σ table the steps walk down (ending at 0), for inspection and tests. */
  get sigmaTable(): number[] {
    return [...this.sigmas];
  }

  setTimesteps(steps: number, strength = 1): void {
    const all = spacedTimesteps(this.config, steps);
    // img2img starts part-way down: only the last `strength` share of the steps run.
    const start = Math.max(0, steps - Math.max(1, Math.round(steps * strength)));
    this.timesteps = all.slice(start);
    this.sigmas = [...this.timesteps.map((t) => this.sigmaAt(t)), 0];
  }

  scaleModelInput(latents: Float32Array, index: number): Float32Array {
    const sigma = this.sigmas[index] ?? 0;
    const scale = 1 / Math.sqrt(sigma * sigma + 1);
    const out = new Float32Array(latents.length);
    for (let i = 0; i < latents.length; i += 1) out[i] = (latents[i] ?? 0) * scale;
    return out;
  }

  step(modelOutput: Float32Array, index: number, latents: Float32Array, noise: () => Float32Array) {
    const sigma = this.sigmas[index] ?? 0;
    const next = this.sigmas[index + 1] ?? 0;
    const sigmaUp = Math.sqrt(Math.max(0, (next * next * (sigma * sigma - next * next)) / (sigma * sigma)));
    const sigmaDown = Math.sqrt(Math.max(0, next * next - sigmaUp * sigmaUp));
    const fresh = sigmaUp > 0 ? noise() : undefined;
    const vPrediction = this.config.prediction_type === 'v_prediction';
    // denoised = x − σ·ε (or its v-prediction form); x moves along (x − denoised)/σ down to σ_down.
    const vScale = -sigma / Math.sqrt(sigma * sigma + 1);
    const xScale = 1 / (sigma * sigma + 1);
    const ratio = (sigmaDown - sigma) / sigma;
    const denoised = new Float32Array(latents.length);
    const prevSample = new Float32Array(latents.length);
    for (let i = 0; i < latents.length; i += 1) {
      const x = latents[i] ?? 0;
      const out = modelOutput[i] ?? 0;
      const d = vPrediction ? out * vScale + x * xScale : x - sigma * out;
      denoised[i] = d;
      prevSample[i] = x + (x - d) * ratio + (fresh ? (fresh[i] ?? 0) * sigmaUp : 0);
    }
    return { prevSample, denoised };
  }

  addNoise(original: Float32Array, noise: Float32Array, index: number): Float32Array {
    const sigma = this.sigmas[index] ?? 0;
    const out = new Float32Array(original.length);
    for (let i = 0; i < original.length; i += 1) out[i] = (original[i] ?? 0) + (noise[i] ?? 0) * sigma;
    return out;
  }
}
