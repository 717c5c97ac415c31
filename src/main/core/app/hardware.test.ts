import { describe, expect, it } from 'vitest';
import { gpuBackedProviders, probeGpu } from './hardware';

describe('the accelerators the app reports', () => {
  it('are the CPU alone when no graphics device is found, whatever onnxruntime was built with', () => {
    expect(gpuBackedProviders(['cpu', 'webgpu'], [])).toEqual(['cpu']);
    expect(gpuBackedProviders(['cpu', 'webgpu', 'dml'], ['Intel(R) UHD Graphics'])).toEqual(['cpu', 'webgpu', 'dml']);
  });

  it('agree with the devices found on this machine', { timeout: 60_000 }, async () => {
    const gpu = await probeGpu();
    expect(gpu.onnxProviders).toContain('cpu');
    if (gpu.devices.length === 0) expect(gpu.onnxProviders).toEqual(['cpu']);
  });
});
