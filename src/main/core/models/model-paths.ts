import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { CatalogEntry, ModelRole } from '../../../shared/ipc/models';
import { isInsideFolder } from '../fs/inside-folder';

/**
 * The one place a model path is built: `relativePath` under `root`, refused unless the result
 * stays inside root. The schemas already refuse '..' and absolute paths; this catches whatever
 * slips past them (a catalog built in code, a new caller), so no model file is ever written or
 * deleted outside models/.
 */
export function resolveInside(root: string, relativePath: string): string {
  const target = resolve(root, relativePath);
  if (!isInsideFolder(root, target)) {
    throw new AppError('MODEL_INVALID', `Model path ${JSON.stringify(relativePath)} leaves ${root}`, '모델 목록에 잘못된 파일 경로가 있어 멈췄어요. 모델 목록을 최신으로 업데이트해 주세요.');
  }
  return target;
}

/**
 * <dataDir>/models/: one folder per role with one folder per installed model, installed.json
 * (what is installed and active), .downloads/ where unfinished downloads wait — never
 * loaded, never listed as installed — and builtin/ for the models the app ships.
 */
export function modelPaths(dataDir: string) {
  const root = join(dataDir, 'models');
  const downloads = join(root, '.downloads');
  return {
    root,
    registry: join(root, 'installed.json'),
    downloads,
    /** Models that ship inside the app, kept here as one ready file each (the cut-out's ISNet). */
    builtin: join(root, 'builtin'),
    /** What a hub said each catalog model's files hash to, at the commit downloaded (for imports of the same model). */
    hubAnswers: join(root, '.hub'),
    pinned: (id: string) => resolveInside(join(root, '.hub'), `${id}.json`),
    staging: (id: string) => resolveInside(downloads, id),
    installDir: (role: ModelRole, id: string) => resolveInside(root, join(role, id)),
  };
}
export type ModelPaths = ReturnType<typeof modelPaths>;

/** What the registry points at: the file of a one-file model, the folder of a multi-file one. */
export function mainPathOf(entry: Pick<CatalogEntry, 'format' | 'files'>, folder: string): string {
  const [first] = entry.files;
  return entry.format !== 'onnx-folder' && first ? resolveInside(folder, first.path) : folder;
}
