// Builders of the bad files a clerk really sends: an old .xls, a password-protected .xlsx, a zip that is
// not a workbook. Built by hand here (no library), so the CLI's detection is checked against the formats
// themselves and not against the code that wrote them.
import { crc32 } from "zlib";

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
/** Streams of at least this size live in regular sectors, so no mini stream is needed. */
const MINI_CUTOFF = 4096;

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

/**
 * A minimal OLE2 / Compound File Binary (MS-CFB, version 3): header, one FAT sector, one directory
 * sector, then each stream padded to MINI_CUTOFF bytes so it stands in regular sectors.
 * At most 3 streams (one directory sector holds 4 entries, the root among them).
 */
export function buildCfb(streams: CfbStream[]): Buffer {
  if (streams.length > 3) throw new Error("buildCfb: at most 3 streams");
  const padded = streams.map((s) => {
    const size = Math.max(MINI_CUTOFF, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const buf = Buffer.alloc(size);
    buf.set(s.data);
    return { name: s.name, data: buf, size: Math.max(MINI_CUTOFF, s.data.length) };
  });
  // Sector 0: FAT, sector 1: directory, then the streams' sectors in order.
  const starts: number[] = [];
  let next = 2;
  for (const s of padded) {
    starts.push(next);
    next += s.data.length / SECTOR;
  }
  const totalSectors = next;
  if (totalSectors > SECTOR / 4) throw new Error("buildCfb: streams too large for one FAT sector");

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // byte order mark
  header.writeUInt16LE(9, 30); // sector shift: 2^9
  header.writeUInt16LE(6, 32); // mini sector shift: 2^6
  header.writeUInt32LE(0, 40); // directory sectors (0 in version 3)
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60); // first mini FAT sector: none
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68); // first DIFAT sector: none
  header.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  padded.forEach((s, i) => {
    const n = s.data.length / SECTOR;
    for (let k = 0; k < n; k++) fat.writeUInt32LE(k === n - 1 ? ENDOFCHAIN : starts[i] + k + 1, (starts[i] + k) * 4);
  });

  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const p = i * 128;
    dir.write(name, p, "utf16le");
    dir.writeUInt16LE((name.length + 1) * 2, p + 64);
    dir.writeUInt8(type, p + 66);
    dir.writeUInt8(1, p + 67); // black
    dir.writeUInt32LE(NOSTREAM, p + 68); // left sibling
    dir.writeUInt32LE(right, p + 72);
    dir.writeUInt32LE(child, p + 76);
    dir.writeUInt32LE(start, p + 116);
    dir.writeUInt32LE(size, p + 120);
  };
  entry(0, "Root Entry", 5, padded.length > 0 ? 1 : NOSTREAM, NOSTREAM, ENDOFCHAIN, 0);
  // The streams hang as a chain of right siblings: a valid (if unbalanced) all-black tree.
  padded.forEach((s, i) => entry(i + 1, s.name, 2, NOSTREAM, i + 1 < padded.length ? i + 2 : NOSTREAM, starts[i], s.size));
  for (let i = padded.length + 1; i < 4; i++) {
    const p = i * 128;
    dir.writeUInt32LE(NOSTREAM, p + 68);
    dir.writeUInt32LE(NOSTREAM, p + 72);
    dir.writeUInt32LE(NOSTREAM, p + 76);
  }
  return Buffer.concat([header, fat, dir, ...padded.map((s) => s.data)]);
}

/** An Excel 97–2003 file: a CFB holding a "Workbook" stream that opens with a BIFF8 BOF record. */
export function buildXls(): Buffer {
  const bof = Buffer.alloc(20);
  bof.writeUInt16LE(0x0809, 0); // BOF
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4); // BIFF8
  bof.writeUInt16LE(0x0005, 6); // workbook globals
  return buildCfb([{ name: "Workbook", data: bof }]);
}

/**
 * A password-protected .xlsx as Excel writes it (MS-OFFCRYPTO agile encryption): a CFB holding an
 * "EncryptionInfo" stream (version 4.4 + XML descriptor) and an "EncryptedPackage" stream
 * (8-byte plain size, then ciphertext — random bytes stand in for it).
 */
export function buildEncryptedXlsx(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
    'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml, "utf8")]);
  const pkg = Buffer.alloc(5000);
  pkg.writeUInt32LE(4200, 0);
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff;
  return buildCfb([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}

/** A stored (uncompressed) zip of the given files: enough for "a .zip that is not a workbook". */
export function buildZip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, "utf8");
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(f.data.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(f.data.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.data);
    centrals.push(central, name);
    offset += 30 + name.length + f.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(files.length, 8);
  eocd.writeUInt16LE(files.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}
