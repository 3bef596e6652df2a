// Arbitrary agency workbooks as Grids, with the truth of who is staff known by construction, and fully
// random grids. Rosters carry the noise DOMAIN.md lists: title blocks, headers of one or two rows with
// merges, a column-number row, shuffled columns, blank rows, section rows, totals, stray text, signature
// blocks, error values, text in NFC/NFD/TCVN3/VNI (one encoding per sheet), genders readable or not,
// titles including key leaders. The legacy encoders are the fixtures' own (independent of the reader).
import fc from "fast-check";
import type { CellValue, Grid, MergeArea } from "../../src/domain/grid";
import { toTcvn3, toVni } from "../fixtures/legacy";

/** "mixed": Unicode typed on two machines, rows alternating NFC and NFD ("tổ hợp"). */
export type Encoding = "nfc" | "nfd" | "mixed" | "tcvn3" | "vni";
export type GenderMode = "column" | "birthSplit" | "markSplit";

/** What a generated person's gender cell(s) say. */
type GenderSpec = { kind: "female" | "male"; spelling: number } | { kind: "unreadable"; spelling: number };

interface PersonSpec {
  gender: GenderSpec;
  title: number; // index into TITLES, -1 for none
  titleError: boolean;
  birth: number; // 0 none, 1 Date, 2 dd/mm/yyyy text, 3 a year alone
  ordinalAsText: boolean;
  party: number; // index into PARTY_MARKS (positive) or NO_MARKS (negative), see markOf
  trained: number;
}

interface UnitSpec {
  name: number; // index into UNITS
  people: PersonSpec[];
  blankAfter: number[]; // positions (person index) after which a blank row stands
  strayAfter: number; // a stray text row after this person index, -1 for none
}

export interface SheetSpec {
  encoding: Encoding;
  upperHeader: boolean;
  titleLines: number[]; // indices into TITLE_LINES, in order
  blankAfterTitle: boolean;
  genderMode: GenderMode;
  twoRowHeader: boolean;
  ordinal: boolean;
  unitColumn: boolean;
  unitMerged: boolean;
  titleColumn: boolean;
  birthColumn: boolean;
  noteColumn: boolean;
  partyColumn: boolean;
  trainingColumn: boolean;
  levelGroup: boolean; // a two-column "Trình độ" group (roles "other")
  order: number[]; // a permutation key per column, for shuffling
  columnNumbers: 0 | 1 | 2; // none, 1 2 3…, (1) (2) (3)…
  units: UnitSpec[];
  categorySection: boolean;
  totals: boolean;
  footer: boolean;
  firstRow: number;
  firstCol: number;
  fontsGiven: boolean;
}

export type Count = { total: number; female: number };

