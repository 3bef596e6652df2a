// Just enough of the zip format to tell an .xlsx from what it is not, and to find its parts.
// Browser-safe: works on Uint8Array only (the Node reader feeds it the file's head and tail).
import { WorkbookUnreadable, type UnreadableReason } from "./errors";

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** General purpose flag bit 0: the entry is encrypted (zip crypto). */
  encrypted: boolean;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIGNATURE = 0x06054b50;
const CD_SIGNATURE = 0x02014b50;
/** EOCD is 22 bytes plus a comment of at most 65535. */
export const EOCD_SEARCH = 22 + 0xffff;

/**
 * What the first bytes say: a zip (maybe an .xlsx), or why it cannot be one.
 * `ole2` needs the whole file (or at least its directory) to tell an encrypted .xlsx from an .xls.
 */
export function sniff(head: Uint8Array, size: number): "zip" | "ole2" | UnreadableReason {
  if (size === 0) return "empty";
  if (head.length >= 8 && OLE2_MAGIC.every((b, i) => head[i] === b)) return "ole2";
  // PK\3\4 (local header) or PK\5\6 (an empty zip, which then lacks the workbook part).
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) return "zip";
  return "notZip";
}

/** An OLE2 compound file that holds an "EncryptedPackage" stream is a password-protected .xlsx; else it is an .xls. */
export function ole2Kind(bytes: Uint8Array): "encrypted" | "xls" {
  const name = "EncryptedPackage";
  // Directory entry names are UTF-16LE.
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  return indexOfBytes(bytes, needle) >= 0 ? "encrypted" : "xls";
}

export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Where the central directory stands, read from the end-of-central-directory record in the file's tail. */
export function findCentralDirectory(tail: Uint8Array, fileSize: number): { offset: number; size: number; count: number } {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== EOCD_SIGNATURE) continue;
    const zip64 = i >= 20 && view.getUint32(i - 20, true) === ZIP64_LOCATOR_SIGNATURE ? zip64Directory(view, i - 20, tail.length, fileSize) : null;
    const count = zip64?.count ?? view.getUint16(i + 10, true);
    const size = zip64?.size ?? view.getUint32(i + 12, true);
    const offset = zip64?.offset ?? view.getUint32(i + 16, true);
    if (offset + size > fileSize) break;
    return { offset, size, count };
  }
  // No end record: the copy stopped before the end of the file.
  throw new WorkbookUnreadable("truncated");
}

const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;

/** A little-endian 64-bit field as a number (exact below 2^53), without BigInt, which EdgeHTML lacks. */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

/** The zip64 end record the locator at `at` points to (it stands just before the locator, so in the tail). */
function zip64Directory(view: DataView, at: number, tailLength: number, fileSize: number): { offset: number; size: number; count: number } {
  const recordAt = uint64(view, at + 8) - (fileSize - tailLength);
  if (recordAt < 0 || recordAt + 56 > tailLength || view.getUint32(recordAt, true) !== ZIP64_EOCD_SIGNATURE) {
    throw new WorkbookUnreadable("truncated");
  }
  return {
    count: uint64(view, recordAt + 32),
    size: uint64(view, recordAt + 40),
    offset: uint64(view, recordAt + 48),
  };
}

/** The entries listed in a central directory (zip64 sizes and offsets read from their extra field). */
export function parseCentralDirectory(cd: Uint8Array, count: number): ZipEntry[] {
  const view = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || view.getUint32(p, true) !== CD_SIGNATURE) throw new WorkbookUnreadable("truncated");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > cd.length) throw new WorkbookUnreadable("truncated");
    const name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLen));
    const entry: ZipEntry = {
      name,
      method,
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      encrypted: (flags & 1) === 1,
    };
    readZip64Extra(view, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const MAX32 = 0xffffffff;

/** Fills the sizes and offset a zip64 entry leaves at 0xFFFFFFFF from its extra field (header 0x0001). */
function readZip64Extra(view: DataView, at: number, length: number, entry: ZipEntry): void {
  if (entry.uncompressedSize !== MAX32 && entry.compressedSize !== MAX32 && entry.localHeaderOffset !== MAX32) return;
  for (let q = at; q + 4 <= at + length; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 1) {
      let f = q + 4;
      const next = (): number | undefined => {
        if (f + 8 > q + 4 + size) return undefined;
        const v = uint64(view, f);
        f += 8;
        return v;
      };
      // Only the fields the header leaves at 0xFFFFFFFF stand here, in this order.
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next() ?? MAX32;
      if (entry.compressedSize === MAX32) entry.compressedSize = next() ?? MAX32;
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next() ?? MAX32;
      return;
    }
    q += 4 + size;
  }
}

/** Where an entry's data starts, from its local header (30 bytes, then its own name and extra field). */
export function entryDataStart(localHeader: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(localHeader.buffer, localHeader.byteOffset, localHeader.byteLength);
  if (localHeader.length < 30 || view.getUint32(0, true) !== LOCAL_SIGNATURE) throw new WorkbookUnreadable("truncated");
  return entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
}

const LOCAL_SIGNATURE = 0x04034b50;

/** Entries of a whole zip held in memory (browser path), after checking it is one. */
export function zipEntriesOf(bytes: Uint8Array): ZipEntry[] {
  const kind = sniff(bytes.subarray(0, 8), bytes.length);
  if (kind === "ole2") throw new WorkbookUnreadable(ole2Kind(bytes));
  if (kind !== "zip") throw new WorkbookUnreadable(kind);
  const tail = bytes.subarray(Math.max(0, bytes.length - EOCD_SEARCH));
  const { offset, size, count } = findCentralDirectory(tail, bytes.length);
  return parseCentralDirectory(bytes.subarray(offset, offset + size), count);
}

/** Throws unless the entries are those of a readable spreadsheet. */
export function checkXlsxEntries(entries: ZipEntry[]): void {
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new WorkbookUnreadable("notXlsx");
  if (entries.some((e) => e.encrypted)) throw new WorkbookUnreadable("encrypted");
}
