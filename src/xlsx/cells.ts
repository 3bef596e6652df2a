// The Grid assembled cell by cell, and the date rules of cell values; the sheet scanner fills it, so the
// file (Node) and the bytes (browser) give the same Grid.
import type { CellValue, Grid, MergeArea } from "../domain/grid";
import { parseRange } from "../domain/grid";
import { WorkbookUnreadable } from "./errors";

/** The very hidden sheet that carries the clerk's settings in a saved file: never a roster, never read as one. */
export const SETTINGS_SHEET = "_bdg_settings";

/** Rows (from the first row with a value) whose fonts are kept: titles and headers stand there. */
export const FONT_ROWS = 40;

// The date rules live in domain/, shared with the office.js gateway.
export { excelSerialToDate, isDateFormat, serialDates } from "../domain/excelDates";

/** What a Grid holds beside its cells. */
export interface GridExtras {
  merges: (string | MergeArea)[];
  hiddenColumns: number[];
  hidden: boolean;
  visibility?: "visible" | "hidden" | "veryHidden";
  hiddenRows?: number[];
  uncalculated?: { row: number; col: number }[];
}

/** Collects one sheet's cells (in row order) into a Grid. */
export class GridBuilder {
  private readonly abs: CellValue[][] = [];
  private readonly absFonts: (string | null)[][] = [];
  private readonly fontCounts = new Map<string, number>();
  /** The run of text cells in one font being counted (see set()). */
  private runFont: string | null = null;
  private runCount = 0;
  private minRow = Infinity;
  private maxRow = 0;
  private minCol = Infinity;
  private maxCol = 0;

  constructor(
    private readonly sheet: string,
    private readonly defaultFont: string | undefined,
    private readonly fontRows = FONT_ROWS,
    /** Empty slots a row needs before a far cell (a value in column XFD) count as cells against it. */
    private readonly budget?: { cells: number },
  ) {}

  /** Sets a cell; rows must come in ascending order (both readers give them so). */
  set(row: number, col: number, value: CellValue, font: string | undefined): void {
    if (value === null) return;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
    const cells = (this.abs[row - 1] ??= []);
    if (this.budget && cells.length < col - 1) {
      this.budget.cells -= col - 1 - cells.length;
      if (this.budget.cells < 0) throw new WorkbookUnreadable("tooManyCells");
    }
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = value;
    const fontName = font ?? this.defaultFont ?? null;
    if (typeof value === "string" && fontName) {
      // Neighbouring cells mostly share a font: count runs, and touch the map only when the font changes.
      if (fontName === this.runFont) this.runCount++;
      else {
        this.flushFontRun();
        this.runFont = fontName;
        this.runCount = 1;
      }
    }
    if (row < this.minRow + this.fontRows) {
      const fonts = (this.absFonts[row - 1] ??= []);
      while (fonts.length < col - 1) fonts.push(null);
      fonts[col - 1] = fontName;
    }
  }

  /**
   * Called when a row's cells are all set: its array is copied to its exact length (a JS array that
   * grew by push holds up to 17 slots for a few cells; 100k short rows waste tens of MB).
   */
  endRow(row: number): void {
    const cells = this.abs[row - 1];
    if (cells) this.abs[row - 1] = cells.slice();
  }

  private flushFontRun(): void {
    if (this.runFont !== null) this.fontCounts.set(this.runFont, (this.fontCounts.get(this.runFont) ?? 0) + this.runCount);
    this.runFont = null;
    this.runCount = 0;
  }

  finish(extra: GridExtras): Grid {
    this.flushFontRun();
    const empty = this.maxRow === 0;
    const firstRow = empty ? 1 : this.minRow;
    const firstCol = empty ? 1 : this.minCol;
    const merges = extra.merges
      .map((m) => (typeof m === "string" ? parseRange(m) : m))
      .filter((m): m is MergeArea => m !== null)
      // Keep areas that touch the used range (a merge can reach beyond the last value, e.g. a blank signature area).
      .filter((m) => !empty && m.bottom >= firstRow && m.top <= this.maxRow && m.right >= firstCol && m.left <= this.maxCol)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    for (const m of merges) this.clearCovered(m);
    const rows: CellValue[][] = [];
    const fonts: (string | null)[][] = [];
    for (let r = firstRow; r <= this.maxRow; r++) {
      const cells = this.abs[r - 1];
      // Rows already start at column A most of the time: keep them rather than copy 100k arrays.
      rows.push(cells ? (firstCol === 1 ? cells : cells.slice(firstCol - 1)) : []);
      if (r < firstRow + this.fontRows) {
        const f = this.absFonts[r - 1];
        const len = rows[rows.length - 1].length;
        const rowFonts = f ? f.slice(firstCol - 1, firstCol - 1 + len) : [];
        while (rowFonts.length < len) rowFonts.push(null);
        fonts.push(rowFonts);
      }
    }
    let sheetFont: string | undefined;
    let best = 0;
    for (const [name, n] of this.fontCounts) {
      if (n > best) {
        best = n;
        sheetFont = name;
      }
    }
    const grid: Grid = {
      sheet: this.sheet,
      firstRow,
      firstCol,
      rows,
      merges,
      fonts,
      hiddenColumns: [...new Set(extra.hiddenColumns)].sort((a, b) => a - b),
      hidden: extra.hidden,
    };
    if (sheetFont !== undefined) grid.sheetFont = sheetFont;
    if (extra.visibility && extra.visibility !== "visible") grid.visibility = extra.visibility;
    const hiddenRows = (extra.hiddenRows ?? []).filter((r) => !empty && r >= firstRow && r <= this.maxRow);
    if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
    if (extra.uncalculated && extra.uncalculated.length > 0) grid.uncalculated = extra.uncalculated;
    return grid;
  }

  /**
   * Only the top-left cell of a merged area holds its value, as Excel shows it: a value a writer left
   * under the area (LibreOffice keeps hidden contents when merging) is dropped.
   */
  private clearCovered(m: MergeArea): void {
    for (let r = m.top; r <= Math.min(m.bottom, this.maxRow); r++) {
      const cells = this.abs[r - 1];
      if (!cells) continue;
      const fonts = this.absFonts[r - 1];
      for (let c = m.left; c <= Math.min(m.right, cells.length); c++) {
        if ((r === m.top && c === m.left) || cells[c - 1] === null || cells[c - 1] === undefined) continue;
        cells[c - 1] = null;
        if (fonts && c <= fonts.length) fonts[c - 1] = null;
      }
    }
  }
}
