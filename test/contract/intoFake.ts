// The content of an .xlsx, read by ExcelJS (not by our reader), as a fake Excel holding that workbook: values
// (formula cells by their cached result), number formats, merges, fonts, hidden rows and columns, sheet states.
import ExcelJS from "exceljs";
import { FakeExcel, type FakeCell, type FakeSheetSpec } from "../fakes/fakeExcel";

/** ExcelJS's font for cells that name none (the workbook's default style). */
const DEFAULT_FONT = "Calibri";

function cellOf(v: ExcelJS.CellValue): FakeCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  if (typeof v === "object" && "result" in v) return cellOf((v.result ?? null) as ExcelJS.CellValue);
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v);
}

function sheetSpec(ws: ExcelJS.Worksheet): FakeSheetSpec {
  const rows: FakeCell[][] = [];
  const numberFormats: { range: string; format: string }[] = [];
  const fonts: { range: string; name: string }[] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // ExcelJS gives every cell of a merged area the area's value; Excel keeps it in the top-left cell only.
      const covered = cell.isMerged && cell.master !== cell;
      (rows[r - 1] ??= [])[c - 1] = covered ? null : cellOf(cell.value);
      if (cell.numFmt) numberFormats.push({ range: cell.address, format: cell.numFmt });
      if (cell.font?.name) fonts.push({ range: cell.address, name: cell.font.name });
    });
  });
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
  const state = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: ws.name, rows, numberFormats, fonts, font: DEFAULT_FONT, hiddenRows, hiddenColumns, merges, visibility: state };
}

/** A fake Excel holding the workbook in these bytes, as Excel would after opening the file. */
export async function fakeOfBytes(bytes: Uint8Array, options: ConstructorParameters<typeof FakeExcel>[1] = {}): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return new FakeExcel(wb.worksheets.map(sheetSpec), { date1904: wb.properties.date1904 === true, ...options });
}
