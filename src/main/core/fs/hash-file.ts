import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const chunkBytes = 1 << 20;

/** SHA-256 of a file, streamed: model files run to gigabytes. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Copies a file and returns the SHA-256 of the bytes that were written, in one read: the hash
 * describes the copy itself, even if the source changes meanwhile.
 */
export async function copyFileHashing(source: string, target: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(source, { highWaterMark: chunkBytes }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        yield chunk;
      }
    },
    createWriteStream(target, { flags: 'wx' }),
  );
  return hash.digest('hex');
}
