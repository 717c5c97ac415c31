import type { DomainHandlers } from '../../../shared/ipc/contract';
import { ownerPath } from '../fs/owner-path';
import { adTemplate } from '../image/files/ad-template';
import { encodeVariant, exportVariantImage, noteSavedSizes } from '../image/files/export-image';
import { platformPack } from '../image/files/platform-pack';
import { retext } from '../image/files/retext';
import type { AdFileDeps } from '../image/files/variant-image';
import { loadVariantSource, withVariantEdit } from '../image/files/variant-source';
import { getGeneration, pageGenerations, restoreGenerations, softDeleteGenerations } from './generations-repo';

/** `exportsDir`: where a pack goes when the window names no folder (the data folder's exports/). */
export function createGenerationsHandlers(deps: AdFileDeps, exportsDir: string) {
  const { db } = deps;
  return {
    'generations.page': async (q) => pageGenerations(db(), q),
    'generations.get': async ({ id }) => getGeneration(db(), id),
    'generations.delete': async ({ ids }) => softDeleteGenerations(db(), ids),
    'generations.restore': async ({ ids }) => ({ restored: restoreGenerations(db(), ids) }),
    'generations.exportImage': async ({ id, variantIndex, format, encoding, destination, overwrite }) => {
      const path = ownerPath(destination);
      return exportVariantImage(deps, loadVariantSource(db(), id), variantIndex, format, encoding, { path, overwrite });
    },
    'generations.encodeImage': async ({ id, variantIndex, target, encoding }) => {
      const source = loadVariantSource(db(), id);
      const image = await encodeVariant(deps, source, variantIndex, target, encoding);
      const stored = await deps.media.importOne({ kind: 'bytes', bytes: image.data });
      // Encoded for the window to download: the owner takes the file away in this size.
      noteSavedSizes(deps, source, [target]);
      return { sha256: stored.media.sha256, fileName: image.fileName, bytes: image.data.length, width: image.width, height: image.height };
    },
    'generations.platformPack': async ({ id, variantIndex, encoding, destination }) => {
      // The path is checked before anything is read: a refused path is refused whatever the id.
      const folder = destination ? ownerPath(destination) : exportsDir;
      return platformPack(deps, loadVariantSource(db(), id), variantIndex, encoding, folder);
    },
    'generations.template': async ({ id, variantIndex, format, textScale, moves }) =>
      adTemplate(deps, withVariantEdit(loadVariantSource(db(), id), variantIndex, { textScale, moves: moves && { format, moves } }), variantIndex, format),
    'generations.retext': async ({ id, texts, variant, hashtags, textScale, moved }) => retext(deps, db, loadVariantSource(db(), id), { texts, variant, hashtags, textScale, moved }),
  } satisfies DomainHandlers<
    | 'generations.page'
    | 'generations.get'
    | 'generations.delete'
    | 'generations.restore'
    | 'generations.exportImage'
    | 'generations.encodeImage'
    | 'generations.platformPack'
    | 'generations.template'
    | 'generations.retext'
  >;
}
