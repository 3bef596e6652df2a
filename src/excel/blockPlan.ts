// How a sheet's used range is cut into row blocks, and blocks into batches (one context.sync() each), sized to
// stay under Excel on the web's 5 MB payload and the five-million-cell limit of one get.
import type { Grid, MergeArea } from "../domain/grid";
import { cellAddress } from "../domain/grid";
import type { DateCell, DateProbe } from "./dateSystem";
import type { Platform } from "./host";

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

/** Bytes of one cell's font in a getCellProperties response ({"format":{"font":{"name":"…"}}}). */
const FONT_BYTES_PER_CELL = 64;
/** One get reads at most five million cells, on every platform (https://learn.microsoft.com/office/dev/add-ins/excel/performance). */
const MAX_CELLS_PER_GET = 5_000_000;

/** A sheet being read: where its used range stands and how far the reading got. */
export interface SheetJob {
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
  /** Date-formatted number cells, still serials until the date system is known. */
  dates: DateCell[];
  /** Date cells whose shown text was read (the header rows'), for telling the date system. */
  probes: DateProbe[];
}

/** One block of a batch: rows start… of a sheet. */
export interface PlannedBlock {
  job: SheetJob;
  start: number;
  rows: number;
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

/** The blocks of the next batch: as many rows, of as many sheets, as fit the target bytes (moves each job's next). */
export function planBatch(jobs: SheetJob[], s: BlockSizes): PlannedBlock[] {
  const batch: PlannedBlock[] = [];
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

/** A range by 0-based indexes, through getRange(address) (ExcelApi 1.1; getRangeByIndexes needs 1.7). */
export function rangeAt(ws: Excel.Worksheet, row0: number, col0: number, rows: number, cols: number): Excel.Range {
  const first = cellAddress(row0 + 1, col0 + 1);
  return ws.getRange(rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row0 + rows, col0 + cols)}`);
}

/** isNullObject of a range that may not be an OrNullObject one (before ExcelApi 1.4 there are none). */
export function isNull(range: Excel.Range): boolean {
  try {
    return range.isNullObject === true;
  } catch {
    return false;
  }
}
