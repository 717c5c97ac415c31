import type { AppInfo } from '../../shared/ipc/app';

const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

export function formatAppInfo(info: AppInfo): string {
  const gpu = info.gpu;
  const gpuLine =
    gpu.llamaBackend === false
      ? 'none usable by llama.cpp (CPU inference)'
      : `${gpu.llamaBackend}: ${gpu.devices.join(', ') || 'unnamed device'} (${gib(gpu.vramFreeBytes)} free of ${gib(gpu.vramTotalBytes)})`;
  return [
    `AdStudio ${info.version}`,
    `Data folder:   ${info.dataDir}`,
    `Platform:      ${info.platform} ${info.arch}`,
    `CPU:           ${info.cpuModel} (${info.cpuCores} cores)`,
    `Memory:        ${gib(info.freeMemoryBytes)} free of ${gib(info.totalMemoryBytes)}`,
    `GPU:           ${gpuLine}`,
    `ONNX runtime:  ${gpu.onnxProviders.join(', ') || 'no providers'}`,
    ...(gpu.probeError ? [`Probe problem: ${gpu.probeError}`] : []),
  ].join('\n');
}
