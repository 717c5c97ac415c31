import { describe, expect, it } from 'vitest';
import { createScheduler } from './create-scheduler';
import { EulerAncestralScheduler } from './euler-ancestral';
import { LcmScheduler } from './lcm';
import { schedulerConfigSchema } from './scheduler';

const sd = (overrides: Record<string, unknown>) => schedulerConfigSchema.parse(overrides);

describe('schedulers', () => {
  it('Euler: the SD σ table for 20 linspace steps matches a published precomputed schedule', () => {
    // SD 1.5 "EulerA sigma / timestep schedules" precomputed in an ORT-Web SD 1.5 adapter
    // (search index file 53147576884, "beta schedule: linspace(sqrt(0.00085), sqrt(0.012), 1000)^2").
    const published = [14.614641, 10.746721, 8.081491, 6.2049076, 4.8556332, 3.8653735, 3.1237518, 2.5571647, 2.1156539, 1.7648208, 1.4805796, 1.2458125, 1.048142, 0.87842847, 0.72971897, 0.59643457, 0.47358605, 0.35554688, 0.23217032, 0.029167158, 0];
    const euler = new EulerAncestralScheduler(sd({ timestep_spacing: 'linspace' }));
    euler.setTimesteps(20);
    expect(euler.timesteps[1]).toBeCloseTo(946.421, 2);
    // The reference computed in float32; we compute in float64: they agree to 3 decimals.
    euler.sigmaTable.forEach((sigma, i) => expect(sigma).toBeCloseTo(published[i] ?? Number.NaN, 3));
    expect(euler.initNoiseSigma).toBeCloseTo(14.614641, 4);
  });

  it('Euler, SD-Turbo configuration (trailing spacing): one step at t = 999 from σ_max, four at 999/749/499/249', () => {
    const turbo = createScheduler({ _class_name: 'EulerDiscreteScheduler', timestep_spacing: 'trailing' }) as EulerAncestralScheduler;
    turbo.setTimesteps(1);
    expect(turbo.timesteps).toEqual([999]);
    expect(turbo.sigmaTable[0]).toBeCloseTo(14.614641, 4);
    turbo.setTimesteps(4);
    expect(turbo.timesteps).toEqual([999, 749, 499, 249]);
  });

  it('LCM: timesteps match the published tables for 1, 2 and 33 steps and for strength 0.9', () => {
    // LCMSchedulerTests.swift by Guillermo Cique Fernández (search index file 14718732762),
    // which mirrors diffusers' LCMScheduler with original_inference_steps = 50.
    const lcm = new LcmScheduler(sd({ _class_name: 'LCMScheduler' }));
    lcm.setTimesteps(1);
    expect(lcm.timesteps).toEqual([999]);
    lcm.setTimesteps(1, 0.9);
    expect(lcm.timesteps).toEqual([899]);
    lcm.setTimesteps(2);
    expect(lcm.timesteps).toEqual([999, 499]);
    lcm.setTimesteps(33);
    expect(lcm.timesteps).toEqual([999, 979, 939, 919, 879, 859, 819, 799, 759, 739, 699, 679, 639, 619, 579, 559, 519, 499, 459, 439, 399, 379, 339, 319, 279, 259, 219, 199, 159, 139, 99, 79, 39]);
    lcm.setTimesteps(4);
    expect(lcm.timesteps).toEqual([999, 759, 499, 259]);
  });

  it('a perfect noise prediction takes a noised latent back to the clean one', () => {
    const clean = Float32Array.from({ length: 16 }, (_, i) => Math.sin(i));
    const noise = Float32Array.from({ length: 16 }, (_, i) => Math.cos(i * 3));
    for (const scheduler of [new EulerAncestralScheduler(sd({ timestep_spacing: 'trailing' })), new LcmScheduler(sd({ _class_name: 'LCMScheduler' }))]) {
      scheduler.setTimesteps(1);
      const noisy = scheduler.addNoise(clean, noise, 0);
      const { denoised } = scheduler.step(noise, 0, noisy, () => new Float32Array(16));
      // LCM's boundary condition keeps a trace of the input at t = 999 (c_skip ≈ 2.5e-8).
      denoised.forEach((v, i) => expect(v).toBeCloseTo(clean[i] ?? 0, 4));
    }
  });
});
