import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { isDiskFull } from '../fs/write-errors';
import { sniffBytes } from './image-format';

/** The largest original accepted; bigger files are refused before they fill the disk. */
export const maxImportBytes = 256 * 1024 * 1024;
/** A path whose open has not answered by then is a device or a stalled network share, not a photo. */
export const openTimeoutMs = 5_000;
// A FIFO or a device would block open() until a writer appears; non-blocking opens answer at once.
// Windows has no such flag (and no FIFOs on a path).
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type ImportSource = { kind: 'path'; path: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'stream'; stream: Readable };

export interface TempFile {
  path: string;
  sha256: string;
  bytes: number;
  head: Uint8Array;
}

const notAFile = async (path: string, what: string): Promise<AppError> => {
  const viaLink = (await lstat(path).catch(() => undefined))?.isSymbolicLink() === true;
  if (!viaLink) return new AppError('NOT_A_FILE', `${path} is ${what}, not a regular file`);
  return new AppError(
    'NOT_A_FILE',
    `${path} is a link to ${what}, not to a regular file`,
    '바로가기(링크)가 가리키는 것이 사진 파일이 아니에요. 바로가기 대신 사진 파일 자체를 골라 주세요.',
  );
};

function openError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('FILE_NOT_FOUND', `Cannot read ${path}: ${code}`);
  if (code === 'ELOOP') {
    return new AppError('NOT_A_FILE', `${path} is a link that leads back to itself (${code})`, '바로가기(링크)가 자기 자신을 가리키고 있어서 열 수 없어요. 사진 파일 자체를 골라 주세요.');
  }
  if (code === 'EISDIR') return new AppError('NOT_A_FILE', `${path} is a folder`, '폴더는 사진으로 가져올 수 없어요. 폴더 안의 사진 파일을 골라 주세요.');
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError('FILE_NOT_FOUND', `Cannot read ${path}: ${code}`, '파일을 열 권한이 없어요. 파일의 읽기 권한을 확인해 주세요.');
  }
  return error;
}

/** Opens without blocking, giving up after `openTimeoutMs`; a handle that arrives late is closed. */
async function openWithTimeout(path: string): Promise<FileHandle> {
  const opening = open(path, openFlags);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('NOT_A_FILE', `Opening ${path} did not answer within ${openTimeoutMs} ms`)), openTimeoutMs);
  });
  try {
    return await Promise.race([opening, timeout]);
  } catch (error) {
    void opening.then((late) => late.close()).catch(() => undefined);
    throw openError(error, path);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens a photo the owner named, following links (a desktop shortcut is fine), and accepts it
 * only when what was opened is a regular file no bigger than the limit. The checks read the
 * opened handle, so the file cannot be swapped between the check and the copy.
 */
async function openRegularFile(path: string): Promise<Readable> {
  const handle = await openWithTimeout(path);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw await notAFile(path, 'a folder');
    if (!info.isFile()) throw await notAFile(path, 'a device, pipe or socket');
    if (info.size > maxImportBytes) throw new AppError('MEDIA_TOO_LARGE', `${path} has ${info.size} bytes, over the ${maxImportBytes} limit`);
    // `end` is inclusive: one byte past the limit is enough to see that a growing file is too big.
    return handle.createReadStream({ highWaterMark: 1024 * 1024, start: 0, end: maxImportBytes });
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function openSource(source: ImportSource): Promise<Readable> | Readable {
  if (source.kind === 'path') return openRegularFile(source.path);
  if (source.kind === 'bytes') return Readable.from([source.bytes]);
  return source.stream;
}

function copyError(error: unknown): unknown {
  if (!(error instanceof AppError) && isDiskFull(error)) return new AppError('DISK_FULL', `No space left while importing: ${String(error)}`);
  return error;
}

/**
 * Copies the source into a temp file beside the store while hashing it, in one pass and in
 * bounded memory, then fsyncs. The caller renames it into place or removes it. A path is
 * checked before the temp file exists, so a refused one writes nothing.
 */
export async function writeTempFile(source: ImportSource, tempDir: string): Promise<TempFile> {
  const input = await openSource(source);
  try {
    return await copyToTemp(input, tempDir);
  } finally {
    input.destroy();
  }
}

async function copyToTemp(input: Readable, tempDir: string): Promise<TempFile> {
  await mkdir(tempDir, { recursive: true });
  const path = join(tempDir, `${Date.now()}-${randomBytes(6).toString('hex')}.part`);
  const hash = createHash('sha256');
  const head = new Uint8Array(sniffBytes);
  let bytes = 0;
  const handle = await open(path, 'w');
  try {
    for await (const chunk of input) {
      const data = chunk as Buffer;
      if (bytes < sniffBytes) head.set(data.subarray(0, sniffBytes - bytes), bytes);
      bytes += data.length;
      if (bytes > maxImportBytes) throw new AppError('MEDIA_TOO_LARGE', `File exceeds ${maxImportBytes} bytes`);
      // write() may write only part of a chunk when the disk fills; writeFile() goes on until all
      // of it is written or the disk refuses, so a file is never silently cut short. The chunk
      // is hashed here while the thread pool writes it, not after.
      const written = handle.writeFile(data);
      hash.update(data);
      await written;
    }
    await handle.sync();
    await handle.close();
    return { path, sha256: hash.digest('hex'), bytes, head: head.subarray(0, Math.min(bytes, sniffBytes)) };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw copyError(error);
  }
}
