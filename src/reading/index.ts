// The reader: Grid[] → Roster. Each sheet is read on its own (src/reading/sheet.ts); the workbook
// pass then names the units of one-unit sheets, gathers units in order of first appearance and
// says what the workbook covers.
import type { Grid } from "../domain/grid";
import type { CellRef, Coverage, Problem, ReadOptions, Roster, UnitInfo } from "../domain/roster";
import { UnitTally } from "../domain/unitLimit";
import { fold } from "./text";
import { readSheet, type SheetResult } from "./sheet";
import { assignSheetUnits } from "./sheetUnit";
import { isHiddenSheet, setAside } from "./hidden";

export { councilLevelsOf, genderOf, birthOf, isNegativeMark, isPositiveMark } from "./marks";

/**
 * Reads every sheet of a workbook into one Roster; every row of every sheet gets one outcome.
 * Throws TooManyUnits (domain/unitLimit.ts) when its people name more units than any roster does.
 */
export function readWorkbook(grids: Grid[], options: ReadOptions = {}): Roster {
  const overrides = options.overrides ?? [];
  const units = new UnitTally();
  const results: SheetResult[] = grids.map((g) => {
    const res = readSheet(g, overrides, options.year, units);
    if (isHiddenSheet(g)) {
      if (options.includeHiddenSheets) res.reading.hidden = true;
      else setAside(res);
    }
    return res;
  });

  assignSheetUnits(results);

  const roster: Roster = {
    sheets: [],
    people: [],
    listEntries: [],
    units: [],
    skipped: [],
    problems: [],
    coverage: { council: false, partyCommittee: false, training: false, successionPool: false, title: false },
  };

  // Units by folded name, so "Văn phòng Sở" and "VĂN PHÒNG SỞ" are one unit under its first spelling.
  const unitByKey = new Map<string, UnitInfo>();
  const spelled = new Map<string, string>(); // exact spelling → canonical, so each spelling folds once
  const canonical = (name: string, ref: CellRef): string => {
    const known = spelled.get(name);
    if (known !== undefined) return known;
    const key = fold(name);
    let u = unitByKey.get(key);
    if (!u) {
      u = { name, ref };
      unitByKey.set(key, u);
      roster.units.push(u);
    }
    spelled.set(name, u.name);
    return u.name;
  };

  for (const res of results) {
    for (let i = 0; i < res.people.length; i++) {
      const p = res.people[i];
      if (p.unit !== null) p.unit = canonical(p.unit, res.unitRefs[i] ?? { sheet: p.ref.sheet, row: p.ref.row });
      roster.people.push(p);
    }
    for (const e of res.listEntries) {
      // List people are staff counted for their list only: their unit takes a known spelling but adds no unit.
      if (e.unit !== null) e.unit = unitByKey.get(fold(e.unit))?.name ?? e.unit;
      roster.listEntries.push(e);
    }
    roster.skipped.push(...res.skipped);
    roster.problems.push(...res.problems);
    res.reading.problems = res.problems.length;
    res.reading.skipped = res.skipped.length;
    roster.sheets.push(res.reading);
    addCoverage(roster.coverage, res);
  }

  // A hidden roster left out (hiddenPeople set) is no roster found: its warning says why.
  if (!roster.sheets.some((s) => s.kind === "roster" && s.hiddenPeople === undefined)) {
    const first = grids[0];
    const problem: Problem = {
      severity: "error",
      sheet: first ? first.sheet : "",
      row: 1,
      code: "noRosterFound",
    };
    roster.problems.push(problem);
  }
  return roster;
}

function addCoverage(coverage: Coverage, res: SheetResult): void {
  const kind = res.reading.kind;
  if (kind === "list") {
    const lk = res.reading.listKind;
    if (lk === "council") coverage.council = true;
    if (lk === "partyCommittee") coverage.partyCommittee = true;
    if (lk === "training") coverage.training = true;
    if (lk === "successionPool") coverage.successionPool = true;
    return;
  }
  if (kind !== "roster") return;
  for (const c of res.reading.columns) {
    switch (c.role) {
      case "council":
      case "councilNational":
      case "councilProvince":
      case "councilDistrict":
      case "councilCommune":
        coverage.council = true;
        break;
      case "partyCommittee":
        coverage.partyCommittee = true;
        break;
      case "training":
        coverage.training = true;
        break;
      case "successionPool":
        coverage.successionPool = true;
        break;
      case "title":
        coverage.title = true;
        break;
      default:
        break;
    }
  }
}
