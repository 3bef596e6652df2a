// The zip of an .xlsx as parts we can copy untouched: each entry's compressed bytes are taken as they
// are (never inflated and deflated again), only the parts we change are inflated (fflate) and
// written anew. Browser-safe: Uint8Array only. The central directory is found and listed by ../zip.ts.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { WorkbookUnreadable } from "../errors";
import { EOCD_SEARCH, findCentralDirectory, zipEntriesOf, type ZipEntry } from "../zip";

const LOCAL_SIGNATURE = 0x04034b50;
const CD_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
/** General purpose flag bit 3: sizes and CRC follow the data; we always write them in the header. */
const FLAG_DATA_DESCRIPTOR = 0x0008;
/** Bit 11: the name is UTF-8. */
const FLAG_UTF8 = 0x0800;
/** 1980-01-01 00:00, the time Excel itself stamps on every part. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

/** One part of the input, with what a byte-for-byte copy needs. */
export interface ArchivePart extends ZipEntry {
  nameBytes: Uint8Array;
  flags: number;
  crc32: number;
  modTime: number;
  modDate: number;
  versionMadeBy: number;
  internalAttrs: number;
  externalAttrs: number;
  /** Where the compressed data starts in the input. */
  dataStart: number;
}

/** The parts of an .xlsx held in memory, by name. */
export class PackageArchive {
  readonly parts: ArchivePart[];
  private readonly byName = new Map<string, ArchivePart>();

  private constructor(
    private readonly bytes: Uint8Array,
    parts: ArchivePart[],
  ) {
    this.parts = parts;
    for (const p of parts) this.byName.set(p.name, p);
  }

  /** Lists the parts; throws WorkbookUnreadable when the bytes are not a zip we can copy from. */
  static open(bytes: Uint8Array): PackageArchive {
    const entries = zipEntriesOf(bytes);
    const tail = bytes.subarray(Math.max(0, bytes.length - EOCD_SEARCH));
    const cd = findCentralDirectory(tail, bytes.length);
    return new PackageArchive(bytes, describeParts(bytes, cd.offset, entries));
  }

  get(name: string): ArchivePart | undefined {
    return this.byName.get(name);
  }

  /** The part whose name matches without regard to case (zip names are case-sensitive, OPC part names are not). */
  find(name: string): ArchivePart | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const wanted = name.toLowerCase();
    return this.parts.find((p) => p.name.toLowerCase() === wanted);
  }

  /** The compressed bytes of a part, exactly as stored. */
  raw(part: ArchivePart): Uint8Array {
    return this.bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
  }

  /** The part's content, inflated. Only for the parts we change (small XML). */
  content(part: ArchivePart): Uint8Array {
    const raw = this.raw(part);
    if (part.method === 0) return raw;
    if (part.method !== 8) throw new WorkbookUnreadable("truncated", undefined, `compression method ${part.method}`);
    return inflateSync(raw, { out: new Uint8Array(part.uncompressedSize) });
  }

  text(name: string): string | undefined {
    const part = this.find(name);
    return part ? strFromU8(this.content(part)) : undefined;
  }
}

