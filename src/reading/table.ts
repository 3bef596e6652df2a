// Table and header location: the first row naming the person column beside another known header,
// grown over its merges and the sub-header row beneath a group header; the title block above it;
// the row numbering the columns (1, 2, 3…) below it; and the same header repeated inside the table.
import type { ColumnOverride } from "../domain/roster";
import { isBlank, isEmptyText, KEY } from "./cells";
import { isKnownHeader, isLevelHeader, isNameHead, isNameHeader, isNameTail } from "./headers";
import { fold } from "./text";
import type { SheetView } from "./zones";

/** How far down a sheet the header is looked for. */
export const HEADER_SCAN_ROWS = 60;
/** A header spans at most this many rows. */
const MAX_HEADER_ROWS = 4;

export interface HeaderRows {
  top: number;
  bottom: number;
}

/** One text of the title block above the header, decoded and folded. */
export interface TitleLine {
  row: number;
  col: number;
  text: string;
  folded: string;
}

/** The header: the first row naming the person column beside another known header, with its merged rows. */
export function findHeader(view: SheetView, overrides: ColumnOverride[], scanEnd: number): HeaderRows | null {
  const { cells, text } = view;
  const overrideName = overrides.find((o) => o.sheet === cells.sheet && o.role === "name");
  for (let r = cells.firstRow; r <= scanEnd; r++) {
    const len = cells.rowLength(r);
    let named = false;
    let known = 0;
    let texts = 0;
    let prev = "";
    for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
      const v = cells.raw(r, c);
      if (typeof v !== "string" || v.trim() === "") {
        prev = "";
        continue;
      }
      texts++;
      const t = fold(text.headText(r, c));
      // "Họ đệm" | "Tên": the name over two columns.
      if (isNameHeader(t) || (isNameTail(t) && isNameHead(prev))) named = true;
      else if (isKnownHeader(t)) known++;
      prev = t;
    }
    if (!named && overrideName) {
      // The clerk named the person column: its header is the first row with text there and beside it.
      const v = cells.raw(r, overrideName.col);
      named = typeof v === "string" && v.trim() !== "" && texts >= 2;
      if (named) known = Math.max(known, 1);
    }
    if (!named || known < 1) continue;
    return headerExtent(view, r);
  }
  return null;
}

/** Grow a header row over the merges that cross it and the sub-header row beneath a group header. */
export function headerExtent(view: SheetView, row: number): HeaderRows {
  const { cells } = view;
  const merges = cells.grid.merges;
  let top = row;
  let bottom = row;
  for (const m of merges) {
    if (m.top <= row && m.bottom >= row && m.bottom - m.top < MAX_HEADER_ROWS) {
      top = Math.min(top, m.top);
      bottom = Math.max(bottom, m.bottom);
    }
  }
  // A group header merged across columns ("Ngày, tháng, năm sinh" over Nam | Nữ) has its parts below.
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom < cells.lastRow && isSubHeaderRow(view, bottom, bottom + 1)) {
    bottom++;
    for (const m of merges) {
      if (m.top <= bottom && m.bottom >= bottom && m.bottom - m.top < MAX_HEADER_ROWS) {
        bottom = Math.max(bottom, m.bottom);
      }
    }
  }
  // Merges may reach past the used range; the header never does.
  return { top: Math.max(top, cells.firstRow), bottom: Math.min(bottom, cells.lastRow) };
}

function isSubHeaderRow(view: SheetView, above: number, r: number): boolean {
  const { cells, text } = view;
  const len = cells.rowLength(r);
  let texts = 0;
  let knownCount = 0;
  for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
    const v = cells.raw(r, c);
    if (isEmptyText(v)) continue;
    if (typeof v !== "string") return false; // numbers: column numbers or data
    texts++;
    const t = fold(text.headText(r, c));
    const known = isKnownHeader(t) || t === "nam" || t === "nu" || (t.length > 1 && isLevelHeader(t));
    if (known) knownCount++;
    // Each text stands under a group header, or is a header word itself.
    else if (!(t.length <= 60 && isGroupHeaderCell(view, above, c))) return false;
  }
  // At least one header word: a data row under a group header holds none ("x", a unit, a name).
  if (texts === 0 || knownCount === 0) return false;
  return knownCount < texts || texts >= 2 || anyGroupAbove(view, above, r);
}

