import { readFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import type { GpuSummary } from '../../../shared/ipc/app';
import type { Catalog, CatalogEntry, HardwareInfo, ModelFit, ModelRole } from '../../../shared/ipc/models';
import { modelRoles } from '../../../shared/ipc/models';
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

/** Per role, the catalog's preferred commercially usable entry that fits (see `preference`), else the largest. */
export function recommend(catalog: Catalog, fits: ModelFit[]): Record<ModelRole, string | null> {
  const fitting = new Set(fits.filter((f) => f.verdict === 'fits').map((f) => f.modelId));
  const best = (role: ModelRole) =>
    catalog.entries
      .filter((e) => e.role === role && e.commercialUse && fitting.has(e.id))
      .sort((a, b) => (a.preference ?? Infinity) - (b.preference ?? Infinity) || b.ramBytes - a.ramBytes)[0]?.id ?? null;
  return Object.fromEntries(modelRoles.map((role) => [role, best(role)])) as Record<ModelRole, string | null>;
}

export async function hardwareInfo(catalog: Catalog, dataDir: string, gpu: GpuSummary): Promise<HardwareInfo> {
  const machine = readMachine();
  const disk = await statfs(dataDir);
  const freeDiskBytes = disk.bavail * disk.bsize;
  const fits = catalog.entries.map((entry) => fitOf(entry, { ...machine, gpu, freeDiskBytes }));
  return { ...machine, cpuFeatures: cpuFeatures(), gpu, freeDiskBytes, fits, recommended: recommend(catalog, fits) };
}
