// One whole read of the workbook's sheets into Grids inside one Excel.run: sync 1 lists the sheets, sync 2 finds
// each used range, then one sync per batch of row blocks (see ./blockPlan), each batch also checking that no
// used range moved meanwhile (rows inserted or deleted between two reads).
import type { Grid } from "../domain/grid";
import type { ReadProgress } from "../report/gateway";
import { isNull, planBatch, rangeAt, type BlockSizes, type PlannedBlock, type SheetJob } from "./blockPlan";
import { convertDates, dateSystemOf, type DateProbe } from "./dateSystem";
import { queueCells, takeCells, type CellsQuery } from "./cellBlocks";
import { errorCode, type HostApi } from "./host";
import { excelErrors } from "./messages";
import { joinMergeParts, queueLayout, takeLayout, type LayoutQuery } from "./sheetLayout";

/** What the last readGrids cost: for tests and the benchmark. */
export interface ReadStats {
  syncs: number;
  blocks: number;
  batches: number;
  /** Batches read again after Excel refused them (payload or merged-areas limit). */
  retries: number;
  /** Merges are missing from some grids: no merged-areas API (ExcelApi < 1.13), and no saved file that matches. */
  mergesUnavailable: boolean;
  /** Below 1.13: the sheets whose merges came from the saved file, and those whose saved values differ (see ./savedFileMerges). */
  mergesFromFile?: { taken: string[]; stale: string[] };
  /** Whole reads started again because the workbook changed in between. */
  restarts: number;
  /** The date system the dates were read in: "1900", "1904", or "1900?" when no date's text told it (1900 assumed). */
  dateSystem?: "1900" | "1904" | "1900?";
}

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

/** Thrown inside a read when a sheet's used range moved between two syncs: the read starts again. */
export class WorkbookChanged extends Error {}

/** What a read needs besides the context. */
export interface ReadPlan {
  api: HostApi;
  sizes: BlockSizes;
  sheets?: string[];
  stats: ReadStats;
  onProgress?: (p: ReadProgress) => void;
}

/** A sheet's used range by values: OrNullObject from 1.4; before, getUsedRange (valuesOnly from 1.2). */
export function usedRange(ws: Excel.Worksheet, api: HostApi): Excel.Range {
  if (api.nullObjects) return ws.getUsedRangeOrNullObject(true);
  return api.valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
}

/** One whole read; throws WorkbookChanged when a sheet's used range moved between two syncs. */
export async function readOnce(context: Excel.RequestContext, plan: ReadPlan): Promise<Grid[]> {
  const { grids, jobs } = await startJobs(context, plan);
  let mergeRows = plan.sizes.mergeRows;
  while (jobs.some((j) => j.next < j.rowCount)) {
    const batch = planBatch(jobs, plan.sizes);
    const queued = batch.map((b) => {
      const ws = context.workbook.worksheets.getItem(b.job.grid.sheet);
      return { b, cells: queueCells(ws, b, plan.api, plan.sizes.fontRows), layout: queueLayout(ws, b, plan.api, mergeRows) };
    });
    // Each batch also asks where every sheet's values stand now: rows inserted or deleted meanwhile move them.
    const recheck = jobs.map((j) => {
      const range = usedRange(context.workbook.worksheets.getItem(j.grid.sheet), plan.api);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return range;
    });
    try {
      plan.stats.syncs++;
      // One sync per batch of row blocks, never per cell: the loop is over blocks by design.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      mergeRows = retryOrThrow(e, batch, plan, mergeRows);
      continue;
    }
    jobs.forEach((j, i) => {
      const r = recheck[i];
      if (isNull(r) || r.rowIndex + 1 !== j.top || r.columnIndex + 1 !== j.left || r.rowCount !== j.rowCount || r.columnCount !== j.colCount)
        throw new WorkbookChanged();
    });
    plan.stats.batches++;
    plan.stats.blocks += queued.length;
    for (const q of queued) takeBlock(q.b, q.cells, q.layout, plan);
  }
  for (const job of jobs) job.grid.merges = joinMergeParts(job.mergeParts);
  await settleDates(context, jobs, plan.stats);
  return grids;
}