export interface GeneratedWorkbook {
  grids: Grid[];
  /** People of known gender the roster holds (names are unique, so no duplicates). */
  truth: { total: number; female: number; party: Count; training: Count };
  /** Each counted person's unit as generated, by "sheet!row" (null when the sheet names none). */
  units: Map<string, string | null>;
  /** Sheet rows (sheet → rows) that are people of readable gender. */
  personRows: Map<string, Set<number>>;
  /** Entries of readable gender on the cấp ủy list sheet, when the workbook has one. */
  listEntries: number;
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
const MIDDLE = ["Thị", "Văn", "Thị Thu", "Đức", "Thị Ngọc", "Hữu", "Minh", "Quốc", "Thị Minh"];
const GIVEN = ["Hoa", "Lan", "Mai", "Hương", "Hùng", "Dũng", "Nam", "Tuấn", "Hải", "Yến", "Linh", "Phương", "Anh", "Thắng", "Tâm", "Hà", "Trung", "Sơn", "Loan", "Thủy"];
const NAME_COUNT = FAMILY.length * MIDDLE.length * GIVEN.length; // 2700

/** The i-th name of a workbook: distinct for i < NAME_COUNT (7919 is prime to 2700). */
function nameOf(i: number): string {
  const k = (i * 7919 + 11) % NAME_COUNT;
  return `${FAMILY[k % FAMILY.length]} ${MIDDLE[Math.floor(k / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(k / (FAMILY.length * MIDDLE.length))]}`;
}

const FEMALE_SPELLINGS = ["Nữ", "nữ", "NỮ", " Nữ ", "Nu", "F", "nu"];
const MALE_SPELLINGS = ["Nam", "nam", "NAM", " Nam", "M"];
const UNREADABLE_SPELLINGS: CellValue[] = ["?", "Khác", "Không rõ", { error: "#N/A" }, null];

export const TITLES = [
  "Trưởng phòng",
  "Phó Trưởng phòng",
  "Giám đốc",
  "PGĐ",
  "Chánh Văn phòng",
  "Phó Chánh Văn phòng",
  "Chuyên viên",
  "Kế toán trưởng",
  "Tổ trưởng công đoàn",
  "Nhân viên",
];
const UNITS = ["Văn phòng Sở", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở", "Chi cục Kiểm lâm", "Hội Liên hiệp Phụ nữ"];
const TITLE_LINES = [
  "UBND TỈNH HÀ TĨNH",
  "SỞ TÀI CHÍNH",
  "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026",
  "(Kèm theo Báo cáo số 125/BC-STC ngày 20/11/2026)",
];
const SHEET_NAMES = ["DS 2026", "Khối văn phòng", "Khối sự nghiệp", "Sheet4"];
const STRAY = ["(tiếp theo)", "Ghi chú: số liệu đến 31/12/2026", "*"];

const personArb: fc.Arbitrary<PersonSpec> = fc.record({
  gender: fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("female" as const), spelling: fc.nat(99) }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("male" as const), spelling: fc.nat(99) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("unreadable" as const), spelling: fc.nat(99) }) },
  ),
  title: fc.integer({ min: -1, max: TITLES.length - 1 }),
  titleError: fc.nat(4).map((n) => n === 0), // one row in five carries an error value
  birth: fc.integer({ min: 0, max: 3 }),
  ordinalAsText: fc.boolean(),
  party: fc.nat(99),
  trained: fc.nat(99),
});

const unitArb: fc.Arbitrary<UnitSpec> = fc.record({
  name: fc.nat(UNITS.length - 1),
  people: fc.array(personArb, { minLength: 0, maxLength: 7 }),
  blankAfter: fc.array(fc.nat(7), { maxLength: 2 }),
  strayAfter: fc.integer({ min: -1, max: 6 }),
});

export const sheetSpecArb: fc.Arbitrary<SheetSpec> = fc
  .record({
    encoding: fc.constantFrom<Encoding>("nfc", "nfd", "mixed", "tcvn3", "vni"),
    upperHeader: fc.boolean(),
    titleLines: fc.subarray([0, 1, 2, 3]),
    blankAfterTitle: fc.boolean(),
    genderMode: fc.constantFrom<GenderMode>("column", "column", "birthSplit", "markSplit"),
    twoRowHeader: fc.boolean(),
    ordinal: fc.boolean(),
    unitColumn: fc.boolean(),
    unitMerged: fc.boolean(),
    titleColumn: fc.boolean(),
    birthColumn: fc.boolean(),
    noteColumn: fc.boolean(),
    partyColumn: fc.boolean(),
    trainingColumn: fc.boolean(),
    levelGroup: fc.boolean(),
    order: fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }),
    columnNumbers: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
    units: fc.array(unitArb, { minLength: 1, maxLength: 3 }),
    categorySection: fc.boolean(),
    totals: fc.boolean(),
    footer: fc.boolean(),
    firstRow: fc.integer({ min: 1, max: 3 }),
    firstCol: fc.integer({ min: 1, max: 3 }),
    fontsGiven: fc.boolean(),
  })
  // Legacy text always comes with its fonts: both gateways read them, and without them "Nöõ" is a guess.
  .map((s) => (s.encoding === "tcvn3" || s.encoding === "vni" ? { ...s, fontsGiven: true } : s));

