// Writes a ReportModel into the open workbook with office.js: the report's sheets only. All values go in one
// 2-D array, formats go by range (as the model lists them, never per cell). Here, unlike in a file, the chart is drawn.
// Safe against a late failure and against other people's sheets:
// - each sheet is written under a temporary name and swapped in only when every sheet is complete: Excel has
//   no transaction, so a failure in the middle of a batch leaves the commands before it applied
//   (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model); the old report then
//   stays as it was and the temporary sheets are removed;
// - a sheet of the report's name is replaced only when it is ours: it carries our hidden worksheet-scoped name
//   _BDG_REPORT, as the .xlsx writer's sheets do (Worksheet.names and NamedItemCollection.add, ExcelApi 1.4:
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member,
//   https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection), or, on older hosts and for reports
//   written before the name, the BDG-REPORT marker of its data block in its first rows; anyone else's sheet is left
//   alone and the report takes a free name beside it. Every sheet written gets the name (from ExcelApi 1.4);
// - names follow Excel's rules (fewer than 32 characters: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member;
//   none of : \ / ? * [ ], no apostrophe at either end, not "History");
// - workbook-structure protection (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-workbook-structure)
//   is said plainly before anything is written;
// - every text cell is written as text: Range.values reads a string starting with =, + or - as a formula
//   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member), so each string
//   goes with a leading apostrophe, which Excel keeps as "this is text" and does not store
//   (https://github.com/OfficeDev/office-js/issues/6687);
// - members newer than ExcelApi 1.1 are used only where isSetSupported says the host has them.
import { cellAddress, columnLetters, type Grid, type MergeArea } from "../domain/grid";
import { findMarker } from "../report/figures";
import { OWN_SHEET_NAME, ownSheetKind, type CellStyle, type ReportCell, type ReportModel, type ReportSheet } from "../report/model";
import { excelErrors, GatewayError } from "./messages";

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

/** A valid, unused sheet name: Excel's rules applied, then " (2)", " (3)"… until free (case-insensitive). */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim();
  if (base === "") base = "Báo cáo";
  if (base.toLowerCase() === "history") base = "History (BĐG)";
  base = base.slice(0, 31).trim();
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The text Excel must keep as text: a leading apostrophe marks it and is not stored. */
function asWritten(v: ReportCell | undefined): string | number {
  if (v === null || v === undefined) return "";
  return typeof v === "string" && v !== "" ? `'${v}` : v;
}

/** Rows 1–5 of a sheet as a Grid, enough for findMarker (the writers put the marker in row 1). */
const MARKER_PROBE = "A1:ZZ5";

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Writes every sheet of the report (see the file's comment for how), then shows the first. */
export async function writeReportSheets(
  context: Excel.RequestContext,
  model: Pick<ReportModel, "sheets"> & Partial<Pick<ReportModel, "metadata">>,
  isSetSupported: IsSetSupported = officeIsSetSupported,
): Promise<void> {
  const supported = (version: string): boolean => isSetSupported("ExcelApi", version);
  const sheets = context.workbook.worksheets;

  // Sync 1: which sheets exist; whether the structure is protected (ExcelApi 1.7).
  sheets.load("items/name");
  const protection = supported("1.7") ? context.workbook.protection : null;
  protection?.load("protected");
  await context.sync();
  if (protection?.protected) throw excelErrors.structureProtected();
  const taken = new Set(sheets.items.map((w) => w.name.toLowerCase()));
  const existing = new Map(sheets.items.map((w) => [w.name.toLowerCase(), w.name]));

  // Sync 2: of the sheets bearing a report name, which are ours (our name on the sheet, or the data block's marker).
  const wanted = model.sheets.map((m) => freeSheetName(m.sheetName, new Set()));
  const probes = wanted.map((name) => {
    const actual = existing.get(name.toLowerCase());
    if (!actual) return null;
    const range = sheets.getItem(actual).getRange(MARKER_PROBE);
    range.load("values");
    const named = supported("1.4") ? sheets.getItem(actual).names.getItemOrNullObject(OWN_SHEET_NAME) : null;
    named?.load("value");
    return { actual, range, named };
  });
  if (probes.some((p) => p !== null)) await context.sync();
  const targets: { name: string; replaces: string | null }[] = wanted.map((name, i) => {
    const probe = probes[i];
    if (!probe) return { name, replaces: null };
    const grid: Grid = { sheet: probe.actual, firstRow: 1, firstCol: 1, rows: probe.range.values.map((r) => r.map((v) => (v === "" ? null : (v as string | number)))), merges: [] };
    if ((probe.named && !probe.named.isNullObject) || findMarker(grid)) return { name: probe.actual, replaces: probe.actual };
    const free = freeSheetName(name, taken); // someone else's sheet: never touched
    taken.add(free.toLowerCase());
    return { name: free, replaces: null };
  });

  // One batch per sheet, each under a temporary name.
  const temps: string[] = [];
  try {
    for (const [i, sheet] of model.sheets.entries()) {
      const temp = freeSheetName(`~BĐG tạm ${i + 1}`, taken);
      taken.add(temp.toLowerCase());
      temps.push(temp);
      const ws = sheets.add(temp);
      writeSheetBody(ws, sheet, supported);
      markAsOurs(ws, ownSheetKind(model.metadata?.kind ?? "annual-report", i), supported);
      // One sync per report sheet: a sheet's cells, styles and chart are one batch.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (e) {
    await dropSheets(context, temps);
    if (e instanceof GatewayError) throw e;
    throw excelErrors.reportNotWritten(errorText(e));
  }

  // The swap: old reports aside under spare names, the new ones to their names, then the old ones deleted.
  const spares = targets.map((t) => (t.replaces ? freeSheetName(`~BĐG cũ ${t.name}`, taken) : null));
  try {
    targets.forEach((t, i) => {
      const spare = spares[i];
      if (t.replaces && spare) {
        taken.add(spare.toLowerCase());
        sheets.getItem(t.replaces).name = spare;
      }
    });
    targets.forEach((t, i) => (sheets.getItem(temps[i]).name = t.name));
    await context.sync();
  } catch (e) {
    await restoreNames(context, targets, spares, temps);
    throw excelErrors.reportNotWritten(errorText(e));
  }
  for (const spare of spares) if (spare) sheets.getItem(spare).delete();
  sheets.getItem(targets[0].name).activate();
  await context.sync();
}

/**
 * Our hidden worksheet-scoped name on a sheet we wrote, its value what the sheet is (ExcelApi 1.4; NamedItem.visible
 * is 1.1). Below 1.4 a sheet is known as ours by its data block only, as reports written before the name were.
 */
function markAsOurs(ws: Excel.Worksheet, kind: string, supported: (version: string) => boolean): void {
  if (!supported("1.4")) return;
  const name = ws.names.add(OWN_SHEET_NAME, `="${kind}"`);
  name.visible = false;
}

/** Removes sheets this write added (a failed write): best effort, the first error is the one reported. */
async function dropSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((w) => w.name));
    for (const n of names) if (present.has(n)) sheets.getItem(n).delete();
    await context.sync();
  } catch {
    // The workbook refuses even the cleanup: the temporary sheets stay, named as such.
  }
}

