import { stat } from 'node:fs/promises';

/** Inclusive byte positions of one part of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The part of a `size`-byte file a Range header asks for, as a video element sends it to seek
 * ("bytes=0-", "bytes=1000-1999", "bytes=-500"). None (the whole file) for no header, a header
 * in another unit, or several ranges at once; 'unsatisfiable' for a range beyond the file.
 */
export function byteRange(header: string | null | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start >= size || start > end ? 'unsatisfiable' : { start, end };
}

/** The headers of a partial (206) or refused (416) answer, and of the whole file (200), beside the type and cache headers. */
export function rangeHeaders(range: ByteRange | 'unsatisfiable' | undefined, size: number): { status: 200 | 206 | 416; headers: Record<string, string> } {
  if (range === 'unsatisfiable') return { status: 416, headers: { 'Content-Range': `bytes */${size}` } };
  if (!range) return { status: 200, headers: { 'Accept-Ranges': 'bytes', 'Content-Length': String(size) } };
  return { status: 206, headers: { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) } };
}

/** How to answer a request for a stored file: status, headers, and what of the file to stream (none for a 416). */
export interface RangedAnswer {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  read?: Partial<ByteRange>;
}

/** The answer to a request for `path` with this Range header, as the headless host and the media:// protocol both send it. */
export async function rangedAnswer(path: string, header: string | null | undefined): Promise<RangedAnswer> {
  const { size } = await stat(path);
  const range = byteRange(header, size);
  return { ...rangeHeaders(range, size), read: range === 'unsatisfiable' ? undefined : (range ?? {}) };
}
