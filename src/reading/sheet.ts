// One sheet, Grid → its part of the Roster, as stages: the encoding of each zone, the table and its
// header, the columns' roles, the sheet's kind, then every row classified (rowKind.ts) and handed to
// the stage that owns its kind. What one row leaves for the next passes as a value (TableProgress).
import type { Grid } from "../domain/grid";
import type { CellRef, ColumnOverride, ListEntry, Person, Problem, SheetReading, StaffKind } from "../domain/roster";
import { UnitTally } from "../domain/unitLimit";
import { KEY, range, SheetCells } from "./cells";
import { noticeHiddenRows } from "./hidden";
import { columnInfos, columnsOf, kindsOf, rolesOf, takeLevelColumn, type Column, type ColumnContext, type Roles } from "./columns";
import type { ListGroup } from "./listGroups";
import { listEntryOf, NO_MEMORY, personOf, unitOfRow, withSection, type FieldMemory } from "./personFields";
import { Outcomes } from "./outcomes";
import type { KindContext } from "./personProfile";
import { staffKindOfSheet } from "./profile";
import { classifyRow, type Classified, type RowState } from "./rowKind";
import { listOfSheet, notRosterByName, notRosterByTitle, type ListSheet, type NotRosterReason } from "./sheetKind";
import { unitHintOf, type SheetUnitHint } from "./sheetUnit";
import { findHeader, HEADER_SCAN_ROWS, isColumnNumbers, titleBlock, type HeaderRows, type TitleLine } from "./table";
import { checkTotals, count, newSegment, newTally, type Tally } from "./totals";
import { ZoneText, type SheetView } from "./zones";

export type { SheetUnitHint } from "./sheetUnit";

export interface SheetResult {
  reading: SheetReading;
  people: Person[];
  /** Where each person's unit was named (parallel to people). */
  unitRefs: (CellRef | null)[];
  listEntries: ListEntry[];
  skipped: Outcomes["skipped"];
  problems: Problem[];
  /** Set when the people of this sheet have no unit from a column or section rows: the sheet is one unit. */
  unitHint?: SheetUnitHint;
}

/** Reads one sheet: every row gets one outcome. */
export function readSheet(grid: Grid, overrides: ColumnOverride[], year: number | undefined, units: UnitTally = new UnitTally()): SheetResult {
  const cells = new SheetCells(grid);
  const view: SheetView = { cells, text: new ZoneText(cells) };
  const out = new Outcomes(grid.sheet);
  const byName = notRosterByName(grid.sheet);
  const scanEnd = Math.min(cells.lastRow, cells.firstRow + HEADER_SCAN_ROWS - 1);
  view.text.detectHead(scanEnd);

  if (byName) return notRoster(view, out, byName);
  const header = findHeader(view, overrides, scanEnd);
  if (!header) return notRoster(view, out, null);
  const columns = columnsOf(view, header.top, header.bottom);
  const columnCtx: ColumnContext = { sheet: grid.sheet, overrides, year, hiddenColumns: grid.hiddenColumns ?? [] };
  const roles = rolesOf(columns, columnCtx);
  if (roles.name.length === 0) return notRoster(view, out, null);
  view.text.detectBody(header.bottom + 1, roles.name.concat(roles.unit ?? [], roles.title ?? []));

  const title = titleBlock(view, header.top);
  const byTitle = notRosterByTitle(title.lines);
  if (byTitle) return notRoster(view, out, byTitle);
  title.filled.forEach((filled, i) => out.skip(cells.firstRow + i, filled ? "title" : "blank"));
  for (let r = header.top; r <= header.bottom; r++) out.skip(r, "header");
  const dataStart = skipColumnNumbers(view, out, header.bottom, roles);

  const list = listOfSheet(grid.sheet, title.lines);
  if (list?.kind === "council") takeLevelColumn(columns, roles);
  if (!roles.hasGender) out.problem("error", "noGenderColumn", header.top);

  const table = readRows(view, out, { dataStart, roles, list, columnCtx, sheetKind: staffKindOfSheet(grid.sheet), units });
  if (view.text.legacyUsed) {
    out.problem("notice", "legacyEncoding", cells.firstRow, undefined, {
      encoding: view.text.legacyUsed === "tcvn3" ? "TCVN3" : "VNI",
    });
  }
  noticeHiddenRows(grid, out);
  noticeOtherFormulas(grid, out, dataStart);
  const unitHint = unitsOfSheet(out, { sheet: grid.sheet, list, sawSection: table.sawSection, title: title.lines, columns });
  out.problems.sort((a, b) => a.row - b.row);
  return result(view, out, { header, dataRows: { first: dataStart, last: Math.max(dataStart, table.tableEnd) }, columns, list }, unitHint);
}