function encoderOf(enc: Encoding): (s: string) => string {
  switch (enc) {
    case "nfc":
      return (s) => s.normalize("NFC");
    case "nfd":
    case "mixed": // push() alternates NFC rows with these
      return (s) => s.normalize("NFD");
    case "tcvn3":
      return toTcvn3;
    case "vni":
      return toVni;
  }
}

function fontOf(enc: Encoding, upper: boolean): string {
  if (enc === "tcvn3") return upper ? ".VnTimeH" : ".VnTime";
  if (enc === "vni") return "VNI-Times";
  return "Times New Roman";
}

type Role = "ordinal" | "name" | "gender" | "birth" | "unit" | "title" | "note" | "level" | "party" | "training";

// Marks of a cấp ủy or training column: any non-empty, non-negative mark says yes (DOMAIN.md).
const YES_MARKS: CellValue[] = ["x", "X", "Huyện ủy viên", "Đảng ủy viên", "HUV", "Chi ủy viên", 1];
const NO_MARKS: CellValue[] = [null, "", "không", "-", 0, "0"];
/** A mark from a spec number: about half say yes. */
function markOf(n: number): { value: CellValue; yes: boolean } {
  return n % 2 === 0
    ? { value: YES_MARKS[(n >> 1) % YES_MARKS.length], yes: true }
    : { value: NO_MARKS[(n >> 1) % NO_MARKS.length], yes: false };
}

export interface GeneratedPerson {
  row: number;
  gender: "female" | "male" | null;
  unit: string | null;
  party: boolean;
  trained: boolean;
}

/** One column of the generated table: its header (one or two parts) and role. */
interface Col {
  role: Role;
  top: string;
  /** Second header row text (two-row headers); for split groups the leaf under a shared parent. */
  leaf?: string;
  /** Columns of a split group share one parent text merged across them. */
  group?: string;
  sub?: "male" | "female";
}

