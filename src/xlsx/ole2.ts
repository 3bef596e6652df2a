// An OLE2 compound file (MS-CFB) is an Excel 97–2003 .xls, or an .xlsx under a password (its package
// encrypted in an "EncryptedPackage" stream). Telling them apart needs only the directory: the header's
// first FAT sectors, then the directory's chain of sectors — never the rest of the file, however large.
import { MAX_OLE2_SECTORS } from "./limits";
import type { ByteSource } from "./source";
import { indexOfBytes } from "./zip";

const ENDOFCHAIN = 0xfffffffe;
/** The header lists the first 109 FAT sectors itself (the DIFAT); a directory beyond them is not followed. */
const HEADER_DIFAT = 109;

export async function ole2KindOf(source: ByteSource): Promise<"encrypted" | "xls"> {
  if ((await directoryKind(source)) === "encrypted") return "encrypted";
  // A writer that lays the file out loosely: look for the stream's name in the first sectors too.
  const head = await source.read(0, HEAD_SEARCH);
  return indexOfBytes(head, ENCRYPTED_PACKAGE) >= 0 ? "encrypted" : "xls";
}

/** Bytes searched for the name when the directory did not give it. */
const HEAD_SEARCH = 64 * 1024;
const ENCRYPTED_PACKAGE = new Uint8Array(Array.from("EncryptedPackage", (ch) => [ch.charCodeAt(0), 0]).reduce((a, b) => a.concat(b), []));

async function directoryKind(source: ByteSource): Promise<"encrypted" | "xls"> {
  const header = await source.read(0, 512);
  if (header.length < 512) return "xls";
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return "xls";
  const sectorSize = 1 << shift;
  const perFat = sectorSize / 4;
  const fats = new Map<number, DataView>();
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  /** The next sector of a chain, from the FAT sector that holds n's entry (read once). */
  const nextOf = async (n: number): Promise<number> => {
    const k = Math.floor(n / perFat);
    if (k >= HEADER_DIFAT) return ENDOFCHAIN;
    let fat = fats.get(k);
    if (!fat) {
      const fatSector = view.getUint32(76 + k * 4, true);
      if (sectorAt(fatSector) + sectorSize > source.size) return ENDOFCHAIN;
      const bytes = await source.read(sectorAt(fatSector), sectorSize);
      fat = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      fats.set(k, fat);
    }
    return fat.getUint32((n % perFat) * 4, true);
  };
  const seen = new Set<number>();
  for (let n = view.getUint32(48, true); n < ENDOFCHAIN && !seen.has(n) && seen.size < MAX_OLE2_SECTORS; n = await nextOf(n)) {
    seen.add(n);
    if (sectorAt(n) + sectorSize > source.size) break;
    const dir = await source.read(sectorAt(n), sectorSize);
    for (let e = 0; e + 128 <= dir.length; e += 128) if (entryName(dir, e) === "EncryptedPackage") return "encrypted";
  }
  return "xls";
}

/** A directory entry's name: UTF-16LE, its byte length (with the terminating 0) at offset 64. */
function entryName(dir: Uint8Array, at: number): string {
  const len = dir[at + 64] | (dir[at + 65] << 8);
  let name = "";
  for (let i = 0; i + 2 < len && i < 64; i += 2) name += String.fromCharCode(dir[at + i] | (dir[at + i + 1] << 8));
  return name;
}
