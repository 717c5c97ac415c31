import type { Settings } from '../../../shared/ipc/settings';
import type { ModelRegistry } from '../models/registry';
import type { LlmModelChoice } from './llm-copywriter';

/** Enough for the shop profile, a few turns of chat and the copy JSON. */
const copyContextSize = 4096;

/** The active copy model from the registry, or undefined to use the template writer. */
export function findCopyModel(registry: ModelRegistry, settings: Settings): LlmModelChoice | undefined {
  const model = registry.active('llm');
  if (!model) return undefined;
  return {
    path: model.path,
    id: model.id,
    contextSize: copyContextSize,
    threads: settings.cpuThreads,
    gpu: settings.gpuEnabled,
    idleUnloadMs: settings.idleUnloadMinutes * 60_000,
  };
}
