import { z } from 'zod';

/** diffusers' scheduler_config.json, the fields our schedulers read. */
export const schedulerConfigSchema = z
  .object({
    _class_name: z.string().default('EulerAncestralDiscreteScheduler'),
    num_train_timesteps: z.number().int().default(1000),
    beta_start: z.number().default(0.00085),
    beta_end: z.number().default(0.012),
    beta_schedule: z.enum(['scaled_linear', 'linear']).default('scaled_linear'),
    prediction_type: z.enum(['epsilon', 'v_prediction']).default('epsilon'),
    timestep_spacing: z.enum(['linspace', 'leading', 'trailing']).default('leading'),
    steps_offset: z.number().int().default(1),
    original_inference_steps: z.number().int().default(50),
    timestep_scaling: z.number().default(10),
  })
  .loose();
export type SchedulerConfig = z.infer<typeof schedulerConfigSchema>;

/**
 * What every sampler offers the pipelines: a timestep table, the scaling of the model input,
 * one denoising step, and noising a clean latent to a timestep (img2img, held regions).
 */
export interface Scheduler {
  readonly timesteps: number[];
  /** Multiplies the first latents (pure noise). */
  readonly initNoiseSigma: number;
  setTimesteps(steps: number, strength?: number): void;
  scaleModelInput(latents: Float32Array, index: number): Float32Array;
  /** One step from timesteps[index]; `noise` draws fresh noise where the sampler adds it. */
  step(modelOutput: Float32Array, index: number, latents: Float32Array, noise: () => Float32Array): { prevSample: Float32Array; denoised: Float32Array };
  /** The clean latent as it looks at timesteps[index] with this noise. */
  addNoise(original: Float32Array, noise: Float32Array, index: number): Float32Array;
}

/** ᾱ per training step, from the beta schedule ("scaled_linear": betas linear in their square root). */
export function alphasCumprod(config: SchedulerConfig): Float64Array {
  const n = config.num_train_timesteps;
  const out = new Float64Array(n);
  let product = 1;
  for (let i = 0; i < n; i += 1) {
    const f = n === 1 ? 0 : i / (n - 1);
    const beta =
      config.beta_schedule === 'scaled_linear' ? (Math.sqrt(config.beta_start) + f * (Math.sqrt(config.beta_end) - Math.sqrt(config.beta_start))) ** 2 : config.beta_start + f * (config.beta_end - config.beta_start);
    product *= 1 - beta;
    out[i] = product;
  }
  return out;
}