/** Walks the central directory beside ../zip.ts's entries for the fields a copy keeps (CRC, times, attributes). */
function describeParts(bytes: Uint8Array, cdOffset: number, entries: ZipEntry[]): ArchivePart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: ArchivePart[] = [];
  let p = cdOffset;
  for (const entry of entries) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CD_SIGNATURE) throw new WorkbookUnreadable("truncated");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new WorkbookUnreadable("truncated");
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + entry.compressedSize > bytes.length) throw new WorkbookUnreadable("truncated");
    parts.push({
      ...entry,
      nameBytes: bytes.slice(p + 46, p + 46 + nameLen),
      versionMadeBy: view.getUint16(p + 4, true),
      flags: view.getUint16(p + 8, true),
      modTime: view.getUint16(p + 12, true),
      modDate: view.getUint16(p + 14, true),
      crc32: view.getUint32(p + 16, true),
      internalAttrs: view.getUint16(p + 36, true),
      externalAttrs: view.getUint32(p + 38, true),
      dataStart,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the data; `previous` continues the CRC of what came before it. */
export function crc32(data: Uint8Array, previous = 0): number {
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A part of the output: copied from the input as stored, new content to deflate, or content deflated already. */
export type OutputPart =
  | { copy: ArchivePart; from: PackageArchive }
  | { name: string; content: Uint8Array | string }
  | { name: string; deflated: Uint8Array; crc32: number; size: number };

interface Written {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  modTime: number;
  modDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  versionMadeBy: number;
  internalAttrs: number;
  externalAttrs: number;
  data: Uint8Array;
}

function prepare(part: OutputPart): Written {
  if ("copy" in part) {
    const c = part.copy;
    return { ...c, flags: c.flags & ~FLAG_DATA_DESCRIPTOR, data: part.from.raw(c) };
  }
  let data: Uint8Array;
  let crc: number;
  let size: number;
  if ("deflated" in part) {
    [data, crc, size] = [part.deflated, part.crc32, part.size];
  } else {
    const content = typeof part.content === "string" ? strToU8(part.content) : part.content;
    [data, crc, size] = [deflateSync(content, { level: 6 }), crc32(content), content.length];
  }
  const nameBytes = strToU8(part.name);
  return {
    nameBytes,
    flags: nameBytes.length !== part.name.length ? FLAG_UTF8 : 0,
    method: 8,
    modTime: 0,
    modDate: DOS_DATE_1980,
    crc32: crc,
    compressedSize: data.length,
    uncompressedSize: size,
    versionMadeBy: 20,
    internalAttrs: 0,
    externalAttrs: 0,
    data,
  };
}

/** Writes the parts, in order, as a zip (local headers carry sizes and CRC; no data descriptors, no zip64). */
export function writeArchive(parts: OutputPart[]): Uint8Array {
  const written = parts.map(prepare);
  let size = 22;
  for (const w of written) size += 30 + w.nameBytes.length + w.data.length + 46 + w.nameBytes.length;
  if (size > 0xffffffff || written.length > 0xffff) throw new RangeError("the package is too large for a zip without zip64");
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  const header = (w: Written, at: number): void => {
    view.setUint16(at, 20, true); // version needed: deflate
    view.setUint16(at + 2, w.flags, true);
    view.setUint16(at + 4, w.method, true);
    view.setUint16(at + 6, w.modTime, true);
    view.setUint16(at + 8, w.modDate, true);
    view.setUint32(at + 10, w.crc32, true);
    view.setUint32(at + 14, w.compressedSize, true);
    view.setUint32(at + 18, w.uncompressedSize, true);
    view.setUint16(at + 22, w.nameBytes.length, true);
    view.setUint16(at + 24, 0, true); // no extra field
  };
  for (const w of written) {
    offsets.push(p);
    view.setUint32(p, LOCAL_SIGNATURE, true);
    header(w, p + 4);
    out.set(w.nameBytes, p + 30);
    out.set(w.data, p + 30 + w.nameBytes.length);
    p += 30 + w.nameBytes.length + w.data.length;
  }
  const cdStart = p;
  written.forEach((w, i) => {
    view.setUint32(p, CD_SIGNATURE, true);
    view.setUint16(p + 4, w.versionMadeBy, true);
    header(w, p + 6);
    // comment length, disk number start: 0
    view.setUint16(p + 36, w.internalAttrs, true);
    view.setUint32(p + 38, w.externalAttrs, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(w.nameBytes, p + 46);
    p += 46 + w.nameBytes.length;
  });
  view.setUint32(p, EOCD_SIGNATURE, true);
  view.setUint16(p + 8, written.length, true);
  view.setUint16(p + 10, written.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
