// Building a ReportModel row by row: the sheet builder and the named styles both reports share.
import type { MergeArea } from "../domain/grid";
import { fold } from "../domain/fold";
import type { CellStyle, ChartSpec, ReportCell, ReportMetadata, ReportModel, StyleRange } from "./model";

/** Visible report columns end here; the hidden threshold column and data block stand to the right. */
export const LAST_VISIBLE_COL = 9;
/** Hidden column holding the target line the chart draws (same rows as the unit table). */
export const LINE_COL = 11;
/** First hidden column of the machine-readable data block (see figures.ts). */
export const DATA_COL = 12;
export const DATA_WIDTH = 8;

const FONT = "Times New Roman";

/** Named styles of both reports. Ranges apply in order; a later style sets only what it defines. */
export const STYLES: Record<string, CellStyle> = {
  base: { font: { name: FONT, size: 12 }, alignment: { vertical: "middle" } },
  agency: { font: { bold: true }, alignment: { horizontal: "center", wrap: true } },
  agencyTop: { alignment: { horizontal: "center", wrap: true } },
  motto: { font: { bold: true }, alignment: { horizontal: "center" } },
  mottoSub: { font: { bold: true, underline: true, size: 13 }, alignment: { horizontal: "center" } },
  docNumber: { alignment: { horizontal: "center" } },
  dateLine: { font: { italic: true }, alignment: { horizontal: "center" } },
  title: { font: { bold: true, size: 14 }, alignment: { horizontal: "center", vertical: "middle", wrap: true } },
  recipient: { alignment: { horizontal: "center" } },
  paragraph: { alignment: { horizontal: "left", vertical: "top", wrap: true } },
  section: { font: { bold: true }, alignment: { horizontal: "left" } },
  th: {
    font: { bold: true, size: 11 },
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
    border: "thin",
    fill: "D9E1F2",
  },
  td: { font: { size: 11 }, alignment: { vertical: "middle", wrap: true }, border: "thin" },
  tdCenter: { alignment: { horizontal: "center" } },
  count: { alignment: { horizontal: "right" }, numberFormat: "#,##0" },
  pct: { alignment: { horizontal: "right" }, numberFormat: "0.0%" },
  points: { alignment: { horizontal: "right" }, numberFormat: "+0.0;-0.0;0.0" },
  met: { font: { bold: true, color: "006100" }, alignment: { horizontal: "center" } },
  notMet: { font: { bold: true, color: "C00000" }, alignment: { horizontal: "center" } },
  noData: { font: { italic: true, color: "7F7F7F" }, alignment: { horizontal: "center" } },
  flagged: { fill: "FCE4D6" },
  totalRow: { font: { bold: true }, fill: "F2F2F2" },
  subRow: { font: { italic: true } },
  signTitle: { font: { bold: true }, alignment: { horizontal: "center", wrap: true } },
  signNote: { font: { italic: true, size: 11 }, alignment: { horizontal: "center" } },
  smallNote: { font: { italic: true, size: 10 }, alignment: { horizontal: "left", vertical: "top", wrap: true } },
  hiddenData: { font: { size: 9, color: "808080" } },
};

export function area(top: number, left: number, bottom = top, right = left): MergeArea {
  return { top, left, bottom, right };
}

