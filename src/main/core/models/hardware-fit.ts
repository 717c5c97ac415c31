import { readFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import type { GpuSummary } from '../../../shared/ipc/app';
import type { Catalog, CatalogEntry, HardwareInfo, ModelFit, ModelRole } from '../../../shared/ipc/models';
import { modelRoles } from '../../../shared/ipc/models';
import { readMachine } from '../app/hardware';
import { totalBytes } from './catalog';
import { formatBytes } from '../../../shared/format-bytes';

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
  const verdict = (v: ModelFit['verdict'], reason: string): ModelFit => ({ modelId: entry.id, verdict: v, reason });
  if (entry.bundled) return verdict('fits', '앱에 들어 있어요.');
  if (totalBytes(entry) > machine.freeDiskBytes) return verdict('wont-fit', `디스크 공간이 부족해요 (${formatBytes(totalBytes(entry))} 필요, ${formatBytes(machine.freeDiskBytes)} 남음).`);
  const provider = acceleratorOf[platform()];
  const gpuUsable = entry.format === 'gguf' ? machine.gpu.llamaBackend !== false : !!provider && machine.gpu.onnxProviders.includes(provider) && (entry.providers ?? ['cpu']).includes(provider);
  if (gpuUsable && machine.gpu.vramFreeBytes >= entry.vramBytes) return verdict('fits', `그래픽 카드에서 돌아가요 (VRAM ${formatBytes(entry.vramBytes)}).`);
  if (entry.format === 'onnx-folder' && !(entry.providers ?? ['cpu']).includes('cpu')) return verdict('wont-fit', '이 컴퓨터의 그래픽 카드로는 실행할 수 없는 형식이에요.');
  if (machine.freeMemoryBytes >= entry.ramBytes * 1.25) return verdict('fits', `메모리에서 돌아가요 (${formatBytes(entry.ramBytes)} 필요).`);
  if (machine.totalMemoryBytes >= entry.ramBytes * 1.1) return verdict('tight', `메모리가 빠듯해요. 다른 프로그램을 닫으면 돌아가요 (${formatBytes(entry.ramBytes)} 필요).`);
  return verdict('wont-fit', `메모리가 부족해요 (${formatBytes(entry.ramBytes)} 필요, 전체 ${formatBytes(machine.totalMemoryBytes)}).`);
}

/** The largest commercially usable entry per role that fits: bigger models write and draw better. */
export function recommend(catalog: Catalog, fits: ModelFit[]): Record<ModelRole, string | null> {
  const fitting = new Set(fits.filter((f) => f.verdict === 'fits').map((f) => f.modelId));
  const best = (role: ModelRole) =>
    catalog.entries
      .filter((e) => e.role === role && e.commercialUse && fitting.has(e.id))
      .sort((a, b) => b.ramBytes - a.ramBytes)[0]?.id ?? null;
  return Object.fromEntries(modelRoles.map((role) => [role, best(role)])) as Record<ModelRole, string | null>;
}

export async function hardwareInfo(catalog: Catalog, dataDir: string, gpu: GpuSummary): Promise<HardwareInfo> {
  const machine = readMachine();
  const disk = await statfs(dataDir);
  const freeDiskBytes = disk.bavail * disk.bsize;
  const fits = catalog.entries.map((entry) => fitOf(entry, { ...machine, gpu, freeDiskBytes }));
  return { ...machine, cpuFeatures: cpuFeatures(), gpu, freeDiskBytes, fits, recommended: recommend(catalog, fits) };
}
