// Builders of Roster objects for the analysis tests: only what a test states differs from a plain person.
import type { CouncilLevel, Coverage, ListEntry, ListKind, Person, Problem, Roster, SheetReading } from "../../src/domain/roster";

export const SHEET = "DS 2026";

let nextRow = 10;

export function resetRows(row = 10): void {
  nextRow = row;
}

export function person(name: string, gender: "female" | "male", extra: Partial<Person> = {}): Person {
  return {
    name,
    gender,
    unit: null,
    title: null,
    ref: { sheet: SHEET, row: nextRow++, col: 2 },
    council: [],
    partyCommittee: false,
    trained: false,
    successionPool: false,
    ...extra,
  };
}

/** `female` women and `male` men in one unit, named after it. */
export function staffOf(unit: string, female: number, male: number, extra: Partial<Person> = {}): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < female; i++) people.push(person(`Nữ ${i + 1} ${unit}`, "female", { unit, ...extra }));
  for (let i = 0; i < male; i++) people.push(person(`Nam ${i + 1} ${unit}`, "male", { unit, ...extra }));
  return people;
}

export function entry(
  kind: ListKind,
  name: string,
  gender: "female" | "male",
  row: number,
  extra: Partial<ListEntry> = {},
  sheet = "Danh sách",
): ListEntry {
  const council: CouncilLevel[] = [];
  return { kind, name, gender, unit: null, council, ref: { sheet, row, col: 2 }, ...extra };
}

const FULL: Coverage = { council: true, partyCommittee: true, training: true, successionPool: true, title: true };

function sheetReading(sheet: string): SheetReading {
  return { sheet, kind: "roster", headerRows: [5], columns: [], encoding: "unicode", people: 0, listEntries: 0, skipped: 0, problems: 0 };
}

export function roster(parts: {
  people?: Person[];
  listEntries?: ListEntry[];
  units?: string[];
  problems?: Problem[];
  coverage?: Partial<Coverage>;
  sheets?: string[];
}): Roster {
  const people = parts.people ?? [];
  const units =
    parts.units ?? [...new Set(people.map((p) => p.unit).filter((u): u is string => u !== null))];
  return {
    sheets: (parts.sheets ?? [SHEET, "Danh sách"]).map(sheetReading),
    people,
    listEntries: parts.listEntries ?? [],
    units: units.map((name, i) => ({ name, ref: { sheet: SHEET, row: 6 + i } })),
    skipped: [],
    problems: parts.problems ?? [],
    coverage: { ...FULL, ...parts.coverage },
  };
}
