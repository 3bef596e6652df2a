// What one sheet's reading yields, row by row: people, list entries, skipped rows and problems.
// Every row gets exactly one outcome (a person, a list entry, a skip, or a problem that rejects it).
import type { CellRef, ListEntry, Person, Problem, ProblemCode, SkippedRow, SkipReason } from "../domain/roster";

export class Outcomes {
  readonly people: Person[] = [];
  /** Where each person's unit was named (parallel to people). */
  readonly unitRefs: (CellRef | null)[] = [];
  /** The unit column in force where each person was read (a later part of the table may move it). */
  readonly unitCols: (number | null)[] = [];
  readonly entries: ListEntry[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly problems: Problem[] = [];

  constructor(readonly sheet: string) {}

  skip(row: number, reason: SkipReason): void {
    this.skipped.push({ sheet: this.sheet, row, reason });
  }

  problem(
    severity: Problem["severity"],
    code: ProblemCode,
    row: number,
    col?: number,
    params?: Record<string, string | number>,
    rejectsRow?: boolean,
  ): void {
    const p: Problem = { severity, sheet: this.sheet, row, code };
    if (col !== undefined) p.col = col;
    if (params) p.params = params;
    if (rejectsRow) p.rejectsRow = true;
    this.problems.push(p);
  }

  person(p: Person, unitRef: CellRef | null, unitCol: number | null): void {
    this.people.push(p);
    this.unitRefs.push(unitRef);
    this.unitCols.push(unitCol);
  }
}
