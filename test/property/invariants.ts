// What must hold for every workbook, whatever it holds: each row has one outcome, no figure exceeds
// what the rows allow, shares are fractions or "no data", flagged units are units at the threshold.
// Each check throws a sentence naming the first thing wrong, so a shrunk counterexample says why.
import type { Analysis } from "../../src/domain/analysis";
import type { Grid } from "../../src/domain/grid";
import type { Roster } from "../../src/domain/roster";

/** Number of rows in the grids' used ranges. */
export function rowCount(grids: Grid[]): number {
  return grids.reduce((n, g) => n + g.rows.length, 0);
}

/** Every row of every sheet has exactly one outcome (Person, ListEntry, SkippedRow or a rejecting problem). */
export function checkEveryRowOnce(grids: Grid[], roster: Roster): void {
  const outcomes = new Map<string, string[]>();
  const add = (sheet: string, row: number, what: string) => {
    const key = `${sheet}!${row}`;
    const list = outcomes.get(key) ?? [];
    list.push(what);
    outcomes.set(key, list);
  };
  for (const p of roster.people) add(p.ref.sheet, p.ref.row, "person");
  for (const e of roster.listEntries) add(e.ref.sheet, e.ref.row, `list:${e.kind}`);
  for (const s of roster.skipped) add(s.sheet, s.row, `skipped:${s.reason}`);
  for (const p of roster.problems) if (p.rejectsRow) add(p.sheet, p.row, `problem:${p.code}`);

  const expected = new Set<string>();
  for (const g of grids) for (let i = 0; i < g.rows.length; i++) expected.add(`${g.sheet}!${g.firstRow + i}`);
  for (const key of expected) {
    const got = outcomes.get(key);
    if (!got) throw new Error(`row ${key} has no outcome`);
    if (got.length !== 1) throw new Error(`row ${key} has ${got.length} outcomes: ${got.join(", ")}`);
  }
  for (const [key, got] of outcomes) {
    if (!expected.has(key)) throw new Error(`outcome for ${key} (${got.join(", ")}) is not a row of any sheet`);
  }
  const total = roster.people.length + roster.listEntries.length + roster.skipped.length + roster.problems.filter((p) => p.rejectsRow).length;
  if (total !== expected.size) throw new Error(`${total} outcomes for ${expected.size} rows`);
}

type Counted = { female: number; total: number; share?: number | null; met?: boolean | null };

function isCounted(v: unknown): v is Counted {
  return typeof v === "object" && v !== null && typeof (v as Counted).female === "number" && typeof (v as Counted).total === "number";
}

function checkCounted(path: string, c: Counted, rows: number): void {
  const { female, total } = c;
  if (!Number.isInteger(female) || !Number.isInteger(total)) throw new Error(`${path}: counts ${female}/${total} are not whole numbers`);
  if (female < 0 || female > total) throw new Error(`${path}: female ${female} outside [0, total ${total}]`);
  if (total > rows) throw new Error(`${path}: total ${total} exceeds the ${rows} rows of the workbook`);
  if ("share" in c) {
    if (total === 0 && c.share !== null) throw new Error(`${path}: empty group has share ${c.share}, expected null`);
    if (total > 0) {
      if (c.share === null || c.share === undefined) throw new Error(`${path}: ${female}/${total} has no share`);
      if (!(c.share >= 0 && c.share <= 1)) throw new Error(`${path}: share ${c.share} outside [0, 1]`);
      if (Math.abs(c.share - female / total) > 1e-12) throw new Error(`${path}: share ${c.share} ≠ ${female}/${total}`);
    }
  }
  if ("met" in c && total === 0 && c.met !== null) throw new Error(`${path}: empty group has met=${c.met}, expected null`);
}

/** Walks every {female, total} object of the analysis's figures. */
function walk(path: string, v: unknown, rows: number): void {
  if (typeof v !== "object" || v === null) return;
  if (isCounted(v)) checkCounted(path, v, rows);
  for (const [k, child] of Object.entries(v)) walk(`${path}.${k}`, child, rows);
}

/** 30% or more, decided on integers as DOMAIN.md defines it. */
function atThirtyPercent(female: number, total: number): boolean {
  return total > 0 && female * 10 >= total * 3;
}

export function checkAnalysis(analysis: Analysis, rows: number): void {
  walk("staff", analysis.staff, rows);
  walk("indicators", analysis.indicators, rows);
  analysis.units.forEach((u, i) => walk(`units[${i}] ${u.name}`, u, rows));

  const d = analysis.indicators.d_leadership;
  if (d.units !== analysis.units.length) throw new Error(`d.units ${d.units} ≠ ${analysis.units.length} units listed`);
  if (d.units > rows) throw new Error(`${d.units} units from ${rows} rows`);
  const atThreshold = analysis.units.filter((u) => u.atThreshold);
  if (d.unitsAtThreshold !== atThreshold.length) throw new Error(`unitsAtThreshold ${d.unitsAtThreshold} ≠ ${atThreshold.length}`);
  if (d.unitsWithFemaleKeyLeader > d.units) throw new Error(`unitsWithFemaleKeyLeader ${d.unitsWithFemaleKeyLeader} > units ${d.units}`);
  const atNames = new Set(atThreshold.map((u) => u.name));
  for (const name of d.flagged) if (!atNames.has(name)) throw new Error(`flagged “${name}” is not a unit at the threshold`);
  if (d.flagged.length !== analysis.units.filter((u) => u.flagged).length) throw new Error(`flagged list ≠ flagged units`);
  if (new Set(d.flagged).size !== d.flagged.length) throw new Error(`a unit is flagged twice`);
  for (const u of analysis.units) {
    const expectAt = atThirtyPercent(u.female, u.total) || u.womenRelated;
    if (u.atThreshold !== expectAt) throw new Error(`unit “${u.name}” ${u.female}/${u.total} atThreshold=${u.atThreshold}`);
    if (u.flagged !== (u.atThreshold && !u.femaleKeyLeader)) throw new Error(`unit “${u.name}” flagged=${u.flagged}`);
    if (u.femaleKeyLeader !== u.keyLeaders.some((k) => k.female)) throw new Error(`unit “${u.name}” femaleKeyLeader disagrees with its leaders`);
  }
  const inUnits = analysis.units.reduce((n, u) => n + u.total, 0);
  if (inUnits > analysis.staff.total) throw new Error(`units hold ${inUnits} people, staff is ${analysis.staff.total}`);
  const s = d.unitsWithFemaleKeyLeaderShare;
  if (s !== null && !(s >= 0 && s <= 1)) throw new Error(`unitsWithFemaleKeyLeaderShare ${s} outside [0, 1]`);
  for (const p of analysis.problems) {
    if (!(p.row >= 1) || typeof p.sheet !== "string") throw new Error(`problem ${p.code} without sheet and row`);
  }
}
