// The only code that touches Excel.*: reads each sheet's used range as a Grid in row blocks sized
// to stay under Excel on the web's 5 MB payload, with one context.sync() per batch of blocks
// (plus two for the sheet list and the used ranges), selects a cell, keeps settings in the workbook,
// and hands the report sheets to writeReportSheets. Roster sheets are only ever read.
// The core needs ExcelApi 1.1 only (getRange by address, values, valueTypes, getUsedRange); everything newer
// is asked with isSetSupported first: getUsedRangeOrNullObject 1.4, hidden columns 1.2 (one range a column) or
// 1.9 (getColumnProperties), hidden rows and fonts 1.9, merged areas 1.13, delayForCellEdit 1.11
// (requirement sets per member: https://learn.microsoft.com/javascript/api/excel/excel.range and excel.worksheet).
import type { CellValue, Grid, MergeArea } from "../domain/grid";
import { cellAddress, parseRange } from "../domain/grid";
import type { CellRef } from "../domain/roster";
import type { Settings } from "../domain/settings";
import { defaultSettings } from "../domain/settings";
import type { ReadProgress, SheetSummary, WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import { writeReportSheets } from "./writeReport";
import { excelErrors } from "./messages";

/** Office.context.document.settings, as much of it as the gateway uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** Excel.run's options the gateway uses (ExcelApi 1.11). */
export interface RunOptions {
  delayForCellEdit?: boolean;
}

/** What the gateway needs of Office: Excel.run, the requirement sets, the settings, the platform. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
  settings(): SettingsStore;
  platform: Platform;
}

export type Platform = "web" | "desktop";

/** How big a block of rows may be. Bytes are of the JSON response (values and valueTypes). */
export interface BlockSizes {
  /** Bytes a batch of blocks aims at; the hard limit on the web is 5 MB, so leave room for longer rows. */
  targetBytes: number;
  /** Cells of a sheet's first block, read before its bytes per cell are known. */
  firstBlockCells: number;
  /** Bytes per cell assumed before a sheet's first block was measured. */
  assumedBytesPerCell: number;
  /** Most rows in one block, whatever their size. */
  maxRows: number;
  /** Rows whose font names are read (titles and headers stand there). */
  fontRows: number;
  /** Rows per merged-areas query: Excel gives at most 512 areas per query. */
  mergeRows: number;
}

export const BLOCK_SIZES: Record<Platform, BlockSizes> = {
  web: { targetBytes: 2_000_000, firstBlockCells: 20_000, assumedBytesPerCell: 48, maxRows: 20_000, fontRows: 40, mergeRows: 100 },
  // Desktop has no 5 MB limit, but one huge response still stalls Excel: bigger blocks, not unbounded.
  desktop: { targetBytes: 16_000_000, firstBlockCells: 50_000, assumedBytesPerCell: 48, maxRows: 100_000, fontRows: 40, mergeRows: 100 },
};

/** What the last readGrids cost: for tests and the benchmark. */
export interface ReadStats {
  syncs: number;
  blocks: number;
  batches: number;
  /** Batches read again after Excel refused them (payload or merged-areas limit). */
  retries: number;
  /** The host has no merged-areas API (ExcelApi < 1.13): merges are missing from the grids. */
  mergesUnavailable: boolean;
  /** Whole reads started again because the workbook changed in between. */
  restarts: number;
}

const SETTINGS_KEY = "binhDangGioi.settings";
/** Bytes of one cell's font in a getCellProperties response ({"format":{"font":{"name":"…"}}}). */
const FONT_BYTES_PER_CELL = 64;
/** Before ExcelApi 1.9, hidden columns cost one range each: only for tables of sane width. */
const MAX_COLUMNS_PROBED = 512;
/**
 * Excel on the web's two size errors, request and response
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling): both mean
 * "ask for less", and only they; any other failure is not taken for the merged-areas limit.
 */
const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
/** getMergedAreasOrNullObject "will fail" past 512 areas (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)); the code is not documented. */
const MERGE_LIMIT_ERRORS = new Set(["GeneralException", "InvalidOperation", "InvalidArgument"]);
/**
 * The used range the gateway agrees to read: a stray value at XFD1048576 makes it 17 billion cells (and one get
 * is limited to five million cells: https://learn.microsoft.com/office/dev/add-ins/excel/performance).
 */
export const USED_RANGE_CAP = { columns: 1000, cells: 20_000_000 };
/** Whole re-reads allowed when the workbook changes while it is read. */
const MAX_RESTARTS = 1;
/** One get reads at most five million cells, on every platform (https://learn.microsoft.com/office/dev/add-ins/excel/performance). */
const MAX_CELLS_PER_GET = 5_000_000;

/** The add-in's host from the globals office.js defines (call after Office.onReady). */
export function officeHost(): OfficeHost {
  return {
    run: (batch, options) => (options ? Excel.run(options, (context) => batch(context)) : Excel.run((context) => batch(context))),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    settings: () => Office.context.document.settings as unknown as SettingsStore,
    platform: Office.context.platform === Office.PlatformType.OfficeOnline ? "web" : "desktop",
  };
}

/** Bytes of a value as UTF-8 JSON, as the response carries it. */
export function jsonByteLength(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2; // a surrogate pair: two UTF-16 units, four bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** A cell of office.js `values`, told apart by its `valueTypes` entry. Dates stay serial numbers. */
export function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return value === true || value === "TRUE" || value === "true";
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    default:
      if (value === "" || value === null || value === undefined) return null;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
      return String(value);
  }
}