/** Appends rows and remembers merges, styles and heights; ends as a ReportModel. */
export class SheetBuilder {
  readonly rows: ReportCell[][] = [];
  readonly merges: MergeArea[] = [];
  readonly styleRanges: StyleRange[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  /** The sheet row the next append() fills. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends one row of cells (column 1 first) and returns its sheet row. */
  append(cells: ReportCell[] = []): number {
    this.rows.push([...cells]);
    return this.rows.length;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.append();
  }

  set(row: number, col: number, value: ReportCell): void {
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1];
    while (r.length < col - 1) r.push(null);
    r[col - 1] = value;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** Writes a value into the first cell of a span and merges the span. */
  span(row: number, left: number, right: number, value: ReportCell, style?: string): void {
    this.set(row, left, value);
    this.merge(row, left, row, right);
    if (style) this.style(area(row, left, row, right), style);
  }

  style(range: MergeArea, ...styles: string[]): void {
    for (const style of styles) {
      if (!STYLES[style]) throw new Error(`Unknown report style ${style}`);
      this.styleRanges.push({ range, style });
    }
  }

  /** A table's header row: bordered, bold, tall enough for two-line labels. */
  tableHeader(cells: ReportCell[], lastCol: number): number {
    const row = this.append(cells);
    this.style(area(row, 1, row, lastCol), "base", "th");
    this.height(row, 48);
    return row;
  }

  height(row: number, points: number): void {
    this.rowHeights.push({ row, height: points });
  }

  /** Pads every row to the same width so a writer can send one rectangular 2-D array. */
  rectangularRows(): ReportCell[][] {
    const width = Math.max(LAST_VISIBLE_COL, ...this.rows.map((r) => r.length));
    return this.rows.map((r) => [...r, ...new Array<ReportCell>(width - r.length).fill(null)]);
  }

  /**
   * The common end of both reports: the hidden figures block (read back next year and by the
   * consolidation), the base font under the visible text, the widths and the A4 print setup with the
   * table's header row repeated on every page.
   */
  finish(o: {
    sheetName: string;
    records: ReportCell[][];
    /** Last row of the table the chart's line column runs beside. */
    lastTableRow: number;
    lastTextRow: number;
    lastCol: number;
    widths: number[];
    /** The table's header row, repeated on every printed page. */
    titleRow: number;
    chart?: ChartSpec;
    metadata: ReportMetadata;
  }): ReportModel {
    o.records.forEach((record, i) => record.forEach((v, j) => this.set(i + 1, DATA_COL + j, v)));
    this.style(area(1, LINE_COL, Math.max(o.records.length, o.lastTableRow), DATA_COL + DATA_WIDTH - 1), "hiddenData");
    // Base font under every visible cell not styled yet (header and signature spans set their own).
    this.styleRanges.unshift({ range: area(1, 1, o.lastTextRow, o.lastCol), style: "base" });
    const columnWidths = [...o.widths];
    while (columnWidths.length < DATA_COL + DATA_WIDTH - 1) columnWidths.push(columnWidths.length + 1 === 10 ? 3 : 12);
    return this.build({
      sheetName: o.sheetName,
      columnWidths,
      hiddenColumns: [LINE_COL, ...Array.from({ length: DATA_WIDTH }, (_, i) => DATA_COL + i)],
      chart: o.chart,
      print: {
        paperSize: "A4",
        orientation: "portrait",
        fitToWidth: 1,
        fitToHeight: 0,
        printTitleRows: { first: o.titleRow, last: o.titleRow },
        margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printColumns: { first: 1, last: o.lastCol },
      },
      metadata: o.metadata,
    });
  }

  build(rest: Omit<ReportModel, "rows" | "merges" | "styleRanges" | "rowHeights" | "styles">): ReportModel {
    return {
      ...rest,
      rows: this.rectangularRows(),
      merges: this.merges,
      styles: STYLES,
      styleRanges: this.styleRanges,
      rowHeights: this.rowHeights,
    };
  }
}

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "-").slice(0, 31);
}

/** Initials for the document number: "Sở Tài chính" → "STC", "UBND huyện Can Lộc" → "UBND". */
export function agencyInitials(agency: string): string {
  const trimmed = agency.trim();
  if (/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\b/i.test(trimmed.normalize("NFC"))) return "UBND";
  const initials = trimmed
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0].toUpperCase())
    .join("");
  return initials || "…";
}

/** Same unit, whatever the case, spacing, diacritics or Unicode form (NFC/NFD). */
export function unitKey(name: string): string {
  return fold(name);
}

/** Estimated height (points) of a row whose wrapped texts stand in columns of the given widths. */
export function wrappedHeight(cells: [string, number][], lineHeight = 15): number {
  let lines = 1;
  for (const [text, width] of cells) {
    const perLine = Math.max(1, Math.floor(width * 1.2));
    const n = text
      .split("\n")
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return lines * lineHeight + 3;
}
