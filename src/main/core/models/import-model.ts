import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, rename, rm, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { InstalledModel, ModelRole } from '../../../shared/ipc/models';
import { savingError } from '../fs/write-errors';
import { checkGguf, checkOnnxFolder, type InspectOnnx } from './model-checks';
import { resolveInside, type ModelPaths } from './model-paths';
import type { ModelRegistry } from './registry';

export interface ImportDeps {
  paths: ModelPaths;
  registry: ModelRegistry;
  inspect: InspectOnnx;
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\.gguf$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || 'model';

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Copies into the hidden staging folder first, so an interrupted copy is never a model. */
async function copyIn(deps: ImportDeps, source: string, id: string, role: ModelRole, isFile: boolean, sizeBytes: number): Promise<string> {
  await mkdir(deps.paths.downloads, { recursive: true });
  const fs = await statfs(deps.paths.downloads);
  if (fs.bavail * fs.bsize < sizeBytes) throw new AppError('DISK_FULL', `Need ${sizeBytes} bytes to import ${source}`);
  const staging = deps.paths.staging(`import-${id}`);
  const target = deps.paths.installDir(role, id);
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(source, isFile ? resolveInside(staging, basename(source)) : staging, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await mkdir(dirname(target), { recursive: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw savingError(error, target);
  }
  return isFile ? resolveInside(target, basename(source)) : target;
}

/**
 * Sideloading: a .gguf file (a copy model) or an ONNX folder (a diffusion model), from disk or a
 * USB stick. It is checked before anything is registered; then copied into the data folder, or
 * linked where it lies, as the settings say.
 */
export async function importModel(deps: ImportDeps, path: string, mode: 'copy' | 'link', requestedRole?: ModelRole): Promise<InstalledModel> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new AppError('FILE_NOT_FOUND', `No file or folder at ${path}`);
  const isFile = info.isFile();
  if (isFile && !path.toLowerCase().endsWith('.gguf')) throw new AppError('MODEL_INVALID', `${path} is not a .gguf file`, 'GGUF 파일(.gguf)이나 ONNX 모델 폴더를 골라 주세요.');
  const role: ModelRole = isFile ? 'llm' : 'diffusion';
  if (requestedRole && requestedRole !== role) throw new AppError('MODEL_INVALID', `${path} is a ${role} model, not ${requestedRole}`, isFile ? 'GGUF 파일은 문구용 언어 모델로만 쓸 수 있어요.' : 'ONNX 폴더는 이미지 모델로만 쓸 수 있어요.');

  let name = basename(path);
  if (isFile) name = (await checkGguf(path)).name || name.replace(/\.gguf$/i, '');
  else await checkOnnxFolder(path, deps.inspect);

  const sizeBytes = isFile ? info.size : await folderSize(path);
  const id = `${slug(basename(path))}-${createHash('sha256').update(`${basename(path)}:${sizeBytes}`).digest('hex').slice(0, 8)}`;
  const installedPath = mode === 'link' ? path : await copyIn(deps, path, id, role, isFile, sizeBytes);
  return deps.registry.add({ id, role, name, format: isFile ? 'gguf' : 'onnx-folder', path: installedPath, sizeBytes, source: 'import', linked: mode === 'link', installedAt: Date.now() });
}