/** Builds one sheet's Grid from its spec; names start at nameStart. */
export function buildSheet(
  spec: SheetSpec,
  sheet: string,
  nameStart: number,
): { grid: Grid; people: GeneratedPerson[]; names: number } {
  const enc = encoderOf(spec.encoding);
  const up = (s: string) => (spec.upperHeader ? s.toUpperCase() : s);

  // Columns, then shuffled by the spec's keys (a split group stays together, in Nam | Nữ order).
  const blocks: Col[][] = [];
  if (spec.ordinal) blocks.push([{ role: "ordinal", top: "STT" }]);
  blocks.push([{ role: "name", top: "Họ và tên" }]);
  if (spec.genderMode === "column") {
    blocks.push([{ role: "gender", top: "Giới tính" }]);
    if (spec.birthColumn) blocks.push([{ role: "birth", top: "Ngày sinh" }]);
  } else {
    const group = spec.genderMode === "birthSplit" ? "Ngày, tháng, năm sinh" : "Giới tính";
    blocks.push([
      { role: spec.genderMode === "birthSplit" ? "birth" : "gender", top: group, group, leaf: "Nam", sub: "male" },
      { role: spec.genderMode === "birthSplit" ? "birth" : "gender", top: group, group, leaf: "Nữ", sub: "female" },
    ]);
  }
  if (spec.unitColumn) blocks.push([{ role: "unit", top: "Đơn vị công tác" }]);
  if (spec.titleColumn) blocks.push([{ role: "title", top: "Chức vụ" }]);
  if (spec.levelGroup) {
    blocks.push([
      { role: "level", top: "Trình độ", group: "Trình độ", leaf: "Chuyên môn" },
      { role: "level", top: "Trình độ", group: "Trình độ", leaf: "Lý luận chính trị" },
    ]);
  }
  if (spec.noteColumn) blocks.push([{ role: "note", top: "Ghi chú" }]);
  if (spec.partyColumn) blocks.push([{ role: "party", top: "Cấp ủy" }]);
  if (spec.trainingColumn) blocks.push([{ role: "training", top: "Đào tạo, bồi dưỡng năm 2026" }]);
  const keyed = blocks.map((b, i) => ({ b, k: spec.order[i % spec.order.length] * 16 + i }));
  keyed.sort((x, y) => x.k - y.k);
  const cols = keyed.flatMap((x) => x.b);
  const width = cols.length;
  const twoRows = spec.twoRowHeader || spec.genderMode !== "column" || spec.levelGroup;

  const rows: CellValue[][] = [];
  const fonts: (string | null)[][] = [];
  const merges: MergeArea[] = [];
  const R0 = spec.firstRow;
  const C0 = spec.firstCol;
  const rowNo = () => R0 + rows.length; // sheet row of the next row pushed
  const push = (cells: CellValue[], upper = false) => {
    const e = spec.encoding === "mixed" && rows.length % 2 === 0 ? (t: string) => t.normalize("NFC") : enc;
    rows.push(cells.map((v) => (typeof v === "string" ? e(v) : v)));
    fonts.push(cells.map((v) => (v === null ? null : fontOf(spec.encoding, upper))));
  };
  const blankRow = () => {
    rows.push([]);
    fonts.push([]);
  };
  const line = (text: string, upper: boolean) => {
    const r = rowNo();
    const cells: CellValue[] = new Array(width).fill(null);
    cells[0] = text;
    push(cells, upper);
    if (width > 1) merges.push({ top: r, left: C0, bottom: r, right: C0 + width - 1 });
  };

  for (const i of spec.titleLines) line(TITLE_LINES[i], TITLE_LINES[i] === TITLE_LINES[i].toUpperCase());
  if (spec.titleLines.length > 0 && spec.blankAfterTitle) blankRow();

  // Header.
  const headerTop = rowNo();
  if (!twoRows) {
    push(cols.map((c) => up(c.top)), spec.upperHeader);
  } else {
    const topCells: CellValue[] = [];
    const leafCells: CellValue[] = [];
    cols.forEach((c, i) => {
      if (c.group) {
        const firstOfGroup = i === 0 || cols[i - 1].group !== c.group;
        topCells.push(firstOfGroup ? up(c.group) : null);
        leafCells.push(up(c.leaf ?? ""));
        if (firstOfGroup) merges.push({ top: headerTop, left: C0 + i, bottom: headerTop, right: C0 + i + 1 });
      } else {
        topCells.push(up(c.top));
        leafCells.push(null);
        merges.push({ top: headerTop, left: C0 + i, bottom: headerTop + 1, right: C0 + i });
      }
    });
    push(topCells, spec.upperHeader);
    push(leafCells, spec.upperHeader);
  }
  if (spec.columnNumbers === 1) push(cols.map((_, i) => i + 1));
  if (spec.columnNumbers === 2) push(cols.map((_, i) => `(${i + 1})`));

  const people: GeneratedPerson[] = [];
  let n = 0; // names used
  let ordinal = 0;
  const colOf = (role: Role, sub?: "male" | "female") => cols.findIndex((c) => c.role === role && (sub === undefined || c.sub === sub));

  if (spec.categorySection) line("A. CÔNG CHỨC", true);
  for (const unit of spec.units) {
    const unitName = UNITS[unit.name];
    if (!spec.unitColumn) line(`${ordinal === 0 ? "I" : "II"}. ${unitName.toUpperCase()}`, true);
    const unitTop = rowNo();
    unit.people.forEach((p, pi) => {
      const cells: CellValue[] = new Array(width).fill(null);
      const name = nameOf(nameStart + n++);
      ordinal += 1;
      const set = (role: Role, v: CellValue, sub?: "male" | "female") => {
        const i = colOf(role, sub);
        if (i >= 0) cells[i] = v;
      };
      set("ordinal", p.ordinalAsText ? `${ordinal}.` : ordinal);
      set("name", name);
      const day = 1 + (ordinal % 28);
      const birthDate = new Date(Date.UTC(1970 + (ordinal % 30), ordinal % 12, day));
      const birthValue: CellValue =
        p.birth === 2
          ? `${String(day).padStart(2, "0")}/${String((ordinal % 12) + 1).padStart(2, "0")}/${1970 + (ordinal % 30)}`
          : p.birth === 3
            ? 1970 + (ordinal % 30)
            : birthDate;
      let gender: "female" | "male" | null = null;
      if (spec.genderMode === "column") {
        if (p.gender.kind === "unreadable") set("gender", UNREADABLE_SPELLINGS[p.gender.spelling % UNREADABLE_SPELLINGS.length]);
        else {
          const sp = p.gender.kind === "female" ? FEMALE_SPELLINGS : MALE_SPELLINGS;
          set("gender", sp[p.gender.spelling % sp.length]);
          gender = p.gender.kind;
        }
        if (p.birth > 0) set("birth", birthValue);
      } else {
        const mark: CellValue = spec.genderMode === "birthSplit" ? birthValue : p.gender.spelling % 2 ? "x" : "X";
        const role: Role = spec.genderMode === "birthSplit" ? "birth" : "gender";
        if (p.gender.kind === "unreadable") {
          // Unreadable in a split: both sides marked, or neither.
          if (p.gender.spelling % 2 === 0) {
            set(role, mark, "male");
            set(role, mark, "female");
          }
        } else {
          set(role, mark, p.gender.kind);
          gender = p.gender.kind;
        }
      }
      if (spec.unitColumn && (!spec.unitMerged || pi === 0)) set("unit", unitName);
      if (p.title >= 0) set("title", p.titleError && p.title % 3 === 0 ? { error: "#N/A" } : TITLES[p.title]);
      if (p.titleError) set("note", { error: "#REF!" });
      set("level", p.title % 2 === 0 ? "Đại học" : "Thạc sĩ");
      const party = spec.partyColumn ? markOf(p.party) : { value: null, yes: false };
      const trained = spec.trainingColumn ? markOf(p.trained) : { value: null, yes: false };
      set("party", party.value);
      set("training", trained.value);
      const r = rowNo();
      push(cells);
      // Every generated person's unit is named, by the unit column or by the section row above.
      people.push({ row: r, gender, unit: unitName, party: party.yes, trained: trained.yes });
      if (unit.blankAfter.includes(pi)) blankRow();
      if (unit.strayAfter === pi) {
        const stray: CellValue[] = new Array(width).fill(null);
        stray[colOf("name")] = STRAY[pi % STRAY.length];
        push(stray);
      }
    });
    const unitBottom = rowNo() - 1;
    // A unit merged down over its people (only the first row holds the name).
    const ui = colOf("unit");
    if (spec.unitColumn && spec.unitMerged && unit.people.length > 1 && ui >= 0) {
      merges.push({ top: unitTop, left: C0 + ui, bottom: unitBottom, right: C0 + ui });
    }
  }

  if (spec.totals) {
    const cells: CellValue[] = new Array(width).fill(null);
    cells[colOf("name")] = "Tổng cộng";
    const counted = people.filter((p) => p.gender !== null).length;
    const other = cols.findIndex((c) => c.role === "gender" || c.role === "title" || c.role === "note");
    if (other >= 0) cells[other] = counted;
    push(cells, true);
  }
  if (spec.footer) {
    blankRow();
    const dateLine: CellValue[] = new Array(width).fill(null);
    dateLine[width - 1] = "Hà Tĩnh, ngày 20 tháng 11 năm 2026";
    push(dateLine);
    const roles: CellValue[] = new Array(width).fill(null);
    roles[0] = "Người lập biểu";
    roles[width - 1] = "THỦ TRƯỞNG ĐƠN VỊ";
    push(roles, true);
    const sign: CellValue[] = new Array(width).fill(null);
    sign[width - 1] = "(Ký tên, đóng dấu)";
    push(sign);
    blankRow();
    const names: CellValue[] = new Array(width).fill(null);
    names[0] = "Lê Thị Hằng";
    names[width - 1] = "Trần Văn Bình";
    push(names);
  }

  const grid: Grid = { sheet, firstRow: R0, firstCol: C0, rows, merges };
  if (spec.fontsGiven) {
    grid.fonts = fonts.slice(0, 40);
    grid.sheetFont = fontOf(spec.encoding, false);
  }
  return { grid, people, names: n };
}

