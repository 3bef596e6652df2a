// The ReportModel: what the add-in writes for Sở Nội vụ, as data: one or more sheets (the báo cáo, then its
// phụ lục; or the provincial summary), each with its cells, styles, merges, chart and print setup. It is
// written by whichever gateway read the workbook (src/xlsx/writeReport.ts, src/excel/writeReport.ts).
// Nothing here knows Excel or ExcelJS; both writers follow this description and add nothing of their own.
import type { MergeArea } from "../domain/grid";

/** A cell of the report: text, a number (shares are fractions, shown by a percent format) or empty. */
export type ReportCell = string | number | null;

/** "justify": the body text of an official document (both edges straight; the last line left). */
export type HorizontalAlign = "left" | "center" | "right" | "justify";
export type VerticalAlign = "top" | "middle" | "bottom";

/** A named style. Colours are 6-digit RGB hex without '#', e.g. "FCE4D6". */
export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  alignment?: { horizontal?: HorizontalAlign; vertical?: VerticalAlign; wrap?: boolean };
  /**
   * "thin": thin borders on every edge of every cell of the range (a table grid).
   * "bottom": a thin line under the range only (the rules of an official header: under the agency's
   * name, under "Độc lập - Tự do - Hạnh phúc", under the trích yếu).
   */
  border?: "thin" | "bottom";
  fill?: string;
  /** Excel number format code, e.g. "0.0%", "#,##0", "+0.0;-0.0;0.0". */
  numberFormat?: string;
}

/** A named style applied to a rectangle. Later entries override earlier ones where they overlap. */
export interface StyleRange {
  range: MergeArea;
  style: string;
}

/**
 * The chart: women's share per unit as clustered columns, against the target line (30%).
 * Ranges are on the report sheet itself; rows of the same length. ExcelJS cannot write charts,
 * so only the office.js writer draws it.
 */
export interface ChartSpec {
  type: "columnClustered";
  title: string;
  /** Unit names (one column). */
  categories: MergeArea;
  /** Women's share per unit (one column, fractions). */
  values: MergeArea;
  valuesName: string;
  /** The line: the same threshold in every row (one column, may be hidden). */
  line: MergeArea;
  lineName: string;
  /** Cells the chart covers (top-left to bottom-right). */
  anchor: MergeArea;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Fit to this many pages wide (0 = no limit). */
  fitToWidth: number;
  /** Fit to this many pages tall (0 = as many as needed). */
  fitToHeight: number;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  /** Centre the printed area between the margins (a table); false for a document whose columns fill the page. */
  centerHorizontally: boolean;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Columns to print (1-based, inclusive): the visible table, not the hidden data block. */
  printColumns: { first: number; last: number };
  /** Rows to print (1-based, inclusive); all rows when absent. Rows below stay on screen only. */
  printRows?: { first: number; last: number };
  /** Manual page breaks: a new page starts after each of these rows (1-based), e.g. to keep a signature block whole. */
  rowBreaks?: number[];
}

export type ReportKind = "annual-report" | "provincial-summary";

/**
 * The hidden defined name, scoped to each sheet this tool wrote, that marks it as ours in both doors (the .xlsx
 * writer and the office.js one); its value says what the sheet is: the report's kind, "<kind>/annex", "settings".
 */
export const OWN_SHEET_NAME = "_BDG_REPORT";

/** Our marker's value for sheet i of a report (the first carries the kind, the others "…/annex"). */
export function ownSheetKind(kind: ReportKind, index: number): string {
  return index === 0 ? kind : `${kind}/annex`;
}

/** Stored on the sheet itself (hidden data block) so the sheet can be recognized and read back. */
export interface ReportMetadata {
  kind: ReportKind;
  /** Layout version of the hidden data block; readers refuse versions they do not know. */
  version: number;
  year: number;
  agency: string;
}

/** One sheet of the report. */
export interface ReportSheet {
  /** Name of the sheet to write; a sheet of that name is replaced. */
  sheetName: string;
  /** rows[r][c] is the value of sheet row r+1, column c+1. */
  rows: ReportCell[][];
  merges: MergeArea[];
  /** Named styles, referred to by styleRanges. */
  styles: Record<string, CellStyle>;
  styleRanges: StyleRange[];
  /** Width of column c+1 in characters (Excel's column width unit). */
  columnWidths: number[];
  /** Row heights in points; rows not listed keep the default. */
  rowHeights: { row: number; height: number }[];
  /** 1-based columns to hide (the machine-readable data block). */
  hiddenColumns: number[];
  chart?: ChartSpec;
  print: PrintSetup;
}

/**
 * What one "make the report" writes: its sheets in order (the annual report: the báo cáo, then the
 * phụ lục; the consolidation: one summary sheet). Each replaces a sheet of the same name; the first is the
 * one to show. The hidden data block (figures.ts) stands on the first sheet.
 */
export interface ReportModel {
  sheets: ReportSheet[];
  metadata: ReportMetadata;
}
