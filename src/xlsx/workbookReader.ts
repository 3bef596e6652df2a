// Our reader of .xlsx packages: from a ByteSource to Grids, following the package's relationships
// (_rels/.rels → the workbook part → its sheets, shared strings and styles, whatever their names), in
// Transitional or Strict Open XML, zip64 or not. Browser-safe: the Node reader only brings a file source.
// Every part is inflated a chunk at a time within the bounds of limits.ts; nothing else is inflated.
import type { Grid } from "../domain/grid";
import type { ReadProgress } from "../report/gateway";
import { FONT_ROWS, GridBuilder, SETTINGS_SHEET, serialDates } from "./cells";
import { WorkbookUnreadable } from "./errors";
import { MAX_CELLS, MAX_DIRECTORY_BYTES, MAX_PART_BYTES } from "./limits";
import { ole2KindOf } from "./ole2";
import { partChunks, partText } from "./part";
import {
  parseRels,
  parseStyles,
  parseWorkbook,
  relsPathOf,
  type Relationship,
  type StyleTable,
  type WorkbookSheetEntry,
} from "./packageParts";
import { SharedStringsScanner } from "./sharedStrings";
import { newBudget, SheetScanner, type ReadBudget } from "./sheetScanner";
import type { ByteSource } from "./source";
import { EOCD_SEARCH, findCentralDirectory, parseCentralDirectory, sniff, type ZipEntry } from "./zip";

export interface ReadGridsOptions {
  /** Names of the sheets to read; all worksheets when omitted. */
  sheets?: string[];
  /** Called every 5,000 rows of a sheet, and once at its end (with rowsTotal). */
  onProgress?: (p: ReadProgress) => void;
  /** Rows whose cell fonts are kept (default 40). */
  fontRows?: number;
}

/** The package's parts by name; OPC names are case-insensitive. */
export class PackageIndex {
  private readonly byName = new Map<string, ZipEntry>();
  constructor(readonly entries: ZipEntry[]) {
    for (const e of entries) {
      const key = normalName(e.name);
      if (!this.byName.has(key)) this.byName.set(key, e);
    }
  }
  get(name: string): ZipEntry | undefined {
    return this.byName.get(normalName(name));
  }
}

function normalName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** Checks the first bytes and lists the zip's entries; throws WorkbookUnreadable when it is no zip. */
export async function openPackage(source: ByteSource): Promise<PackageIndex> {
  const kind = sniff(await source.read(0, 8), source.size);
  if (kind === "ole2") throw new WorkbookUnreadable(await ole2KindOf(source));
  if (kind !== "zip") throw new WorkbookUnreadable(kind);
  const tailLength = Math.min(source.size, EOCD_SEARCH);
  const tail = await source.read(source.size - tailLength, tailLength);
  const cd = findCentralDirectory(tail, source.size);
  if (cd.size > MAX_DIRECTORY_BYTES) throw new WorkbookUnreadable("tooLarge");
  return new PackageIndex(parseCentralDirectory(await source.read(cd.offset, cd.size), cd.count));
}

async function smallPart(source: ByteSource, pkg: PackageIndex, name: string): Promise<string | undefined> {
  const entry = pkg.get(name);
  return entry ? partText(source, entry, MAX_PART_BYTES.small) : undefined;
}

/** The workbook part: the package's officeDocument relationship (xl/workbook.xml when a writer left none). */
async function workbookPartOf(source: ByteSource, pkg: PackageIndex): Promise<string> {
  const rootRels = await smallPart(source, pkg, "_rels/.rels");
  const target = rootRels ? parseRels(rootRels, "").find((r) => r.kind === "officeDocument" && pkg.get(r.target)) : undefined;
  if (target) return target.target;
  if (pkg.get("xl/workbook.xml")) return "xl/workbook.xml";
  throw new WorkbookUnreadable("notXlsx");
}

