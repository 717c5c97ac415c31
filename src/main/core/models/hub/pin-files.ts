import { AppError } from '../../../../shared/errors';
import { sha256Hex, type CatalogEntry } from '../../../../shared/ipc/models';
import type { HubTreeEntry, PinnedFile, PinnedModel } from '../../../../shared/model-hub';

/** Weight files are too big for git: a hub keeps them in LFS, so one without an LFS object is not the file the catalog means. */
const weightFile = /\.(onnx|onnx_data|gguf|safetensors|bin|pb|pt|pth|ckpt)$/i;
/** The hub keeps larger files in LFS; a plain git file beyond this is not what it seems. */
const gitFileLimitBytes = 10 * 1024 * 1024;

/** A rounded figure's slack: half again either way, and a mebibyte for the small files. */
const slackBytes = 1024 * 1024;

/** Whether a file's size is the one the catalog means: exact, or within a rounded figure's slack (so a 3 GB weight is never a 30 kB one). */
export const sizeAgrees = (file: CatalogEntry['files'][number], size: number): boolean =>
  file.sizeApproximate ? size > 0 && size <= file.sizeBytes * 1.5 + slackBytes && size >= file.sizeBytes / 1.5 - slackBytes : size === file.sizeBytes;

const refuse = (entry: CatalogEntry, commit: string, why: string): AppError =>
  new AppError('MODEL_INVALID', `${entry.id} at ${commit}: ${why}`, '모델 제공처의 파일 정보가 목록과 맞지 않아 받지 않았어요. 모델 목록을 최신으로 업데이트해 주세요.');

function pinOne(entry: CatalogEntry, commit: string, file: CatalogEntry['files'][number], found: HubTreeEntry | undefined): PinnedFile {
  if (!found || found.type !== 'file') throw refuse(entry, commit, `${file.path} is not a file of the repository`);
  if (found.lfs) {
    if (!sha256Hex.safeParse(found.lfs.oid).success) throw refuse(entry, commit, `${file.path}: the LFS object id ${JSON.stringify(found.lfs.oid)} is no SHA-256`);
    if (!sizeAgrees(file, found.lfs.size)) throw refuse(entry, commit, `${file.path} is ${found.lfs.size} bytes, the catalog says ${file.sizeBytes}`);
    if (file.sha256 && file.sha256 !== found.lfs.oid) throw refuse(entry, commit, `${file.path}: the catalog's SHA-256 ${file.sha256} and the hub's ${found.lfs.oid} differ`);
    return { path: file.path, sizeBytes: found.lfs.size, sha256: found.lfs.oid };
  }
  if (weightFile.test(file.path) || found.size > gitFileLimitBytes) throw refuse(entry, commit, `${file.path} has no LFS object (size ${found.size})`);
  if (!sizeAgrees(file, found.size)) throw refuse(entry, commit, `${file.path} is ${found.size} bytes, the catalog says ${file.sizeBytes}`);
  if (!/^[0-9a-f]{40}$/.test(found.oid)) throw refuse(entry, commit, `${file.path}: the git object id ${JSON.stringify(found.oid)} is no SHA-1`);
  return { path: file.path, sizeBytes: found.size, gitOid: found.oid, ...(file.sha256 ? { sha256: file.sha256 } : {}) };
}

/**
 * What each of the entry's files must hash to, from the hub's tree at the commit: the LFS
 * object's SHA-256 for a weight file, the git blob id for a small text file. A file the tree
 * lacks, a weight file without an LFS object, a size or a catalog hash that disagrees: refused.
 * Files of the repository the catalog does not name (READMEs, other precisions) are never fetched.
 */
export function pinFiles(entry: CatalogEntry, commit: string, tree: HubTreeEntry[]): PinnedModel {
  if (!entry.hub) throw refuse(entry, commit, 'no hub repository');
  const byPath = new Map(tree.map((item) => [item.path, item]));
  return { modelId: entry.id, repo: entry.hub.repo, commit, files: entry.files.map((file) => pinOne(entry, commit, file, byPath.get(file.path))) };
}
