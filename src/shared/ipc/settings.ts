import { z } from 'zod';
import type { EventSpecs, MethodSpecs } from './spec';
import { noInput } from './common';

export const settingsSchema = z.object({
  language: z.enum(['ko', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Minutes a loaded model may sit unused before it is unloaded; 0 keeps it loaded. */
  idleUnloadMinutes: z.number().int().min(0).max(240),
  /** CPU threads for inference; 0 lets the runtime choose. */
  cpuThreads: z.number().int().min(0).max(256),
  /** Off forces CPU inference even when a GPU is present. */
  gpuEnabled: z.boolean(),
  /** An imported model is copied into the data folder, or used where it lies (a USB stick must stay plugged in). */
  modelImport: z.enum(['copy', 'link']),
  /** AI backgrounds: best pictures, a balance, or the quickest (fewer steps, smaller size). */
  diffusionPerformance: z.enum(['quality', 'balanced', 'fast']),
  /**
   * Once the window is up and idle, start the cut-out model and the drawing workers in the
   * background so the first ad comes in seconds; they then hold about 1.6 GB. Off on computers
   * short of memory: the first ad waits for them instead.
   */
  warmStart: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: 'ko',
  theme: 'system',
  idleUnloadMinutes: 10,
  cpuThreads: 0,
  gpuEnabled: true,
  modelImport: 'copy',
  diffusionPerformance: 'balanced',
  warmStart: true,
};

/** A partial update; keys not named keep their value. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsMethods = {
  'settings.get': { input: noInput, output: settingsSchema },
  /** Validates the whole patch before writing anything; returns the settings now in force. */
  'settings.set': { input: settingsPatchSchema, output: settingsSchema },
} satisfies MethodSpecs;

export const settingsEvents = {
  /** Sent after every successful settings.set, to every window and socket. */
  'settings.changed': { payload: settingsSchema },
} satisfies EventSpecs;
