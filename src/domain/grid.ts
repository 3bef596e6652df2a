// The Grid: one sheet's used range as plain data, the same whichever gateway read it
// (office.js in Excel, ExcelJS on a file). Nothing here knows Excel or ExcelJS.
// It lives in domain/ because both gateways produce it and may import only domain and report types.

/** An Excel error value such as #N/A, kept apart from text so it is never read as a name. */
export interface CellError {
  error: string;
}

/** What a cell holds. Dates are real dates when the gateway knows them; text stays text. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area in sheet coordinates, 1-based and inclusive, as Excel shows them. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name as the workbook shows it. */
  sheet: string;
  /** Sheet row (1-based) of rows[0]. */
  firstRow: number;
  /** Sheet column (1-based) of rows[r][0]. */
  firstCol: number;
  /** rows[r][c] is the cell at sheet row firstRow + r, column firstCol + c. Rows may be ragged. */
  rows: CellValue[][];
  /** Merged areas that touch the used range; only the top-left cell of an area holds the value. */
  merges: MergeArea[];
  /**
   * Font names of the first rows (where titles and headers stand), when the gateway can give them:
   * fonts[r][c] is parallel to rows[r][c]. A ".VnTime"/".VnTimeH" font means TCVN3 text,
   * "VNI-…" means VNI text. Absent or shorter than rows when the gateway could not read them.
   */
  fonts?: (string | null)[][];
  /** The font most used by the sheet's text cells, when the gateway knows it. */
  sheetFont?: string;
  /** Hidden columns (1-based sheet columns). Hidden columns are still read. */
  hiddenColumns?: number[];
  /** True when the sheet itself is hidden (state "hidden" or "veryHidden"). */
  hidden?: boolean;
  /** The sheet's visibility as the workbook records it; absent means visible. */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Hidden rows (1-based sheet rows), e.g. rows a filter hid for printing. Hidden rows are still read. */
  hiddenRows?: number[];
  /**
   * Cells holding a formula saved without its calculated value (files written by scripts): their
   * value in rows is null, and the reader reports them instead of calling them empty.
   */
  uncalculated?: { row: number; col: number }[];
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** 1-based column number of column letters: A → 1, AB → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses "B3" or "B3:D4" into a MergeArea (a single cell gives a 1×1 area). */
export function parseRange(ref: string): MergeArea | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
