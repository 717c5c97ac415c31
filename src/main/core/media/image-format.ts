/** The image formats an owner's photo may come in. */
export const imageExtensions = ['jpg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heic'] as const;
export type ImageExtension = (typeof imageExtensions)[number];

/** Every extension a stored original can have (the images, and the app's own MP4 videos): the only ones a media path is ever built with. */
export const storedExtensions = [...imageExtensions, 'mp4'] as const;
export type StoredExtension = (typeof storedExtensions)[number];
export const isStoredExtension = (ext: string): ext is StoredExtension => (storedExtensions as readonly string[]).includes(ext);

/** What the store keeps of a file's kind. */
export interface StoredFormat {
  ext: StoredExtension;
  mime: string;
}

/** An MP4 the app encoded itself: ISO base media with an `ftyp` box first (the image brands are told apart by sniffImageFormat). */
export function sniffMp4(head: Uint8Array): StoredFormat | undefined {
  return head.length >= 12 && ascii(head, 4, 8) === 'ftyp' && ['isom', 'mp41', 'mp42', 'iso5', 'avc1'].includes(ascii(head, 8, 12)) ? { ext: 'mp4', mime: 'video/mp4' } : undefined;
}

/** The image formats the library stores, identified by their bytes, never by the file name. */
export interface ImageFormat {
  ext: ImageExtension;
  mime: string;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** Bytes needed to tell every supported format apart. */
export const sniffBytes = 32;

export function sniffImageFormat(head: Uint8Array): ImageFormat | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { ext: 'jpg', mime: 'image/jpeg' };
  if (head.length >= 8 && ascii(head, 1, 4) === 'PNG' && head[0] === 0x89 && head[4] === 0x0d && head[5] === 0x0a) {
    return { ext: 'png', mime: 'image/png' };
  }
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { ext: 'webp', mime: 'image/webp' };
  if (head.length >= 6 && (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')) return { ext: 'gif', mime: 'image/gif' };
  if (head.length >= 4 && (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*')) return { ext: 'tiff', mime: 'image/tiff' };
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return { ext: 'avif', mime: 'image/avif' };
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return { ext: 'heic', mime: 'image/heic' };
  }
  return undefined;
}
