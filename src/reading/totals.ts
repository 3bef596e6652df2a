// Totals rows: a "Tổng cộng" row with figures under Nam | Nữ is checked against the people counted.
import type { Gender } from "../domain/roster";
import type { SheetCells } from "./cells";
import type { Roles } from "./columns";
import type { Outcomes } from "./outcomes";

/** People counted by gender, in the whole table and since the last heading or totals row. */
export interface Tally {
  segMale: number;
  segFemale: number;
  allMale: number;
  allFemale: number;
}

export function newTally(): Tally {
  return { segMale: 0, segFemale: 0, allMale: 0, allFemale: 0 };
}

export function count(t: Tally, g: Gender): void {
  if (g === "male") {
    t.segMale++;
    t.allMale++;
  } else {
    t.segFemale++;
    t.allFemale++;
  }
}

/** A new part of the table begins (a heading or a totals row): its own count starts again. */
export function newSegment(t: Tally): void {
  t.segMale = t.segFemale = 0;
}

/**
 * A totals row with figures under Nam | Nữ: each must match the people counted in its part of the
 * table (since the last heading or totals row) or in the whole table, else a notice says so.
 */
export function checkTotals(cells: SheetCells, out: Outcomes, r: number, roles: Roles, tally: Tally): void {
  const pairs: [number | null, number, number][] = [
    [roles.birthMale ?? roles.maleMark, tally.segMale, tally.allMale],
    [roles.birthFemale ?? roles.femaleMark, tally.segFemale, tally.allFemale],
  ];
  for (const [col, seg, all] of pairs) {
    if (col === null) continue;
    const v = cells.raw(r, col);
    const written = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
    if (written === null || written === seg || written === all) continue;
    out.problem("notice", "totalsMismatch", r, col, { written, counted: seg !== all && seg > 0 ? seg : all });
  }
}
