// Building a ReportModel sheet row by row: the sheet builder, the named styles and the page geometry
// every report sheet shares (NĐ 30/2020/NĐ-CP, Phụ lục I: A4, Times New Roman, its margins).
import type { MergeArea } from "../domain/grid";
import { fold } from "../domain/fold";
import type { CellStyle, ChartSpec, PrintSetup, ReportCell, ReportSheet, StyleRange } from "./model";

const FONT = "Times New Roman";

/** NĐ 30/2020, Phụ lục I: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const ND30_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };
/** A4 is 210 mm wide; the text block between NĐ 30's margins. */
export const PRINT_WIDTH_MM = 210 - ND30_MARGINS_MM.left - ND30_MARGINS_MM.right;

const MM_PER_INCH = 25.4;

/**
 * Excel's column width (characters of the default font, Calibri 11: 7 px each plus 5 px of padding,
 * at 96 px an inch) for a width in millimetres.
 */
export function mmToChars(mm: number): number {
  const px = (mm / MM_PER_INCH) * 96;
  return Math.round(((px - 5) / 7) * 100) / 100;
}

/** A4 portrait with NĐ 30's margins, at 100%: the columns are sized to fill the text block exactly. */
export function nd30Print(lastCol: number, titleRow?: number): PrintSetup {
  const inch = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return {
    paperSize: "A4",
    orientation: "portrait",
    // One page wide is a safety net only (a workbook whose default font is wider than Calibri's).
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titleRow ? { printTitleRows: { first: titleRow, last: titleRow } } : {}),
    centerHorizontally: false,
    margins: {
      left: inch(ND30_MARGINS_MM.left),
      right: inch(ND30_MARGINS_MM.right),
      top: inch(ND30_MARGINS_MM.top),
      bottom: inch(ND30_MARGINS_MM.bottom),
      header: inch(8),
      footer: inch(8),
    },
    printColumns: { first: 1, last: lastCol },
  };
}

