import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { sniffBytes } from './image-format';

/** The largest original accepted; bigger files are refused before they fill the disk. */
export const maxImportBytes = 256 * 1024 * 1024;

export type ImportSource = { kind: 'path'; path: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'stream'; stream: Readable };

export interface TempFile {
  path: string;
  sha256: string;
  bytes: number;
  head: Uint8Array;
}

function openSource(source: ImportSource): Readable {
  if (source.kind === 'path') return createReadStream(source.path, { highWaterMark: 1024 * 1024 });
  if (source.kind === 'bytes') return Readable.from([source.bytes]);
  return source.stream;
}

function sourceError(error: unknown, source: ImportSource): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (source.kind === 'path' && (code === 'ENOENT' || code === 'EISDIR')) {
    return new AppError('FILE_NOT_FOUND', `Cannot read ${source.path}: ${code}`);
  }
  if (code === 'ENOSPC') return new AppError('DISK_FULL', `No space left while importing: ${String(error)}`);
  return error;
}

/**
 * Copies the source into a temp file beside the store while hashing it, in one pass and in
 * bounded memory, then fsyncs. The caller renames it into place or removes it.
 */
export async function writeTempFile(source: ImportSource, tempDir: string): Promise<TempFile> {
  await mkdir(tempDir, { recursive: true });
  const path = join(tempDir, `${Date.now()}-${randomBytes(6).toString('hex')}.part`);
  const hash = createHash('sha256');
  const head = new Uint8Array(sniffBytes);
  let bytes = 0;
  const handle = await open(path, 'w');
  try {
    for await (const chunk of openSource(source)) {
      const data = chunk as Buffer;
      if (bytes < sniffBytes) head.set(data.subarray(0, sniffBytes - bytes), bytes);
      bytes += data.length;
      if (bytes > maxImportBytes) throw new AppError('MEDIA_TOO_LARGE', `File exceeds ${maxImportBytes} bytes`);
      hash.update(data);
      await handle.write(data);
    }
    await handle.sync();
    await handle.close();
    return { path, sha256: hash.digest('hex'), bytes, head: head.subarray(0, Math.min(bytes, sniffBytes)) };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw sourceError(error, source);
  }
}
