// The GGUF container, enough of it to copy a tokenizer out of a vocab-only file and write a
// small model around it. Spec: magic, version 3, tensor count, key/value count, key/values,
// tensor infos, padding to `general.alignment`, tensor data.

export const enum GgufType {
  Uint8 = 0,
  Int8 = 1,
  Uint16 = 2,
  Int16 = 3,
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
  Uint64 = 10,
  Int64 = 11,
  Float64 = 12,
}

export type GgufValue = number | bigint | boolean | string | GgufValue[];
export interface GgufEntry {
  key: string;
  type: GgufType;
  /** For arrays: the element type. */
  elementType?: GgufType;
  value: GgufValue;
}

const scalarSize: Partial<Record<GgufType, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

/** Reads the key/values of a GGUF file (tensor infos and data are not needed here). */
export function readGgufEntries(bytes: Buffer): GgufEntry[] {
  let at = 0;
  const u32 = () => ((at += 4), bytes.readUInt32LE(at - 4));
  const u64 = () => ((at += 8), bytes.readBigUInt64LE(at - 8));
  const str = () => {
    const length = Number(u64());
    at += length;
    return bytes.toString('utf8', at - length, at);
  };
  const scalar = (type: GgufType): GgufValue => {
    const size = scalarSize[type];
    if (type === GgufType.String) return str();
    if (size === undefined) throw new Error(`Unsupported GGUF type ${type}`);
    at += size;
    const o = at - size;
    switch (type) {
      case GgufType.Uint8: return bytes.readUInt8(o);
      case GgufType.Int8: return bytes.readInt8(o);
      case GgufType.Uint16: return bytes.readUInt16LE(o);
      case GgufType.Int16: return bytes.readInt16LE(o);
      case GgufType.Uint32: return bytes.readUInt32LE(o);
      case GgufType.Int32: return bytes.readInt32LE(o);
      case GgufType.Float32: return bytes.readFloatLE(o);
      case GgufType.Bool: return bytes.readUInt8(o) !== 0;
      case GgufType.Uint64: return bytes.readBigUInt64LE(o);
      case GgufType.Int64: return bytes.readBigInt64LE(o);
      default: return bytes.readDoubleLE(o);
    }
  };
  if (bytes.toString('ascii', 0, 4) !== 'GGUF') throw new Error('Not a GGUF file');
  at = 4;
  u32();
  u64();
  const count = Number(u64());
  const entries: GgufEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const key = str();
    const type = u32() as GgufType;
    if (type === GgufType.Array) {
      const elementType = u32() as GgufType;
      const length = Number(u64());
      const value = Array.from({ length }, () => scalar(elementType));
      entries.push({ key, type, elementType, value });
    } else {
      entries.push({ key, type, value: scalar(type) });
    }
  }
  return entries;
}

class Writer {
  private chunks: Buffer[] = [];
  length = 0;
  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }
  u32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  u64(n: number | bigint): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  str(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  scalar(type: GgufType, value: GgufValue): void {
    if (type === GgufType.String) return this.str(String(value));
    const size = scalarSize[type] ?? 0;
    const b = Buffer.alloc(size);
    switch (type) {
      case GgufType.Uint8: b.writeUInt8(Number(value)); break;
      case GgufType.Int8: b.writeInt8(Number(value)); break;
      case GgufType.Uint16: b.writeUInt16LE(Number(value)); break;
      case GgufType.Int16: b.writeInt16LE(Number(value)); break;
      case GgufType.Uint32: b.writeUInt32LE(Number(value)); break;
      case GgufType.Int32: b.writeInt32LE(Number(value)); break;
      case GgufType.Float32: b.writeFloatLE(Number(value)); break;
      case GgufType.Bool: b.writeUInt8(value ? 1 : 0); break;
      case GgufType.Uint64: b.writeBigUInt64LE(BigInt(value as number)); break;
      case GgufType.Int64: b.writeBigInt64LE(BigInt(value as number)); break;
      default: b.writeDoubleLE(Number(value));
    }
    this.push(b);
  }
  pad(alignment: number): void {
    const rest = this.length % alignment;
    if (rest) this.push(Buffer.alloc(alignment - rest));
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface GgufTensor {
  name: string;
  /** GGUF order: the fastest-varying dimension first. */
  dims: number[];
  data: Float32Array;
}

const alignment = 32;

/** A GGUF v3 file of the given key/values and F32 tensors. */
export function writeGguf(entries: GgufEntry[], tensors: GgufTensor[]): Buffer {
  const w = new Writer();
  w.push(Buffer.from('GGUF', 'ascii'));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(entries.length);
  for (const entry of entries) {
    w.str(entry.key);
    w.u32(entry.type);
    if (entry.type === GgufType.Array) {
      const items = entry.value as GgufValue[];
      w.u32(entry.elementType ?? GgufType.Uint8);
      w.u64(items.length);
      for (const item of items) w.scalar(entry.elementType ?? GgufType.Uint8, item);
    } else {
      w.scalar(entry.type, entry.value);
    }
  }
  let offset = 0;
  for (const tensor of tensors) {
    w.str(tensor.name);
    w.u32(tensor.dims.length);
    for (const dim of tensor.dims) w.u64(dim);
    w.u32(0);
    w.u64(offset);
    offset += Math.ceil((tensor.data.byteLength) / alignment) * alignment;
  }
  w.pad(alignment);
  for (const tensor of tensors) {
    w.push(Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
    w.pad(alignment);
  }
  return w.toBuffer();
}
