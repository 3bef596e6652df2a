// Row kind: what one row of a table is. A person, or one of the lines that are not people (a header
// repeated at a page break, the column numbers, a heading, a total, a note, the signature block, a
// blank), or a row that is neither (an error at its cell). The stage that owns each kind acts on it.
import type { CellValue } from "../domain/grid";
import type { ListKind, StaffKind } from "../domain/roster";
import { hasLetter, isOrdinalValue } from "./cells";
import { columnsOf, rolesOf, type ColumnContext, type Roles } from "./columns";
import { genderOfRow, type GenderReading } from "./gender";
import { isNameHeader } from "./headers";
import { headingOf } from "./headings";
import { listGroupOf, type ListGroup } from "./listGroups";
import { isErrorValue } from "./marks";
import { headerExtent, isColumnNumbers, isHeaderRow } from "./table";
import { fold } from "./text";
import type { SheetView } from "./zones";

export type RowKind =
  | { kind: "blank" }
  /** The signature block starts here: everything below is footer too. */
  | { kind: "footer" }
  /** A note ("Ghi chú: …") or a bullet line under one: footer text, but the table may go on after it. */
  | { kind: "note" }
  /** "Số tiền bằng chữ: …" below a total. */
  | { kind: "amountInWords" }
  | { kind: "total" }
  /** The header repeated inside the table (rows r..bottom); roles when its columns are read anew. */
  | { kind: "repeatedHeader"; bottom: number; roles: Roles | null }
  | { kind: "columnNumbers" }
  /** A title standing over the next part of the table ("DANH SÁCH HỢP ĐỒNG LAO ĐỘNG"). */
  | { kind: "title" }
  /** A heading: the unit it names, or "" for a category heading (with the kind of staff it names, if one). */
  | { kind: "section"; unit: string; staffKind?: StaffKind }
  /** A list's heading giving the level or course of the rows beneath it. */
  | { kind: "groupHeading"; group: ListGroup }
  | { kind: "person"; name: string; gender: GenderReading }
  /** A row whose content is formulas saved without their values: what it holds cannot be read. */
  | { kind: "uncalculated"; col: number }
  | { kind: "unreadable"; code: "nameMissing" | "rowUnreadable"; col: number | undefined };

/** What the rows above leave for classifying the next one. */
export interface RowState {
  roles: Roles;
  /** The list the sheet is, if any: its headings may give the level or course of the rows below. */
  list: ListKind | null;
  /** Column kinds by offset from the grid's first column (see kindsOf). */
  kindAt: Uint8Array;
  /** A "Ghi chú:" row is open over the bullet lines below it. */
  noteOpen: boolean;
  /** The last heading whose font was known was in a TCVN3 "H" font (drawn in capitals). */
  headingsUpper: boolean;
}

/** One pass over a row's own cells. */
export interface RowScan {
  row: CellValue[];
  nonEmpty: number;
  ordinalOnly: boolean;
  firstTextCol: number;
  textCells: number;
  dataCells: number;
  /** The first text outside the table's known columns. */
  otherText: number;
  /** Cells holding an error value (#N/A), or null when none does. */
  errors: { col: number; error: string }[] | null;
  /** Columns (but the ordinal's) whose formula was saved without its value, or null when none. */
  uncalculated: number[] | null;
}

export interface Classified {
  row: RowKind;
  scan: RowScan;
  headingsUpper: boolean;
}