/** A sheet that is not a roster: instructions a clerk keeps in the workbook. */
function instructionsSheet(sheet: string): Grid {
  return {
    sheet,
    firstRow: 1,
    firstCol: 1,
    rows: [["HƯỚNG DẪN ĐIỀN BIỂU MẪU"], ["1. Ghi đầy đủ họ và tên, giới tính (Nam/Nữ)."], [], ["2. Gửi về Sở Nội vụ trước ngày 05/12."]],
    merges: [],
  };
}

export const workbookArb: fc.Arbitrary<GeneratedWorkbook> = fc
  .record({
    sheets: fc.array(sheetSpecArb, { minLength: 1, maxLength: 3 }),
    instructions: fc.boolean(),
    empty: fc.boolean(),
    partyList: fc.option(fc.array(fc.record({ gender: personArb.map((p) => p.gender), title: fc.nat(TITLES.length - 1) }), { maxLength: 6 }), {
      nil: undefined,
    }),
  })
  .map(({ sheets, instructions, empty, partyList }) => {
    const grids: Grid[] = [];
    const personRows = new Map<string, Set<number>>();
    const units = new Map<string, string | null>();
    const truth = { total: 0, female: 0, party: { total: 0, female: 0 }, training: { total: 0, female: 0 } };
    let names = 0;
    if (instructions) grids.push(instructionsSheet("Hướng dẫn"));
    sheets.forEach((spec, i) => {
      const name = SHEET_NAMES[i];
      const built = buildSheet(spec, name, names);
      names += built.names;
      grids.push(built.grid);
      const set = new Set<number>();
      for (const p of built.people) {
        if (p.gender === null) continue;
        const f = p.gender === "female" ? 1 : 0;
        set.add(p.row);
        units.set(`${name}!${p.row}`, p.unit);
        truth.total += 1;
        truth.female += f;
        if (p.party) {
          truth.party.total += 1;
          truth.party.female += f;
        }
        if (p.trained) {
          truth.training.total += 1;
          truth.training.female += f;
        }
      }
      personRows.set(name, set);
    });
    let listEntries = 0;
    if (partyList) {
      // A separate list sheet: its people count for indicator c only, never again as staff (DOMAIN.md).
      const rows: CellValue[][] = [["DANH SÁCH CẤP ỦY NHIỆM KỲ 2025-2030"], [], ["STT", "Họ và tên", "Giới tính", "Chức vụ"]];
      partyList.forEach((entry, i) => {
        const g = entry.gender;
        const value =
          g.kind === "female"
            ? FEMALE_SPELLINGS[g.spelling % FEMALE_SPELLINGS.length]
            : g.kind === "male"
              ? MALE_SPELLINGS[g.spelling % MALE_SPELLINGS.length]
              : UNREADABLE_SPELLINGS[g.spelling % UNREADABLE_SPELLINGS.length];
        rows.push([i + 1, nameOf(names++), value, TITLES[entry.title]]);
        if (g.kind !== "unreadable") {
          listEntries += 1;
          truth.party.total += 1;
          if (g.kind === "female") truth.party.female += 1;
        }
      });
      grids.push({ sheet: "Danh sách cấp ủy", firstRow: 1, firstCol: 1, rows, merges: [{ top: 1, left: 1, bottom: 1, right: 4 }] });
    }
    if (empty) grids.push({ sheet: "Trống", firstRow: 1, firstCol: 1, rows: [], merges: [] });
    return { grids, truth, personRows, units, listEntries };
  });