/**
 * Formulas without values the rows did not already report (a column the reader does not use, a totals
 * row, the ordinal column): one notice per column, at its first such cell, so none passes as an empty cell.
 */
function noticeOtherFormulas(grid: Grid, out: Outcomes, dataStart: number): void {
  if (!grid.uncalculated || grid.uncalculated.length === 0) return;
  const said = out.problems.filter((p) => p.code === "formulaUncalculated");
  const reported = new Set(said.map((p) => p.row * KEY + (p.col ?? 0)));
  // A row rejected for a formula without value is said once, at its first such cell.
  const rejected = new Set(said.filter((p) => p.rejectsRow).map((p) => p.row));
  const byCol = new Map<number, number[]>();
  for (const { row, col } of grid.uncalculated) {
    if (row < dataStart || rejected.has(row) || reported.has(row * KEY + col)) continue;
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    out.problem("notice", "formulaUncalculated", Math.min(...rows), col, { count: rows.length });
  }
}

/** Rows numbering the columns (1, 2, 3… or (1), (2)… or A, B, C…) under the header; the first data row. */
function skipColumnNumbers(view: SheetView, out: Outcomes, bottom: number, roles: Roles): number {
  let dataStart = bottom + 1;
  while (dataStart <= view.cells.lastRow && dataStart <= bottom + 2 && isColumnNumbers(view, dataStart, roles.name)) {
    out.skip(dataStart, "columnNumbers");
    dataStart++;
  }
  return dataStart;
}

/**
 * People with no unit from a column or heading: the sheet is one unit (a hint says where its name is),
 * or they lack one (a warning each). A unit column left empty throughout says nothing either.
 */
function unitsOfSheet(
  out: Outcomes,
  sheet: { sheet: string; list: ListSheet | null; sawSection: boolean; title: TitleLine[]; columns: Column[] },
): SheetUnitHint | undefined {
  if (!sheet.list && !sheet.sawSection && out.people.every((p) => p.unit === null)) {
    return unitHintOf(sheet.sheet, sheet.title, sheet.columns);
  }
  for (let i = 0; i < out.people.length; i++) {
    const p = out.people[i];
    if (p.unit === null) out.problem("warning", "unitMissing", p.ref.row, out.unitCols[i] ?? undefined, { name: p.name });
  }
  return undefined;
}

function result(
  view: SheetView,
  out: Outcomes,
  table: { header: HeaderRows; dataRows: { first: number; last: number }; columns: Column[]; list: ListSheet | null },
  unitHint: SheetUnitHint | undefined,
): SheetResult {
  const reading: SheetReading = {
    sheet: view.cells.sheet,
    kind: table.list ? "list" : "roster",
    headerRows: range(table.header.top, table.header.bottom),
    dataRows: table.dataRows,
    columns: columnInfos(table.columns),
    encoding: view.text.reported(),
    people: out.people.length,
    listEntries: out.entries.length,
    skipped: out.skipped.length,
    problems: out.problems.length,
  };
  if (table.list) reading.listKind = table.list.kind;
  return { reading, people: out.people, unitRefs: out.unitRefs, listEntries: out.entries, skipped: out.skipped, problems: out.problems, unitHint };
}

