// Zips written by hand for the reader's tests: deflated or stored parts, data descriptors (as streaming
// writers leave them), zip64 records (as large-file writers do), any part names. No library, so the
// reader is checked against the format, not against another reader's writer.
import { constants as zlibConstants, crc32, deflateRawSync, inflateRawSync } from "zlib";

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Stored instead of deflated. */
  stored?: boolean;
  /** Raw deflate data given as is (a bomb), with the size and CRC the directory should claim. */
  deflated?: { data: Buffer; size: number; crc?: number };
}

export interface ZipOptions {
  /** Sizes and offsets in zip64 extra fields, a zip64 end record and locator. */
  zip64?: boolean;
  /** Sizes after the data (general purpose bit 3), zeros in the local header. */
  dataDescriptors?: boolean;
}

const FF32 = 0xffffffff;

export function buildZipPackage(parts: ZipPart[], opts: ZipOptions = {}): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const given = part.deflated;
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, "utf8");
    const data = given ? given.data : part.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(part.name, "utf8");
    const crc = given ? (given.crc ?? 0) : crc32(raw);
    const rawLength = given ? given.size : raw.length;
    const method = part.stored ? 0 : 8;
    const flags = 0x0800 | (opts.dataDescriptors ? 0x0008 : 0);
    const localExtra = opts.zip64 ? zip64Extra([rawLength, data.length]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(opts.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    if (!opts.dataDescriptors) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(opts.zip64 ? FF32 : data.length, 18);
      local.writeUInt32LE(opts.zip64 ? FF32 : rawLength, 22);
    }
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    out.push(local, name, localExtra, data);
    let size = 30 + name.length + localExtra.length + data.length;
    if (opts.dataDescriptors) {
      const dd = Buffer.alloc(opts.zip64 ? 24 : 16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      if (opts.zip64) {
        dd.writeBigUInt64LE(BigInt(data.length), 8);
        dd.writeBigUInt64LE(BigInt(rawLength), 16);
      } else {
        dd.writeUInt32LE(data.length, 8);
        dd.writeUInt32LE(rawLength, 12);
      }
      out.push(dd);
      size += dd.length;
    }
    const cdExtra = opts.zip64 ? zip64Extra([rawLength, data.length, offset]) : Buffer.alloc(0);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(opts.zip64 ? 45 : 20, 4);
    cd.writeUInt16LE(opts.zip64 ? 45 : 20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(opts.zip64 ? FF32 : data.length, 20);
    cd.writeUInt32LE(opts.zip64 ? FF32 : rawLength, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(cdExtra.length, 30);
    cd.writeUInt32LE(opts.zip64 ? FF32 : offset, 42);
    central.push(cd, name, cdExtra);
    offset += size;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(BigInt(44), 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(parts.length), 24);
    rec.writeBigUInt64LE(BigInt(parts.length), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(opts.zip64 ? 0xffff : parts.length, 8);
  eocd.writeUInt16LE(opts.zip64 ? 0xffff : parts.length, 10);
  eocd.writeUInt32LE(opts.zip64 ? FF32 : cd.length, 12);
  eocd.writeUInt32LE(opts.zip64 ? FF32 : offset, 16);
  return Buffer.concat([...out, cd, ...tail, eocd]);
}

function zip64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + values.length * 8);
  b.writeUInt16LE(1, 0);
  b.writeUInt16LE(values.length * 8, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + i * 8));
  return b;
}

/**
 * A raw deflate stream that inflates to head + unit × times + tail without anyone deflating that much:
 * each piece is flushed with Z_FULL_FLUSH (self-contained, byte-aligned blocks), so the unit's blocks
 * can be repeated as they are. 4 MB of compressed unit can stand for gigabytes.
 */
export function deflateBomb(head: string, unit: string, times: number, tail: string): { data: Buffer; size: number } {
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
  const one = deflateRawSync(Buffer.from(unit.repeat(Math.max(1, Math.floor(65536 / unit.length))), "utf8"), flush);
  const perOne = Math.max(1, Math.floor(65536 / unit.length));
  const copies = Math.ceil(times / perOne);
  const parts = [deflateRawSync(Buffer.from(head, "utf8"), flush)];
  for (let i = 0; i < copies; i++) parts.push(one);
  parts.push(deflateRawSync(Buffer.from(tail, "utf8")));
  const size = Buffer.byteLength(head) + copies * perOne * Buffer.byteLength(unit) + Buffer.byteLength(tail);
  return { data: Buffer.concat(parts), size };
}
