// A row's gender: its gender cell (Nam/Nữ, F/M, Ông/Bà), else a birth date under "Nam" or "Nữ",
// else an "x" under "Nam" or "Nữ" (a lone "Nữ" column: unmarked is a man).
import type { Gender, ProblemCode } from "../domain/roster";
import { isBlank } from "./cells";
import type { Roles } from "./columns";
import { birthOf, genderOf, isNegativeMark, rawText } from "./marks";
import type { SheetView } from "./zones";

export interface GenderReading {
  found: Gender | null;
  /** The row reads as a person beyond doubt (a clear gender value), so footer and heading tests are skipped. */
  strong: boolean;
  birth?: string;
  birthUnreadable?: { col: number; value: string };
  reject?: { code: ProblemCode; col?: number; value?: string };
}

/** A mark cell that says no: as written, or once decoded when it is TCVN3/VNI text ("kh«ng", "khoâng"). */
export function isNo(view: SheetView, r: number, c: number): boolean {
  const v = view.cells.full(r, c);
  if (isNegativeMark(v)) return true;
  return typeof v === "string" && /[\u0080-\u00ff]/.test(v) && isNegativeMark(view.text.bodyText(r, c, v));
}

/** The gender a row gives: its gender cell, else a birth date under Nam or Nữ, else an x under Nam or Nữ. */
export function genderOfRow(view: SheetView, r: number, roles: Roles): GenderReading {
  const res: GenderReading = { found: null, strong: false };
  const cell = roles.gender !== null ? genderCell(view, r, roles.gender) : null;
  if (cell && "gender" in cell) {
    res.found = cell.gender;
    res.strong = true;
    return res;
  }
  if (splitBirth(view, r, roles, res) || splitMarks(view, r, roles, res, cell !== null)) return res;
  if (cell) {
    res.reject = { code: "genderUnreadable", col: cell.col, value: cell.value };
  } else {
    const col = roles.gender ?? roles.birthMale ?? roles.birthFemale ?? roles.maleMark ?? roles.femaleMark ?? undefined;
    res.reject = { code: "genderMissing", col };
  }
  return res;
}

/** The gender cell: a gender, or the unreadable value it holds; null when it is empty. */
function genderCell(view: SheetView, r: number, col: number): { gender: Gender } | { col: number; value: string } | null {
  const v = view.cells.full(r, col);
  if (isBlank(v)) return null;
  const t = typeof v === "string" ? v : rawText(v);
  let g = genderOf(t);
  if (g === null && typeof v === "string" && (view.text.body !== "unicode" || /[\u0080-\u00ff]/.test(v))) {
    g = genderOf(view.text.bodyText(r, col, v));
  }
  if (g) return { gender: g };
  return { col, value: typeof v === "string" ? view.text.bodyText(r, col, v) : t };
}

/** A birth date under "Nam" or under "Nữ": true when that decided the row's gender (or its conflict). */
function splitBirth(view: SheetView, r: number, roles: Roles, res: GenderReading): boolean {
  if (roles.birthMale === null && roles.birthFemale === null) return false;
  const m = roles.birthMale !== null ? view.cells.full(r, roles.birthMale) : null;
  const f = roles.birthFemale !== null ? view.cells.full(r, roles.birthFemale) : null;
  const hasM = !isBlank(m);
  const hasF = !isBlank(f);
  if (hasM && hasF) {
    res.reject = { code: "genderConflict", col: roles.birthFemale ?? undefined };
    return true;
  }
  if (!hasM && !hasF) return false;
  res.found = hasM ? "male" : "female";
  const col = (hasM ? roles.birthMale : roles.birthFemale) as number;
  const b = birthOf(hasM ? m : f);
  if (b === "unreadable") {
    res.birthUnreadable = { col, value: rawText(hasM ? m : f) };
  } else if (b) {
    res.birth = b.birth;
    res.strong = true;
  }
  return true;
}

/** An "x" under "Nam" or "Nữ": true when that decided the row's gender (or its conflict). */
function splitMarks(view: SheetView, r: number, roles: Roles, res: GenderReading, unreadableCell: boolean): boolean {
  if (roles.maleMark === null && roles.femaleMark === null) return false;
  const hasM = roles.maleMark !== null && !isNo(view, r, roles.maleMark);
  const hasF = roles.femaleMark !== null && !isNo(view, r, roles.femaleMark);
  if (hasM && hasF) {
    res.reject = { code: "genderConflict", col: roles.femaleMark ?? undefined };
    return true;
  }
  if (hasM || hasF) {
    res.found = hasM ? "male" : "female";
    const mark = view.cells.full(r, (hasM ? roles.maleMark : roles.femaleMark) as number);
    res.strong = rawText(mark).trim().length <= 3;
    return true;
  }
  if (roles.maleMark === null && !unreadableCell) {
    // A lone "Nữ" column marks the women: an unmarked row is a man (weakly: it may be a heading).
    res.found = "male";
    return true;
  }
  return false;
}