/**
 * Turns every job's date serials into Dates in the workbook's date system, told by the header rows' date texts;
 * when none of them tells it, one more sync asks the text of the first date cell (see ./dateSystem).
 */
async function settleDates(context: Excel.RequestContext, jobs: SheetJob[], stats: ReadStats): Promise<void> {
  const dated = jobs.filter((j) => j.dates.length > 0);
  if (dated.length === 0) return;
  let date1904 = dateSystemOf(([] as DateProbe[]).concat(...dated.map((j) => j.probes)));
  if (date1904 === null) {
    const probes = dated.map((j) => {
      const d = j.dates[0];
      const range = rangeAt(context.workbook.worksheets.getItem(j.grid.sheet), j.top - 1 + d.row, j.left - 1 + d.col, 1, 1);
      range.load("text");
      return { range, serial: d.serial };
    });
    stats.syncs++;
    await context.sync();
    date1904 = dateSystemOf(probes.map((p) => ({ serial: p.serial, text: String(p.range.text[0][0]) })));
  }
  stats.dateSystem = date1904 === null ? "1900?" : date1904 ? "1904" : "1900";
  for (const j of dated) convertDates(j.grid, j.dates, date1904 === true);
}

/** Syncs 1 and 2: the chosen sheets' Grids (empty ones finished) and a job for each sheet with values. */
async function startJobs(context: Excel.RequestContext, plan: ReadPlan): Promise<{ grids: Grid[]; jobs: SheetJob[] }> {
  const wanted = plan.sheets ? new Set(plan.sheets) : null;
  const all = context.workbook.worksheets;
  all.load("items/name,items/visibility");
  plan.stats.syncs++;
  await context.sync();
  const chosen = all.items.filter((ws) => !wanted || wanted.has(ws.name)).map((ws) => ({ name: ws.name, visibility: ws.visibility }));
  const used = chosen.map((s) => {
    const range = usedRange(context.workbook.worksheets.getItem(s.name), plan.api);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  plan.stats.syncs++;
  await context.sync();
  const jobs: SheetJob[] = [];
  const grids = chosen.map((s, i): Grid => {
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
      jobs.push({ grid, top: grid.firstRow, left: grid.firstCol, rowCount: range.rowCount, colCount: range.columnCount, next: 0, mergeParts: [], dates: [], probes: [] });
    }
    return grid;
  });
  return { grids, jobs };
}

/** After a refused batch: ask for less where Excel says so (returns the merge query rows), else rethrow. */
function retryOrThrow(e: unknown, batch: PlannedBlock[], plan: ReadPlan, mergeRows: number): number {
  const code = errorCode(e);
  const oneRow = batch.length === 1 && batch[0].rows === 1;
  let next = mergeRows;
  if (PAYLOAD_ERRORS.has(code) && !oneRow) {
    // Rows grew longer than the estimate: count them twice as big and read them again.
    for (const b of batch) b.job.bytesPerCell = 2 * (b.job.bytesPerCell ?? plan.sizes.assumedBytesPerCell);
  } else if (plan.api.merges && MERGE_LIMIT_ERRORS.has(code) && mergeRows > 1) {
    // More than 512 merged areas in a query: ask for fewer rows at a time.
    next = Math.max(1, Math.floor(mergeRows / 10));
  } else throw e;
  for (const b of batch) b.job.next = Math.min(b.job.next, b.start);
  plan.stats.retries++;
  return next;
}

/** Moves a synced block's results into its grid and measures what it cost per cell. */
function takeBlock(b: PlannedBlock, cells: CellsQuery, layout: LayoutQuery, plan: ReadPlan): void {
  const { job } = b;
  const bytes = takeCells(b, cells) + takeLayout(b, layout);
  const measured = bytes / Math.max(1, b.rows * job.colCount);
  job.bytesPerCell = Math.max(job.bytesPerCell ?? 0, measured);
  plan.onProgress?.({ sheet: job.grid.sheet, rowsRead: b.start + b.rows, rowsTotal: job.rowCount });
}
