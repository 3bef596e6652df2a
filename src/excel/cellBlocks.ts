// The block reader of cells: one block's values, valueTypes and number formats, and (in a sheet's first block) the
// header rows' fonts and shown text, queued in a batch and taken into the block's Grid after the sync.
// Date-formatted numbers stay serials here (see ./dateSystem): the date system may be learnt only later.
import type { CellValue } from "../domain/grid";
import { isDateFormat } from "../domain/excelDates";
import { jsonByteLength, rangeAt, type PlannedBlock } from "./blockPlan";
import type { HostApi } from "./host";

/** What one block asked of a batch, for its cells. */
export interface CellsQuery {
  range: Excel.Range;
  fonts?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  /** The header rows' text as Excel shows it (first block only). */
  text?: Excel.Range;
}

/** A cell of office.js `values`, told apart by its `valueTypes` entry. Dates are still serial numbers here. */
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

/** Queues the loads of one block's cells (no sync here). */
export function queueCells(ws: Excel.Worksheet, b: PlannedBlock, api: HostApi, fontRows: number): CellsQuery {
  const { job, start, rows } = b;
  const top0 = job.top - 1 + start; // 0-based sheet row of the block
  const range = rangeAt(ws, top0, job.left - 1, rows, job.colCount);
  range.load("values,valueTypes,numberFormat");
  const q: CellsQuery = { range };
  if (start !== 0) return q;
  const headRows = Math.min(rows, fontRows);
  if (api.properties) q.fonts = rangeAt(ws, top0, job.left - 1, headRows, job.colCount).getCellProperties({ format: { font: { name: true } } });
  q.text = rangeAt(ws, top0, job.left - 1, headRows, job.colCount);
  q.text.load("text");
  return q;
}

/** Moves a synced block's cells into its grid; returns the response bytes they cost. */
export function takeCells(b: PlannedBlock, q: CellsQuery): number {
  const { job } = b;
  const values = q.range.values;
  const types = q.range.valueTypes;
  const formats = q.range.numberFormat;
  const shown = q.text?.text;
  // Past five million cells Range.values may be null rather than an error (https://learn.microsoft.com/office/dev/add-ins/excel/performance);
  // planBatch keeps blocks far below that, so null here is a host fault, said as such.
  if (!values || !types) throw new Error(`Excel returned no values for ${job.grid.sheet} rows ${job.top + b.start}–${job.top + b.start + b.rows - 1}`);
  for (let r = 0; r < values.length; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < values[r].length; c++) {
      const v = cellValue(values[r][c], types[r][c]);
      row.push(v);
      if (typeof v !== "number" || !isDateFormat(String(formats?.[r]?.[c] ?? ""))) continue;
      job.dates.push({ row: b.start + r, col: c, serial: v });
      const text = shown?.[r]?.[c];
      if (typeof text === "string") job.probes.push({ serial: v, text });
    }
    job.grid.rows[b.start + r] = row;
  }
  if (q.fonts) {
    job.grid.fonts = q.fonts.value.map((row) => row.map((cell) => cell.format?.font?.name ?? null));
    job.grid.sheetFont = mostUsedFont(job.grid.fonts, job.grid.rows);
  }
  return jsonByteLength(values) + jsonByteLength(types) + jsonByteLength(formats);
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
