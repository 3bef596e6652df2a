// Heading rows inside a table: "I. VĂN PHÒNG SỞ", "2. Phòng Tổ chức", "A. KHỐI …" name the unit of
// the people below them; category rows ("I. CÁN BỘ", "HỢP ĐỒNG 68") group staff without naming a unit.
import type { CellValue } from "../domain/grid";
import type { Gender, StaffKind } from "../domain/roster";
import { hasLetter } from "./cells";
import type { Roles } from "./columns";
import { isErrorValue } from "./marks";
import { staffKindOf } from "./profile";
import { fold, isUpperCaseFont } from "./text";
import { cleanText, type SheetView } from "./zones";

/** Rows whose only purpose is grouping staff by category, not by unit: skipped, unit unchanged. */
const CATEGORY_SECTION = /^(can bo|cong chuc|vien chuc|can bo, cong chuc|cong chuc, vien chuc|can bo, cong chuc, vien chuc|lao dong hop dong|hop dong lao dong|hop dong|nguoi lao dong|lao dong|nhan vien|hop dong 68|hop dong theo nghi dinh 68|chuyen vien|nhan vien hop dong|bien che|trong bien che|ngoai bien che)( .*)?$/;
/** Words a unit's name starts with (NFC lowercase): a heading row without numbering is still a unit. */
const UNIT_WORDS = /^(phòng|văn phòng|ban|trung tâm|chi cục|cục|khối|tổ|đội|trạm|khoa|bộ phận|hội|thanh tra|cơ quan|đơn vị|trường|bệnh viện|sở|ubnd|ủy ban|uỷ ban|lãnh đạo|viện|đài|hạt|ban quản lý|bảo tàng|thư viện|nhà|quỹ|trại|xí nghiệp|công ty|phân viện|chi nhánh|văn phòng)(?![\p{L}])/u;
/**
 * The same words typed without diacritics ("Phong Ke hoach", "Cong ty Dien luc"), the short ones left out
 * ("To", "Ban", "Doi", "Hoi"), since typed so they are family and given names too.
 */
const UNIT_WORDS_ASCII = /^(phong|van phong|trung tam|chi cuc|cuc|khoi|tram|bo phan|thanh tra|co quan|don vi|truong|benh vien|ubnd|uy ban|lanh dao|vien|ban quan ly|bao tang|thu vien|xi nghiep|cong ty|phan vien|chi nhanh)(?![a-z])/;
/** True when a text starts with a unit's word ("Khoa Dược", "Phòng Kế hoạch", "Trung tâm Y tế", typed with or without diacritics). */
export function startsWithUnitWord(text: string): boolean {
  const lower = text.normalize("NFC").toLowerCase().trim();
  return UNIT_WORDS.test(lower) || (/^[\x00-\x7f]*$/.test(lower) && UNIT_WORDS_ASCII.test(lower));
}

/** Family names (NFC lowercase): a row starting with one is a person, not a heading in capitals. */
const SURNAMES = new Set(
  ("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh trương lâm " +
    "phùng mai tô tạ cao hà lưu đinh kiều thái chu lương hứa quách triệu la tăng lại thân mạc nghiêm khúc tống " +
    "doãn đàm lò lục nông hầu giang âu văn châu từ đồng ninh tiêu kim thạch lã bạch cù mẫn khổng quan")
    .split(" "),
);
/** A person's name: two to six capitalised words, the first a family name ("Lê Văn Tâm", "NGUYỄN THỊ AN"). */
function isPersonName(text: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 6 || !SURNAMES.has(words[0].toLowerCase())) return false;
  return words.every((w) => {
    const ch = w.charAt(0);
    return ch !== ch.toLowerCase();
  });
}
/** Numbering in front of a heading: "I.", "II -", "A.", "1.", "2)", "1.2.". */
const HEADING_NUMBER = /^\s*([IVXLC]+|[ivxlc]+|[A-ZĐa-zđ]|\d+(\.\d+)*)\s*[.)/:\-–]\s*/;
const ROMAN = /^[ivxlcdm]+\.?$/i;
/**
 * A bullet in front of a heading ("* Phòng Tổ chức", "- Văn phòng Sở"): taken off, but unlike a number it
 * makes no heading by itself, since a note line below the table ("- Số liệu tính đến…") starts the same way.
 */
const HEADING_BULLET = /^\s*[-–—*•+·>»]+\s*/;
/** A label in front of a unit's heading: "Đơn vị: Phòng Tổ chức". */
const HEADING_LABEL = /^(tên đơn vị|đơn vị công tác|đơn vị|cơ quan|bộ phận)\s*:\s*/iu;

