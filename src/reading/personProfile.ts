// Person fields, the staff profile: what a roster row says for the phụ lục's breakdowns. Each field is
// read only from a source the roster has (a column, the sheet's name, a category heading above the row);
// with no source it stays undefined, so a breakdown can say "không có dữ liệu" instead of counting zeros.
import type { PersonProfile, StaffKind } from "../domain/roster";
import { isBlank } from "./cells";
import type { ProfileColumns } from "./columns";
import { isNo } from "./gender";
import { educationOf, ethnicMinorityOf, leaderLevelOf, politicalTheoryOf, staffKindOf } from "./profile";
import { fold } from "./text";
import type { SheetView } from "./zones";

/** Where the kind of a row's person comes from besides a column: the sheet's name, the category heading above. */
export interface KindContext {
  sheet?: StaffKind;
  category?: StaffKind;
}

/** The row's profile, or undefined when no field has a source. */
export function profileOf(
  view: SheetView,
  r: number,
  cols: ProfileColumns,
  context: KindContext,
  poolCols: number[],
  inPool: boolean,
): PersonProfile | undefined {
  const education = cols.education !== null ? educationOf(textAt(view, r, cols.education)) : undefined;
  const politicalTheory = cols.politicalTheory !== null ? politicalTheoryOf(textAt(view, r, cols.politicalTheory)) : undefined;
  let ethnicMinority: boolean | undefined;
  if (cols.ethnicity) {
    const { col, marks } = cols.ethnicity;
    ethnicMinority = marks ? !isNo(view, r, col) : ethnicMinorityOf(textAt(view, r, col));
  }
  const partyMember = cols.partyMember.length > 0 || cols.partyPost.length > 0 ? partyMemberOf(view, r, cols) : undefined;
  const kind = kindOfRow(view, r, cols) ?? context.category ?? context.sheet;
  const successionLevel = inPool ? poolLevelOf(view, r, cols, poolCols) : undefined;
  return sharedProfile(education, politicalTheory, ethnicMinority, partyMember, kind, successionLevel);
}

/**
 * One frozen PersonProfile per combination of fields: a roster's 300,000 rows hold a few hundred, so the people
 * share them rather than each keeping its own. The fields that are undefined are left out of the object.
 */
const profiles = new Map<string, PersonProfile>();
function sharedProfile(
  education: PersonProfile["education"],
  politicalTheory: PersonProfile["politicalTheory"],
  ethnicMinority: boolean | undefined,
  partyMember: boolean | undefined,
  kind: StaffKind | undefined,
  successionLevel: PersonProfile["successionLevel"],
): PersonProfile | undefined {
  if (!education && !politicalTheory && ethnicMinority === undefined && partyMember === undefined && !kind && !successionLevel) return undefined;
  const key = `${education}|${politicalTheory}|${ethnicMinority}|${partyMember}|${kind}|${successionLevel}`;
  let profile = profiles.get(key);
  if (profile === undefined) {
    const p: PersonProfile = {};
    if (education !== undefined) p.education = education;
    if (politicalTheory !== undefined) p.politicalTheory = politicalTheory;
    if (ethnicMinority !== undefined) p.ethnicMinority = ethnicMinority;
    if (partyMember !== undefined) p.partyMember = partyMember;
    if (kind !== undefined) p.kind = kind;
    if (successionLevel !== undefined) p.successionLevel = successionLevel;
    profile = Object.freeze(p);
    profiles.set(key, profile);
  }
  return profile;
}

function textAt(view: SheetView, r: number, c: number): string {
  const v = view.cells.full(r, c);
  return isBlank(v) ? "" : view.text.bodyText(r, c, v);
}

/** A date of admission or a mark in a Đảng viên column; a post or "Đảng viên" in a party-post column. */
function partyMemberOf(view: SheetView, r: number, cols: ProfileColumns): boolean {
  for (const c of cols.partyMember) if (!isNo(view, r, c)) return true;
  for (const c of cols.partyPost) {
    const t = fold(textAt(view, r, c));
    if (t === "dang vien" || !isNo(view, r, c)) return true;
  }
  return false;
}

/** Loại from a column: a mark under "Hợp đồng" | "Viên chức"…, or the kind written out. */
function kindOfRow(view: SheetView, r: number, cols: ProfileColumns): StaffKind | undefined {
  for (const { col, mark } of cols.staffKind) {
    if (mark) {
      if (!isNo(view, r, col)) return mark;
      continue;
    }
    const kind = staffKindOf(textAt(view, r, col));
    if (kind) return kind;
  }
  return undefined;
}

/** The level a person is planned for: a mark under a level's sub-column, or the post a quy hoạch cell names. */
function poolLevelOf(view: SheetView, r: number, cols: ProfileColumns, poolCols: number[]): PersonProfile["successionLevel"] {
  for (const { col, level } of cols.poolLevels) if (!isNo(view, r, col)) return level;
  for (const c of poolCols) {
    if (isNo(view, r, c)) continue;
    const level = leaderLevelOf(textAt(view, r, c));
    if (level) return level;
  }
  return undefined;
}
