// Writes a ReportModel into an ExcelJS workbook: the report's sheets only, each replacing a sheet of the
// same name; no other sheet is touched.
//
// ExcelJS 4.4 cannot write charts: the model's chart is drawn only by the office.js writer
// (src/excel/writeReport.ts) inside Excel. In a file made here the chart's cells stay empty.
import type ExcelJS from "exceljs";
import { cellAddress } from "../domain/grid";
import type { CellStyle, ReportModel, ReportSheet } from "../report/model";

/** Excel's paper size code for A4. */
const PAPER_A4 = 9;

/** A later style sets only the properties it defines, over the earlier ones. */
function mergeStyle(into: CellStyle, style: CellStyle): CellStyle {
  return {
    font: style.font ? { ...into.font, ...style.font } : into.font,
    alignment: style.alignment ? { ...into.alignment, ...style.alignment } : into.alignment,
    border: style.border ?? into.border,
    fill: style.fill ?? into.fill,
    numberFormat: style.numberFormat ?? into.numberFormat,
  };
}

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.font) {
    out.font = {
      name: s.font.name,
      size: s.font.size,
      bold: s.font.bold,
      italic: s.font.italic,
      underline: s.font.underline,
      color: s.font.color ? { argb: argb(s.font.color) } : undefined,
    };
  }
  if (s.alignment) {
    out.alignment = { horizontal: s.alignment.horizontal, vertical: s.alignment.vertical, wrapText: s.alignment.wrap };
  }
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
  if (s.border === "thin") out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (s.border === "bottom") out.border = { bottom: thin };
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}

/** "A$1": a corner of the print area whose row ExcelJS leaves relative unless told. */
function absoluteRow(row: number, col: number): string {
  return cellAddress(row, col).replace(/(\d+)$/, "$$$1");
}

/** The sheet of that name (Excel compares sheet names without case). */
function sameNamedSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLocaleLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLocaleLowerCase() === wanted);
}

/** Writes every sheet of the report, in order; returns them. */
export function writeReportSheets(workbook: ExcelJS.Workbook, model: ReportModel): ExcelJS.Worksheet[] {
  return model.sheets.map((sheet) => writeReportSheet(workbook, sheet));
}

export function writeReportSheet(workbook: ExcelJS.Workbook, model: ReportSheet): ExcelJS.Worksheet {
  const existing = sameNamedSheet(workbook, model.sheetName);
  if (existing) workbook.removeWorksheet(existing.id);

  const p = model.print;
  const lastRow = model.rows.length;
  const ws = workbook.addWorksheet(model.sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: p.orientation,
      fitToPage: p.fitToWidth > 0 || p.fitToHeight > 0,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      margins: p.margins,
      horizontalCentered: p.centerHorizontally,
      // ExcelJS writes "$" + each corner: "A$1" becomes the absolute "$A$1" Excel and LibreOffice both honour.
      printArea: `${absoluteRow(p.printRows?.first ?? 1, p.printColumns.first)}:${absoluteRow(Math.max(p.printRows?.last ?? lastRow, 1), p.printColumns.last)}`,
      printTitlesRow: p.printTitleRows ? `${p.printTitleRows.first}:${p.printTitleRows.last}` : undefined,
    },
  });

  model.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const c of model.hiddenColumns) ws.getColumn(c).hidden = true;

  model.rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });

  // Styles resolve per cell (a file has no range formats); ranges apply in model order.
  const styled = new Map<string, CellStyle>();
  for (const { range, style } of model.styleRanges) {
    const s = model.styles[style];
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const key = `${r},${c}`;
        styled.set(key, mergeStyle(styled.get(key) ?? {}, s));
      }
    }
  }
  for (const [key, s] of styled) {
    const [r, c] = key.split(",").map(Number);
    ws.getCell(r, c).style = toExcelStyle(s);
  }

  for (const m of model.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const { row, height } of model.rowHeights) ws.getRow(row).height = height;
  for (const row of p.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  return ws;
}
