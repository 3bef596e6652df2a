// A sheet's cells as the reader sees them: values by sheet row and column, a merged area's value
// belonging to every cell of it, fonts where the gateway kept them. Nothing here decides meaning.
import type { CellValue, Grid, MergeArea } from "../domain/grid";
import { isErrorValue } from "./marks";

/** Columns per row in a merge key (row * KEY + col). */
export const KEY = 16384;

export class SheetCells {
  readonly grid: Grid;
  readonly sheet: string;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  /**
   * The merges over each row (index r - mergeBase): the one merge most rows have, shared by all its rows
   * (a unit merged down over 60 people is one object, not 60 maps), or col → origin (row * KEY + col)
   * for a row under several.
   */
  private readonly mergeAt: (MergeArea | Map<number, number> | undefined)[] = [];
  private mergeBase = 0;
  /** Formula cells saved without their calculated value, row → columns. */
  private readonly uncalculated = new Map<number, number[]>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.firstRow = grid.firstRow;
    this.firstCol = grid.firstCol;
    this.lastRow = grid.firstRow + grid.rows.length - 1;
    this.indexMerges(grid.merges);
    for (const { row, col } of grid.uncalculated ?? []) {
      const cols = this.uncalculated.get(row);
      if (cols) cols.push(col);
      else this.uncalculated.set(row, [col]);
    }
  }

  private indexMerges(merges: MergeArea[]): void {
    const kept = merges.filter((m) => {
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      return area > 1 && area <= 2_000_000; // a runaway merge says nothing
    });
    if (kept.length === 0) return;
    let base = Infinity;
    let end = 0;
    for (const m of kept) {
      base = Math.min(base, m.top);
      end = Math.max(end, m.bottom);
    }
    this.mergeBase = base;
    // Filled by push: a long array made with new Array(n) may get slow dictionary elements.
    for (let r = base; r <= end; r++) this.mergeAt.push(undefined);
    for (const m of kept) {
      for (let r = m.top; r <= m.bottom; r++) {
        const i = r - base;
        const cur = this.mergeAt[i];
        if (cur === undefined) this.mergeAt[i] = m;
        else {
          // A later merge over the same cell wins, as the merges come.
          const cols = cur instanceof Map ? cur : coveredCols(new Map(), r, cur);
          this.mergeAt[i] = coveredCols(cols, r, m);
        }
      }
    }
  }

  /** The columns of a row whose formula was saved without its value (they read as empty); null when none. */
  uncalculatedIn(r: number): number[] | null {
    return this.uncalculated.size === 0 ? null : this.uncalculated.get(r) ?? null;
  }

  /** The top-left (row * KEY + col) of the merge covering a cell, when the cell is not itself that top-left. */
  originOf(r: number, c: number): number | undefined {
    const i = r - this.mergeBase;
    if (i < 0 || i >= this.mergeAt.length) return undefined;
    const at = this.mergeAt[i];
    if (at === undefined) return undefined;
    if (at instanceof Map) return at.get(c);
    if (c < at.left || c > at.right || (r === at.top && c === at.left)) return undefined;
    return at.top * KEY + at.left;
  }

  /** The row where the merge covering a cell starts, when it starts in the same column; else the row itself. */
  originRowInColumn(r: number, c: number): number {
    const o = this.originOf(r, c);
    return o !== undefined && o % KEY === c ? Math.floor(o / KEY) : r;
  }

  /** The cell's own value (null inside a merge but its top-left). */
  raw(r: number, c: number): CellValue {
    const row = this.grid.rows[r - this.firstRow];
    if (!row) return null;
    const v = row[c - this.firstCol];
    return v === undefined ? null : v;
  }

  /** The value of a cell, a merged area's value belonging to every cell of it (a unit merged down, a name across). */
  full(r: number, c: number): CellValue {
    const v = this.raw(r, c);
    if (v !== null && v !== "") return v;
    const o = this.originOf(r, c);
    if (o === undefined) return v;
    return this.raw(Math.floor(o / KEY), o % KEY);
  }

  /** A row's own cells (index 0 is column firstCol); empty when the row is past the grid. */
  row(r: number): CellValue[] {
    return this.grid.rows[r - this.firstRow] ?? [];
  }

  rowLength(r: number): number {
    const row = this.grid.rows[r - this.firstRow];
    return row ? row.length : 0;
  }

  font(r: number, c: number): string | null {
    const f = this.grid.fonts?.[r - this.firstRow]?.[c - this.firstCol];
    return f ?? null;
  }

  isMergeOrigin(r: number, c: number): boolean {
    for (const m of this.grid.merges) if (m.top === r && m.left === c) return true;
    return false;
  }
}

/** Adds the cells of merge m in row r (its top-left left out) to a row's col → origin map. */
function coveredCols(cols: Map<number, number>, r: number, m: MergeArea): Map<number, number> {
  for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) cols.set(c, m.top * KEY + m.left);
  return cols;
}

/** Empty for reading a value: nothing, blank text or an error value. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || isErrorValue(v) || (typeof v === "string" && v.trim() === "");
}

/** Nothing or blank text (an error value is not empty here: it is a value that says nothing). */
export function isEmptyText(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A number in the ordinal column: 1, "12", "3.". */
export function isOrdinalValue(v: CellValue | undefined): boolean {
  if (typeof v === "number") return true;
  return typeof v === "string" && /^\s*\d{1,6}\s*\.?\s*$/.test(v);
}

/** True when the text holds a letter (a cheap scan: ASCII letters, then anything past Latin-1 punctuation). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch >= 0xc0) return true;
  }
  return false;
}

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
