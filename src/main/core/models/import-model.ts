import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { isCommitSha, type Catalog, type CatalogEntry, type InstalledModel, type ModelRole } from '../../../shared/ipc/models';
import { pinnedModelSchema, type PinnedFile, type PinnedModel } from '../../../shared/model-hub';
import { sizeAgrees } from './hub/pin-files';
import { verifyFile } from './hub/verify-file';
import { savingError } from '../fs/write-errors';
import { checkGguf, checkOnnxFolder, type InspectOnnx } from './model-checks';
import { resolveInside, type ModelPaths } from './model-paths';
import type { ModelRegistry } from './registry';

export interface ImportDeps {
  paths: ModelPaths;
  registry: ModelRegistry;
  inspect: InspectOnnx;
  catalog: Catalog;
}

const sizeAt = async (path: string): Promise<number | undefined> => {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
};

/** The hub answer this computer stored for the entry, while it still stands for the catalog's revision and files. */
async function storedAnswer(deps: ImportDeps, entry: CatalogEntry): Promise<PinnedModel | undefined> {
  const stored = pinnedModelSchema.safeParse(JSON.parse(await readFile(deps.paths.pinned(entry.id), 'utf8').catch(() => 'null'))).data;
  const revision = entry.hub?.revision ?? '';
  const samePaths = stored?.files.map((file) => file.path).join('\n') === entry.files.map((file) => file.path).join('\n');
  return stored && samePaths && stored.repo === entry.hub?.repo && (!isCommitSha(revision) || stored.commit === revision) ? stored : undefined;
}

const fileOf = (path: string, isFile: boolean, file: { path: string }): string => (isFile ? path : join(path, file.path));

/**
 * The catalog model this file or folder is a copy of: every one of its files there, at the size
 * the stored hub answer gives, else the catalog's (a rounded one within its slack).
 */
async function catalogMatch(deps: ImportDeps, path: string, isFile: boolean): Promise<{ entry: CatalogEntry; stored: PinnedModel | undefined } | undefined> {
  for (const entry of deps.catalog.entries) {
    if (entry.bundled || entry.files.length === 0 || isFile !== (entry.format !== 'onnx-folder')) continue;
    if (isFile && basename(path) !== entry.files[0]?.path.split('/').at(-1)) continue;
    const stored = await storedAnswer(deps, entry);
    const sizes = await Promise.all(entry.files.map((file) => sizeAt(fileOf(path, isFile, file))));
    const fits = sizes.every((size, i) => {
      const file = entry.files[i];
      return size !== undefined && file !== undefined && (stored ? stored.files[i]?.sizeBytes === size : sizeAgrees(file, size));
    });
    if (fits) return { entry, stored };
  }
  return undefined;
}

const mismatch = (entry: CatalogEntry, path: string, error: unknown): AppError =>
  new AppError('CHECKSUM_MISMATCH', `Import of ${entry.id} from ${path}: ${error instanceof Error ? error.message : String(error)}`, '가져온 모델 파일이 원본과 달라요. 원본에서 다시 복사해 주세요.');

/**
 * A copy of a catalog model from a USB stick is held to the same hashes as a download of it: the
 * stored hub answer's for every file, else the catalog's SHA-256 for the files it gives one. The
 * commit it is recorded at only when every file was checked and the commit is known.
 */
