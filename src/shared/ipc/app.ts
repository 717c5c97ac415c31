import { z } from 'zod';
import { noInput } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

export const gpuSummarySchema = z.object({
  /** Backend llama.cpp picked for this machine: 'cuda' | 'vulkan' | 'metal', or false for CPU only. */
  llamaBackend: z.union([z.literal(false), z.string()]),
  /** GPU device names reported by llama.cpp; empty on a CPU-only machine. */
  devices: z.array(z.string()),
  /** Total and free VRAM in bytes, as llama.cpp sees it (0 without a GPU). */
  vramTotalBytes: z.number().nonnegative(),
  vramFreeBytes: z.number().nonnegative(),
  /** onnxruntime execution providers compiled into this build and usable without extra downloads. */
  onnxProviders: z.array(z.string()),
  /** Set when a probe failed; the rest of the summary is then partial. */
  probeError: z.string().optional(),
});
export type GpuSummary = z.infer<typeof gpuSummarySchema>;

/** Where the background start of the cut-out model and render workers stands (settings.warmStart). */
export const warmStates = ['idle', 'scheduled', 'warming', 'warm', 'off', 'failed'] as const;
export const warmStateSchema = z.enum(warmStates);
export type WarmState = z.infer<typeof warmStateSchema>;

/** What the app holds in memory now, in bytes. */
export const appMemorySchema = z.object({
  /** The app's own process, render workers included. */
  appBytes: z.number().nonnegative(),
  /** The inference process (cut-out and writing models); null while it is not running. */
  inferenceBytes: z.number().nonnegative().nullable(),
  warmStart: warmStateSchema,
});
export type AppMemory = z.infer<typeof appMemorySchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  /** Node's platform and arch, e.g. 'win32' / 'x64'. */
  platform: z.string(),
  arch: z.string(),
  /** Which front door serves this core. */
  host: z.enum(['electron', 'headless', 'cli']),
  cpuModel: z.string(),
  cpuCores: z.number().int().positive(),
  /** Bytes. */
  totalMemoryBytes: z.number().nonnegative(),
  freeMemoryBytes: z.number().nonnegative(),
  gpu: gpuSummarySchema,
  memory: appMemorySchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const healthCheckSchema = z.object({
  name: z.enum(['dataDir', 'settings', 'logs']),
  ok: z.boolean(),
  detail: z.string(),
});

/**
 * Whether the data folder can take writes. After a write fails for want of space the app keeps
 * running read-only: browsing, copying and exporting elsewhere work; making and saving do not.
 */
export const storageStateSchema = z.object({
  full: z.boolean(),
  /** Bytes free on the data folder's disk, and its size, when last measured. */
  freeBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
});
export type StorageState = z.infer<typeof storageStateSchema>;

export const healthSchema = z.object({
  ok: z.boolean(),
  /** Seconds since the core was created. */
  uptimeSeconds: z.number().nonnegative(),
  checks: z.array(healthCheckSchema),
  storage: storageStateSchema,
});
export type Health = z.infer<typeof healthSchema>;

export const appMethods = {
  /** Version, data folder and a real hardware summary. The hardware probe runs once and is cached. */
  'app.info': { input: noInput, output: appInfoSchema },
  /** Cheap liveness check: data folder writable, settings readable, logs writable. */
  'app.health': { input: noInput, output: healthSchema },
} satisfies MethodSpecs;

export const appEvents = {
  /** The data folder's disk filled up (the app is read-only now) or has room again. */
  'app.storage': { payload: storageStateSchema },
} satisfies EventSpecs;
