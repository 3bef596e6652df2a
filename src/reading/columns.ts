// Column roles of a table: each column's header parts (top row first) read into a role, the user's
// overrides applied, one column kept per single-valued role, and the roles gathered as column numbers.
import type { ColumnInfo, ColumnOverride, ColumnRole, CouncilLevel, LeaderLevel, StaffKind } from "../domain/roster";
import { isEmptyText } from "./cells";
import { isNameHead, isNameTail, roleOfHeader } from "./headers";
import { fold } from "./text";
import type { SheetView } from "./zones";

export interface Column {
  col: number;
  header: string;
  role: ColumnRole;
  overridden?: boolean;
  years?: number[];
  partyPost?: boolean;
  markKind?: StaffKind;
  poolLevel?: LeaderLevel;
}

/** The staff-profile columns of a table (the phụ lục's breakdowns); a field is empty when the table has none. */
export interface ProfileColumns {
  education: number | null;
  politicalTheory: number | null;
  ethnicity: { col: number; marks: boolean } | null;
  /** Đảng viên columns (a date of admission or a mark), and cấp ủy columns of party posts ("Đảng viên" there). */
  partyMember: number[];
  partyPost: number[];
  /** Loại columns: written out ("Công chức", "HĐLĐ"), or marks under a kind ("Hợp đồng" | x). */
  staffKind: { col: number; mark?: StaffKind }[];
  /** Quy hoạch sub-columns naming the level planned for. */
  poolLevels: { col: number; level: LeaderLevel }[];
  /** True when the table has any profile column, or a quy hoạch column (whose text may name a level). */
  any: boolean;
}

/** The table's columns by role (1-based sheet columns). */
export interface Roles {
  ordinal: number | null;
  name: number[];
  gender: number | null;
  birth: number | null;
  birthMale: number | null;
  birthFemale: number | null;
  maleMark: number | null;
  femaleMark: number | null;
  unit: number | null;
  title: number | null;
  council: number[];
  councilLevels: { col: number; level: CouncilLevel }[];
  party: number[];
  training: number[];
  pool: number[];
  hasGender: boolean;
  /** Columns whose content makes a row a data row (every role but ordinal, name and other). */
  dataCols: number[];
  profile: ProfileColumns;
}

/** Each column's header parts (top row first) and its role. */
export function columnsOf(view: SheetView, top: number, bottom: number): Column[] {
  const { cells, text } = view;
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    const len = cells.rowLength(r);
    for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
      if (isEmptyText(cells.full(r, c))) continue;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    for (const m of cells.grid.merges) {
      if (m.top <= r && m.bottom >= r && m.top >= top && !isEmptyText(cells.raw(m.top, m.left))) {
        left = Math.min(left, m.left);
        right = Math.max(right, m.right);
      }
    }
  }
  const columns: Column[] = [];
  if (!isFinite(left)) return columns;
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      let t = text.headText(r, c);
      if (t === "" && r < bottom) t = groupAbove(view, r, c, left);
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    const header = parts.join(" / ");
    const { role, ...more } = roleOfHeader(parts.map(fold), header);
    columns.push({ col: c, header, role, ...more });
  }
  return columns;
}

/** An empty upper header cell under a group header written once to its left (no merge). */
function groupAbove(view: SheetView, r: number, c: number, left: number): string {
  const { cells, text } = view;
  if (cells.originOf(r, c) !== undefined) return "";
  if (isEmptyText(cells.raw(r + 1, c))) return "";
  for (let k = c - 1; k >= left; k--) {
    if (isEmptyText(cells.raw(r + 1, k))) return "";
    if (!isEmptyText(cells.full(r, k))) return cells.originOf(r, k) !== undefined ? "" : text.headText(r, k);
  }
  return "";
}

/** What the reader is told about a sheet's columns: the user's overrides, the reporting year, hidden columns. */
export interface ColumnContext {
  sheet: string;
  overrides: ColumnOverride[];
  year: number | undefined;
  hiddenColumns: number[];
}

