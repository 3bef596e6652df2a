// The reader of a sheet's layout beside its values: merged areas (ExcelApi 1.13), hidden rows (1.9) and hidden
// columns (1.9, or one range a column from 1.2), queued with a block and taken into its Grid after the sync.
import type { MergeArea } from "../domain/grid";
import { parseRange } from "../domain/grid";
import { jsonByteLength, rangeAt, type PlannedBlock } from "./blockPlan";
import type { HostApi } from "./host";

/** Before ExcelApi 1.9, hidden columns cost one range each: only for tables of sane width. */
const MAX_COLUMNS_PROBED = 512;

/** What one block asked of a batch, for its layout. */
export interface LayoutQuery {
  merges: Excel.RangeAreas[];
  columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  columnRanges?: Excel.Range[];
  rowProps?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
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

/** Queues the layout queries of one block (no sync here). */
export function queueLayout(ws: Excel.Worksheet, b: PlannedBlock, api: HostApi, mergeRows: number): LayoutQuery {
  const { job, start, rows } = b;
  const top0 = job.top - 1 + start; // 0-based sheet row of the block
  const q: LayoutQuery = { merges: [] };
  if (api.merges) {
    // Each query starts one row above its rows, so a merged area cut by a boundary shows in both.
    for (let r = 0; r < rows; r += mergeRows) {
      const from = Math.max(0, top0 + r - 1);
      const to = top0 + Math.min(rows, r + mergeRows);
      const areas = rangeAt(ws, from, job.left - 1, to - from, job.colCount).getMergedAreasOrNullObject();
      areas.load("address");
      q.merges.push(areas);
    }
  }
  // Hidden rows (rows a filter hid): one small result per block, from ExcelApi 1.9.
  if (api.properties) q.rowProps = rangeAt(ws, top0, job.left - 1, rows, 1).getRowProperties({ rowHidden: true });
  if (start !== 0) return q;
  if (api.properties) q.columns = rangeAt(ws, top0, job.left - 1, 1, job.colCount).getColumnProperties({ columnHidden: true });
  else if (api.columnHidden && job.colCount <= MAX_COLUMNS_PROBED) {
    // ExcelApi 1.2 to 1.8: each column's columnHidden, all in this same sync.
    q.columnRanges = [];
    for (let c = 0; c < job.colCount; c++) {
      const col = rangeAt(ws, top0, job.left - 1 + c, 1, 1);
      col.load("columnHidden");
      q.columnRanges.push(col);
    }
  }
  return q;
}

/** Moves a synced block's layout into its grid (merge parts into its job); returns the response bytes they cost. */
export function takeLayout(b: PlannedBlock, q: LayoutQuery): number {
  const { job } = b;
  let bytes = 0;
  for (const areas of q.merges) {
    const a = areas.isNullObject ? "" : areas.address;
    // Merged areas are part of the response too: a form with merges on every row needs smaller blocks.
    bytes += jsonByteLength(a);
    if (a) job.mergeParts.push(...parseAreas(a));
  }
  // In column order: the position gives the column, whatever columnIndex is relative to.
  if (q.columns) job.grid.hiddenColumns = hiddenIndexes(q.columns.value.map((col) => col.columnHidden === true), job.left);
  if (q.rowProps) {
    const hidden = hiddenIndexes(q.rowProps.value.map((row) => row.rowHidden === true), job.top + b.start);
    if (hidden.length > 0) job.grid.hiddenRows = [...(job.grid.hiddenRows ?? []), ...hidden];
  }
  if (q.columnRanges) job.grid.hiddenColumns = hiddenIndexes(q.columnRanges.map((col) => col.columnHidden === true), job.left);
  return bytes;
}

/** The sheet indexes (first + i) of the rows or columns whose flag is set. */
function hiddenIndexes(flags: boolean[], first: number): number[] {
  const out: number[] = [];
  flags.forEach((hidden, i) => {
    if (hidden) out.push(first + i);
  });
  return out;
}
