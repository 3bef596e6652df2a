// ExcelJS cell values → Grid values, and the Grid assembled row by row.
// Shared by the streaming (Node) and the in-memory (browser) readers so both give the same Grid.
import type { CellValue, Grid, MergeArea } from "../domain/grid";
import { parseRange } from "../domain/grid";

/** The very hidden sheet that carries the clerk's settings in a saved file: never a roster, never read as one. */
export const SETTINGS_SHEET = "_bdg_settings";

/** Rows (from the first row with a value) whose fonts are kept: titles and headers stand there. */
export const FONT_ROWS = 40;

/** Same rule as ExcelJS's own date detection, applied to formula results it leaves as numbers. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

interface RichTextRun {
  text?: string;
}

/**
 * One ExcelJS cell value as a Grid value: rich text → its text, a formula → its result, dates → Date,
 * errors → {error}, hyperlinks → their text, "" → null.
 * `errorAt` gives the error text the streaming reader lost (it parses an error result as NaN);
 * `sharedString` resolves the {sharedString: n} the streaming reader leaves when it missed the table.
 */
export function toCellValue(
  value: unknown,
  numFmt: string | undefined,
  date1904: boolean,
  errorAt?: () => string | undefined,
  sharedString?: (index: number) => string | undefined,
): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value === "" ? null : value;
    case "number":
      return Number.isNaN(value) ? null : value;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) {
    const text = (v.richText as RichTextRun[]).map((r) => r.text ?? "").join("");
    return text === "" ? null : text;
  }
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (result === undefined || result === null || (typeof result === "number" && Number.isNaN(result))) {
      const error = errorAt?.();
      return error ? { error } : null;
    }
    if (typeof result === "number" && isDateFormat(numFmt)) return excelSerialToDate(result, date1904);
    return toCellValue(result, numFmt, date1904);
  }
  if ("text" in v) return toCellValue(v.text, numFmt, date1904);
  if (typeof v.sharedString === "number") return toCellValue(sharedString?.(v.sharedString), numFmt, date1904);
  return null;
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
  ) {}

  /** Sets a cell; rows must come in ascending order (both readers give them so). */
  set(row: number, col: number, value: CellValue, font: string | undefined): void {
    if (value === null) return;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
    const cells = (this.abs[row - 1] ??= []);
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

  private flushFontRun(): void {
    if (this.runFont !== null) this.fontCounts.set(this.runFont, (this.fontCounts.get(this.runFont) ?? 0) + this.runCount);
    this.runFont = null;
    this.runCount = 0;
  }

  finish(extra: { merges: (string | MergeArea)[]; hiddenColumns: number[]; hidden: boolean }): Grid {
    this.flushFontRun();
    const empty = this.maxRow === 0;
    const firstRow = empty ? 1 : this.minRow;
    const firstCol = empty ? 1 : this.minCol;
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
    const merges = extra.merges
      .map((m) => (typeof m === "string" ? parseRange(m) : m))
      .filter((m): m is MergeArea => m !== null)
      // Keep areas that touch the used range (a merge can reach beyond the last value, e.g. a blank signature area).
      .filter((m) => !empty && m.bottom >= firstRow && m.top <= this.maxRow && m.right >= firstCol && m.left <= this.maxCol)
      .sort((a, b) => a.top - b.top || a.left - b.left);
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
    return grid;
  }
}

/** The name of the first <font> of xl/styles.xml: the workbook's Normal font, used by cells with no style. */
export function defaultFontOf(stylesXml: string): string | undefined {
  const fonts = /<(?:\w+:)?fonts[\s>][\s\S]*?<\/(?:\w+:)?fonts>/.exec(stylesXml)?.[0];
  if (!fonts) return undefined;
  const first = /<(?:\w+:)?font[\s>][\s\S]*?<\/(?:\w+:)?font>/.exec(fonts)?.[0];
  const m = first && /<(?:\w+:)?name\s+val="([^"]*)"/.exec(first);
  return m ? m[1] : undefined;
}
