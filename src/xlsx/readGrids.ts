// Grids from an .xlsx file in Node, for the CLI: ExcelJS's streaming reader for the cells (100k rows in
// about two seconds, memory bounded by the Grids themselves), and beside it a light pass over the zip for
// what that reader ignores (merges, hidden columns, error results, the workbook's sheet order and states).
import { createReadStream, promises as fsp } from "fs";
import { Readable } from "stream";
import { createInflateRaw, inflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import type { Grid } from "../domain/grid";
import { WorkbookUnreadable } from "./errors";
import { defaultFontOf, FONT_ROWS, GridBuilder, SETTINGS_SHEET, toCellValue } from "./cells";
import { parseSharedStrings, parseWorkbookXml, SheetXmlScanner, type SheetExtras, type WorkbookSheet } from "./sheetXml";
import {
  checkXlsxEntries,
  EOCD_SEARCH,
  findCentralDirectory,
  ole2Kind,
  parseCentralDirectory,
  sniff,
  type ZipEntry,
} from "./zip";
import { readGridsFromBuffer, type ReadGridsOptions } from "./readBuffer";

export { readGridsFromBuffer, type ReadGridsOptions };
export { WorkbookUnreadable, unreadableMessage, type UnreadableReason } from "./errors";

interface OpenedZip {
  path: string;
  entries: Map<string, ZipEntry>;
  /** Where the central directory starts: the end of the last entry. */
  cdOffset: number;
}

/** Checks the file is a readable .xlsx and lists its parts; throws WorkbookUnreadable otherwise. */
export async function openXlsx(path: string): Promise<OpenedZip> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(path, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EISDIR" ? "directory" : "notZip";
    throw new WorkbookUnreadable(reason, path);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new WorkbookUnreadable(stat.isDirectory() ? "directory" : "notZip", path);
    const size = stat.size;
    const head = Buffer.alloc(Math.min(8, size));
    await handle.read(head, 0, head.length, 0);
    const kind = sniff(head, size);
    if (kind === "ole2") throw new WorkbookUnreadable(ole2Kind(await handle.readFile()), path);
    if (kind !== "zip") throw new WorkbookUnreadable(kind, path);
    const tailLen = Math.min(size, EOCD_SEARCH);
    const tail = Buffer.alloc(tailLen);
    await handle.read(tail, 0, tailLen, size - tailLen);
    const cd = findCentralDirectory(tail, size);
    const dir = Buffer.alloc(cd.size);
    await handle.read(dir, 0, cd.size, cd.offset);
    const list = parseCentralDirectory(dir, cd.count);
    checkXlsxEntries(list);
    return { path, entries: new Map(list.map((e) => [e.name, e])), cdOffset: cd.offset };
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw new WorkbookUnreadable(err.reason, path);
    throw new WorkbookUnreadable("truncated", path, err instanceof Error ? err.message : String(err));
  } finally {
    await handle.close();
  }
}

async function dataRange(zip: OpenedZip, entry: ZipEntry): Promise<{ start: number; end: number }> {
  const handle = await fsp.open(zip.path, "r");
  try {
    const local = Buffer.alloc(30);
    await handle.read(local, 0, 30, entry.localHeaderOffset);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new WorkbookUnreadable("truncated", zip.path);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    return { start, end: start + entry.compressedSize };
  } finally {
    await handle.close();
  }
}