/** A sheet that is no roster: every row "notRoster", one notice (with its reason when known) if it holds anything. */
function notRoster(view: SheetView, out: Outcomes, reason: NotRosterReason | null): SheetResult {
  const { cells } = view;
  let any = false;
  for (let r = cells.firstRow; r <= cells.lastRow; r++) {
    out.skip(r, "notRoster");
    if (!any) any = cells.row(r).some((v) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === ""));
  }
  if (any) out.problem("notice", "sheetNotRoster", cells.firstRow, undefined, reason ? { reason } : undefined);
  const reading: SheetReading = {
    sheet: cells.sheet,
    kind: "other",
    headerRows: [],
    columns: [],
    encoding: view.text.head,
    people: 0,
    listEntries: 0,
    skipped: out.skipped.length,
    problems: out.problems.length,
  };
  return { reading, people: [], unitRefs: [], listEntries: [], skipped: out.skipped, problems: out.problems };
}

// ----- the rows ----------------------------------------------------------------------------------

/** What the rows read so far leave for the next one: one record, handed from row to row. */
interface TableProgress {
  state: RowState;
  /** The signature block has begun: every row below is footer. */
  footer: boolean;
  /** The last row of the table before the footer. */
  tableEnd: number;
  memory: FieldMemory;
  tally: Tally;
  /** A heading named a unit somewhere in the table. */
  sawSection: boolean;
  /** On a list sheet, the level or course the heading above gives. */
  group: ListGroup | null;
  /**
   * The category heading above ("II. HỢP ĐỒNG LAO ĐỘNG"). Unit headings right below it (before any person)
   * are inside it: it holds units and lasts to the next category. One whose people come first is a group
   * within a unit: the next unit heading ends it.
   */
  category: { kind: StaffKind | undefined; people: number; holdsUnits: boolean } | null;
  /** The kinds the sheet and the category above give (kindsOfRow). */
  kinds: KindContext;
}

interface RowsInput {
  dataStart: number;
  roles: Roles;
  list: ListSheet | null;
  columnCtx: ColumnContext;
  /** The kind of staff the sheet's name gives ("Hợp đồng"), for everyone on it without a kind of their own. */
  sheetKind: StaffKind | undefined;
  /** The workbook's units so far: reading stops at the first past the bound (domain/unitLimit.ts). */
  units: UnitTally;
}

/** Gives every row from dataStart one outcome: each row is classified and handed to the stage owning its kind. */
function readRows(view: SheetView, out: Outcomes, input: RowsInput): { tableEnd: number; sawSection: boolean } {
  const p: TableProgress = {
    state: { roles: input.roles, list: input.list?.kind ?? null, kindAt: kindsOf(input.roles, view.cells.firstCol), noteOpen: false, headingsUpper: false },
    footer: false,
    tableEnd: input.dataStart - 1,
    memory: NO_MEMORY,
    tally: newTally(),
    sawSection: false,
    group: null,
    category: null,
    kinds: { sheet: input.sheetKind, category: undefined },
  };
  for (let r = input.dataStart; r <= view.cells.lastRow; r++) {
    if (p.footer) {
      out.skip(r, "footer");
      continue;
    }
    const row = classifyRow(view, r, p.state, input.columnCtx);
    const errors = row.scan.errors;
    if (errors) for (const e of errors) out.problem("warning", "errorValue", r, e.col, { value: e.error });
    r = applyRow(view, out, r, row, p, input);
  }
  return { tableEnd: p.tableEnd, sawSection: p.sawSection };
}

/**
 * The stage that owns the row's kind acts on it, and updates the progress for the next row (one record,
 * handed from row to row, never kept aside); returns the last row the kind took (a header may take several).
 */
