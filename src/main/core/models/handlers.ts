import { AppError } from '../../../shared/errors';
import { formatBytes } from '../../../shared/format-bytes';
import type { GpuSummary } from '../../../shared/ipc/app';
import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { Catalog, DownloadSpeed } from '../../../shared/ipc/models';
import type { Settings } from '../../../shared/ipc/settings';
import { ownerPath } from '../fs/owner-path';
import type { DownloadManager } from './download-manager';
import { hardwareInfo } from './hardware-fit';
import { importModel, type ImportDeps } from './import-model';
import { removeModel } from './remove-model';

export interface ModelsHandlerDeps extends ImportDeps {
  dataDir: string;
  catalog: Catalog;
  downloads: DownloadManager;
  settings: () => Promise<Settings>;
  gpu: () => Promise<GpuSummary>;
  /** A copy model being removed leaves the inference host's memory first. */
  unloadLlm: (modelPath: string) => Promise<void>;
  /** How fast a model's files would come now. */
  speed: (modelId: string) => Promise<DownloadSpeed>;
}

export function createModelsHandlers(deps: ModelsHandlerDeps) {
  const { registry, downloads } = deps;
  return {
    'models.catalog': async () => deps.catalog,
    'models.installed': async () => ({ items: registry.list() }),
    'models.downloads': async () => ({ items: await downloads.list() }),
    'models.download': ({ id }) => downloads.download(id),
    'models.pause': ({ id }) => downloads.pause(id),
    'models.resume': ({ id }) => downloads.resume(id),
    'models.cancel': ({ id }) => downloads.cancel(id),
    'models.import': async ({ path, role }) => importModel(deps, ownerPath(path), (await deps.settings()).modelImport, role),
    'models.remove': async ({ id }) => {
      const model = registry.find(id);
      if (model?.role === 'llm') await deps.unloadLlm(model.path);
      return removeModel(deps, id);
    },
    'models.setActive': async ({ role, id }) => ({ items: await registry.setActive(role, id) }),
    'hardware.info': async () => hardwareInfo(deps.catalog, deps.dataDir, await deps.gpu()),
    'models.speed': ({ id }) => deps.speed(id),
    'models.downloadBundle': async ({ feature }) => {
      const plan = (await hardwareInfo(deps.catalog, deps.dataDir, await deps.gpu())).bundles.find((b) => b.feature === feature);
      if (!plan) throw new AppError('NOT_FOUND', `No models for ${feature} in the catalog`, '이 기능에 쓸 모델이 목록에 없어요. 모델 목록을 최신으로 업데이트해 주세요.');
      if (plan.verdict === 'wont-fit') {
        const { code, params } = plan.reason;
        if (code === 'disk-short') throw new AppError('DISK_FULL', `${plan.modelIds.join(', ')} need ${params.need} bytes, ${params.have} free`, `저장 공간이 부족해요. 이 기능의 모델에는 ${formatBytes(params.need ?? 0)}가 필요한데 ${formatBytes(params.have ?? 0)}만 남아 있어요.`);
        throw new AppError('INSUFFICIENT_MEMORY', `${plan.modelIds.join(', ')} do not fit this computer (${code})`, '이 컴퓨터에서는 이 기능의 모델이 돌아가지 않아요. 내장 배경을 계속 쓸 수 있어요.');
      }
      return { items: await downloads.downloadAll(plan.modelIds) };
    },
  } satisfies DomainHandlers<
    | 'models.catalog'
    | 'models.installed'
    | 'models.downloads'
    | 'models.download'
    | 'models.pause'
    | 'models.resume'
    | 'models.cancel'
    | 'models.import'
    | 'models.remove'
    | 'models.setActive'
    | 'hardware.info'
    | 'models.speed'
    | 'models.downloadBundle'
  >;
}
