import sharp from 'sharp';
import type { ImageEncoding } from '../../../../shared/ipc/generations';

export const encodingExtensions: Record<ImageEncoding['type'], string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

/**
 * A finished ad encoded for saving, scaled first when a platform wants another size. JPEG keeps
 * full colour resolution: 4:2:0 smears the edges of coloured type.
 */
export async function encodeImage(png: Buffer, encoding: ImageEncoding, size?: { width: number; height: number }): Promise<{ data: Buffer; width: number; height: number }> {
  let image = sharp(png);
  if (size) image = image.resize(size.width, size.height, { fit: 'cover', kernel: 'lanczos3' });
  const encoded =
    encoding.type === 'jpeg'
      ? image.jpeg({ quality: encoding.quality, chromaSubsampling: '4:4:4', mozjpeg: true })
      : encoding.type === 'webp'
        ? image.webp({ quality: encoding.quality, smartSubsample: true })
        : image.png({ compressionLevel: 6 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
