import { zipSync, type Zippable } from 'fflate';
import type { ImageEncoding, PackManifest } from '../../../../shared/ipc/generations';
import { platforms } from '../../../../shared/ipc/copy';
import { writeFileAtomic } from '../../fs/atomic-write';
import { stamp } from '../../fs/timestamped-folder';
import { savingError } from '../../fs/write-errors';
import { variantCopy } from '../../../../shared/variant-copy';
import { copyLines } from '../../generations/copy-text';
import { encodingExtensions } from './encode-image';
import { encodeVariant, freeNameIn, noteSavedSizes } from './export-image';
import type { AdFileDeps } from './variant-image';
import type { VariantSource } from './variant-source';

/** JPEG, WebP and PNG are compressed already: stored, the ZIP opens instantly and is no bigger. */
const stored = { level: 0 } as const;

/**
 * One variant for every platform at the size it shows (drawn, or taken from the stored result,
 * then scaled), with copy.txt and manifest.json, as one ZIP written whole (temp file, then
 * rename) under a new name in `destination`.
 */
export async function platformPack(deps: AdFileDeps, source: VariantSource, variantIndex: number, encoding: ImageEncoding, destination: string, now = new Date()) {
  const record = source.generation.outputCopy;
  const entries: Zippable = {};
  const images: PackManifest['images'] = [];
  for (const platform of platforms) {
    const image = await encodeVariant(deps, source, variantIndex, { kind: 'platform', platform }, encoding);
    const file = `${platform}-${image.width}x${image.height}.${encodingExtensions[encoding.type]}`;
    entries[file] = [image.data, stored];
    images.push({ platform, file, width: image.width, height: image.height, bytes: image.data.length });
  }
  const manifest: PackManifest = {
    app: 'AdStudio',
    version: 1,
    generationId: source.generation.id,
    variantIndex,
    createdAt: now.getTime(),
    copy: record ? variantCopy(record, variantIndex) : { headline: '', subcopy: '', cta: '', hashtags: [] },
    images,
  };
  entries['copy.txt'] = new TextEncoder().encode(`${copyLines(manifest.copy)}\n`);
  entries['manifest.json'] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = zipSync(entries, { mtime: now });
  try {
    const file = await freeNameIn(destination, `AdStudio-pack-v${variantIndex + 1}-${stamp(now)}.zip`);
    await writeFileAtomic(file, zip);
    noteSavedSizes(deps, source, platforms.map((platform) => ({ kind: 'platform', platform })));
    return { file, manifest };
  } catch (error) {
    throw savingError(error, destination);
  }
}