/** The roles of a table's columns (the columns are updated in place: overrides, years, single roles). */
export function rolesOf(columns: Column[], ctx: ColumnContext): Roles {
  applyOverrides(columns, ctx);
  keepReportingYear(columns, ctx.year);
  keepOnePerRole(columns, ctx.hiddenColumns);
  joinSplitName(columns);
  return gatherRoles(columns);
}

function applyOverrides(columns: Column[], ctx: ColumnContext): void {
  for (const o of ctx.overrides) {
    if (o.sheet !== ctx.sheet) continue;
    const c = columns.find((x) => x.col === o.col);
    if (c) {
      c.role = o.role;
      c.overridden = true;
      delete c.years;
      delete c.partyPost;
      delete c.markKind;
      delete c.poolLevel;
    } else {
      columns.push({ col: o.col, header: "", role: o.role, overridden: true });
    }
  }
  columns.sort((a, b) => a.col - b.col);
}

/** Several training columns by year: the reporting year's, else the latest. */
function keepReportingYear(columns: Column[], year: number | undefined): void {
  const dated = columns.filter((c) => c.role === "training" && c.years && !c.overridden);
  if (dated.length === 0) return;
  const wanted = year ?? Math.max(...dated.map((c) => Math.max(...(c.years ?? [0]))));
  for (const c of dated) {
    const ys = c.years ?? [];
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    const covers = ys.length >= 2 ? wanted >= lo && wanted <= hi : ys[0] === wanted;
    if (!covers) c.role = "other";
  }
}

const SINGLE_ROLES: ColumnRole[] = [
  "ordinal", "gender", "birth", "birthMale", "birthFemale", "maleMark", "femaleMark", "unit", "title",
  "education", "politicalTheory", "ethnicity",
];

/** One column per single-valued role: an override first, else a visible one, else the first one. */
function keepOnePerRole(columns: Column[], hiddenColumns: number[]): void {
  const hidden = new Set(hiddenColumns);
  for (const role of SINGLE_ROLES) {
    const all = columns.filter((c) => c.role === role);
    if (all.length < 2) continue;
    // A hidden column beside a visible one of the same role holds what was replaced (last year's posts).
    const visible = all.filter((c) => !hidden.has(c.col));
    // "Chức vụ" is the post a key leader holds; "Chức danh" beside it is the professional title (Bác sĩ, Kế toán viên).
    const post = role === "title" ? visible.find((c) => /^chuc vu\b/.test(fold(c.header))) : undefined;
    const keep = all.find((c) => c.overridden) ?? post ?? visible[0] ?? all[0];
    for (const c of all) if (c !== keep) c.role = "other";
  }
}

/** A name over two columns with no group header above: "Họ đệm" | "Tên" are both the name. */
function joinSplitName(columns: Column[]): void {
  for (let i = 0; i + 1 < columns.length; i++) {
    const head = columns[i];
    const tail = columns[i + 1];
    if (tail.col !== head.col + 1 || tail.overridden || head.overridden || tail.role !== "other") continue;
    if (!isNameTail(fold(tail.header))) continue;
    if (head.role === "name" || (head.role === "other" && isNameHead(fold(head.header)))) {
      head.role = "name";
      tail.role = "name";
    }
  }
}

const LEVEL_ROLES: [ColumnRole, CouncilLevel][] = [
  ["councilNational", "national"],
  ["councilProvince", "province"],
  ["councilDistrict", "district"],
  ["councilCommune", "commune"],
];

