import { basename } from 'node:path';
import { AppError, toErrorData, type ErrorData } from '../../../shared/errors';
import type { DomainHandlers } from '../../../shared/ipc/contract';
import { ownerPath } from '../fs/owner-path';
import type { Logger } from '../log/logger';
import type { MediaLibrary } from './media-library';
import type { ImportSource } from './ingest-file';
import { samplePhotoJpeg } from './sample-photo';

/** `observe` hears each photo's failure, so a full disk found by one import turns the app read-only like a failed call does. */
export function createMediaHandlers(media: MediaLibrary, logger: Logger, observe: (error: ErrorData) => void) {
  const importNamed = async (name: string, source: ImportSource) => {
    try {
      const imported = await media.importOne(source.kind === 'path' ? { kind: 'path', path: ownerPath(source.path) } : source);
      // The photo is attached while the owner still types: its work copy (a phone photo's is a
      // second's work) is made meanwhile, so the cut-out does not wait for it.
      void media.workImage(imported.media.sha256).catch((error: unknown) => logger.log('warn', 'media', 'Work copy failed', { sha256: imported.media.sha256, error: String(error) }));
      return { ok: true as const, name, ...imported };
    } catch (error) {
      const data = toErrorData(error);
      observe(data);
      return { ok: false as const, name, error: data };
    }
  };

  return {
    'media.import': async ({ source }) => {
      if (source.kind === 'bytes') {
        return { items: [await importNamed(source.name ?? 'pasted image', { kind: 'bytes', bytes: Buffer.from(source.base64, 'base64') })] };
      }
      // One at a time: imports are disk-bound, and parallel decodes of big photos would spike memory.
      const items = [];
      for (const path of source.paths) items.push(await importNamed(basename(path), { kind: 'path', path }));
      return { items };
    },
    'media.info': async ({ sha256 }) => media.info(sha256),
    'media.sample': async () => {
      const item = await importNamed('sample-mug.jpg', { kind: 'bytes', bytes: await samplePhotoJpeg() });
      if (!item.ok) throw AppError.fromData(item.error);
      return item.media;
    },
  } satisfies DomainHandlers<'media.import' | 'media.info' | 'media.sample'>;
}
