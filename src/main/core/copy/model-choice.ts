import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Settings } from '../../../shared/ipc/settings';
import type { LlmModelChoice } from './llm-copywriter';

/** Where copy models live until the model catalog manages them: <dataDir>/models/llm/*.gguf. */
export const copyModelDir = (dataDir: string): string => join(dataDir, 'models', 'llm');

/** Enough for the shop profile, a few turns of chat and the copy JSON. */
const copyContextSize = 4096;

/** The most recently added GGUF in the copy model folder, or undefined to use the template writer. */
export function findCopyModel(dataDir: string, settings: Settings): LlmModelChoice | undefined {
  const dir = copyModelDir(dataDir);
  let newest: { path: string; mtime: number } | undefined;
  for (const name of (() => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  })()) {
    if (!name.toLowerCase().endsWith('.gguf')) continue;
    const path = join(dir, name);
    const mtime = statSync(path).mtimeMs;
    if (!newest || mtime > newest.mtime) newest = { path, mtime };
  }
  if (!newest) return undefined;
  return {
    path: newest.path,
    id: basename(newest.path),
    contextSize: copyContextSize,
    threads: settings.cpuThreads,
    gpu: settings.gpuEnabled,
    idleUnloadMs: settings.idleUnloadMinutes * 60_000,
  };
}
