import { readFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import type { GpuSummary } from '../../../shared/ipc/app';
import type { BundlePlan, Catalog, CatalogEntry, HardwareInfo, ModelFit, ModelRole, RecommendReason } from '../../../shared/ipc/models';
import { featureBundles, fitVerdicts, modelRoles } from '../../../shared/ipc/models';
import { readMachine } from '../app/hardware';
import { totalBytes } from './catalog';

const simdFlags = ['sse4_2', 'avx', 'avx2', 'fma', 'f16c', 'avx512f', 'avx512_vnni', 'amx_tile'];

/** The SIMD features llama.cpp and onnxruntime pick kernels by, where the system tells them. */
function cpuFeatures(): string[] {
  if (arch() === 'arm64') return ['neon'];
  if (platform() !== 'linux') return [];
  try {
    const flags = new Set(/^flags\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.split(/\s+/) ?? []);
    return simdFlags.filter((flag) => flags.has(flag));
  } catch {
    return [];
  }
}

type Provider = NonNullable<CatalogEntry['providers']>[number];
const acceleratorOf: Partial<Record<NodeJS.Platform, Provider>> = { darwin: 'coreml', win32: 'dml', linux: 'cuda' };

export interface Machine {
  totalMemoryBytes: number;
  freeMemoryBytes: number;
  gpu: GpuSummary;
  freeDiskBytes: number;
}

/**
 * Fits / tight / won't fit for one entry: on the GPU when it has the VRAM (and, for ONNX, the
 * platform's provider), else in RAM — comfortably with a quarter to spare, tight when only the
 * total would hold it; never when the disk cannot take the files.
 */
export function fitOf(entry: CatalogEntry, machine: Machine): ModelFit {
  const verdict = (v: ModelFit['verdict'], code: ModelFit['reason']['code'], params: ModelFit['reason']['params'] = {}): ModelFit => ({ modelId: entry.id, verdict: v, reason: { code, params } });
  if (entry.bundled) return verdict('fits', 'bundled');
  if (totalBytes(entry) > machine.freeDiskBytes) return verdict('wont-fit', 'disk-short', { need: totalBytes(entry), have: machine.freeDiskBytes });
  const provider = acceleratorOf[platform()];
  const gpuUsable = entry.format === 'gguf' ? machine.gpu.llamaBackend !== false : !!provider && machine.gpu.onnxProviders.includes(provider) && (entry.providers ?? ['cpu']).includes(provider);
  if (gpuUsable && machine.gpu.vramFreeBytes >= entry.vramBytes) return verdict('fits', 'gpu', { need: entry.vramBytes });
  if (entry.format === 'onnx-folder' && !(entry.providers ?? ['cpu']).includes('cpu')) return verdict('wont-fit', 'gpu-only-format');
  if (machine.freeMemoryBytes >= entry.ramBytes * 1.25) return verdict('fits', 'memory', { need: entry.ramBytes });
  if (machine.totalMemoryBytes >= entry.ramBytes * 1.1) return verdict('tight', 'memory-tight', { need: entry.ramBytes });
  return verdict('wont-fit', 'memory-short', { need: entry.ramBytes, have: machine.totalMemoryBytes });
}

const perRole = <T>(value: (role: ModelRole) => T): Record<ModelRole, T> => Object.fromEntries(modelRoles.map((role) => [role, value(role)])) as Record<ModelRole, T>;
const byPreference = (a: CatalogEntry, b: CatalogEntry): number => (a.preference ?? Infinity) - (b.preference ?? Infinity) || b.ramBytes - a.ramBytes;

/**
 * The one recommendation rule, for every role (the window and `adstudio models list` both show
 * it): a licence that allows a shop's ads, a fit with room to spare (or on the GPU), then the
 * catalog's order for the role — for copy models, Korean quality first — and else the largest.
 */
export function recommend(catalog: Catalog, fits: ModelFit[]): Record<ModelRole, string | null> {
  const fitting = new Set(fits.filter((f) => f.verdict === 'fits').map((f) => f.modelId));
  return perRole((role) => catalog.entries.filter((e) => e.role === role && e.commercialUse && fitting.has(e.id)).sort(byPreference)[0]?.id ?? null);
}

/** Why each recommended model is the one, as codes the window words. */
export function recommendationReasons(catalog: Catalog, fits: ModelFit[], recommended: Record<ModelRole, string | null>): Record<ModelRole, RecommendReason[]> {
  return perRole((role) => {
    const entry = catalog.entries.find((e) => e.id === recommended[role]);
    const fit = fits.find((f) => f.modelId === entry?.id);
    if (!entry || !fit) return [];
    const first = catalog.entries.filter((e) => e.role === role).sort(byPreference)[0];
    return [
      'commercial' as const,
      ...(first?.id === entry.id && entry.preference !== undefined ? ['preferred' as const] : []),
      ...(fit.reason.code === 'gpu' ? ['gpu' as const] : fit.reason.code === 'memory' ? ['headroom' as const] : []),
    ];
  });
}

/**
 * Billions of floating-point operations a second that onnxruntime sustains on a diffusion UNet,
 * roughly: per CPU core by its widest vector unit, and for a GPU through DirectML or CoreML. Only
 * good for "about N seconds"; the app's own runs report the real time.
 */
const gflopsPerCore = (features: string[]): number => (features.includes('avx512f') ? 60 : features.includes('avx2') ? 30 : features.includes('neon') ? 25 : 10);
const gpuGflops = 4_000;

export function secondsPerPicture(entry: CatalogEntry, fit: ModelFit | undefined, cpuCores: number, features: string[]): number | null {
  if (!entry.gflopsPerPicture) return null;
  const speed = fit?.reason.code === 'gpu' ? gpuGflops : gflopsPerCore(features) * cpuCores;
  return Math.max(1, Math.round(entry.gflopsPerPicture / speed));
}

/** A feature's models (the recommended one per role, else the catalog's first), what they weigh, and how they fit. */
export function bundlePlans(catalog: Catalog, fits: ModelFit[], recommended: Record<ModelRole, string | null>, cpuCores: number, features: string[]): BundlePlan[] {
  return Object.entries(featureBundles).flatMap(([feature, roles]) => {
    const entries = roles.map((role) => catalog.entries.find((e) => e.id === recommended[role]) ?? catalog.entries.filter((e) => e.role === role && e.commercialUse).sort(byPreference)[0]);
    if (entries.some((entry) => !entry)) return [];
    const chosen = entries.filter((entry): entry is CatalogEntry => entry !== undefined);
    const fitOfEntry = (entry: CatalogEntry) => fits.find((f) => f.modelId === entry.id);
    const worstFit = chosen.map(fitOfEntry).reduce<ModelFit | undefined>((worst, fit) => (!worst || fitVerdicts.indexOf(fit?.verdict ?? 'wont-fit') > fitVerdicts.indexOf(worst.verdict) ? fit : worst), undefined);
    const painter = chosen.find((entry) => entry.role === 'diffusion');
    return [
      {
        feature: feature as BundlePlan['feature'],
        modelIds: chosen.map((entry) => entry.id),
        totalBytes: chosen.reduce((sum, entry) => sum + totalBytes(entry), 0),
        verdict: worstFit?.verdict ?? 'wont-fit',
        reason: worstFit?.reason ?? { code: 'memory-short', params: {} },
        secondsPerPicture: painter ? secondsPerPicture(painter, fitOfEntry(painter), cpuCores, features) : null,
      },
    ];
  });
}

export async function hardwareInfo(catalog: Catalog, dataDir: string, gpu: GpuSummary): Promise<HardwareInfo> {
  const machine = readMachine();
  const disk = await statfs(dataDir);
  const freeDiskBytes = disk.bavail * disk.bsize;
  const fits = catalog.entries.map((entry) => fitOf(entry, { ...machine, gpu, freeDiskBytes }));
  const recommended = recommend(catalog, fits);
  const features = cpuFeatures();
  return {
    ...machine,
    cpuFeatures: features,
    gpu,
    freeDiskBytes,
    fits,
    recommended,
    recommendedWhy: recommendationReasons(catalog, fits, recommended),
    bundles: bundlePlans(catalog, fits, recommended, machine.cpuCores, features),
  };
}