function gatherRoles(columns: Column[]): Roles {
  const pick = (role: ColumnRole) => columns.find((c) => c.role === role)?.col ?? null;
  const many = (role: ColumnRole) => columns.filter((c) => c.role === role).map((c) => c.col);
  const roles: Roles = {
    ordinal: pick("ordinal"),
    name: many("name"),
    gender: pick("gender"),
    birth: pick("birth"),
    birthMale: pick("birthMale"),
    birthFemale: pick("birthFemale"),
    maleMark: pick("maleMark"),
    femaleMark: pick("femaleMark"),
    unit: pick("unit"),
    title: pick("title"),
    council: many("council"),
    councilLevels: [],
    party: many("partyCommittee"),
    training: many("training"),
    pool: many("successionPool"),
    hasGender: false,
    dataCols: [],
    profile: profileColumns(columns),
  };
  for (const [role, level] of LEVEL_ROLES) for (const col of many(role)) roles.councilLevels.push({ col, level });
  roles.hasGender =
    roles.gender !== null ||
    roles.birthMale !== null ||
    roles.birthFemale !== null ||
    roles.maleMark !== null ||
    roles.femaleMark !== null;
  roles.dataCols = columns.filter((c) => c.role !== "other" && c.role !== "ordinal" && c.role !== "name").map((c) => c.col);
  return roles;
}

function profileColumns(columns: Column[]): ProfileColumns {
  const ethnicity = columns.find((c) => c.role === "ethnicity");
  const cols: Omit<ProfileColumns, "any"> = {
    education: columns.find((c) => c.role === "education")?.col ?? null,
    politicalTheory: columns.find((c) => c.role === "politicalTheory")?.col ?? null,
    // "DTTS" / "Dân tộc thiểu số" holds marks; "Dân tộc" holds the people's dân tộc written out.
    ethnicity: ethnicity ? { col: ethnicity.col, marks: /\b(dtts|thieu so)\b/.test(fold(ethnicity.header)) } : null,
    partyMember: columns.filter((c) => c.role === "partyMember").map((c) => c.col),
    partyPost: columns.filter((c) => c.role === "partyCommittee" && c.partyPost).map((c) => c.col),
    staffKind: columns.filter((c) => c.role === "staffKind").map((c) => (c.markKind ? { col: c.col, mark: c.markKind } : { col: c.col })),
    poolLevels: columns.filter((c) => c.role === "successionPool" && c.poolLevel).map((c) => ({ col: c.col, level: c.poolLevel! })),
  };
  const any = cols.education !== null || cols.politicalTheory !== null || cols.ethnicity !== null || cols.partyMember.length > 0 ||
    cols.partyPost.length > 0 || cols.staffKind.length > 0 || columns.some((c) => c.role === "successionPool");
  return { ...cols, any };
}

/** On a list of deputies with no council column, a bare "Cấp" column holds the level. */
export function takeLevelColumn(columns: Column[], roles: Roles): void {
  if (roles.council.length > 0 || roles.councilLevels.length > 0) return;
  const level = columns.find((c) => c.role === "other" && !c.overridden && /^cap\b/.test(fold(c.header)));
  if (level) {
    level.role = "council";
    roles.council.push(level.col);
    roles.dataCols.push(level.col);
  }
}

/** What each column is, by offset from the grid's first column: 0 other, 1 name or ordinal, 2 data. */
export function kindsOf(roles: Roles, firstCol: number): Uint8Array {
  let width = 0;
  for (const c of roles.name.concat(roles.dataCols, roles.ordinal ?? 0)) width = Math.max(width, c - firstCol + 1);
  const kindAt = new Uint8Array(width);
  for (const c of roles.name) kindAt[c - firstCol] = 1;
  if (roles.ordinal !== null && roles.ordinal >= firstCol) kindAt[roles.ordinal - firstCol] = 1;
  for (const c of roles.dataCols) if (c >= firstCol) kindAt[c - firstCol] = 2;
  return kindAt;
}

/** The columns as the task pane shows them. */
export function columnInfos(columns: Column[]): ColumnInfo[] {
  return columns.map((c) => {
    const info: ColumnInfo = { col: c.col, header: c.header, role: c.role };
    if (c.overridden) info.overridden = true;
    return info;
  });
}
