import { join } from 'node:path';
import { platformImages, type ImageEncoding } from '../../../../shared/ipc/generations';
import { platforms, type Platform } from '../../../../shared/ipc/copy';
import { writeFileAtomic } from '../../fs/atomic-write';
import { writeFolderAtomically } from '../../fs/timestamped-folder';
import { savingError } from '../../fs/write-errors';
import { encodeImage, encodingExtensions } from './encode-image';
import { variantPng, type AdFileDeps } from './variant-image';
import type { VariantSource } from './variant-source';

/**
 * One variant for every platform at the size it shows: each platform's format is drawn once
 * (or taken from the stored result) and scaled, into a folder that appears only when complete.
 */
export async function platformPack(deps: AdFileDeps, source: VariantSource, variantIndex: number, encoding: ImageEncoding, destination: string) {
  const files: { platform: Platform; file: string; width: number; height: number }[] = [];
  const drawn = new Map<string, Promise<Buffer>>();
  try {
    const folder = await writeFolderAtomically(destination, `AdStudio-pack-v${variantIndex + 1}`, async (dir) => {
      for (const platform of platforms) {
        const target = platformImages[platform];
        let png = drawn.get(target.format);
        if (!png) {
          png = variantPng(deps, source, variantIndex, target.format);
          drawn.set(target.format, png);
        }
        const image = await encodeImage(await png, encoding, target);
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