const FOOTER = /^(nguoi lap|nguoi ky|nguoi duyet|nguoi kiem tra|nguoi tong hop|nguoi bao cao|thu truong|tm[.\s/]|t\/m|kt[.\s/]|tl[.\s/]|ttl[.\s/]|tuq[.\s/]|q\.\s|noi nhan|xac nhan|luu\s*:|noi luu|ky ten|\(ky|\(da ky)/;
/** A signer's post standing alone ("GIÁM ĐỐC"): footer only on a row holding nothing else, as a person's title is the same words. */
const SIGNER = /^(pho )?(giam doc|chu tich|truong phong|chanh van phong|hieu truong|vien truong|thu ky|bi thu|truong ban|chi cuc truong|cuc truong|tong bien tap)$/;
/** A note inside or below the table: skipped with the footer, but the table goes on after it. */
const NOTE = /^(ghi chu|chu thich|chu y|luu y|nguon( so lieu)?\s*:|so lieu (tinh )?(den|tai))/;
/** A line of a note's list ("- Số liệu tính đến…", "+ …", "• …"): part of the note above it. */
const NOTE_LINE = /^[-–—+*•·]\s*[\p{L}\p{N}]/u;
/** "(tiếp theo)": the table continues on a new page, its header about to repeat. */
const CONTINUED = /^\(?\s*(tiep theo|tiep|trang \d+)\s*\)?\.?$/;
/** A title standing inside the table over its next part ("DANH SÁCH HỢP ĐỒNG LAO ĐỘNG"). */
const INNER_TITLE = /^\(?(danh sach|bao cao|bieu so|bieu mau|mau so|kem theo)\b/;
const DATE_LINE = /ngay\s*[\d.…_\s/-]*\s*thang\s*[\d.…_\s/-]*\s*nam\b|^[^,\d]{2,40}, ngay\b/;
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|trong đó)(?![\p{L}])/u;
/** The same typed without diacritics ("Tong so: 48 nguoi", "TONG CONG", "Cong:"); "Cong" only alone or before a figure. */
const TOTAL_ASCII = /^(tong cong|tong so|trong do)(?![a-z])|^(tong|cong)\s*($|[:(\d])/;
/** An amount written in words below a total: "Số tiền bằng chữ: …", "(Bằng chữ: …)". */
const AMOUNT_IN_WORDS = /^\(?\s*(tong )?(so tien )?(viet )?bang chu\s*:/;

export function scanRow(view: SheetView, r: number, roles: Roles, kindAt: Uint8Array): RowScan {
  const row = view.cells.row(r);
  const firstCol = view.cells.firstCol;
  const width = kindAt.length;
  const scan: RowScan = { row, nonEmpty: 0, ordinalOnly: true, firstTextCol: -1, textCells: 0, dataCells: 0, otherText: -1, errors: null, uncalculated: null };
  const uncalculated = view.cells.uncalculatedIn(r);
  if (uncalculated) {
    const cols = uncalculated.filter((c) => c !== roles.ordinal).sort((a, b) => a - b);
    if (cols.length > 0) scan.uncalculated = cols;
  }
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === null || v === undefined) continue;
    const c = firstCol + i;
    if (typeof v === "string") {
      if (v.trim() === "") continue;
      scan.textCells++;
      if (scan.firstTextCol < 0) scan.firstTextCol = c;
      if (scan.otherText < 0 && (i >= width || kindAt[i] === 0)) scan.otherText = c;
    } else if (isErrorValue(v)) {
      (scan.errors ??= []).push({ col: c, error: v.error });
      continue;
    }
    scan.nonEmpty++;
    if (c !== roles.ordinal || !isOrdinalValue(v)) scan.ordinalOnly = false;
    if (i < width && kindAt[i] === 2) scan.dataCells++;
  }
  return scan;
}

/** "Tổng cộng", "Cộng", "Tổng số" as the row's first text. */
function isTotal(view: SheetView, r: number, scan: RowScan): boolean {
  if (scan.firstTextCol < 0) return false;
  const first = scan.row[scan.firstTextCol - view.cells.firstCol] as string;
  const ch = first.replace(/^\s+/, "").charAt(0);
  if (ch !== "T" && ch !== "t" && ch !== "C" && ch !== "c") return false;
  const lower = view.text.bodyText(r, scan.firstTextCol, first).toLowerCase();
  return TOTAL.test(lower) || (/^[\x00-\x7f]*$/.test(lower) && TOTAL_ASCII.test(lower.replace(/\s+/g, " ")));
}

/** The person's name: the name columns' texts joined (a name merged across two columns is one name). */
function nameOfRow(view: SheetView, r: number, nameCols: number[]): string {
  let name = "";
  let prev: CellValue = null;
  for (const c of nameCols) {
    const v = view.cells.full(r, c);
    if (v === null || typeof v !== "string" || v === prev || v.trim() === "") continue;
    prev = v;
    const t = view.text.bodyText(r, c, v);
    name = name ? `${name} ${t}` : t;
  }
  return name !== "" && !hasLetter(name) ? "" : name;
}

/** Classifies one row of a table. */
export function classifyRow(view: SheetView, r: number, state: RowState, columnCtx: ColumnContext): Classified {
  const { roles } = state;
  const scan = scanRow(view, r, roles, state.kindAt);
  // A row numbered but otherwise empty is an unfilled template row: blank, unless formulas without values fill it.
  if (scan.nonEmpty === 0 || scan.ordinalOnly) {
    const row: RowKind = scan.uncalculated ? { kind: "uncalculated", col: scan.uncalculated[0] } : BLANK;
    return { row, scan, headingsUpper: state.headingsUpper };
  }
  if (isTotal(view, r, scan)) return { row: TOTAL_ROW, scan, headingsUpper: state.headingsUpper };

  const name = nameOfRow(view, r, roles.name);
  const gender = genderOfRow(view, r, roles);
  const ordinalNumeric = roles.ordinal === null || isOrdinalValue(scan.row[roles.ordinal - view.cells.firstCol]);
  if (name !== "" && gender.strong && ordinalNumeric) {
    return { row: { kind: "person", name, gender }, scan, headingsUpper: state.headingsUpper };
  }
  const notPerson = lineKind(view, r, scan, state, columnCtx, { name, gender, ordinalNumeric });
  if (notPerson) return { row: notPerson, scan, headingsUpper: state.headingsUpper };
  if (state.list && scan.textCells === 1) {
    const group = listGroupOf(view.text.bodyText(r, scan.firstTextCol, scan.row[scan.firstTextCol - view.cells.firstCol]), state.list);
    if (group) return { row: { kind: "groupHeading", group }, scan, headingsUpper: state.headingsUpper };
  }
  // A heading may carry its unit's head count under Nam | Nữ ("II. VĂN PHÒNG SỞ | 2 |"): a number that
  // is no birth date there says no gender.
  const heading = headingOf(view, r, scan.row, roles, {
    gender: gender.birthUnreadable ? null : gender.found,
    textCells: scan.textCells,
    nonEmpty: scan.nonEmpty,
    headingsUpper: state.headingsUpper,
  });
  const headingsUpper = heading.headingsUpper;
  if (heading.heading !== null) {
    const section: RowKind = heading.kind ? { kind: "section", unit: heading.heading, staffKind: heading.kind } : { kind: "section", unit: heading.heading };
    return { row: section, scan, headingsUpper };
  }
  if (name !== "") return { row: { kind: "person", name, gender }, scan, headingsUpper };
  const nameFormula = scan.uncalculated?.find((c) => roles.name.includes(c));
  if (nameFormula !== undefined) return { row: { kind: "uncalculated", col: nameFormula }, scan, headingsUpper };
  const col = scan.dataCells > 0 ? roles.name[0] : scan.otherText >= 0 ? scan.otherText : scan.firstTextCol >= 0 ? scan.firstTextCol : undefined;
  return { row: { kind: "unreadable", code: scan.dataCells > 0 ? "nameMissing" : "rowUnreadable", col }, scan, headingsUpper };
}

const BLANK: RowKind = { kind: "blank" };
const TOTAL_ROW: RowKind = { kind: "total" };

/** The lines that are not people, tested before headings: repeated headers, column numbers, footer, notes. */
function lineKind(
  view: SheetView,
  r: number,
  scan: RowScan,
  state: RowState,
  columnCtx: ColumnContext,
  person: { name: string; gender: GenderReading; ordinalNumeric: boolean },
): RowKind | null {
  const { roles } = state;
  const { name, gender, ordinalNumeric } = person;
  // A header repeated inside the table, or the header of its next part ("DANH SÁCH VIÊN CHỨC" with a
  // column more): the columns are read again from it, so a part laid out anew is read by its own header.
  // (A numbered row with a name and a gender is a person whose gender is only implied: not looked at.)
  if ((!ordinalNumeric || name === "" || gender.found === null) && isHeaderRow(view, r)) {
    const bottom = Math.max(r, headerExtent(view, r).bottom);
    const next = rolesOf(columnsOf(view, r, bottom), columnCtx);
    // A repeat of the top row alone (its Nam | Nữ row left behind) says less than the header read first.
    const better = next.name.length > 0 && (next.hasGender || !roles.hasGender);
    return { kind: "repeatedHeader", bottom, roles: better ? next : null };
  }
  // A header or column-number row repeated inside the table (pasted from a paged document).
  if (name !== "" ? isNameHeader(fold(name)) : isColumnNumbers(view, r, roles.name)) {
    return name !== "" ? { kind: "repeatedHeader", bottom: r, roles: null } : { kind: "columnNumbers" };
  }
  // The signature block: everything from its first keyword down is footer. A numbered row with a
  // name is a person, whatever words its other cells hold.
  const numberedPerson = name !== "" && roles.ordinal !== null && ordinalNumeric;
  if (!numberedPerson && isFooterRow(view, r, scan)) return { kind: "footer" };
  if (scan.textCells === 1 && scan.nonEmpty === 1) {
    const only = scan.row[scan.firstTextCol - view.cells.firstCol] as string;
    const t = fold(view.text.bodyText(r, scan.firstTextCol, only));
    // Notes (and the bullet lines under "Ghi chú:") are footer text; the table may go on after them.
    if (NOTE.test(t) || (state.noteOpen && NOTE_LINE.test(t))) return { kind: "note" };
    if (AMOUNT_IN_WORDS.test(t)) return { kind: "amountInWords" };
    // "(tiếp theo)" heads a page; a second "DANH SÁCH …" titles the next part of the table; a lone "*" holds nothing.
    if (CONTINUED.test(t)) return { kind: "repeatedHeader", bottom: r, roles: null };
    if (INNER_TITLE.test(t)) return { kind: "title" };
    if (!/[\p{L}\p{N}]/u.test(t)) return { kind: "blank" };
  }
  return null;
}

function isFooterRow(view: SheetView, r: number, scan: RowScan): boolean {
  const row = scan.row;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (typeof v !== "string" || v.trim() === "" || v.length > 200) continue;
    const t = fold(view.text.bodyText(r, view.cells.firstCol + i, v));
    if (FOOTER.test(t) || DATE_LINE.test(t)) return true;
    if (scan.textCells === 1 && SIGNER.test(t)) return true;
  }
  return false;
}
