import { lstat, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AppError } from '../../../../shared/errors';
import { platformImages, type ImageEncoding } from '../../../../shared/ipc/generations';
import type { Platform } from '../../../../shared/ipc/copy';
import { writeFileAtomic } from '../../fs/atomic-write';
import { recordExportedSizes } from '../../generations/generations-repo';
import { savingError } from '../../fs/write-errors';
import type { AdFormat } from '../formats';
import { encodeImage, encodingExtensions } from './encode-image';
import { variantPng, type AdFileDeps } from './variant-image';
import type { VariantSource } from './variant-source';

/** The path with the encoding's extension, so a file saved as JPEG is never named .png. */
export function withExtension(path: string, encoding: ImageEncoding): string {
  const wanted = encodingExtensions[encoding.type];
  const current = extname(path).slice(1).toLowerCase();
  if (current === wanted || (wanted === 'jpg' && current === 'jpeg')) return path;
  return `${path}.${wanted}`;
}

export type ImageTarget = { kind: 'format'; format: AdFormat } | { kind: 'platform'; platform: Platform };

/**
 * Notes the sizes a result's file was saved in, so the library's size filter finds it by them.
 * The file is saved already: a note that cannot be written (the result deleted meanwhile) is logged, not thrown.
 */
export function noteSavedSizes(deps: AdFileDeps, source: VariantSource, targets: readonly ImageTarget[]): void {
  const formats = targets.map((target) => (target.kind === 'format' ? target.format : platformImages[target.platform].format));
  try {
    recordExportedSizes(deps.db(), source.generation.id, formats);
  } catch (error) {
    deps.logger.log('warn', 'library', 'Could not note the saved sizes', { generationId: source.generation.id, error: String(error) });
  }
}

/** One variant in an ad format, or scaled to a platform's size, encoded as asked. */
export async function encodeVariant(deps: AdFileDeps, source: VariantSource, variantIndex: number, target: ImageTarget, encoding: ImageEncoding) {
  const format = target.kind === 'format' ? target.format : platformImages[target.platform].format;
  const png = await variantPng(deps, source, variantIndex, format);
  const image = await encodeImage(png, encoding, target.kind === 'platform' ? platformImages[target.platform] : undefined);
  const label = target.kind === 'format' ? format.replace(':', 'x') : target.platform;
  return { ...image, fileName: `adstudio-v${variantIndex + 1}-${label}-${image.width}x${image.height}.${encodingExtensions[encoding.type]}` };
}

/** Where an exported image goes: a file path, or a folder to name the file in. */
export interface ExportDestination {
  path: string;
  /** Replace a file already at `path`; without it the owner is asked first (FILE_EXISTS). */
  overwrite: boolean;
}

const taken = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    () => false,
  );

/** The ad's own name in the folder, numbered when taken: the owner named no file, so none is replaced. */
export async function freeNameIn(folder: string, fileName: string): Promise<string> {
  const ext = extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let file = join(folder, fileName);
  for (let n = 2; await taken(file); n += 1) file = join(folder, `${stem}-${n}${ext}`);
  return file;
}

async function exportTarget(destination: ExportDestination, fileName: string, encoding: ImageEncoding): Promise<string> {
  if ((await stat(destination.path).catch(() => undefined))?.isDirectory()) return freeNameIn(destination.path, fileName);
  const file = withExtension(destination.path, encoding);
  if (!destination.overwrite && (await taken(file))) throw new AppError('FILE_EXISTS', `${file} already exists`);
  return file;
}

/** One variant in one format, encoded as asked and written whole (temp file, then rename). */
export async function exportVariantImage(deps: AdFileDeps, source: VariantSource, variantIndex: number, format: AdFormat, encoding: ImageEncoding, destination: ExportDestination) {
  const image = await encodeVariant(deps, source, variantIndex, { kind: 'format', format }, encoding);
  const file = await exportTarget(destination, image.fileName, encoding);
  await writeFileAtomic(file, image.data).catch((error: unknown) => {
    throw savingError(error, file);
  });
  noteSavedSizes(deps, source, [{ kind: 'format', format }]);
  return { file, bytes: image.data.length, width: image.width, height: image.height };
}