/** A small part (workbook.xml, rels, styles) as text. */
async function partText(zip: OpenedZip, name: string): Promise<string | undefined> {
  const entry = zip.entries.get(name);
  if (!entry) return undefined;
  const { start, end } = await dataRange(zip, entry);
  const handle = await fsp.open(zip.path, "r");
  try {
    const data = Buffer.alloc(end - start);
    await handle.read(data, 0, data.length, start);
    return (entry.method === 0 ? data : inflateRawSync(data)).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Streams one sheet's XML through the scanner for merges, hidden columns and error values. */
async function scanSheet(zip: OpenedZip, entry: ZipEntry): Promise<SheetExtras> {
  const { start, end } = await dataRange(zip, entry);
  const scanner = new SheetXmlScanner();
  if (entry.compressedSize === 0) return scanner.end();
  // Large reads and inflate chunks: with zlib's default 16 KB chunks, the round trips to the thread pool
  // and the async iteration cost the main thread about three times the inflating itself.
  const raw = createReadStream(zip.path, { start, end: end - 1, highWaterMark: 1 << 18 });
  const stream = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: 1 << 18 }));
  raw.on("error", (e) => stream.destroy(e));
  for await (const chunk of stream as AsyncIterable<Buffer>) scanner.push(chunk);
  return scanner.end();
}

/** Grids of an .xlsx file, in workbook order (worksheets only). Never writes to the file. */
export async function readGridsFromFile(path: string, opts: ReadGridsOptions = {}): Promise<Grid[]> {
  const zip = await openXlsx(path);
  try {
    return await readOpened(zip, opts);
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw err;
    throw new WorkbookUnreadable("truncated", path, err instanceof Error ? err.message : String(err));
  }
}

async function readOpened(zip: OpenedZip, opts: ReadGridsOptions): Promise<Grid[]> {
  const { sheets, date1904 } = parseWorkbookXml(
    (await partText(zip, "xl/workbook.xml")) ?? "",
    (await partText(zip, "xl/_rels/workbook.xml.rels")) ?? "",
  );
  const stylesXml = await partText(zip, "xl/styles.xml");
  const defaultFont = stylesXml ? defaultFontOf(stylesXml) : undefined;
  const wanted = sheets.filter((s): s is WorkbookSheet & { path: string } =>
    Boolean(
      s.path &&
        zip.entries.has(s.path) &&
        s.name !== SETTINGS_SHEET &&
        (!opts.sheets || opts.sheets.includes(s.name)),
    ),
  );
  // ExcelJS's streaming reader knows sheets only as xl/worksheets/sheetN.xml; other writers may name them
  // otherwise, and then the in-memory reader (which follows the workbook's relationships) reads the file.
  if (wanted.some((s) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(s.path))) {
    return readGridsFromBuffer(await fsp.readFile(zip.path), opts);
  }
  const byPath = new Map(wanted.map((s) => [s.path, s]));

  // The light pass runs beside the streaming read: inflating happens on libuv's threads, so it mostly
  // overlaps. It inflates every part the streaming reader will read, because that reader hangs (rather
  // than fails) on a damaged deflate stream: a failure here stops the read with "truncated".
  const extras = new Map<string, Promise<SheetExtras>>();
  const checks: Promise<unknown>[] = [];
  for (const s of sheets) {
    const entry = s.path ? zip.entries.get(s.path) : undefined;
    if (!s.path || !entry) continue;
    const p = scanSheet(zip, entry);
    extras.set(s.path, p);
    checks.push(p);
  }
  const sharedStrings = zip.entries.get("xl/sharedStrings.xml");
  if (sharedStrings) checks.push(scanSheet(zip, sharedStrings));
  let stop: (() => void) | undefined;
  const damaged = new Promise<never>((_, reject) => {
    for (const p of checks)
      p.catch((err: unknown) => {
        stop?.();
        reject(err);
      });
  });
  damaged.catch(() => undefined); // raced below; never an unhandled rejection

  const fontRows = opts.fontRows ?? FONT_ROWS;
  const streaming = streamCells(zip, byPath, extras, defaultFont, fontRows, date1904, opts, (s) => (stop = s));
  streaming.catch(() => undefined);
  const streamed = await Promise.race([streaming, damaged]);

  const grids: Grid[] = [];
  for (const s of wanted) {
    const extra = await extras.get(s.path)!;
    const builder = streamed.get(s.path) ?? new GridBuilder(s.name, defaultFont, fontRows);
    grids.push(builder.finish({ merges: extra.merges, hiddenColumns: extra.hiddenColumns, hidden: s.hidden }));
  }
  return grids;
}

