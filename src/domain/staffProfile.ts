// Women among the staff (phụ lục 4, in the manner of BM01/BNV): counts by age band, kind,
// professional level, political theory, ethnic minority and party membership; and who reaches
// retirement age in the reporting year. A group is null when no one on the roster has the field
// (the roster lacks the column), so the report can say "không có dữ liệu" rather than zeros.
import type { EducationLevel, Gender, PersonProfile, PoliticalTheory } from "./roster";
import type { Count } from "./share";
import { ageAtYearEnd, parseBirth, retirementMonth, retirementYear, type Birth } from "./retirement";

/** A staff member as the breakdowns need them. */
export interface StaffMember {
  gender: Gender;
  birth?: string;
  profile?: PersonProfile;
}

export type AgeBand = "upTo30" | "31to40" | "41to50" | "51toRetirement" | "pastRetirement" | "unknown";
export const AGE_BANDS: AgeBand[] = ["upTo30", "31to40", "41to50", "51toRetirement", "pastRetirement", "unknown"];

export type KindGroup = "congChuc" | "vienChuc" | "other" | "contract";
export const EDUCATION_LEVELS: EducationLevel[] = ["tienSi", "thacSi", "daiHoc", "caoDang", "trungCap", "other"];
export const POLITICAL_THEORY: PoliticalTheory[] = ["cuNhan", "caoCap", "trungCap", "soCap", "none"];

export interface StaffProfile {
  /** null when there is no reporting year to measure ages against. */
  age: Record<AgeBand, Count> | null;
  /** congChuc, vienChuc, other; contract only when contract workers are counted in. */
  kind: (Record<"congChuc" | "vienChuc" | "other", Count> & { contract?: Count }) | null;
  education: Record<EducationLevel, Count> | null;
  politicalTheory: Record<PoliticalTheory, Count> | null;
  ethnicMinority: Count | null;
  partyMember: Count | null;
}

export interface Retiring extends Count {
  /** Only the birth year is known and the reporting year is one of the years it may be: not in female/total. */
  unknownDate: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, Count> {
  const out = {} as Record<K, Count>;
  for (const k of keys) out[k] = { female: 0, total: 0 };
  return out;
}

function add(c: Count, gender: Gender): void {
  c.total++;
  if (gender === "female") c.female++;
}

/**
 * Past retirement age on 31/12 of the year: the month it is reached falls in the year or before.
 * For a year alone, only when every month of the birth year says so (otherwise not yet past).
 */
function pastRetirement(gender: Gender, birth: Birth, year: number): boolean {
  return retirementYear(gender, birth).to <= year;
}

/** The age band of one person on 31/12 of `year`; every person is in exactly one. */
export function ageBand(member: StaffMember, year: number): AgeBand {
  return bandOf(member.gender, parseBirth(member.birth), year);
}

/** The age band of a parsed birth (null: none usable) on 31/12 of `year`. */
function bandOf(gender: Gender, birth: Birth | null, year: number): AgeBand {
  if (birth === null) return "unknown";
  const age = ageAtYearEnd(birth, year);
  if (age < 15 || age > 100) return "unknown"; // not a working age: a mistyped year
  if (age > 50 && pastRetirement(gender, birth, year)) return "pastRetirement";
  if (age <= 30) return "upTo30";
  if (age <= 40) return "31to40";
  if (age <= 50) return "41to50";
  return "51toRetirement";
}

/** The breakdowns of the staff, in one pass over them (a roster may hold 100,000 people). */
export function staffProfileOf(staff: StaffMember[], year: number | undefined): StaffProfile {
  const age = zeros(AGE_BANDS);
  const kind: Record<KindGroup, Count> = zeros(["congChuc", "vienChuc", "other", "contract"] as const);
  const education = zeros(EDUCATION_LEVELS);
  const politicalTheory = zeros(POLITICAL_THEORY);
  const ethnicMinority: Count = { female: 0, total: 0 };
  const partyMember: Count = { female: 0, total: 0 };
  const has = { kind: false, education: false, politicalTheory: false, ethnicMinority: false, partyMember: false, contract: false };
  for (let i = 0; i < staff.length; i++) {
    const m = staff[i];
    const g = m.gender;
    if (year !== undefined) add(age[bandOf(g, parseBirth(m.birth), year)], g);
    const p = m.profile;
    if (p === undefined) {
      add(kind.other, g);
      add(education.other, g);
      add(politicalTheory.none, g);
      continue;
    }
    has.kind ||= p.kind !== undefined;
    has.contract ||= p.kind === "contract";
    has.education ||= p.education !== undefined;
    has.politicalTheory ||= p.politicalTheory !== undefined;
    has.ethnicMinority ||= p.ethnicMinority !== undefined;
    has.partyMember ||= p.partyMember !== undefined;
    add(kind[p.kind ?? "other"], g);
    add(education[p.education ?? "other"], g);
    add(politicalTheory[p.politicalTheory ?? "none"], g);
    if (p.ethnicMinority === true) add(ethnicMinority, g);
    if (p.partyMember === true) add(partyMember, g);
  }
  const { contract, ...staffKinds } = kind;
  return {
    age: year === undefined ? null : age,
    kind: has.kind ? (has.contract ? { ...staffKinds, contract } : staffKinds) : null,
    education: has.education ? education : null,
    politicalTheory: has.politicalTheory ? politicalTheory : null,
    ethnicMinority: has.ethnicMinority ? ethnicMinority : null,
    partyMember: has.partyMember ? partyMember : null,
  };
}

/**
 * Staff who reach retirement age (NĐ 135/2020) within the reporting year, by sex. A year-only birth
 * whose possible years include the reporting year and others is counted in unknownDate only.
 * null without a reporting year.
 */
export function retiringIn(staff: StaffMember[], year: number | undefined): Retiring | null {
  if (year === undefined) return null;
  const out: Retiring = { female: 0, total: 0, unknownDate: 0 };
  for (let i = 0; i < staff.length; i++) {
    const m = staff[i];
    const birth = parseBirth(m.birth);
    if (birth === null) continue;
    if (birth.month !== undefined) {
      if (retirementMonth(m.gender, { year: birth.year, month: birth.month }).year === year) add(out, m.gender);
      continue;
    }
    const { from, to } = retirementYear(m.gender, birth);
    if (from === year && to === year) add(out, m.gender);
    else if (from <= year && year <= to) out.unknownDate++;
  }
  return out;
}
