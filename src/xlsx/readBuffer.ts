// Grids from a workbook held in memory: the task pane's demo mode (no fs, no streams) and the XlsxGateway.
// Browser-safe: ExcelJS's full reader (which keeps merges) plus DecompressionStream for one small part.
import ExcelJS from "exceljs";
import type { Grid } from "../domain/grid";
import type { ReadProgress } from "../report/gateway";
import { WorkbookUnreadable } from "./errors";
import { checkXlsxEntries, zipEntriesOf, type ZipEntry } from "./zip";
import { defaultFontOf, FONT_ROWS, GridBuilder, SETTINGS_SHEET, toCellValue } from "./cells";

export interface ReadGridsOptions {
  /** Names of the sheets to read; all worksheets when omitted. */
  sheets?: string[];
  onProgress?: (p: ReadProgress) => void;
  /** Rows whose cell fonts are kept (default 40). */
  fontRows?: number;
}

/** A workbook loaded in memory, with what ExcelJS's model does not keep. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The Normal font (first font of styles.xml), for cells that carry no style. */
  defaultFont?: string;
}

function asBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

/** Inflates one (small) part of a zip held in memory. */
export async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.slice(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

/** Checks the bytes are an .xlsx and loads them with ExcelJS; throws WorkbookUnreadable otherwise. */
export async function loadWorkbook(buf: ArrayBuffer | Uint8Array): Promise<LoadedWorkbook> {
  const bytes = asBytes(buf);
  const entries = zipEntriesOf(bytes);
  checkXlsxEntries(entries);
  const workbook = new ExcelJS.Workbook();
  let defaultFont: string | undefined;
  try {
    // ExcelJS's types want a Node Buffer; at run time it takes any ArrayBuffer view (JSZip underneath).
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const styles = entries.find((e) => e.name === "xl/styles.xml");
    if (styles) defaultFont = defaultFontOf(await entryText(bytes, styles));
  } catch (err) {
    throw new WorkbookUnreadable("truncated", undefined, err instanceof Error ? err.message : String(err));
  }
  return { workbook, defaultFont };
}

/** The Grids of an ExcelJS workbook already in memory (workbook order; worksheets only). */
export function gridsOfWorkbook(loaded: LoadedWorkbook, opts: ReadGridsOptions = {}): Grid[] {
  const { workbook, defaultFont } = loaded;
  const date1904 = Boolean(workbook.properties?.date1904);
  const grids: Grid[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name === SETTINGS_SHEET || (opts.sheets && !opts.sheets.includes(ws.name))) continue;
    const builder = new GridBuilder(ws.name, defaultFont, opts.fontRows ?? FONT_ROWS);
    let rowsRead = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // The full model hands the master's value to every cell of a merge; only the top-left one holds it.
        if (cell.isMerged && cell.master !== cell) return;
        const style = cell.style as Partial<ExcelJS.Style> | undefined;
        builder.set(rowNumber, col, toCellValue(cell.value, style?.numFmt, date1904), style?.font?.name);
      });
      if (++rowsRead % 5000 === 0) opts.onProgress?.({ sheet: ws.name, rowsRead });
    });
    const hiddenColumns: number[] = [];
    (ws.columns ?? []).forEach((c, i) => {
      if (c.hidden) hiddenColumns.push(i + 1);
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    grids.push(builder.finish({ merges, hiddenColumns, hidden: ws.state !== "visible" }));
    opts.onProgress?.({ sheet: ws.name, rowsRead, rowsTotal: rowsRead });
  }
  return grids;
}

/** Grids of an .xlsx held in memory; the same Grids readGridsFromFile gives for that file. */
export async function readGridsFromBuffer(buf: ArrayBuffer | Uint8Array, opts: ReadGridsOptions = {}): Promise<Grid[]> {
  return gridsOfWorkbook(await loadWorkbook(buf), opts);
}
