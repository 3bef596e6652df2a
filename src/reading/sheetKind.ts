// Sheet kind: a staff roster, a list sheet (deputies, committee members, trainees, succession pool),
// or something else: instructions and examples (even with a sample table of names), a summary of
// figures (no table of people), a report this tool wrote.
import type { CouncilLevel, ListKind } from "../domain/roster";
import { listKindOf } from "./headers";
import { councilLevelsOf } from "./marks";
import { fold } from "./text";
import type { TitleLine } from "./table";

const LIST_TITLE = /\b(danh sach|ds)\b/;

export interface ListSheet {
  kind: ListKind;
  /** For a council list, the levels its name or title names ("Danh sách đại biểu HĐND tỉnh"). */
  levels: CouncilLevel[];
}

/** Which list a sheet is, if any: its name, else a "Danh sách …" line of its title block. */
export function listOfSheet(sheet: string, titleLines: TitleLine[]): ListSheet | null {
  let kind = listKindOf(fold(sheet));
  let title = kind ? sheet : "";
  if (!kind) {
    for (const line of titleLines) {
      if (!LIST_TITLE.test(line.folded)) continue;
      const k = listKindOf(line.folded.replace(/^.*?\b(danh sach|ds)\b/, ""));
      if (k) {
        kind = k;
        title = line.text;
        break;
      }
    }
  }
  if (!kind) return null;
  return { kind, levels: kind === "council" ? councilLevelsOf(title) : [] };
}

/** Why a sheet is not a roster, when more is known than "no table of people". */
export type NotRosterReason = "instructions" | "ownReport";

/** Sheet names of instructions and examples: "Hướng dẫn", "Ví dụ", "Mẫu", "Mẫu ghi" (not "Mẫu 01", a form's number). */
const INSTRUCTION_SHEET = /^\(?\s*(huong dan|vi du|mau|ban mau|sample|example|instructions?|guide)(?![a-z0-9])(?!\s*(so\b|\d))/;
/**
 * Title lines of instructions and examples: "HƯỚNG DẪN LẬP …", "VÍ DỤ CÁCH GHI", "MẪU DANH SÁCH … (ví dụ)",
 * "… (MẪU)". Not a form's number ("Mẫu số 2a", "Hướng dẫn số 15/HD-SNV") nor "Kèm theo Hướng dẫn số …".
 */
const INSTRUCTION_TITLE = /^\(?\s*(huong dan|vi du|mau|cach ghi|cach dien)(?![a-z0-9])(?!\s*(so\b|\d))|\((mau|vi du|ghi mau)\b[^)]*\)|\bvi du cach (ghi|dien)\b/;
/** The sheets this tool writes: the annual report "BC BĐG 2026" and the consolidation "TH BĐG 2026". */
const OWN_REPORT = /^(bc|th) bdg \d{4}\b/;

/** By its name alone, a sheet that is no roster whatever it holds. */
export function notRosterByName(sheet: string): NotRosterReason | null {
  const name = fold(sheet);
  if (OWN_REPORT.test(name)) return "ownReport";
  if (INSTRUCTION_SHEET.test(name)) return "instructions";
  return null;
}

/** By its title block, a sheet of instructions or examples ("HƯỚNG DẪN LẬP DANH SÁCH …"). */
export function notRosterByTitle(titleLines: TitleLine[]): NotRosterReason | null {
  return titleLines.some((l) => INSTRUCTION_TITLE.test(l.folded)) ? "instructions" : null;
}