function anyGroupAbove(view: SheetView, above: number, r: number): boolean {
  const { cells } = view;
  const len = cells.rowLength(r);
  for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
    const v = cells.raw(r, c);
    if (typeof v === "string" && v.trim() !== "" && isGroupHeaderCell(view, above, c)) return true;
  }
  return false;
}

/** The cell above belongs to a merge spanning several columns, or to a group header written once over empty cells. */
function isGroupHeaderCell(view: SheetView, r: number, c: number): boolean {
  const { cells } = view;
  const o = cells.originOf(r, c);
  const originKey = o ?? r * KEY + c;
  for (const m of cells.grid.merges) {
    if (m.top * KEY + m.left === originKey && m.right > m.left) return true;
  }
  if (o !== undefined) return false; // inside a merge one column wide: its own header, no group
  // "Centre across selection": the text stands in the first cell, the next ones are truly empty
  // (not covered by a merge) and have sub-headers below.
  const free = (col: number) => isBlank(cells.raw(r, col)) && cells.originOf(r, col) === undefined;
  const v = cells.raw(r, c);
  if (!isBlank(v)) return free(c + 1) && !isBlank(cells.raw(r + 1, c + 1));
  for (let k = c - 1; k >= cells.firstCol; k--) {
    if (isBlank(cells.raw(r + 1, k))) return false;
    if (cells.originOf(r, k) !== undefined) return false;
    if (!isBlank(cells.raw(r, k))) return !cells.isMergeOrigin(r, k);
  }
  return false;
}

/** The texts above the header, and each row's outcome there: "title" when it holds anything, else "blank". */
export function titleBlock(view: SheetView, top: number): { lines: TitleLine[]; filled: boolean[] } {
  const { cells, text } = view;
  const lines: TitleLine[] = [];
  const filled: boolean[] = [];
  for (let r = cells.firstRow; r < top; r++) {
    let any = false;
    const len = cells.rowLength(r);
    for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
      const v = cells.raw(r, c);
      if (isEmptyText(v)) continue;
      any = true;
      if (typeof v === "string") {
        const t = text.headText(r, c);
        lines.push({ row: r, col: c, text: t, folded: fold(t) });
      }
    }
    filled.push(any);
  }
  return { lines, filled };
}

/** A row numbering the columns: 1, 2, 3… or (1), (2)… or A, B, C…, or formulas of columns "(5)=(6)+(7)". */
export function isColumnNumbers(view: SheetView, r: number, nameCols: number[]): boolean {
  const { cells } = view;
  const len = cells.rowLength(r);
  let n = 0;
  for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
    const v = cells.raw(r, c);
    if (isEmptyText(v)) continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 200) return false;
    } else if (typeof v === "string") {
      if (!/^\s*\(?\s*(\d{1,3}|[A-Za-z]{1,2})\s*\)?(\s*[=+\-*/x]\s*\(?\s*\d{1,3}\s*\)?)*\s*$/.test(v)) return false;
    } else return false;
    n++;
  }
  if (n < 2) return false;
  // A row holding a single letter where the name goes could be a one-letter name; require numbers there.
  for (const c of nameCols) {
    const v = cells.raw(r, c);
    if (typeof v === "string" && /^\s*[A-Za-z]{2}\s*$/.test(v)) return false;
  }
  return true;
}

/** A row naming the person column beside another known header, as the table's own header does. */
export function isHeaderRow(view: SheetView, r: number): boolean {
  const { cells, text } = view;
  const first = cells.firstCol;
  const end = first + cells.rowLength(r);
  // Cheap first: the person column's header starts with "Họ" or "Tên" (in every encoding), so only such a
  // cell is folded, and the other cells only once one of them names the person column.
  let nameCol = -1;
  for (let c = first; c < end && nameCol < 0; c++) {
    const v = cells.raw(r, c);
    if (typeof v !== "string" || v.length > 60) continue;
    const ch = v.replace(/^\s+/, "").charAt(0);
    if ((ch === "H" || ch === "h" || ch === "T" || ch === "t") && isNameHeader(fold(text.headText(r, c)))) nameCol = c;
  }
  if (nameCol < 0) return false;
  for (let c = first; c < end; c++) {
    const v = cells.raw(r, c);
    if (c === nameCol || typeof v !== "string" || v.trim() === "" || v.length > 120) continue;
    if (isKnownHeader(fold(text.headText(r, c)))) return true;
  }
  return false;
}
