// The only code that touches Excel.*: reads each sheet's used range as a Grid in row blocks sized
// to stay under Excel on the web's 5 MB payload, with one context.sync() per batch of blocks
// (plus two for the sheet list and the used ranges), selects a cell, keeps settings in the workbook,
// and hands the report sheet to writeReportSheet. Roster sheets are only ever read.
import type { CellValue, Grid, MergeArea } from "../domain/grid";
import { cellAddress, parseRange } from "../domain/grid";
import type { CellRef } from "../domain/roster";
import type { Settings } from "../domain/settings";
import { defaultSettings } from "../domain/settings";
import type { ReadProgress, SheetSummary, WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import { writeReportSheets } from "./writeReport";

/** Office.context.document.settings, as much of it as the gateway uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** What the gateway needs of Office: Excel.run, the requirement sets, the settings, the platform. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
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
}

const SETTINGS_KEY = "binhDangGioi.settings";
/** Bytes of one cell's font in a getCellProperties response ({"format":{"font":{"name":"…"}}}). */
const FONT_BYTES_PER_CELL = 64;
/** Before ExcelApi 1.9, hidden columns cost one range each: only for tables of sane width. */
const MAX_COLUMNS_PROBED = 512;
const PAYLOAD_ERROR = "RequestPayloadSizeLimitExceeded";

/** The add-in's host from the globals office.js defines (call after Office.onReady). */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
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

  async listSheets(): Promise<SheetSummary[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const found = sheets.items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible" }));
      const used = found.map((s) => {
        const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
        range.load("rowCount,columnCount");
        return range;
      });
      await context.sync();
      return found.map((s, i): SheetSummary => {
        const range = used[i];
        return range.isNullObject ? { ...s, rows: 0, cols: 0 } : { ...s, rows: range.rowCount, cols: range.columnCount };
      });
    });
  }

  async readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const wanted = sheets ? new Set(sheets) : null;
    const fonts = this.host.isSetSupported("ExcelApi", "1.9");
    const merges = this.host.isSetSupported("ExcelApi", "1.13");
    const stats: ReadStats = { syncs: 0, blocks: 0, batches: 0, retries: 0 };
    const grids = await this.host.run(async (context) => {
      // Sync 1: which sheets there are.
      const all = context.workbook.worksheets;
      all.load("items/name,items/visibility");
      stats.syncs++;
      await context.sync();
      const chosen = all.items
        .filter((ws) => !wanted || wanted.has(ws.name))
        .map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible" }));

      // Sync 2: where each sheet's values stand.
      const used = chosen.map((s) => {
        const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        return range;
      });
      stats.syncs++;
      await context.sync();
      const jobs: SheetJob[] = [];
      const result = chosen.map((s, i): Grid => {
        const range = used[i];
        const empty = range.isNullObject;
        const grid: Grid = {
          sheet: s.name,
          firstRow: empty ? 1 : range.rowIndex + 1,
          firstCol: empty ? 1 : range.columnIndex + 1,
          rows: [],
          merges: [],
          hidden: s.hidden,
        };
        if (!empty)
          jobs.push({
            grid,
            top: grid.firstRow,
            left: grid.firstCol,
            rowCount: range.rowCount,
            colCount: range.columnCount,
            next: 0,
            mergeParts: [],
          });
        return grid;
      });

      // One sync per batch of blocks.
      let mergeRows = this.sizes.mergeRows;
      while (jobs.some((j) => j.next < j.rowCount)) {
        const batch = this.planBatch(jobs);
        const queued = batch.map((b) => this.queueBlock(context, b.job, b.start, b.rows, { fonts, merges, mergeRows }));
        try {
          stats.syncs++;
          // One sync per batch of row blocks, never per cell: the loop is over blocks by design.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (e) {
          const code = errorCode(e);
          const oneRow = batch.length === 1 && batch[0].rows === 1;
          if (code === PAYLOAD_ERROR && !oneRow) {
            // Rows grew longer than the estimate: count them twice as big and read them again.
            for (const b of batch) b.job.bytesPerCell = 2 * (b.job.bytesPerCell ?? this.sizes.assumedBytesPerCell);
          } else if (merges && code !== PAYLOAD_ERROR && mergeRows > 1) {
            // More than 512 merged areas in a query: ask for fewer rows at a time.
            mergeRows = Math.max(1, Math.floor(mergeRows / 10));
          } else throw e;
          for (const b of batch) b.job.next = Math.min(b.job.next, b.start);
          stats.retries++;
          continue;
        }
        stats.batches++;
        stats.blocks += queued.length;
        for (const q of queued) {
          this.takeBlock(q);
          onProgress?.({ sheet: q.job.grid.sheet, rowsRead: q.start + q.rows, rowsTotal: q.job.rowCount });
        }
      }
      for (const job of jobs) job.grid.merges = joinMergeParts(job.mergeParts);
      return result;
    });
    this.lastRead = stats;
    return grids;
  }

  /** The blocks of the next batch: as many rows, of as many sheets, as fit the target bytes. */
  private planBatch(jobs: SheetJob[]): { job: SheetJob; start: number; rows: number }[] {
    const s = this.sizes;
    const batch: { job: SheetJob; start: number; rows: number }[] = [];
    let budget = s.targetBytes;
    for (const job of jobs) {
      if (job.next >= job.rowCount) continue;
      const perRow = (job.bytesPerCell ?? s.assumedBytesPerCell) * job.colCount;
      let rows = Math.min(job.rowCount - job.next, s.maxRows, Math.floor(budget / perRow));
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
    opts: { fonts: boolean; merges: boolean; mergeRows: number },
  ): QueuedBlock {
    const ws = context.workbook.worksheets.getItem(job.grid.sheet);
    const top0 = job.top - 1 + start; // 0-based sheet row of the block
    const range = ws.getRangeByIndexes(top0, job.left - 1, rows, job.colCount);
    range.load("values,valueTypes");
    const q: QueuedBlock = { job, start, rows, range, merges: [] };
    if (opts.merges) {
      // Each query starts one row above its rows, so a merged area cut by a boundary shows in both.
      for (let r = 0; r < rows; r += opts.mergeRows) {
        const from = Math.max(0, top0 + r - 1);
        const to = top0 + Math.min(rows, r + opts.mergeRows);
        const areas = ws.getRangeByIndexes(from, job.left - 1, to - from, job.colCount).getMergedAreasOrNullObject();
        areas.load("address");
        q.merges.push(areas);
      }
    }
    if (start === 0) {
      const fontRows = Math.min(rows, this.sizes.fontRows);
      if (opts.fonts) {
        q.fonts = ws
          .getRangeByIndexes(top0, job.left - 1, fontRows, job.colCount)
          .getCellProperties({ format: { font: { name: true } } });
        q.columns = ws
          .getRangeByIndexes(top0, job.left - 1, 1, job.colCount)
          .getColumnProperties({ columnHidden: true });
      } else if (job.colCount <= MAX_COLUMNS_PROBED) {
        // Before ExcelApi 1.9: each column's columnHidden, all in this same sync.
        q.columnRanges = [];
        for (let c = 0; c < job.colCount; c++) {
          const col = ws.getRangeByIndexes(top0, job.left - 1 + c, 1, 1);
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
      job.grid.hiddenColumns = q.columns.value.flatMap((col, c) => (col.columnHidden === true ? [job.left + c] : []));
    }
    if (q.columnRanges) {
      job.grid.hiddenColumns = q.columnRanges.flatMap((col, c) => (col.columnHidden === true ? [job.left + c] : []));
    }
  }

  async writeReport(model: ReportModel): Promise<void> {
    // Excel.run flushes whatever writeReportSheet left queued.
    await this.host.run((context) => writeReportSheets(context, model, (set, version) => this.host.isSetSupported(set, version)));
  }

  async select(ref: CellRef): Promise<void> {
    await this.host.run(async (context) => {
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
        if (result.status === "failed")
          reject(
            new Error(
              `Không lưu được thiết lập vào sổ tính / Could not save the settings in the workbook: ${result.error?.message ?? ""}`,
            ),
          );
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
