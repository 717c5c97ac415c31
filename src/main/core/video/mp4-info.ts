import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';

/** One track of an MP4 as its sample tables describe it. */
export interface Mp4Track {
  kind: 'video' | 'audio' | 'other';
  /** The sample entry's four-character code: avc1 for H.264, mp4a for AAC. */
  codec: string;
  timescale: number;
  samples: number;
  durationSeconds: number;
  width?: number;
  height?: number;
  /** Samples per second from the most common sample duration. */
  fps?: number;
  /** H.264 chroma format: 1 is 4:2:0, the only one every phone plays. */
  chromaFormat?: number;
  channels?: number;
  sampleRate?: number;
}

export interface Mp4Info {
  /** The index (moov) comes before the media (mdat), so playback starts before the whole file arrives. */
  faststart: boolean;
  durationSeconds: number;
  tracks: Mp4Track[];
}

interface Box {
  type: string;
  /** Payload, after the header. */
  body: Buffer;
}

function boxesIn(data: Buffer): Box[] {
  const boxes: Box[] = [];
  let at = 0;
  while (at + 8 <= data.length) {
    let size = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      size = Number(data.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = data.length - at;
    if (size < header || at + size > data.length) throw corrupt(`box ${type} overruns its parent`);
    boxes.push({ type, body: data.subarray(at + header, at + size) });
    at += size;
  }
  return boxes;
}

const corrupt = (why: string): AppError => new AppError('MEDIA_CORRUPT', `Not a readable MP4: ${why}`, '영상 파일이 손상되어 읽을 수 없어요. 영상을 다시 만들어 주세요.');

const child = (box: Box | undefined, type: string): Box | undefined => (box ? boxesIn(box.body).find((b) => b.type === type) : undefined);
const path = (box: Box | undefined, ...types: string[]): Box | undefined => types.reduce<Box | undefined>((at, type) => child(at, type), box);

/** Timescale and duration of an mvhd or mdhd (version 0 has 32-bit times, version 1 64-bit). */
function timing(body: Buffer): { timescale: number; duration: number } {
  const version = body.readUInt8(0);
  if (version === 1) return { timescale: body.readUInt32BE(20), duration: Number(body.readBigUInt64BE(24)) };
  return { timescale: body.readUInt32BE(12), duration: body.readUInt32BE(16) };
}

/** Total samples and the most common sample duration, from the time-to-sample table. */
function sampleTimes(stts: Buffer): { samples: number; commonDelta: number } {
  const entries = stts.readUInt32BE(4);
  let samples = 0;
  let commonDelta = 0;
  let commonCount = 0;
  for (let i = 0; i < entries; i += 1) {
    const count = stts.readUInt32BE(8 + i * 8);
    const delta = stts.readUInt32BE(12 + i * 8);
    samples += count;
    if (count > commonCount) [commonCount, commonDelta] = [count, delta];
  }
  return { samples, commonDelta };
}

/** chroma_format_idc from an avcC record: stated for the High profiles, 4:2:0 by definition otherwise. */
function chromaFormat(avcC: Buffer): number {
  const profile = avcC.readUInt8(1);
  if (![100, 110, 122, 244].includes(profile)) return 1;
  let at = 5;
  const sps = avcC.readUInt8(at) & 0x1f;
  at += 1;
  for (let i = 0; i < sps; i += 1) at += 2 + avcC.readUInt16BE(at);
  const pps = avcC.readUInt8(at);
  at += 1;
  for (let i = 0; i < pps; i += 1) at += 2 + avcC.readUInt16BE(at);
  return at < avcC.length ? avcC.readUInt8(at) & 0x03 : 1;
}

function trackOf(trak: Box): Mp4Track {
  const mdia = child(trak, 'mdia');
  const mdhd = child(mdia, 'mdhd');
  const hdlr = child(mdia, 'hdlr');
  const stbl = path(mdia, 'minf', 'stbl');
  const stsd = child(stbl, 'stsd');
  const stts = child(stbl, 'stts');
  if (!mdhd || !hdlr || !stsd || !stts) throw corrupt('a track lacks its media header or sample tables');
  const { timescale, duration } = timing(mdhd.body);
  const handler = hdlr.body.toString('latin1', 8, 12);
  const [entry] = boxesIn(stsd.body.subarray(8));
  if (!entry) throw corrupt('a track has no sample description');
  const { samples, commonDelta } = sampleTimes(stts.body);
  const track: Mp4Track = { kind: handler === 'vide' ? 'video' : handler === 'soun' ? 'audio' : 'other', codec: entry.type, timescale, samples, durationSeconds: duration / timescale };
  if (track.kind === 'video') {
    track.width = entry.body.readUInt16BE(24);
    track.height = entry.body.readUInt16BE(26);
    track.fps = commonDelta > 0 ? timescale / commonDelta : 0;
    const avcC = boxesIn(entry.body.subarray(78)).find((box) => box.type === 'avcC');
    if (avcC) track.chromaFormat = chromaFormat(avcC.body);
  }
  if (track.kind === 'audio') {
    track.channels = entry.body.readUInt16BE(16);
    track.sampleRate = entry.body.readUInt32BE(24) >>> 16;
  }
  return track;
}

/**
 * Reads an MP4's index: its tracks with codec, picture size, frame rate and duration, and
 * whether the index comes first. Only the top-level box headers and the moov box are read, so a
 * long video costs no more than a short one.
 */
export async function readMp4Info(file: string): Promise<Mp4Info> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const order: string[] = [];
    let moov: Box | undefined;
    let at = 0;
    const header = Buffer.alloc(16);
    while (at + 8 <= size) {
      await handle.read(header, 0, 16, at);
      let boxSize = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      let headerSize = 8;
      if (boxSize === 1) [boxSize, headerSize] = [Number(header.readBigUInt64BE(8)), 16];
      else if (boxSize === 0) boxSize = size - at;
      if (boxSize < headerSize || at + boxSize > size) throw corrupt(`box ${type} overruns the file`);
      order.push(type);
      if (type === 'moov') {
        const body = Buffer.alloc(boxSize - headerSize);
        await handle.read(body, 0, body.length, at + headerSize);
        moov = { type, body };
      }
      at += boxSize;
    }
    if (order[0] !== 'ftyp' || !moov) throw corrupt('no ftyp or moov box');
    const mvhd = child(moov, 'mvhd');
    if (!mvhd) throw corrupt('no movie header');
    const { timescale, duration } = timing(mvhd.body);
    const tracks = boxesIn(moov.body)
      .filter((box) => box.type === 'trak')
      .map(trackOf);
    return { faststart: order.indexOf('moov') < order.indexOf('mdat'), durationSeconds: duration / timescale, tracks };
  } catch (error) {
    if (error instanceof RangeError) throw corrupt(error.message);
    throw error;
  } finally {
    await handle.close();
  }
}
