import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../core';

/**
 * Where tests keep the app's built-in models as ready files: one folder for every test and run,
 * so ISNet is assembled once per machine (its hash is checked at every open, so a stale or
 * damaged copy is made again).
 */
export const testModelDir = join(tmpdir(), 'adstudio-test-models');

/** A core over a fresh temporary data folder, removed by `dispose`. For tests and benches. */
export function createTempCore(options: Partial<CoreOptions> = {}): Core & { dispose(): Promise<void> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-test-'));
  const core = createCore({ dataDir, host: 'headless', builtinModelsDir: testModelDir, ...options });
  return {
    ...core,
    dispose: async () => {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
