import type { AppInfo, AppMemory, GpuSummary, StorageState } from '../../../shared/ipc/app';
import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { SettingsStore } from '../settings/settings-store';
import { readMachine } from './hardware';
import { runHealthChecks } from './health';
import { appVersion } from './version';

export interface AppHandlerDeps {
  dataDir: string;
  logsDir: string;
  host: AppInfo['host'];
  settings: SettingsStore;
  startedAt: number;
  /** The GPU probe loads native runtimes: the core runs it once and shares the answer. */
  gpu: () => Promise<GpuSummary>;
  /** Whether the data folder takes writes now (read-only after a full disk). */
  storage: () => StorageState;
  /** Measured at each call: the info page shows what warm start costs. */
  memory: () => Promise<AppMemory>;
}

export function createAppHandlers(deps: AppHandlerDeps) {
  return {
    'app.info': async () => ({
      version: appVersion,
      dataDir: deps.dataDir,
      platform: process.platform,
      arch: process.arch,
      host: deps.host,
      ...readMachine(),
      gpu: await deps.gpu(),
      memory: await deps.memory(),
    }),
    'app.health': async () => ({ ...(await runHealthChecks(deps.dataDir, deps.logsDir, deps.settings, deps.startedAt)), storage: deps.storage() }),
  } satisfies DomainHandlers<'app.info' | 'app.health'>;
}