interface Workbook {
  sheets: (WorkbookSheetEntry & { part?: string })[];
  /** Inline texts kept so far, for all its sheets. */
  texts: Map<string, string>;
  /** Date cells' Dates in the workbook's date system, one per day for all its sheets. */
  dateOf: (serial: number) => Date;
  styles: StyleTable;
  sharedStrings: string[];
}

/** The workbook part, its relationships, styles and shared strings. */
async function readWorkbookParts(source: ByteSource, pkg: PackageIndex, budget: ReadBudget): Promise<Workbook> {
  const part = await workbookPartOf(source, pkg);
  const info = parseWorkbook((await smallPart(source, pkg, part)) ?? "");
  const rels = parseRels((await smallPart(source, pkg, relsPathOf(part))) ?? "", part);
  const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
  const sheets = info.sheets.map((s) => {
    const rel = s.rid !== undefined ? byId.get(s.rid) : undefined;
    return { ...s, part: rel && rel.kind === "worksheet" && pkg.get(rel.target) ? rel.target : undefined };
  });
  const stylesEntry = entryOf(pkg, rels, "styles");
  const styles = stylesEntry ? parseStyles(await partText(source, stylesEntry, MAX_PART_BYTES.styles)) : { isDate: [], font: [] };
  let sharedStrings: string[] = [];
  const sstEntry = entryOf(pkg, rels, "sharedStrings");
  if (sstEntry) {
    const reader = new SharedStringsScanner(budget);
    for await (const chunk of partChunks(source, sstEntry, MAX_PART_BYTES.sharedStrings)) reader.push(chunk);
    sharedStrings = reader.end();
  }
  return { sheets, texts: new Map(), dateOf: serialDates(info.date1904), styles, sharedStrings };
}

function entryOf(pkg: PackageIndex, rels: Relationship[], kind: string): ZipEntry | undefined {
  for (const r of rels) if (r.kind === kind && pkg.get(r.target)) return pkg.get(r.target);
  return undefined;
}

/** Grids of the package, in workbook order (worksheets only, our settings sheet left out). */
export async function readPackage(source: ByteSource, opts: ReadGridsOptions = {}): Promise<Grid[]> {
  const pkg = await openPackage(source);
  const budget = newBudget(MAX_CELLS);
  const wb = await readWorkbookParts(source, pkg, budget);
  const grids: Grid[] = [];
  for (const sheet of wb.sheets) {
    if (!sheet.part || sheet.name === SETTINGS_SHEET || (opts.sheets && !opts.sheets.includes(sheet.name))) continue;
    grids.push(await readSheet(source, pkg.get(sheet.part)!, sheet, wb, budget, opts));
  }
  return grids;
}

async function readSheet(
  source: ByteSource,
  entry: ZipEntry,
  sheet: WorkbookSheetEntry,
  wb: Workbook,
  budget: ReadBudget,
  opts: ReadGridsOptions,
): Promise<Grid> {
  const builder = new GridBuilder(sheet.name, wb.styles.defaultFont, opts.fontRows ?? FONT_ROWS, budget);
  const scanner = new SheetScanner({
    sharedStrings: wb.sharedStrings,
    styles: wb.styles,
    dateOf: wb.dateOf,
    texts: wb.texts,
    builder,
    budget,
    onRows: opts.onProgress ? (rowsRead) => opts.onProgress?.({ sheet: sheet.name, rowsRead }) : undefined,
  });
  for await (const chunk of partChunks(source, entry, MAX_PART_BYTES.worksheet)) scanner.push(chunk);
  const found = scanner.end();
  opts.onProgress?.({ sheet: sheet.name, rowsRead: found.rowsRead, rowsTotal: found.rowsRead });
  return builder.finish({
    merges: found.merges,
    hiddenColumns: found.hiddenColumns,
    hidden: sheet.visibility !== "visible",
    visibility: sheet.visibility,
    hiddenRows: found.hiddenRows,
    uncalculated: found.uncalculated,
  });
}
