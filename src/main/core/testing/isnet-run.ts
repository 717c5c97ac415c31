import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { forkLauncher, inferenceEntry } from '../../inference/child-launcher';
import { InferenceHost } from '../../inference/inference-host';
import type { SegmentRun } from '../image/cutout/segment-image';
import { createFileLogger } from '../log/logger';
import { testModelDir } from './temp-core';

/**
 * The real ISNet cut-out for a test file: one inference host (its logs in a temp folder), closed
 * and cleaned after the file's tests.
 */
export function isnetRun(): SegmentRun {
  const logs = mkdtempSync(join(tmpdir(), 'adstudio-isnet-'));
  const host = new InferenceHost(forkLauncher, inferenceEntry().path, createFileLogger(logs));
  afterAll(() => {
    host.close();
    rmSync(logs, { recursive: true, force: true });
  });
  return (rgb, crop) => host.request({ op: 'segment.run', model: 'isnet-medium', modelDir: testModelDir, rgb, crop });
}
