import { extname } from 'node:path';
import type { ImageEncoding } from '../../../../shared/ipc/generations';
import { writeFileAtomic } from '../../fs/atomic-write';
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

/** One variant in one format, encoded as asked and written whole (temp file, then rename). */
export async function exportVariantImage(deps: AdFileDeps, source: VariantSource, variantIndex: number, format: AdFormat, encoding: ImageEncoding, destination: string) {
  const png = await variantPng(deps, source, variantIndex, format);
  const image = await encodeImage(png, encoding);
  const file = withExtension(destination, encoding);
  await writeFileAtomic(file, image.data).catch((error: unknown) => {
    throw savingError(error, file);
  });
  return { file, bytes: image.data.length, width: image.width, height: image.height };
}