/** Named styles of every report sheet. Ranges apply in order; a later style sets only what it defines. */
export const STYLES: Record<string, CellStyle> = {
  // ---- the document (báo cáo): sizes as NĐ 30 sets them
  doc: { font: { name: FONT, size: 13 }, alignment: { vertical: "top", wrap: true } },
  govBody: { font: { size: 13 }, alignment: { horizontal: "center", vertical: "bottom", wrap: true } },
  agencyName: { font: { size: 13, bold: true }, alignment: { horizontal: "center", vertical: "top", wrap: true } },
  nationalTitle: { font: { size: 12, bold: true }, alignment: { horizontal: "center", vertical: "bottom" } },
  motto: { font: { size: 13, bold: true }, alignment: { horizontal: "center", vertical: "top" } },
  rule: { border: "bottom" },
  docNumber: { font: { size: 13 }, alignment: { horizontal: "center", vertical: "top" } },
  dateLine: { font: { size: 14, italic: true }, alignment: { horizontal: "center", vertical: "top" } },
  draft: { font: { size: 13, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  docKind: { font: { size: 14, bold: true }, alignment: { horizontal: "center", vertical: "bottom" } },
  summary: { font: { size: 14, bold: true }, alignment: { horizontal: "center", vertical: "top", wrap: true } },
  recipient: { font: { size: 14 }, alignment: { horizontal: "center", vertical: "top", wrap: true } },
  body: { font: { size: 13 }, alignment: { horizontal: "justify", vertical: "top", wrap: true } },
  heading: { font: { size: 13, bold: true }, alignment: { horizontal: "justify", vertical: "top", wrap: true } },
  placeholder: { font: { italic: true } },
  signAuthority: { font: { size: 13, bold: true }, alignment: { horizontal: "center", vertical: "top", wrap: true } },
  signName: { font: { size: 14, bold: true }, alignment: { horizontal: "center", vertical: "top", wrap: true } },
  toLabel: { font: { size: 12, bold: true, italic: true }, alignment: { horizontal: "left", vertical: "top" } },
  toLine: { font: { size: 11 }, alignment: { horizontal: "left", vertical: "top", wrap: true } },
  // ---- tables (phụ lục, summary)
  base: { font: { name: FONT, size: 12 }, alignment: { vertical: "middle" } },
  annexNo: { font: { size: 14, bold: true }, alignment: { horizontal: "center" } },
  annexTitle: { font: { size: 13, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrap: true } },
  annexOf: { font: { size: 13, italic: true }, alignment: { horizontal: "center", vertical: "top", wrap: true } },
  section: { font: { size: 12, bold: true }, alignment: { horizontal: "left", vertical: "middle", wrap: true } },
  th: {
    font: { bold: true, size: 11 },
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
    border: "thin",
  },
  td: { font: { size: 12 }, alignment: { vertical: "middle", wrap: true }, border: "thin" },
  tdCenter: { alignment: { horizontal: "center" } },
  count: { alignment: { horizontal: "right" }, numberFormat: "[$-42A]#,##0" },
  // [$-42A]: Vietnamese, so a reader that honours the format's locale (LibreOffice) shows 30,5%; Excel uses the system's.
  pct: { alignment: { horizontal: "right" }, numberFormat: "[$-42A]0.0%" },
  points: { alignment: { horizontal: "right" }, numberFormat: "+0.0;-0.0;0.0" },
  met: { font: { bold: true }, alignment: { horizontal: "center" } },
  notMet: { font: { bold: true }, alignment: { horizontal: "center" } },
  noData: { font: { italic: true }, alignment: { horizontal: "center" } },
  flagged: { font: { bold: true } },
  totalRow: { font: { bold: true } },
  subRow: { font: { italic: true } },
  groupRow: { font: { bold: true } },
  note: { font: { size: 12 }, alignment: { horizontal: "justify", vertical: "top", wrap: true } },
  noteLabel: { font: { size: 12, bold: true, italic: true }, alignment: { horizontal: "left", vertical: "top" } },
  signTitle: { font: { size: 13, bold: true }, alignment: { horizontal: "center", wrap: true } },
  signNote: { font: { italic: true, size: 12 }, alignment: { horizontal: "center" } },
  // ---- for the clerk only: outside the print area
  clerkTitle: { font: { name: FONT, size: 12, bold: true, color: "C00000" }, alignment: { vertical: "top", wrap: true } },
  clerkLine: { font: { name: FONT, size: 11 }, alignment: { vertical: "top", wrap: true } },
  clerkError: { font: { color: "C00000" } },
  clerkAccepted: { font: { color: "006100" } },
  hiddenData: { font: { size: 9, color: "808080" } },
};

export function area(top: number, left: number, bottom = top, right = left): MergeArea {
  return { top, left, bottom, right };
}

/** Appends rows and remembers merges, styles and heights; ends as a ReportSheet. */
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

  blank(count = 1, height?: number): void {
    for (let i = 0; i < count; i++) {
      const row = this.append();
      if (height !== undefined) this.height(row, height);
    }
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
  span(row: number, left: number, right: number, value: ReportCell, ...styles: string[]): void {
    this.set(row, left, value);
    this.merge(row, left, row, right);
    if (styles.length) this.style(area(row, left, row, right), ...styles);
  }

  style(range: MergeArea, ...styles: string[]): void {
    for (const style of styles) {
      if (!STYLES[style]) throw new Error(`Unknown report style ${style}`);
      this.styleRanges.push({ range, style });
    }
  }

  /** A table's header row: bordered, bold, tall enough for two-line labels. */
  tableHeader(cells: ReportCell[], lastCol: number, height = 48): number {
    const row = this.append(cells);
    this.style(area(row, 1, row, lastCol), "base", "th");
    this.height(row, height);
    return row;
  }

  height(row: number, points: number): void {
    this.rowHeights.push({ row, height: points });
  }

  /** Pads every row to the same width so a writer can send one rectangular 2-D array. */
  rectangularRows(minWidth: number): ReportCell[][] {
    const width = Math.max(minWidth, ...this.rows.map((r) => r.length));
    return this.rows.map((r) => [...r, ...new Array<ReportCell>(width - r.length).fill(null)]);
  }

  /** The sheet, with the given widths (characters), hidden columns, print setup and chart. */
  toSheet(o: { sheetName: string; columnWidths: number[]; hiddenColumns?: number[]; print: PrintSetup; chart?: ChartSpec }): ReportSheet {
    return {
      sheetName: o.sheetName,
      rows: this.rectangularRows(o.columnWidths.length),
      merges: this.merges,
      styles: STYLES,
      styleRanges: this.styleRanges,
      columnWidths: o.columnWidths,
      rowHeights: this.rowHeights,
      hiddenColumns: o.hiddenColumns ?? [],
      chart: o.chart,
      print: o.print,
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

/**
 * Estimated height (points) of a wrapped text of `sizePt` in a cell `widthMm` wide: Times New Roman
 * averages about half an em a character (a little more in bold); a line is 1.2 em. Merged cells are not
 * grown by Excel or LibreOffice, so the builder sets this height itself; it errs on the tall side.
 */
export function textHeight(text: string, widthMm: number, sizePt: number, bold = false): number {
  const charMm = sizePt * (MM_PER_INCH / 72) * (bold ? 0.54 : 0.49);
  const perLine = Math.max(1, Math.floor((widthMm - 2) / charMm));
  const lines = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.ceil(lines * sizePt * 1.2 + 3);
}

/** Sum of column widths (mm) from `left` to `right` (1-based, inclusive). */
export function spanMm(widthsMm: number[], left: number, right: number): number {
  return widthsMm.slice(left - 1, right).reduce((s, w) => s + w, 0);
}
