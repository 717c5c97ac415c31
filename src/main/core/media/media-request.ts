import type { MediaLibrary, ServedFile } from './media-library';

/**
 * Maps a media URL's path and `size` parameter to a stored file, for both the Electron
 * `media://local/<sha256>?size=256` protocol and the host's `/<token>/media/<sha256>`.
 * The path must be exactly one 64-character lowercase hex name: `..`, slashes, uppercase,
 * short or encoded names resolve to nothing.
 */
export function resolveMediaRequest(media: MediaLibrary, pathname: string, size: string | null): Promise<ServedFile | undefined> {
  const match = /^\/([0-9a-f]{64})$/.exec(pathname);
  if (!match?.[1]) return Promise.resolve(undefined);
  return media.resolve(match[1], size);
}

/** Content-addressed files never change: the browser may keep them. */
export const mediaCacheControl = 'private, max-age=31536000, immutable';
