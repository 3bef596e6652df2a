// Person fields: what one person row says beyond the name and gender: birth, unit (a column, a merge
// drawn down, a ditto mark, or the heading above), title, council levels and the cấp ủy, training and
// quy hoạch marks. Memory between rows (the unit and title above, for ditto marks) passes as a value.
import type { CellValue } from "../domain/grid";
import type { CellRef, CouncilLevel, Gender, ListEntry, ListKind, Person } from "../domain/roster";
import { isBlank } from "./cells";
import type { Roles } from "./columns";
import { isNo, type GenderReading } from "./gender";
import type { ListGroup } from "./listGroups";
import { birthOf, councilLevelsOf, isErrorValue, rawText } from "./marks";
import type { Outcomes } from "./outcomes";
import { profileOf, type KindContext } from "./personProfile";
import type { SheetView } from "./zones";

/** A named place: a unit and where it is named. */
export interface NamedUnit {
  name: string;
  ref: CellRef;
}

/** What the rows above leave for the next: the unit and title for ditto marks, the heading in force. */
export interface FieldMemory {
  /** The unit cell last read and its decoded text (a unit merged down is decoded once). */
  unitRaw: CellValue;
  unitText: string;
  unit: NamedUnit | null;
  title: string;
  /** The unit heading above ("I. VĂN PHÒNG SỞ"), until the next. */
  section: NamedUnit | null;
}

export const NO_MEMORY: FieldMemory = { unitRaw: null, unitText: "", unit: null, title: "", section: null };

// The memory with one field changed, written out rather than spread ({ ...m, title }): it runs on most
// rows (titles change from row to row), and a literal of one shape costs a fraction of a spread.
export function withTitle(m: FieldMemory, title: string): FieldMemory {
  return { unitRaw: m.unitRaw, unitText: m.unitText, unit: m.unit, title, section: m.section };
}
export function withUnit(m: FieldMemory, unitRaw: CellValue, unitText: string, unit: NamedUnit | null): FieldMemory {
  return { unitRaw, unitText, unit, title: m.title, section: m.section };
}
export function withSection(m: FieldMemory, section: NamedUnit): FieldMemory {
  return { unitRaw: m.unitRaw, unitText: m.unitText, unit: m.unit, title: m.title, section };
}

/** "nt" (như trên), '"' and the like: the same as the row above. */
const DITTO = new Set(["nt", "n.t", "n/t", "-nt-", "- nt -", "như trên", "nhu tren", '"', "''", '""', "〃", "-//-", "//", "-\"-"]);
export function isDitto(s: string): boolean {
  return s.length <= 9 && DITTO.has(s.trim().toLowerCase());
}

export interface UnitReading {
  unit: string | null;
  ref: CellRef | null;
  memory: FieldMemory;
}

/**
 * Unit: the unit column (its value, or a merge's drawn down over the people, or "nt" for the one above),
 * else the heading above.
 */
export function unitOfRow(view: SheetView, r: number, roles: Roles, memory: FieldMemory): UnitReading {
  let unit: string | null = null;
  let ref: CellRef | null = null;
  let mem = memory;
  if (roles.unit !== null) {
    const col = roles.unit;
    const v = view.cells.full(r, col);
    if (!isBlank(v)) {
      if (typeof v === "string" && isDitto(v)) {
        if (mem.unit) {
          unit = mem.unit.name;
          ref = mem.unit.ref;
        }
      } else {
        const same = v === mem.unitRaw;
        const t = same ? mem.unitText : view.text.bodyText(r, col, v);
        let named = mem.unit;
        if (t !== "") {
          // The unit is named where its cell (or its merge) starts.
          const row = view.cells.originRowInColumn(r, col);
          if (!named || named.name !== t || named.ref.row !== row) named = { name: t, ref: { sheet: view.cells.sheet, row, col } };
          unit = t;
          ref = named.ref;
        }
        if (!same || named !== mem.unit) mem = withUnit(mem, v, t, named);
      }
    }
  }
  if (unit === null && mem.section) {
    unit = mem.section.name;
    ref = mem.section.ref;
  }
  return { unit, ref, memory: mem };
}

/** A row that names no council level (most rows): one frozen reading for all, rather than two objects per row. */
const NO_COUNCIL: { levels: CouncilLevel[]; warned: boolean } = Object.freeze({ levels: Object.freeze([]) as unknown as CouncilLevel[], warned: false });