/**
 * The zip as ExcelJS's streaming reader should meet it: the parts it needs, in the order it needs them
 * (relationships, workbook, styles, shared strings, then the wanted sheets), then a padding entry and the
 * central directory. Met in the writer's order instead, sheets that come before the shared strings go
 * through temporary files, and parts that come after them are at times lost (exceljs issue #683): dates
 * read as numbers, fonts and strings missing. The streaming parser reads local entries one after another
 * and only skips over the central directory, so the parts may stand in any order.
 */
function orderedZipStream(zip: OpenedZip, names: string[]): Readable {
  const byOffset = [...zip.entries.values()].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const spanEnd = new Map<ZipEntry, number>();
  // An entry runs to the next one's local header (or the central directory): that takes in a data descriptor.
  byOffset.forEach((e, i) => spanEnd.set(e, i + 1 < byOffset.length ? byOffset[i + 1].localHeaderOffset : zip.cdOffset));
  async function* bytes(): AsyncGenerator<Buffer> {
    for (const name of names) {
      const e = zip.entries.get(name);
      if (!e) continue;
      // A sheet goes to ExcelJS inflated by us, as a stored entry of its recorded size: unzipper's own
      // inflate pipeline costs the main thread more per chunk than zlib's work. Inflated in 256 KB chunks
      // (few round trips to the thread pool, so the parse seldom waits) and handed on in 32 KB pieces, the
      // size that suits the SAX parser behind it (larger ones fill the young generation with event batches).
      if (e.method === 8 && name.startsWith("xl/worksheets/") && e.uncompressedSize > 0 && e.uncompressedSize < 0xffffffff) {
        const { start, end } = await dataRange(zip, e);
        yield storedHeader(name, e.uncompressedSize);
        const raw = createReadStream(zip.path, { start, end: end - 1, highWaterMark: 1 << 18 });
        const inflate = raw.pipe(createInflateRaw({ chunkSize: 1 << 18 }));
        raw.on("error", (err) => inflate.destroy(err));
        // The entry must hold exactly the size its header gives, or the zip parser loses its place: a
        // directory that misstates the size (a damaged file) gets its XML cut or padded with spaces.
        let left = e.uncompressedSize;
        for await (const chunk of inflate as AsyncIterable<Buffer>) {
          if (left === 0) continue;
          const part = chunk.length <= left ? chunk : chunk.subarray(0, left);
          left -= part.length;
          for (let at = 0; at < part.length; at += 1 << 15) yield part.subarray(at, at + (1 << 15));
        }
        if (left > 0) yield Buffer.alloc(left, 0x20);
        continue;
      }
      yield* createReadStream(zip.path, { start: e.localHeaderOffset, end: spanEnd.get(e)! - 1, highWaterMark: 1 << 16 });
    }
    yield paddingEntry();
    yield* createReadStream(zip.path, { start: zip.cdOffset });
  }
  // A 1 MB buffer lets the inflating run ahead of the parse, which then seldom waits on the thread pool.
  return Readable.from(bytes(), { objectMode: false, highWaterMark: 1 << 20 });
}

/** The local header of a stored entry of known size. */
function storedHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4); // version needed
  header.writeUInt16LE(0x800, 6); // UTF-8 name
  header.writeUInt32LE(size, 18); // compressed size (stored)
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

/** A small stored entry that nobody reads, so no part we need is the last before the central directory. */
function paddingEntry(): Buffer {
  const name = Buffer.from("bdg-padding.bin");
  const size = 1024;
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4); // version needed
  header.writeUInt32LE(size, 18); // compressed size (stored)
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, Buffer.alloc(size)]);
}

/**
 * A sheet's rows as ExcelJS's worksheet reader parses them. Its own row iterator yields (and so awaits)
 * once per row; its parse() yields the rows of each XML chunk together, one await per chunk.
 */
