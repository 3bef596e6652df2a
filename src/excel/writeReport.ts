// Writes a ReportModel into the open workbook with office.js: the report's sheets only, each replacing a
// sheet of the same name. All values go in one 2-D array, formats go by range (as the model lists them, never per
// cell), and the whole write is queued between two context.sync() calls: one to learn whether the sheet
// exists, one to commit. Here, unlike in a file, the chart is drawn.
import { cellAddress, columnLetters, type MergeArea } from "../domain/grid";
import type { CellStyle, ReportModel, ReportSheet } from "../report/model";

function address(a: MergeArea): string {
  return a.top === a.bottom && a.left === a.right
    ? cellAddress(a.top, a.left)
    : `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
}

/** Column width in Excel's character units → points, as Excel converts it for Calibri 11 (7 px a character). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Whether the host supports an API set; by default asks Office itself (absent outside Office: nothing newer). */
export type IsSetSupported = (set: string, version: string) => boolean;

const officeIsSetSupported: IsSetSupported = (set, version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;

const EDGES: Excel.BorderIndex[] = [
  "EdgeTop" as Excel.BorderIndex,
  "EdgeBottom" as Excel.BorderIndex,
  "EdgeLeft" as Excel.BorderIndex,
  "EdgeRight" as Excel.BorderIndex,
  "InsideVertical" as Excel.BorderIndex,
  "InsideHorizontal" as Excel.BorderIndex,
];

function applyStyle(range: Excel.Range, a: MergeArea, s: CellStyle): void {
  const format = range.format;
  if (s.font) {
    if (s.font.name !== undefined) format.font.name = s.font.name;
    if (s.font.size !== undefined) format.font.size = s.font.size;
    if (s.font.bold !== undefined) format.font.bold = s.font.bold;
    if (s.font.italic !== undefined) format.font.italic = s.font.italic;
    if (s.font.underline !== undefined) format.font.underline = s.font.underline ? "Single" : "None";
    if (s.font.color !== undefined) format.font.color = `#${s.font.color}`;
  }
  if (s.alignment) {
    const h = s.alignment.horizontal;
    if (h) format.horizontalAlignment = h === "left" ? "Left" : h === "right" ? "Right" : h === "justify" ? "Justify" : "Center";
    const v = s.alignment.vertical;
    if (v) format.verticalAlignment = v === "top" ? "Top" : v === "bottom" ? "Bottom" : "Center";
    if (s.alignment.wrap !== undefined) format.wrapText = s.alignment.wrap;
  }
  if (s.border === "bottom") {
    const border = format.borders.getItem("EdgeBottom" as Excel.BorderIndex);
    border.style = "Continuous";
    border.weight = "Thin";
  }
  if (s.border === "thin") {
    for (const edge of EDGES) {
      // A single row or column has no inside edges to set.
      if (edge === "InsideVertical" && a.left === a.right) continue;
      if (edge === "InsideHorizontal" && a.top === a.bottom) continue;
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
  if (s.fill) format.fill.color = `#${s.fill}`;
  if (s.numberFormat) {
    const rows = a.bottom - a.top + 1;
    const cols = a.right - a.left + 1;
    range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(s.numberFormat as string));
  }
}

/** Writes every sheet of the report in order, then shows the first. */
export async function writeReportSheets(
  context: Excel.RequestContext,
  model: ReportModel,
  isSetSupported: IsSetSupported = officeIsSetSupported,
): Promise<void> {
  for (const sheet of model.sheets) await writeReportSheet(context, sheet, isSetSupported);
  if (model.sheets.length > 1) {
    context.workbook.worksheets.getItem(model.sheets[0].sheetName).activate();
    await context.sync();
  }
}

export async function writeReportSheet(
  context: Excel.RequestContext,
  model: ReportSheet,
  isSetSupported: IsSetSupported = officeIsSetSupported,
): Promise<void> {
  const supported = (version: string): boolean => isSetSupported("ExcelApi", version);
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(model.sheetName);
  await context.sync();
  if (!existing.isNullObject) existing.delete();

  const ws = sheets.add(model.sheetName);
  const height = model.rows.length;
  const width = Math.max(...model.rows.map((r) => r.length));
  if (height > 0 && width > 0) {
    const values = model.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
    ws.getRangeByIndexes(0, 0, height, width).values = values;
  }

  model.columnWidths.forEach((w, i) => {
    const letter = columnLetters(i + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(w);
  });
  for (const { range, style } of model.styleRanges) applyStyle(ws.getRange(address(range)), range, model.styles[style]);
  for (const m of model.merges) ws.getRange(address(m)).merge(false);
  for (const { row, height: points } of model.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = points;
  for (const c of model.hiddenColumns) {
    const letter = columnLetters(c);
    ws.getRange(`${letter}:${letter}`).columnHidden = true;
  }
  ws.showGridlines = false;

  const chartSpec = model.chart;
  if (chartSpec) {
    const chart = ws.charts.add("ColumnClustered" as Excel.ChartType, ws.getRange(address(chartSpec.values)), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = chartSpec.title;
    chart.setPosition(cellAddress(chartSpec.anchor.top, chartSpec.anchor.left), cellAddress(chartSpec.anchor.bottom, chartSpec.anchor.right));
    chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
    if (supported("1.7")) {
      const bars = chart.series.getItemAt(0);
      bars.name = chartSpec.valuesName;
      bars.setXAxisValues(ws.getRange(address(chartSpec.categories)));
      const line = chart.series.add(chartSpec.lineName);
      line.setValues(ws.getRange(address(chartSpec.line)));
      line.chartType = "Line" as Excel.ChartType;
    }
    // The line's cells are in a hidden column: plot them anyway.
    if (supported("1.8")) chart.plotVisibleOnly = false;
  }

  if (supported("1.9")) {
    const p = model.print;
    const layout = ws.pageLayout;
    layout.paperSize = "A4" as Excel.PaperType;
    layout.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.headerMargin = p.margins.header * 72;
    layout.footerMargin = p.margins.footer * 72;
    layout.centerHorizontally = p.centerHorizontally;
    const lastPrinted = p.printRows?.last ?? Math.max(height, chartSpec?.anchor.bottom ?? 0);
    layout.setPrintArea(`${cellAddress(p.printRows?.first ?? 1, p.printColumns.first)}:${cellAddress(lastPrinted, p.printColumns.last)}`);
    if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows.first}:$${p.printTitleRows.last}`);
    // A new page starts after each listed row: the break stands above the next row.
    for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(cellAddress(row + 1, p.printColumns.first));
  }
  ws.activate();
  await context.sync();
}