async function checkKnown(path: string, isFile: boolean, entry: CatalogEntry, stored: PinnedModel | undefined): Promise<string | undefined> {
  const expected: PinnedFile[] = stored
    ? stored.files
    : await Promise.all(entry.files.flatMap((file) => (file.sha256 ? [sizeAt(fileOf(path, isFile, file)).then((size) => ({ path: file.path, sizeBytes: size ?? 0, sha256: file.sha256 }))] : [])));
  for (const file of expected) await verifyFile(fileOf(path, isFile, file), file).catch((error: unknown) => Promise.reject(mismatch(entry, path, error)));
  if (stored) return stored.commit;
  const revision = entry.hub?.revision ?? '';
  return expected.length === entry.files.length && isCommitSha(revision) ? revision : undefined;
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
 * Sideloading from disk or a USB stick: a copy of a catalog model (any role) is known by its
 * files and checked against the hashes a download would be; otherwise a .gguf file (a copy model)
 * or an ONNX folder (a diffusion model), checked by structure. Nothing is registered before the
 * check; then it is copied into the data folder, or linked where it lies, as the settings say.
 */
export async function importModel(deps: ImportDeps, path: string, mode: 'copy' | 'link', requestedRole?: ModelRole): Promise<InstalledModel> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new AppError('FILE_NOT_FOUND', `No file or folder at ${path}`);
  const isFile = info.isFile();
  const known = await catalogMatch(deps, path, isFile);
  if (known) return importKnown(deps, path, mode, isFile, known, requestedRole);
  if (isFile && !path.toLowerCase().endsWith('.gguf')) throw new AppError('MODEL_INVALID', `${path} is not a .gguf file`, 'GGUF 파일(.gguf)이나 ONNX 모델 폴더를 골라 주세요.');
  const role: ModelRole = isFile ? 'llm' : 'diffusion';
  if (requestedRole && requestedRole !== role) throw new AppError('MODEL_INVALID', `${path} is a ${role} model, not ${requestedRole}`, isFile ? 'GGUF 파일은 문구용 언어 모델로만 쓸 수 있어요.' : 'ONNX 폴더는 이미지 모델로만 쓸 수 있어요.');

  let name = basename(path);
  if (isFile) name = (await checkGguf(path)).name || name.replace(/\.gguf$/i, '');
  else await checkOnnxFolder(path, deps.inspect);

  const sizeBytes = isFile ? info.size : await folderSize(path);
  return register(deps, { path, mode, isFile, role, name, sizeBytes, id: `${slug(basename(path))}-${createHash('sha256').update(`${basename(path)}:${sizeBytes}`).digest('hex').slice(0, 8)}` });
}

/** Opens each ONNX file of a known one-file or CLIP-style model: a file that does not open is no model. */
async function checkOnnxFiles(deps: ImportDeps, path: string, isFile: boolean, entry: CatalogEntry): Promise<void> {
  const paths = entry.files.filter((file) => file.path.endsWith('.onnx')).map((file) => fileOf(path, isFile, file));
  if (paths.length === 0) return;
  try {
    await deps.inspect({ op: 'onnx.inspect', paths });
  } catch (error) {
    throw new AppError('MODEL_INVALID', `${path}: an ONNX file does not open: ${String(error)}`, '모델 파일을 열 수 없어요. 파일이 손상되지 않았는지 확인해 주세요.');
  }
}

async function importKnown(deps: ImportDeps, path: string, mode: 'copy' | 'link', isFile: boolean, { entry, stored }: { entry: CatalogEntry; stored: PinnedModel | undefined }, requestedRole?: ModelRole): Promise<InstalledModel> {
  if (requestedRole && requestedRole !== entry.role) throw new AppError('MODEL_INVALID', `${path} is ${entry.id}, a ${entry.role} model, not ${requestedRole}`, '고른 역할과 다른 종류의 모델이에요.');
  const commit = await checkKnown(path, isFile, entry, stored);
  // Checked by structure too: files the hashes could not vouch for still have to open as a model.
  if (entry.format === 'gguf') await checkGguf(path);
  else if (entry.role === 'diffusion') await checkOnnxFolder(path, deps.inspect);
  else await checkOnnxFiles(deps, path, isFile, entry);
  const sizes = await Promise.all(entry.files.map((file) => sizeAt(fileOf(path, isFile, file))));
  const sizeBytes = sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
  return register(deps, { path, mode, isFile, role: entry.role, name: entry.name, sizeBytes, id: entry.id, format: entry.format, hub: commit && entry.hub ? { repo: entry.hub.repo, commit } : undefined });
}

interface Registration {
  path: string;
  mode: 'copy' | 'link';
  isFile: boolean;
  role: ModelRole;
  name: string;
  sizeBytes: number;
  id: string;
  format?: InstalledModel['format'];
  hub?: InstalledModel['hub'];
}

async function register(deps: ImportDeps, { path, mode, isFile, role, name, sizeBytes, id, format, hub }: Registration): Promise<InstalledModel> {
  const installedPath = mode === 'link' ? path : await copyIn(deps, path, id, role, isFile, sizeBytes);
  return deps.registry.add({ id, role, name, format: format ?? (isFile ? 'gguf' : 'onnx-folder'), path: installedPath, sizeBytes, source: 'import', ...(hub ? { hub } : {}), linked: mode === 'link', installedAt: Date.now() });
}