async function* rowsOf(ws: unknown): AsyncGenerator<ExcelJS.Row[]> {
  const reader = ws as { parse?: () => AsyncIterable<{ eventType: string; value: unknown }[]> };
  if (typeof reader.parse !== "function") {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) yield [row];
    return;
  }
  for await (const events of reader.parse()) {
    const rows: ExcelJS.Row[] = [];
    for (const e of events) if (e.eventType === "row") rows.push(e.value as ExcelJS.Row);
    if (rows.length > 0) yield rows;
  }
}

/** The streaming read proper: ExcelJS's rows of the wanted sheets into GridBuilders, by sheet part. */
async function streamCells(
  zip: OpenedZip,
  byPath: Map<string, WorkbookSheet & { path: string }>,
  extras: Map<string, Promise<SheetExtras>>,
  defaultFont: string | undefined,
  fontRows: number,
  date1904: boolean,
  opts: ReadGridsOptions,
  onStop: (stop: () => void) => void,
): Promise<Map<string, GridBuilder>> {
  const streamed = new Map<string, GridBuilder>();
  // styles: "cache" gives number formats (dates) and fonts; the style models are shared per style id.
  const order = [
    "xl/_rels/workbook.xml.rels",
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    ...byPath.keys(),
  ];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(orderedZipStream(zip, order), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  let stopped = false;
  onStop(() => {
    stopped = true;
    // The reader opens its file stream when parsing starts; closing it ends the stalled parse.
    (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  });
  // ExcelJS's streaming reader sometimes loses the shared strings table when it follows the sheets
  // (exceljs issue #683) and leaves {sharedString: n}; then we read the table ourselves.
  let shared: string[] | undefined;
  let sharedMissed = false;
  const resolveShared = (i: number): string | undefined => {
    if (!shared) sharedMissed = true;
    return shared?.[i];
  };
  let sheetNo = "";
  (reader as unknown as NodeJS.EventEmitter).on("entry", (e: { type: string; id?: string }) => {
    if (e.type === "worksheet" && e.id !== undefined) sheetNo = e.id;
  });
  for await (const ws of reader) {
    if (stopped) break;
    const sheet = byPath.get(`xl/worksheets/sheet${sheetNo}.xml`);
    if (!sheet) {
      // A sheet we were not asked for: drain it.
      for await (const _rows of rowsOf(ws)) void _rows;
      continue;
    }
    const builder = new GridBuilder(sheet.name, defaultFont, fontRows);
    // Error results of formulas come back as NaN from the streaming reader; the light pass knows their text.
    const lostErrors: { row: number; col: number; ref: string; font?: string }[] = [];
    let rowsRead = 0;
    for await (const rows of rowsOf(ws)) {
      for (const row of rows) {
        const r = row.number;
        const setCells = () =>
          row.eachCell({ includeEmpty: false }, (cell, col) => {
            const style = cell.style as Partial<ExcelJS.Style> | undefined;
            const value = toCellValue(
              cell.value,
              style?.numFmt,
              date1904,
              () => {
                lostErrors.push({ row: r, col, ref: cell.address, font: style?.font?.name });
                return undefined;
              },
              resolveShared,
            );
            builder.set(r, col, value, style?.font?.name);
          });
        setCells();
        if (sharedMissed && !shared) {
          // The first cell ExcelJS could not resolve: read the table ourselves, then this row again.
          shared = parseSharedStrings((await partText(zip, "xl/sharedStrings.xml")) ?? "");
          lostErrors.length = lostErrors.filter((e) => e.row !== r).length;
          setCells();
        }
        if (++rowsRead % 5000 === 0) opts.onProgress?.({ sheet: sheet.name, rowsRead });
      }
    }
    if (lostErrors.length > 0) {
      const { errors } = await extras.get(sheet.path)!;
      for (const p of lostErrors) {
        const e = errors.get(p.ref);
        if (e) builder.set(p.row, p.col, { error: e }, p.font);
      }
    }
    streamed.set(sheet.path, builder);
    opts.onProgress?.({ sheet: sheet.name, rowsRead, rowsTotal: rowsRead });
  }
  return streamed;
}