/** After a failed swap: every old report back under its name, the new ones removed. */
async function restoreNames(
  context: Excel.RequestContext,
  targets: { name: string; replaces: string | null }[],
  spares: (string | null)[],
  temps: string[],
): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((w) => w.name));
    targets.forEach((t, i) => {
      const spare = spares[i];
      if (present.has(t.name) && !present.has(temps[i]) && t.replaces === null) sheets.getItem(t.name).delete();
      else if (present.has(temps[i])) sheets.getItem(temps[i]).delete();
      if (spare && present.has(spare) && t.replaces) {
        if (present.has(t.name) && t.name !== spare) sheets.getItem(t.name).delete();
        sheets.getItem(spare).name = t.replaces;
      }
    });
    await context.sync();
  } catch {
    // Nothing more can be done from here; the message says the report was not written.
  }
}

/** One report sheet (a ReportModel of one sheet): kept for callers that write a single sheet. */
export async function writeReportSheet(
  context: Excel.RequestContext,
  model: ReportSheet,
  isSetSupported: IsSetSupported = officeIsSetSupported,
): Promise<void> {
  await writeReportSheets(context, { sheets: [model] }, isSetSupported);
}

/** Queues one sheet's content: values, widths, styles, merges, heights, hidden columns, chart, print setup. */
function writeSheetBody(ws: Excel.Worksheet, model: ReportSheet, supported: (version: string) => boolean): void {
  const height = model.rows.length;
  const width = Math.max(0, ...model.rows.map((r) => r.length));
  if (height > 0 && width > 0) {
    const values = model.rows.map((r) => Array.from({ length: width }, (_, c) => asWritten(r[c])));
    ws.getRange(`A1:${cellAddress(height, width)}`).values = values;
  }
  // Column widths, row heights, merges and hidden columns: ExcelApi 1.2.
  if (supported("1.2"))
    model.columnWidths.forEach((w, i) => {
      const letter = columnLetters(i + 1);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(w);
    });
  for (const { range, style } of model.styleRanges) applyStyle(ws.getRange(address(range)), range, model.styles[style]);
  if (supported("1.2")) {
    for (const m of model.merges) ws.getRange(address(m)).merge(false);
    for (const { row, height: points } of model.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = points;
    for (const c of model.hiddenColumns) {
      const letter = columnLetters(c);
      ws.getRange(`${letter}:${letter}`).columnHidden = true;
    }
  }
  if (supported("1.8")) ws.showGridlines = false;
  writeChart(ws, model, supported);
  if (supported("1.9")) writePrintSetup(ws, model, height);
}

function writeChart(ws: Excel.Worksheet, model: ReportSheet, supported: (version: string) => boolean): void {
  const chartSpec = model.chart;
  if (!chartSpec) return;
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

/** Page layout, print area, title rows and page breaks: ExcelApi 1.9. */
function writePrintSetup(ws: Excel.Worksheet, model: ReportSheet, height: number): void {
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
  const lastPrinted = p.printRows?.last ?? Math.max(height, model.chart?.anchor.bottom ?? 0);
  layout.setPrintArea(`${cellAddress(p.printRows?.first ?? 1, p.printColumns.first)}:${cellAddress(lastPrinted, p.printColumns.last)}`);
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows.first}:$${p.printTitleRows.last}`);
  // A new page starts after each listed row: the break stands above the next row.
  for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(cellAddress(row + 1, p.printColumns.first));
}
