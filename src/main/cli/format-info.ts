import type { AppInfo } from '../../shared/ipc/app';
import { formatBytes } from '../../shared/format-bytes';


export function formatAppInfo(info: AppInfo): string {
  const gpu = info.gpu;
  const gpuLine =
    gpu.llamaBackend === false
      ? 'none usable by llama.cpp (CPU inference)'
      : `${gpu.llamaBackend}: ${gpu.devices.join(', ') || 'unnamed device'} (${formatBytes(gpu.vramFreeBytes)} free of ${formatBytes(gpu.vramTotalBytes)})`;
  return [
    `AdStudio ${info.version}`,
    `Data folder:   ${info.dataDir}`,
    `Platform:      ${info.platform} ${info.arch}`,
    `CPU:           ${info.cpuModel} (${info.cpuCores} cores)`,
    `Memory:        ${formatBytes(info.freeMemoryBytes)} free of ${formatBytes(info.totalMemoryBytes)}`,
    `GPU:           ${gpuLine}`,
    `ONNX runtime:  ${gpu.onnxProviders.join(', ') || 'no providers'}`,
    ...(gpu.probeError ? [`Probe problem: ${gpu.probeError}`] : []),
  ].join('\n');
}
