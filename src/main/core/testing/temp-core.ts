import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../core';

/** A core over a fresh temporary data folder, removed by `dispose`. For tests and benches. */
export function createTempCore(options: Partial<CoreOptions> = {}): Core & { dispose(): Promise<void> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-test-'));
  const core = createCore({ dataDir, host: 'headless', ...options });
  return {
    ...core,
    dispose: async () => {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
