// One-unit sheets: where a sheet's people get their unit when its table names none (no unit column,
// no heading rows): the title block's "Đơn vị: …" line, its issuing block, or the sheet's name.
import type { CellRef, Person, Problem, SheetReading } from "../domain/roster";
import { hasLetter } from "./cells";
import { startsWithUnitWord } from "./headings";
import type { Column } from "./columns";
import type { TitleLine } from "./table";
import { fold } from "./text";

/** How the unit of a sheet's people is to be found when the table names none. */
export interface SheetUnitHint {
  /** "Đơn vị: Phòng Tổ chức" in the title block. */
  label?: string;
  /** The last line of the issuing block at the top left ("SỞ TÀI CHÍNH" under "UBND TỈNH HÀ TĨNH"). */
  issuing?: string;
  /** The sheet name, when it is not a generic one ("Sheet1", "DS 2026"). */
  sheetName?: string;
}

/** Names a workbook gives new sheets: no clerk named a unit so. */
const GENERIC_SHEET = /^(sheet|trang tinh|bang tinh|feuil|tabelle)?\s*\d*$/;
/** Lines of the title block that name no unit: the national motto, a document number, rules. */
const MOTTO = /^(cong hoa xa hoi|doc lap|so\s*[:.]|so\s*\d|[-_=*.\s]+$)/;
const LABEL_UNIT = /^(ten don vi|don vi cong tac|don vi|co quan|phong|bo phan|khoa)\s*:\s*/;
const TITLE_LINE = /^(danh sach|bao cao|bieu|mau|kem theo|tong hop|thong ke|phu luc|bang ke|bang tong hop|(nam|ngay)\b)/;

/** Where the sheet's people get their unit when the table names none. */
export function unitHintOf(sheet: string, titleLines: TitleLine[], columns: Column[]): SheetUnitHint {
  const hint: SheetUnitHint = {};
  for (const line of titleLines) {
    if (!LABEL_UNIT.test(line.folded)) continue;
    const after = line.text.slice(line.text.indexOf(":") + 1).trim();
    if (after) {
      hint.label = after;
      break;
    }
    // The label stands alone; its value is the next text on the row.
    const next = titleLines.find((l) => l.row === line.row && l.col > line.col);
    if (next) {
      hint.label = next.text;
      break;
    }
  }
  // The issuing block: the top-left lines before the title ("UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH").
  const mid = columns.length ? columns[0].col + Math.floor((columns[columns.length - 1].col - columns[0].col) / 2) : Infinity;
  for (const line of titleLines) {
    if (TITLE_LINE.test(line.folded)) break;
    if (line.col > mid || MOTTO.test(line.folded) || LABEL_UNIT.test(line.folded)) continue;
    // The issuing block is written in capitals ("SỞ TÀI CHÍNH"); a line in lower case is no agency's name.
    if (!hasLetter(line.text) || line.text !== line.text.toUpperCase()) continue;
    hint.issuing = line.text;
  }
  if (!GENERIC_SHEET.test(fold(sheet))) hint.sheetName = sheet.trim();
  return hint;
}

/** The part of a sheet's reading the workbook pass names units in. */
export interface HintedSheet {
  reading: SheetReading;
  people: Person[];
  unitRefs: (CellRef | null)[];
  problems: Problem[];
  unitHint?: SheetUnitHint;
}

/**
 * One-unit sheets: the unit is the title block's "Đơn vị: …" line, else the sheet's name when it names a
 * unit ("Khoa Dược", "Phòng Tổ chức": the issuing block above names the agency it belongs to), else the
 * issuing line when no other sheet shares it (a line several sheets share names the agency, not a unit),
 * else the sheet name (unless a default "Sheet1"), else the shared issuing line. People left with no unit
 * get a warning.
 */
export function assignSheetUnits(results: HintedSheet[]): void {
  const hinted = results.filter((r) => r.unitHint && r.people.length > 0);
  const issuingCount = new Map<string, number>();
  for (const r of hinted) {
    const issuing = r.unitHint?.issuing;
    if (issuing) issuingCount.set(fold(issuing), (issuingCount.get(fold(issuing)) ?? 0) + 1);
  }
  for (const r of hinted) {
    const hint = r.unitHint!;
    const issuingShared = hint.issuing !== undefined && (issuingCount.get(fold(hint.issuing)) ?? 0) > 1;
    // (An issuing line that is the sheet's name in capitals names the same unit: its spelling is kept.)
    const sheetIsUnit = hint.sheetName !== undefined && startsWithUnitWord(hint.sheetName) && fold(hint.issuing ?? "") !== fold(hint.sheetName);
    const unitName = sheetIsUnit ? hint.sheetName : undefined;
    const unit =
      hint.label ?? unitName ?? (issuingShared ? undefined : hint.issuing) ?? hint.sheetName ?? hint.issuing ?? null;
    if (unit === null) {
      for (const p of r.people) {
        r.problems.push({ severity: "warning", sheet: p.ref.sheet, row: p.ref.row, col: p.ref.col, code: "unitMissing", params: { name: p.name } });
      }
      r.problems.sort((a, b) => a.row - b.row);
      continue;
    }
    r.reading.sheetUnit = unit;
    const ref: CellRef = { sheet: r.reading.sheet, row: r.reading.headerRows[0] ?? 1 };
    for (let i = 0; i < r.people.length; i++) {
      r.people[i].unit = unit;
      r.unitRefs[i] = ref;
    }
  }
}