function applyRow(view: SheetView, out: Outcomes, r: number, classified: Classified, p: TableProgress, input: RowsInput): number {
  const { row, scan } = classified;
  const state = p.state;
  // Blank rows keep a note open over the bullet lines below it; any other row closes it.
  state.noteOpen = state.noteOpen && (scan.nonEmpty === 0 || scan.ordinalOnly);
  state.headingsUpper = classified.headingsUpper;
  let lastRow = r;
  switch (row.kind) {
    case "blank":
      out.skip(r, "blank");
      break;
    case "footer":
      out.skip(r, "footer");
      p.footer = true;
      break;
    case "note":
      out.skip(r, "footer");
      state.noteOpen = true;
      break;
    case "total":
      out.skip(r, "total");
      checkTotals(view.cells, out, r, state.roles, p.tally);
      newSegment(p.tally);
      p.tableEnd = r;
      break;
    case "repeatedHeader":
      if (row.roles) {
        state.roles = row.roles;
        state.kindAt = kindsOf(row.roles, view.cells.firstCol);
      }
      for (let h = r; h <= row.bottom; h++) out.skip(h, "header");
      lastRow = row.bottom;
      break;
    case "columnNumbers":
    case "amountInWords":
      out.skip(r, row.kind);
      break;
    case "title":
      out.skip(r, "title");
      break;
    case "section":
      out.skip(r, "section");
      newSegment(p.tally);
      p.tableEnd = r;
      // A category row ("I. CÁN BỘ", "HỢP ĐỒNG 68") names no unit: the sheet may still be one unit.
      if (row.unit === "") p.category = { kind: row.staffKind, people: 0, holdsUnits: false };
      else {
        if (p.category?.people === 0) p.category.holdsUnits = true;
        else if (p.category && !p.category.holdsUnits) p.category = null;
        p.sawSection = true;
        p.memory = withSection(p.memory, { name: row.unit, ref: { sheet: view.cells.sheet, row: r } });
      }
      break;
    case "groupHeading":
      out.skip(r, "groupHeading");
      p.group = row.group;
      newSegment(p.tally);
      break;
    case "unreadable":
      p.tableEnd = r;
      out.problem("error", row.code, r, row.col, undefined, true);
      break;
    case "uncalculated":
      p.tableEnd = r;
      out.problem("error", "formulaUncalculated", r, row.col, undefined, true);
      break;
    case "person":
      p.tableEnd = r;
      readPerson(view, out, r, row, scan.uncalculated, p, input);
      break;
  }
  return lastRow;
}

/** A person row: its unit first (a rejected row still names the unit the rows below repeat), then its fields. */
function readPerson(
  view: SheetView,
  out: Outcomes,
  r: number,
  row: Extract<Classified["row"], { kind: "person" }>,
  uncalculated: number[] | null,
  p: TableProgress,
  input: RowsInput,
): void {
  const { list, sheetKind } = input;
  const roles = p.state.roles;
  const { name, gender } = row;
  const unit = unitOfRow(view, r, roles, p.memory);
  p.memory = unit.memory;
  if (unit.unit !== null && !list) input.units.note(unit.unit);
  if (gender.reject) {
    const why = gender.reject;
    // A gender cell that is a formula saved without its value is not empty: the problem says what it is.
    const formula = why.code === "genderMissing" ? uncalculated?.find((c) => genderColumns(roles).includes(c)) : undefined;
    if (formula !== undefined) out.problem("error", "formulaUncalculated", r, formula, { name }, true);
    else out.problem("error", why.code, r, why.col, { name, ...(why.value !== undefined ? { value: why.value } : {}) }, true);
    return;
  }
  // Other cells the reader uses that are formulas without values read as empty: a warning each.
  if (uncalculated) for (const c of uncalculated) if (roles.dataCols.includes(c)) out.problem("warning", "formulaUncalculated", r, c, { name });
  const sex = gender.found!;
  if (list) {
    out.entries.push(listEntryOf(view, out, r, { name, gender: sex, unit: unit.unit }, roles, list, p.group));
  } else {
    const kinds = kindsOfRow(p, sheetKind);
    const read = personOf(view, out, r, { name, unit: unit.unit, gender }, roles, p.memory, kinds);
    if (p.category) p.category.people++;
    p.memory = read.memory;
    out.person(read.person, unit.ref, roles.unit);
  }
  count(p.tally, sex);
}

/** Where the row's kind of staff may come from besides its cells: one record per category heading, not per row. */
function kindsOfRow(p: TableProgress, sheetKind: StaffKind | undefined): KindContext {
  const category = p.category?.kind;
  if (p.kinds.sheet !== sheetKind || p.kinds.category !== category) p.kinds = { sheet: sheetKind, category };
  return p.kinds;
}

function genderColumns(roles: Roles): number[] {
  const cols = [roles.gender, roles.birthMale, roles.birthFemale, roles.maleMark, roles.femaleMark];
  return cols.filter((c): c is number => c !== null);
}