/**
 * Splits a RangeAreas address ("Sheet1!A1:B2,'DS, 2026'!C3:D4") into areas: commas inside a
 * quoted sheet name are part of the name.
 */
export function parseAreas(address: string): MergeArea[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const areas: MergeArea[] = [];
  for (const part of parts) {
    const ref = part.slice(part.lastIndexOf("!") + 1).trim();
    const area = ref ? parseRange(ref) : null;
    if (area) areas.push(area);
  }
  return areas;
}

/**
 * Merged areas gathered from overlapping queries, each found once. A query may report only the
 * part of an area inside it; queries overlap by one row, so the parts of one area overlap and are
 * joined, while two areas (which never overlap) stay apart.
 */
export function joinMergeParts(parts: MergeArea[]): MergeArea[] {
  const byColumns = new Map<string, MergeArea[]>();
  for (const p of parts) {
    const key = `${p.left}:${p.right}`;
    const list = byColumns.get(key) ?? [];
    list.push(p);
    byColumns.set(key, list);
  }
  const joined: MergeArea[] = [];
  for (const list of byColumns.values()) {
    list.sort((a, b) => a.top - b.top || a.bottom - b.bottom);
    let cur: MergeArea | null = null;
    for (const p of list) {
      if (cur && p.top <= cur.bottom) cur.bottom = Math.max(cur.bottom, p.bottom);
      else {
        if (cur) joined.push(cur);
        cur = { ...p };
      }
    }
    if (cur) joined.push(cur);
  }
  return joined.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A sheet being read: where its used range stands and how far the reading got. */
interface SheetJob {
  grid: Grid;
  top: number;
  left: number;
  rowCount: number;
  colCount: number;
  /** Rows already read. */
  next: number;
  /** Measured response bytes per cell, once a block was read. */
  bytesPerCell?: number;
  mergeParts: MergeArea[];
}

/** One block queued in a batch and the proxies whose results it waits for. */
interface QueuedBlock {
  job: SheetJob;
  start: number;
  rows: number;
  range: Excel.Range;
  merges: Excel.RangeAreas[];
  fonts?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  columnRanges?: Excel.Range[];
  rowProps?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

/** Thrown inside a read when a sheet's used range moved between two syncs: the read starts again. */
class WorkbookChanged extends Error {}

/** A range by 0-based indexes, through getRange(address) (ExcelApi 1.1; getRangeByIndexes needs 1.7). */
function rangeAt(ws: Excel.Worksheet, row0: number, col0: number, rows: number, cols: number): Excel.Range {
  const first = cellAddress(row0 + 1, col0 + 1);
  return ws.getRange(rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row0 + rows, col0 + cols)}`);
}

/** isNullObject of a range that may not be an OrNullObject one (before ExcelApi 1.4 there are none). */
function isNull(range: Excel.Range): boolean {
  try {
    return range.isNullObject === true;
  } catch {
    return false;
  }
}

export class ExcelGateway implements WorkbookGateway {
  readonly sizes: BlockSizes;
  /** What the last readGrids cost. */
  lastRead: ReadStats | null = null;

  constructor(
    private readonly host: OfficeHost = officeHost(),
    sizes?: Partial<BlockSizes>,
  ) {
    this.sizes = { ...BLOCK_SIZES[host.platform], ...sizes };
  }

  /** Which optional APIs this host has (asked once per call: the host does not change under us). */
  private api(): { nullObjects: boolean; valuesOnly: boolean; columnHidden: boolean; properties: boolean; merges: boolean; delay: boolean } {
    const at = (v: string): boolean => this.host.isSetSupported("ExcelApi", v);
    return { nullObjects: at("1.4"), valuesOnly: at("1.2"), columnHidden: at("1.2"), properties: at("1.9"), merges: at("1.13"), delay: at("1.11") };
  }

  /**
   * Excel.run, waiting out cell-edit mode where the host can (delayForCellEdit, ExcelApi 1.11:
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit) and otherwise saying
   * plainly what to do when Excel refuses because a cell is being edited.
   */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options = this.api().delay ? { delayForCellEdit: true } : undefined;
    try {
      return await this.host.run(batch, options);
    } catch (e) {
      if (errorCode(e) === "InvalidOperationInCellEditMode") throw excelErrors.cellEditMode();
      throw e;
    }
  }

  /** A sheet's used range by values: OrNullObject from 1.4; before, getUsedRange (valuesOnly from 1.2). */
  private usedRange(ws: Excel.Worksheet, api: ReturnType<ExcelGateway["api"]>): Excel.Range {
    if (api.nullObjects) return ws.getUsedRangeOrNullObject(true);
    return api.valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
  }

  async listSheets(): Promise<SheetSummary[]> {
    const api = this.api();
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const found = sheets.items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible" }));
      const used = found.map((s) => {
        const range = this.usedRange(context.workbook.worksheets.getItem(s.name), api);
        range.load("rowCount,columnCount");
        return range;
      });
      await context.sync();
      return found.map((s, i): SheetSummary => {
        const range = used[i];
        return isNull(range) ? { ...s, rows: 0, cols: 0 } : { ...s, rows: range.rowCount, cols: range.columnCount };
      });
    });
  }

  async readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const stats: ReadStats = { syncs: 0, blocks: 0, batches: 0, retries: 0, mergesUnavailable: !this.api().merges, restarts: 0 };
    for (;;) {
      try {
        const grids = await this.run((context) => this.readOnce(context, sheets, stats, onProgress));
        this.lastRead = stats;
        return grids;
      } catch (e) {
        if (!(e instanceof WorkbookChanged)) throw e;
        if (stats.restarts >= MAX_RESTARTS) throw excelErrors.changedWhileReading();
        stats.restarts++;
      }
    }
  }

  /** One whole read; throws WorkbookChanged when a sheet's used range moved between two syncs. */
  private async readOnce(
    context: Excel.RequestContext,
    sheets: string[] | undefined,
    stats: ReadStats,
    onProgress?: (p: ReadProgress) => void,
  ): Promise<Grid[]> {
    const api = this.api();
    const wanted = sheets ? new Set(sheets) : null;
    // Sync 1: which sheets there are.
    const all = context.workbook.worksheets;
    all.load("items/name,items/visibility");
    stats.syncs++;
    await context.sync();
    const chosen = all.items.filter((ws) => !wanted || wanted.has(ws.name)).map((ws) => ({ name: ws.name, visibility: ws.visibility }));

    // Sync 2: where each sheet's values stand.
    const used = chosen.map((s) => {
      const range = this.usedRange(context.workbook.worksheets.getItem(s.name), api);
      range.load("address,rowIndex,columnIndex,rowCount,columnCount");
      return range;
    });
    stats.syncs++;
    await context.sync();
    const jobs: SheetJob[] = [];
    const result = chosen.map((s, i): Grid => {
      const range = used[i];
      const empty = isNull(range);
      const visibility = s.visibility === "Hidden" ? "hidden" : s.visibility === "VeryHidden" ? "veryHidden" : "visible";
      const grid: Grid = {
        sheet: s.name,
        firstRow: empty ? 1 : range.rowIndex + 1,
        firstCol: empty ? 1 : range.columnIndex + 1,
        rows: [],
        merges: [],
        hidden: visibility !== "visible",
        visibility,
      };
      if (!empty) {
        const cells = range.rowCount * range.columnCount;
        if (range.columnCount > USED_RANGE_CAP.columns || cells > USED_RANGE_CAP.cells)
          throw excelErrors.usedRangeTooLarge(s.name, range.address.slice(range.address.lastIndexOf("!") + 1), cells);
        jobs.push({ grid, top: grid.firstRow, left: grid.firstCol, rowCount: range.rowCount, colCount: range.columnCount, next: 0, mergeParts: [] });
      }
      return grid;
    });

    // One sync per batch of blocks.
    let mergeRows = this.sizes.mergeRows;
    while (jobs.some((j) => j.next < j.rowCount)) {
      const batch = this.planBatch(jobs);
      const queued = batch.map((b) => this.queueBlock(context, b.job, b.start, b.rows, { api, mergeRows }));
      // Each batch also asks where every sheet's values stand now: rows inserted or deleted meanwhile move them.
      const recheck = jobs.map((j) => {
        const range = this.usedRange(context.workbook.worksheets.getItem(j.grid.sheet), api);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        return range;
      });
      try {
        stats.syncs++;
        // One sync per batch of row blocks, never per cell: the loop is over blocks by design.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        const code = errorCode(e);
        const oneRow = batch.length === 1 && batch[0].rows === 1;
        if (PAYLOAD_ERRORS.has(code) && !oneRow) {
          // Rows grew longer than the estimate: count them twice as big and read them again.
          for (const b of batch) b.job.bytesPerCell = 2 * (b.job.bytesPerCell ?? this.sizes.assumedBytesPerCell);
        } else if (api.merges && MERGE_LIMIT_ERRORS.has(code) && mergeRows > 1) {
          // More than 512 merged areas in a query: ask for fewer rows at a time.
          mergeRows = Math.max(1, Math.floor(mergeRows / 10));
        } else throw e;
        for (const b of batch) b.job.next = Math.min(b.job.next, b.start);
        stats.retries++;
        continue;
      }
      jobs.forEach((j, i) => {
        const r = recheck[i];
        if (isNull(r) || r.rowIndex + 1 !== j.top || r.columnIndex + 1 !== j.left || r.rowCount !== j.rowCount || r.columnCount !== j.colCount)
          throw new WorkbookChanged();
      });
      stats.batches++;
      stats.blocks += queued.length;
      for (const q of queued) {
        this.takeBlock(q);
        onProgress?.({ sheet: q.job.grid.sheet, rowsRead: q.start + q.rows, rowsTotal: q.job.rowCount });
      }
    }
    for (const job of jobs) job.grid.merges = joinMergeParts(job.mergeParts);
    return result;
  }

  /** The blocks of the next batch: as many rows, of as many sheets, as fit the target bytes. */
  private planBatch(jobs: SheetJob[]): { job: SheetJob; start: number; rows: number }[] {
    const s = this.sizes;
    const batch: { job: SheetJob; start: number; rows: number }[] = [];
    let budget = s.targetBytes;
    for (const job of jobs) {
      if (job.next >= job.rowCount) continue;
      const perRow = (job.bytesPerCell ?? s.assumedBytesPerCell) * job.colCount;
      let rows = Math.min(job.rowCount - job.next, s.maxRows, Math.floor(budget / perRow), Math.floor(MAX_CELLS_PER_GET / job.colCount));
      // A sheet's first block is small, so its bytes per cell are measured before a big one is asked for.
      if (job.bytesPerCell === undefined) rows = Math.min(rows, Math.max(s.fontRows, Math.floor(s.firstBlockCells / job.colCount)));
      if (rows < 1) {
        if (batch.length > 0) break;
        rows = 1;
      }
      batch.push({ job, start: job.next, rows });
      // The first block also brings the header rows' fonts.
      if (job.next === 0) budget -= Math.min(rows, s.fontRows) * job.colCount * FONT_BYTES_PER_CELL;
      job.next += rows;
      budget -= rows * perRow;
      if (budget <= 0) break;
    }
    return batch;
  }

  /** Queues the loads of one block (no sync here). */
  private queueBlock(
    context: Excel.RequestContext,
    job: SheetJob,
    start: number,
    rows: number,
    opts: { api: ReturnType<ExcelGateway["api"]>; mergeRows: number },
  ): QueuedBlock {
    const { api } = opts;
    const ws = context.workbook.worksheets.getItem(job.grid.sheet);
    const top0 = job.top - 1 + start; // 0-based sheet row of the block
    const range = rangeAt(ws, top0, job.left - 1, rows, job.colCount);
    range.load("values,valueTypes");
    const q: QueuedBlock = { job, start, rows, range, merges: [] };
    if (api.merges) {
      // Each query starts one row above its rows, so a merged area cut by a boundary shows in both.
      for (let r = 0; r < rows; r += opts.mergeRows) {
        const from = Math.max(0, top0 + r - 1);
        const to = top0 + Math.min(rows, r + opts.mergeRows);
        const areas = rangeAt(ws, from, job.left - 1, to - from, job.colCount).getMergedAreasOrNullObject();
        areas.load("address");
        q.merges.push(areas);
      }
    }
    // Hidden rows (rows a filter hid): one small result per block, from ExcelApi 1.9.
    if (api.properties) q.rowProps = rangeAt(ws, top0, job.left - 1, rows, 1).getRowProperties({ rowHidden: true });
    if (start === 0) {
      const fontRows = Math.min(rows, this.sizes.fontRows);
      if (api.properties) {
        q.fonts = rangeAt(ws, top0, job.left - 1, fontRows, job.colCount).getCellProperties({ format: { font: { name: true } } });
        q.columns = rangeAt(ws, top0, job.left - 1, 1, job.colCount).getColumnProperties({ columnHidden: true });
      } else if (api.columnHidden && job.colCount <= MAX_COLUMNS_PROBED) {
        // ExcelApi 1.2 to 1.8: each column's columnHidden, all in this same sync.
        q.columnRanges = [];
        for (let c = 0; c < job.colCount; c++) {
          const col = rangeAt(ws, top0, job.left - 1 + c, 1, 1);
          col.load("columnHidden");
          q.columnRanges.push(col);
        }
      }
    }
    return q;
  }

  /** Moves a synced block's results into its grid (and drops the proxies). */
  private takeBlock(q: QueuedBlock): void {
    const { job } = q;
    const values = q.range.values;
    const types = q.range.valueTypes;
    // Past five million cells Range.values may be null rather than an error (https://learn.microsoft.com/office/dev/add-ins/excel/performance);
    // planBatch keeps blocks far below that, so null here is a host fault, said as such.
    if (!values || !types) throw new Error(`Excel returned no values for ${job.grid.sheet} rows ${job.top + q.start}–${job.top + q.start + q.rows - 1}`);
    let bytes = jsonByteLength(values) + jsonByteLength(types);
    const mergeAddresses = q.merges.map((areas) => (areas.isNullObject ? "" : areas.address));
    // Merged areas are part of the response too: a form with merges on every row needs smaller blocks.
    for (const a of mergeAddresses) bytes += jsonByteLength(a);
    const measured = bytes / Math.max(1, q.rows * job.colCount);
    job.bytesPerCell = Math.max(job.bytesPerCell ?? 0, measured);
    for (let r = 0; r < values.length; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < values[r].length; c++) row.push(cellValue(values[r][c], types[r][c]));
      job.grid.rows[q.start + r] = row;
    }
    for (const a of mergeAddresses) if (a) job.mergeParts.push(...parseAreas(a));
    if (q.fonts) {
      const props = q.fonts.value;
      job.grid.fonts = props.map((row) => row.map((cell) => cell.format?.font?.name ?? null));
      job.grid.sheetFont = mostUsedFont(job.grid.fonts, job.grid.rows);
    }
    if (q.columns) {
      // In column order: the position gives the column, whatever columnIndex is relative to.
      job.grid.hiddenColumns = hiddenIndexes(q.columns.value.map((col) => col.columnHidden === true), job.left);
    }
    if (q.rowProps) {
      const hidden = hiddenIndexes(q.rowProps.value.map((row) => row.rowHidden === true), job.top + q.start);
      if (hidden.length > 0) job.grid.hiddenRows = [...(job.grid.hiddenRows ?? []), ...hidden];
    }
    if (q.columnRanges) {
      job.grid.hiddenColumns = hiddenIndexes(q.columnRanges.map((col) => col.columnHidden === true), job.left);
    }
  }

  async writeReport(model: ReportModel): Promise<void> {
    // Excel.run flushes whatever writeReportSheet left queued.
    await this.run((context) => writeReportSheets(context, model, (set, version) => this.host.isSetSupported(set, version)));
  }

  async select(ref: CellRef): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(cellAddress(ref.row, ref.col ?? 1)).select();
      await context.sync();
    });
  }

  async loadSettings(): Promise<Settings | null> {
    const raw = this.host.settings().get(SETTINGS_KEY);
    let parsed: unknown = raw;
    if (typeof raw === "string") {
      try {
        parsed = JSON.parse(raw);
      } catch {
        return null;
      }
    }
    if (!isSettingsLike(parsed)) return null;
    // Fields added in later versions take their defaults.
    return { ...defaultSettings(), ...parsed };
  }

  async saveSettings(settings: Settings): Promise<void> {
    const store = this.host.settings();
    store.set(SETTINGS_KEY, JSON.stringify(settings));
    await new Promise<void>((resolve, reject) =>
      store.saveAsync((result) => {
        // saveAsync stores the settings in the document; they reach the file only when the workbook is saved
        // (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings): the pane says so.
        if (result.status === "failed") reject(excelErrors.settingsNotSaved(result.error?.message ?? ""));
        else resolve();
      }),
    );
  }
}

function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e) return String((e as { code: unknown }).code);
  return "";
}

function isSettingsLike(x: unknown): x is Partial<Settings> & { profileId: string } {
  if (!x || typeof x !== "object") return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.profileId === "string" &&
    (s.womenRelatedUnits === undefined || Array.isArray(s.womenRelatedUnits)) &&
    (s.overrides === undefined || Array.isArray(s.overrides)) &&
    (s.year === undefined || typeof s.year === "number")
  );
}

/** The font most used by the text cells among the font rows (ties: the first met). */
function mostUsedFont(fonts: (string | null)[][], rows: CellValue[][]): string | undefined {
  const counts = new Map<string, number>();
  fonts.forEach((row, r) =>
    row.forEach((font, c) => {
      const v = rows[r]?.[c];
      if (font && typeof v === "string" && v.trim() !== "") counts.set(font, (counts.get(font) ?? 0) + 1);
    }),
  );
  let best: string | undefined;
  let most = 0;
  for (const [font, n] of counts) if (n > most) [best, most] = [font, n];
  return best;
}

/** The sheet indexes (first + i) of the rows or columns whose flag is set. */
function hiddenIndexes(flags: boolean[], first: number): number[] {
  const out: number[] = [];
  flags.forEach((hidden, i) => {
    if (hidden) out.push(first + i);
  });
  return out;
}
