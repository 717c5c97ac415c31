import type { AppInfo, GpuSummary } from '../../../shared/ipc/app';
import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { SettingsStore } from '../settings/settings-store';
import { readMachine, probeGpu } from './hardware';
import { runHealthChecks } from './health';
import { appVersion } from './version';

export interface AppHandlerDeps {
  dataDir: string;
  logsDir: string;
  host: AppInfo['host'];
  settings: SettingsStore;
  startedAt: number;
}

export function createAppHandlers(deps: AppHandlerDeps) {
  // The GPU probe loads native runtimes: once per process is enough.
  let gpu: Promise<GpuSummary> | undefined;
  return {
    'app.info': async () => ({
      version: appVersion,
      dataDir: deps.dataDir,
      platform: process.platform,
      arch: process.arch,
      host: deps.host,
      ...readMachine(),
      gpu: await (gpu ??= probeGpu()),
    }),
    'app.health': () => runHealthChecks(deps.dataDir, deps.logsDir, deps.settings, deps.startedAt),
  } satisfies DomainHandlers<'app.info' | 'app.health'>;
}