// ---------------------------------------------------------------------------------------------
// Fully random grids: anything a cell can hold, words the reader looks for among them, odd merges.

const WORDS = [
  "Họ và tên", "HỌ VÀ TÊN", "Hä vµ tªn", "Hoï vaø teân", "Giới tính", "Nam", "Nữ", "N÷", "Nöõ", "nu", "F", "M", "x", "X",
  "STT", "TT", "Đơn vị", "Chức vụ", "Trưởng phòng", "Phó Giám đốc", "PGĐ", "Tổng cộng", "Cộng", "I. VĂN PHÒNG SỞ",
  "2. Phòng Tổ chức", "Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "Ngày, tháng, năm sinh", "Cấp ủy", "Huyện ủy viên",
  "Đại biểu HĐND", "HĐND tỉnh", "xã", "Quốc hội", "Đào tạo, bồi dưỡng", "Quy hoạch", "Danh sách cấp ủy", "(1)", "1",
  "Nguyễn Thị Hoa", "Lê Văn Nam", "Ghi chú", "—", "-", "không", "", "   ", "#N/A",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS).map((w) => w.normalize("NFD")) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!").map((error) => ({ error })) },
);

const nameishArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.nat(NAME_COUNT - 1).map(nameOf) },
  { weight: 1, arbitrary: fc.nat(NAME_COUNT - 1).map((i) => toTcvn3(nameOf(i))) },
  { weight: 1, arbitrary: fc.nat(NAME_COUNT - 1).map((i) => toVni(nameOf(i))) },
  { weight: 2, arbitrary: cellArb },
);
const genderishArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...FEMALE_SPELLINGS, ...MALE_SPELLINGS, "N÷", "Nöõ") },
  { weight: 2, arbitrary: cellArb },
);

