// Builds Grid objects in memory for the reader's tests: rows as arrays of arrays, merges as "A1:C1".
import { parseRange, type CellValue, type Grid, type MergeArea } from "../../src/domain/grid";
import type { Roster, TextEncoding } from "../../src/domain/roster";
import { SheetCells } from "../../src/reading/cells";
import { ZoneText, type SheetView } from "../../src/reading/zones";

export interface GridSpec {
  merges?: string[];
  firstRow?: number;
  firstCol?: number;
  fonts?: (string | null)[][];
  sheetFont?: string;
  hiddenColumns?: number[];
  hidden?: boolean;
  visibility?: Grid["visibility"];
  hiddenRows?: number[];
  uncalculated?: { row: number; col: number }[];
}

export function grid(sheet: string, rows: CellValue[][], spec: GridSpec = {}): Grid {
  const merges: MergeArea[] = (spec.merges ?? []).map((ref) => {
    const m = parseRange(ref);
    if (!m) throw new Error(`bad range ${ref}`);
    return m;
  });
  const g: Grid = { sheet, firstRow: spec.firstRow ?? 1, firstCol: spec.firstCol ?? 1, rows, merges };
  if (spec.fonts) g.fonts = spec.fonts;
  if (spec.sheetFont) g.sheetFont = spec.sheetFont;
  if (spec.hiddenColumns) g.hiddenColumns = spec.hiddenColumns;
  if (spec.hidden) g.hidden = spec.hidden;
  if (spec.visibility) {
    g.visibility = spec.visibility;
    g.hidden = spec.visibility !== "visible";
  }
  if (spec.hiddenRows) g.hiddenRows = spec.hiddenRows;
  if (spec.uncalculated) g.uncalculated = spec.uncalculated;
  return g;
}

/** The same font for every cell of the first n rows of a table of w columns. */
export function fontRows(font: string, n: number, w: number): string[][] {
  return Array.from({ length: n }, () => Array.from({ length: w }, () => font));
}

/** Each row's outcome on a sheet: "person", "list", a skip reason, or "!code" for a rejecting problem. */
export function outcomes(roster: Roster, sheet: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (row: number, what: string) => {
    const list = out.get(row) ?? [];
    list.push(what);
    out.set(row, list);
  };
  for (const p of roster.people) if (p.ref.sheet === sheet) add(p.ref.row, "person");
  for (const e of roster.listEntries) if (e.ref.sheet === sheet) add(e.ref.row, "list");
  for (const s of roster.skipped) if (s.sheet === sheet) add(s.row, s.reason);
  for (const p of roster.problems) if (p.sheet === sheet && p.rejectsRow) add(p.row, `!${p.code}`);
  return out;
}

/** Asserts every row first..last of a sheet has exactly one outcome; returns them in row order. */
export function outcomeList(roster: Roster, sheet: string, first: number, last: number): string[] {
  const map = outcomes(roster, sheet);
  const list: string[] = [];
  for (let r = first; r <= last; r++) {
    const o = map.get(r) ?? [];
    if (o.length !== 1) throw new Error(`row ${r} of ${sheet} has ${o.length} outcomes: ${o.join(", ")}`);
    list.push(o[0]);
  }
  for (const r of map.keys()) if (r < first || r > last) throw new Error(`row ${r} of ${sheet} outside ${first}..${last}`);
  return list;
}

/** A sheet view of a hand-built grid, as the reader's stages see it (encodings detected as readSheet does). */
export function viewOf(g: Grid, opts: { head?: TextEncoding; body?: TextEncoding } = {}): SheetView {
  const cells = new SheetCells(g);
  const text = new ZoneText(cells);
  if (opts.head) text.head = opts.head;
  if (opts.body) text.body = opts.body;
  return { cells, text };
}
