// Sheet kind: a staff roster, a list sheet (deputies, committee members, trainees, succession pool),
// or something else (no table of people at all).
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