/** A heading's text without its bullet, numbering, "Đơn vị:" label, head count "(5 người)" and closing colon. */
export function headingWords(text: string): string {
  return cleanText(
    text.replace(HEADING_BULLET, "").replace(HEADING_NUMBER, "").replace(HEADING_LABEL, "").replace(/\(\s*\d+[^)]*\)\s*$/, "").replace(/[:.]+$/, ""),
  );
}

/** What a row says as a heading: its unit ("" for a category), or null when it is no heading. */
export interface HeadingReading {
  heading: string | null;
  /** For a category heading (heading ""), the one kind of staff it names ("HỢP ĐỒNG LAO ĐỘNG", "VIÊN CHỨC"). */
  kind?: StaffKind;
  /** Fonts are known for the first rows only: headings below them take the "H" font the ones above had. */
  headingsUpper: boolean;
}

/** The row's one text and its ordinal cell, or null when the row holds two texts or a value no heading holds. */
function headingCells(view: SheetView, r: number, row: CellValue[], roles: Roles, upperBefore: boolean) {
  const first = view.cells.firstCol;
  let text = "";
  let ordinal: CellValue = null;
  let numbers = 0;
  let upper = upperBefore;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === null || v === undefined || isErrorValue(v)) continue;
    const c = first + i;
    if (typeof v === "string" && v.trim() === "") continue;
    if (c === roles.ordinal && (typeof v === "number" || (typeof v === "string" && v.trim().length <= 5))) {
      ordinal = v;
      continue;
    }
    if (typeof v === "string") {
      if (text !== "") return { cells: null, upper }; // two texts: not a heading
      text = view.text.bodyText(r, c, v);
      const font = view.cells.font(r, c);
      if (font) upper = isUpperCaseFont(font);
      else if (upper) text = text.toUpperCase();
    } else if (typeof v === "number") numbers++;
    else return { cells: null, upper };
  }
  return { cells: { text, ordinal, numbers }, upper };
}

/**
 * A heading row ("I. VĂN PHÒNG SỞ", "2. Phòng Tổ chức", "A. KHỐI …"): one text, no gender, numbered,
 * in capitals or starting with a unit's word. Its unit's name, "" for a heading that names no unit
 * (a category such as "Công chức"), or null when the row is no heading.
 */
export function headingOf(
  view: SheetView,
  r: number,
  row: CellValue[],
  roles: Roles,
  facts: { gender: Gender | null; textCells: number; nonEmpty: number; headingsUpper: boolean },
): HeadingReading {
  const { gender } = facts;
  if (gender !== null && roles.femaleMark === null) return { heading: null, headingsUpper: facts.headingsUpper };
  if (gender !== null && roles.maleMark !== null) return { heading: null, headingsUpper: facts.headingsUpper };
  const found = headingCells(view, r, row, roles, facts.headingsUpper);
  const heading = found.cells ? headingText(found.cells, facts) : null;
  const reading: HeadingReading = { heading, headingsUpper: found.upper };
  if (heading === "" && found.cells) {
    const kind = staffKindOf(headingWords(found.cells.text));
    if (kind) reading.kind = kind;
  }
  return reading;
}

function headingText(cells: { text: string; ordinal: CellValue; numbers: number }, facts: { textCells: number; nonEmpty: number }): string | null {
  const { text, ordinal, numbers } = cells;
  if (text === "" || !hasLetter(text)) {
    // "I" alone in the ordinal column with the name merged from it across is handled by text; a lone roman is a heading.
    if (text === "" && typeof ordinal === "string" && ROMAN.test(ordinal.trim()) && facts.textCells === 1 && facts.nonEmpty === 1) return "";
    return null;
  }
  const stripped = headingWords(text);
  if (stripped === "" || !hasLetter(stripped)) return null;
  if (numbers === 0 && CATEGORY_SECTION.test(fold(stripped))) return "";
  const numbered = HEADING_NUMBER.test(text);
  const ordinalHeading = typeof ordinal === "string" && !/^\s*\d+\s*[.)]?\s*$/.test(ordinal);
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const lower = stripped.toLowerCase();
  const unitWord = startsWithUnitWord(lower);
  // "1.2 | Lê Văn Tâm" with the gender left empty is a person numbered under a heading, never a heading.
  if (!unitWord && isPersonName(stripped)) return null;
  if (!numbered && !ordinalHeading && !unitWord) {
    // Capitals alone make a heading only where no person could stand: not a numbered row, not a
    // name starting with a family name ("NGUYỄN VĂN AN" with its gender missing is a person).
    if (!capitals) return null;
    if (ordinal !== null) return null;
    const firstWord = lower.split(" ", 1)[0];
    if (SURNAMES.has(firstWord)) return null;
  }
  // A numbered row with figures beside it is a heading only when its text is clearly a heading.
  if (numbers > 0 && !(capitals || unitWord || ordinalHeading)) return null;
  if (CATEGORY_SECTION.test(fold(stripped))) return "";
  return stripped;
}