const fontArb = fc.constantFrom<string | null>(null, ".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "Arial");

export const randomGridArb: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.constantFrom("Sheet1", "DS", "Danh sách cấp ủy", "Đào tạo", "Phòng A", "Hướng dẫn"),
    firstRow: fc.integer({ min: 1, max: 5 }),
    firstCol: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 30 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 12 }), h: fc.nat(4), w: fc.nat(4) }),
      { maxLength: 5 },
    ),
    fonts: fc.option(fc.array(fc.array(fontArb, { maxLength: 9 }), { maxLength: 30 }), { nil: undefined }),
    sheetFont: fc.option(fontArb, { nil: undefined }),
    hidden: fc.option(fc.boolean(), { nil: undefined }),
    // Most random sheets hold no table; half of them get a roster header somewhere, followed by rows
    // that look like people (a name-ish and a gender-ish cell under them, anything beside), so the body is read.
    header: fc.option(
      fc.record({
        at: fc.nat(6),
        swap: fc.boolean(),
        extra: fc.shuffledSubarray(["Đơn vị", "Chức vụ", "Cấp ủy", "Đào tạo", "Ghi chú"]),
        body: fc.array(fc.tuple(nameishArb, genderishArb, cellArb, cellArb, cellArb), { maxLength: 8 }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ merges, sheetFont, header, ...g }) => {
    // New arrays: fast-check reuses generated values while shrinking, so they are never mutated.
    let rows = g.rows;
    if (header) {
      const at = Math.min(header.at, rows.length);
      const pair = (a: CellValue, b: CellValue): CellValue[] => (header.swap ? [b, a] : [a, b]);
      const table = [
        [...pair("Họ và tên", "Giới tính"), ...header.extra],
        ...header.body.map(([name, gender, ...rest]) => [...pair(name, gender), ...rest]),
      ];
      rows = [...rows.slice(0, at), ...table, ...rows.slice(at)];
    }
    const grid: Grid = { ...g, rows, merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })) };
    if (g.fonts === undefined) delete grid.fonts;
    if (g.hidden === undefined) delete grid.hidden;
    if (sheetFont !== undefined && sheetFont !== null) grid.sheetFont = sheetFont;
    return grid;
  });

/** Several random grids with distinct sheet names, as a workbook has. */
export const randomWorkbookArb: fc.Arbitrary<Grid[]> = fc
  .array(randomGridArb, { minLength: 0, maxLength: 3 })
  .map((grids) => grids.map((g, i) => ({ ...g, sheet: `${g.sheet} ${i + 1}` })));
