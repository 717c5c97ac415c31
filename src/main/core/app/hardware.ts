import { cpus, freemem, totalmem } from 'node:os';
import type { GpuSummary } from '../../../shared/ipc/app';

export interface MachineSummary {
  cpuModel: string;
  cpuCores: number;
  totalMemoryBytes: number;
  freeMemoryBytes: number;
}

export function readMachine(): MachineSummary {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cpuCores: Math.max(1, cores.length),
    totalMemoryBytes: totalmem(),
    freeMemoryBytes: freemem(),
  };
}

/**
 * The execution providers that can speed anything up here: onnxruntime lists what it was built
 * with (WebGPU everywhere), not what the computer has, so without a graphics device found only
 * the CPU is true ("no GPU" beside "cpu, webgpu" said two things).
 */
export function gpuBackedProviders(bundled: readonly string[], gpuDevices: readonly string[]): string[] {
  return bundled.filter((name) => name === 'cpu' || gpuDevices.length > 0);
}

/**
 * Asks the two runtimes what they can use here: llama.cpp's own GPU detection (prebuilt
 * binaries only, never a source build) and onnxruntime's bundled execution providers.
 * The runtimes are imported lazily so start-up does not pay for loading them.
 */
export async function probeGpu(): Promise<GpuSummary> {
  const summary: GpuSummary = { llamaBackend: false, devices: [], vramTotalBytes: 0, vramFreeBytes: 0, onnxProviders: [] };
  const problems: string[] = [];
  try {
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    const llama = await getLlama({ gpu: 'auto', build: 'never', progressLogs: false, logLevel: LlamaLogLevel.error });
    try {
      const vram = await llama.getVramState();
      summary.llamaBackend = llama.gpu;
      summary.devices = await llama.getGpuDeviceNames();
      summary.vramTotalBytes = vram.total;
      summary.vramFreeBytes = vram.free;
    } finally {
      // The probe must not keep a llama.cpp context alive in the process that asked.
      await llama.dispose();
    }
  } catch (error) {
    problems.push(`llama.cpp: ${String(error)}`);
  }
  try {
    const { listSupportedBackends } = await import('onnxruntime-node');
    summary.onnxProviders = gpuBackedProviders(
      listSupportedBackends()
        .filter((backend) => backend.bundled)
        .map((backend) => backend.name),
      summary.devices,
    );
  } catch (error) {
    problems.push(`onnxruntime: ${String(error)}`);
  }
  if (problems.length > 0) summary.probeError = problems.join('; ');
  return summary;
}
