// Hidden sheets and hidden rows. A hidden sheet is often last year's list or the people who left: it is
// not counted, and a warning names it and how many people it holds (ReadOptions.includeHiddenSheets counts
// it). Hidden rows are counted (a filter hides rows for printing), with one notice listing them.
import type { Grid } from "../domain/grid";
import type { Problem } from "../domain/roster";
import type { Outcomes } from "./outcomes";
import type { SheetResult } from "./sheet";

export function isHiddenSheet(g: Grid): boolean {
  return g.hidden === true || (g.visibility !== undefined && g.visibility !== "visible");
}

/**
 * A hidden sheet left out: its people, list entries and rejected rows become skipped rows ("hiddenSheet"),
 * and its problems give way to one warning naming it. A hidden sheet holding no people (drop-down lists,
 * a lookup table) keeps its reading as it was: there is nothing to warn about.
 */
export function setAside(res: SheetResult): void {
  const sheet = res.reading.sheet;
  const rows = [...res.people.map((p) => p.ref.row), ...res.listEntries.map((e) => e.ref.row)];
  for (const p of res.problems) if (p.rejectsRow) rows.push(p.row);
  res.reading.hidden = true;
  if (rows.length === 0) return;
  rows.sort((a, b) => a - b);
  for (const row of rows) res.skipped.push({ sheet, row, reason: "hiddenSheet" });
  res.skipped.sort((a, b) => a.row - b.row);
  res.people.length = 0;
  res.unitRefs.length = 0;
  res.listEntries.length = 0;
  const warning: Problem = { severity: "warning", sheet, row: rows[0], code: "hiddenSheet", params: { sheet, people: rows.length } };
  res.problems.splice(0, res.problems.length, warning);
  res.reading.hiddenPeople = rows.length;
  res.reading.people = 0;
  res.reading.listEntries = 0;
  delete res.unitHint;
}

/** One notice listing the hidden rows that hold people or list entries (they are counted). */
export function noticeHiddenRows(grid: Grid, out: Outcomes): void {
  if (!grid.hiddenRows || grid.hiddenRows.length === 0) return;
  const hidden = new Set(grid.hiddenRows);
  const rows = [...out.people.map((p) => p.ref.row), ...out.entries.map((e) => e.ref.row)].filter((r) => hidden.has(r));
  if (rows.length === 0) return;
  rows.sort((a, b) => a - b);
  out.problem("notice", "hiddenRows", rows[0], undefined, { rows: rowRanges(rows), count: rows.length });
}

/** Sorted rows as ranges: 3, 4, 5, 7 → "3–5, 7". */
export function rowRanges(rows: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}–${rows[j]}` : `${rows[i]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