/** Council levels marked on a row: level text in a council column, or marks under level columns. */
export function councilOfRow(view: SheetView, out: Outcomes, r: number, roles: Roles, name: string): { levels: CouncilLevel[]; warned: boolean } {
  let levels: CouncilLevel[] | null = null;
  let warned = false;
  for (const c of roles.council) {
    if (isNo(view, r, c)) continue;
    const text = view.text.bodyText(r, c, view.cells.full(r, c));
    const found = councilLevelsOf(text);
    if (found.length === 0) {
      out.problem("warning", "councilLevelUnknown", r, c, { name, value: text });
      warned = true;
    }
    for (const l of found) if (!levels?.includes(l)) (levels ??= []).push(l);
  }
  for (const { col, level } of roles.councilLevels) {
    if (!isNo(view, r, col) && !levels?.includes(level)) (levels ??= []).push(level);
  }
  if (levels === null) return warned ? { levels: NO_COUNCIL.levels, warned } : NO_COUNCIL;
  return { levels: sharedLevels(levels), warned };
}

/**
 * One frozen array per set of levels in the order met (a few dozen at most): an array grown by push keeps room
 * for 17 levels, 150 bytes a person on a roster that marks everyone.
 */
const levelSets = new Map<string, CouncilLevel[]>();
function sharedLevels(levels: CouncilLevel[]): CouncilLevel[] {
  const key = levels.join(",");
  let shared = levelSets.get(key);
  if (shared === undefined) {
    shared = Object.freeze(levels.slice()) as CouncilLevel[];
    levelSets.set(key, shared);
  }
  return shared;
}

export function anyMark(view: SheetView, r: number, cols: number[]): boolean {
  for (const c of cols) if (!isNo(view, r, c)) return true;
  return false;
}

/** A list sheet's entry: for council lists the level the row names, else its group heading's, else the list's own. */
export function listEntryOf(
  view: SheetView,
  out: Outcomes,
  r: number,
  who: { name: string; gender: Gender; unit: string | null },
  roles: Roles,
  list: { kind: ListKind; levels: CouncilLevel[] },
  group: ListGroup | null,
): ListEntry {
  const entry: ListEntry = { kind: list.kind, ...who, council: [], ref: { sheet: view.cells.sheet, row: r, col: roles.name[0] } };
  if (group && "course" in group) entry.course = group.course;
  if (list.kind === "council") {
    const { levels, warned } = councilOfRow(view, out, r, roles, who.name);
    const fallback = group && "levels" in group ? group.levels : list.levels;
    entry.council = levels.length ? levels : fallback.slice();
    if (entry.council.length === 0 && !warned) {
      out.problem("warning", "councilLevelUnknown", r, roles.council[0], { name: who.name, value: "" });
    }
  }
  return entry;
}

/** A roster's person: the fields of the row; the title remembered for a ditto mark below. */
export function personOf(
  view: SheetView,
  out: Outcomes,
  r: number,
  who: { name: string; unit: string | null; gender: GenderReading },
  roles: Roles,
  memory: FieldMemory,
  kinds: KindContext,
): { person: Person; memory: FieldMemory } {
  const { name, unit, gender } = who;
  const council = councilOfRow(view, out, r, roles, name).levels;
  let birth = gender.birth;
  if (!birth && roles.birth !== null) {
    const v = view.cells.full(r, roles.birth);
    const b = birthOf(v);
    if (b === "unreadable") out.problem("notice", "dateUnreadable", r, roles.birth, { value: rawText(v) });
    else if (b) birth = b.birth;
  }
  if (gender.birthUnreadable) {
    out.problem("notice", "dateUnreadable", r, gender.birthUnreadable.col, { value: gender.birthUnreadable.value });
  }
  const successionPool = anyMark(view, r, roles.pool);
  const profile = roles.profile.any || kinds.sheet || kinds.category ? profileOf(view, r, roles.profile, kinds, roles.pool, successionPool) : undefined;
  let title: string | null = null;
  let mem = memory;
  if (roles.title !== null) {
    const v = view.cells.full(r, roles.title);
    if (v !== null && !isErrorValue(v)) {
      const t = typeof v === "string" && isDitto(v) ? mem.title : view.text.bodyText(r, roles.title, v);
      if (t !== "") title = t;
      if (t !== mem.title) mem = withTitle(mem, t);
    }
  }
  // One literal with every field (birth and profile possibly undefined): a field added later would give each
  // of 300,000 people a second backing store.
  const person: Person = {
    name,
    gender: gender.found as Gender,
    unit,
    title,
    ref: { sheet: view.cells.sheet, row: r, col: roles.name[0] },
    council,
    partyCommittee: anyMark(view, r, roles.party),
    trained: anyMark(view, r, roles.training),
    successionPool,
    birth: birth || undefined,
    profile,
  };
  return { person, memory: mem };
}
