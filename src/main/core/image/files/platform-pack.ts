import { join } from 'node:path';
import type { ImageEncoding } from '../../../../shared/ipc/generations';
import { platforms, type Platform } from '../../../../shared/ipc/copy';
import { writeFileAtomic } from '../../fs/atomic-write';
import { writeFolderAtomically } from '../../fs/timestamped-folder';
import { savingError } from '../../fs/write-errors';
import { encodingExtensions } from './encode-image';
import { encodeVariant } from './export-image';
import type { AdFileDeps } from './variant-image';
import type { VariantSource } from './variant-source';

/**
 * One variant for every platform at the size it shows (drawn, or taken from the stored result,
 * then scaled), into a folder that appears only when complete.
 */
export async function platformPack(deps: AdFileDeps, source: VariantSource, variantIndex: number, encoding: ImageEncoding, destination: string) {
  const files: { platform: Platform; file: string; width: number; height: number }[] = [];
  try {
    const folder = await writeFolderAtomically(destination, `AdStudio-pack-v${variantIndex + 1}`, async (dir) => {
      for (const platform of platforms) {
        const image = await encodeVariant(deps, source, variantIndex, { kind: 'platform', platform }, encoding);
        const name = `${platform}-${image.width}x${image.height}.${encodingExtensions[encoding.type]}`;
        await writeFileAtomic(join(dir, name), image.data);
        files.push({ platform, file: name, width: image.width, height: image.height });
      }
    });
    return { folder, files: files.map((entry) => ({ ...entry, file: join(folder, entry.file) })) };
  } catch (error) {
    throw savingError(error, destination);
  }
}
