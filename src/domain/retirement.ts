// Statutory retirement age (tuổi nghỉ hưu), Nghị định 135/2020/NĐ-CP, Điều 4 and Phụ lục I:
// from 01/01/2021 men retire at 60 years 3 months and women at 55 years 4 months; then, each year,
// men +3 months until 62 in 2028 and women +4 months until 60 in 2035. The age that applies is the
// one for the calendar year in which the person reaches it (Phụ lục I: a man born 10/1961 reaches
// 60y6m in 04/2022 and retires then, not at 60y3m, which he would reach in 01/2022, a 2022 date).
// Before 2021 the Labour Code 2012 rule: men 60, women 55.
// Not modelled: the early or late retirement of Điều 5–6 (hazardous work, reduced capacity, experts).
import type { Gender } from "./roster";

/** A birth date as the roster gives it: a year, and a month when the day is known. */
export interface Birth {
  year: number;
  /** 1–12; absent for a year alone. */
  month?: number;
  day?: number;
}

/** A month of a year, 1-based month. */
export interface YearMonth {
  year: number;
  month: number;
}

/** The first year of the NĐ 135/2020 schedule. */
export const SCHEDULE_FROM = 2021;

const BASE = { male: 60 * 12, female: 55 * 12 } as const; // before 2021
const FIRST = { male: 60 * 12 + 3, female: 55 * 12 + 4 } as const; // 2021
const STEP = { male: 3, female: 4 } as const; // a year
const FINAL = { male: 62 * 12, female: 60 * 12 } as const; // 2028 / 2035 on

/** The digits of text[from, to) as a number, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Reads "yyyy-mm-dd" or "yyyy" (Person.birth); null for anything else. Read by hand: it runs once a person. */
export function parseBirth(birth: string | undefined): Birth | null {
  if (birth === undefined) return null;
  const text = birth.length === 4 || birth.length === 10 ? birth : birth.trim();
  const year = digits(text, 0, 4);
  if (text.length === 4) return year < 0 ? null : { year };
  if (text.length !== 10 || year < 0 || text[4] !== "-" || text[7] !== "-") return null;
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** The retirement age, in months, for people who reach it in `year`. */
export function retirementAgeMonths(gender: Gender, year: number): number {
  if (year < SCHEDULE_FROM) return BASE[gender];
  return Math.min(FIRST[gender] + STEP[gender] * (year - SCHEDULE_FROM), FINAL[gender]);
}

/** The last year whose age differs from the next: 2028 for men, 2035 for women. */
const LAST_STEP = {
  male: SCHEDULE_FROM + (FINAL.male - FIRST.male) / STEP.male,
  female: SCHEDULE_FROM + (FINAL.female - FIRST.female) / STEP.female,
} as const;

// A roster has few distinct birth months: each (sex, month) is worked out once.
const reachedCache = new Map<number, number>();

/** The month index (year·12 + month − 1) a person born in month index `born` reaches retirement age. */
function reachedIndex(gender: Gender, born: number): number {
  const key = gender === "female" ? -born - 1 : born;
  const known = reachedCache.get(key);
  if (known !== undefined) return known;
  let reached = born + BASE[gender];
  if (Math.floor(reached / 12) >= SCHEDULE_FROM) {
    reached = born + FINAL[gender];
    for (let year = SCHEDULE_FROM; year < LAST_STEP[gender]; year++) {
      const at = born + retirementAgeMonths(gender, year);
      if (Math.floor(at / 12) <= year) {
        reached = at;
        break;
      }
    }
  }
  if (reachedCache.size >= 100_000) reachedCache.clear();
  reachedCache.set(key, reached);
  return reached;
}

/**
 * The month a person born in `born` reaches retirement age, and that age in months: the first year Y
 * for which birth + age(Y) falls in Y (or earlier). The age grows by at most 4 months a year, so there
 * is exactly one such year; from 2028 (men) or 2035 (women) on, the age is the final one.
 */
export function retirementMonth(gender: Gender, born: YearMonth): YearMonth & { ageMonths: number } {
  const bornIndex = born.year * 12 + (born.month - 1);
  const reached = reachedIndex(gender, bornIndex);
  return { year: Math.floor(reached / 12), month: (reached % 12) + 1, ageMonths: reached - bornIndex };
}

/** The year a person born in `born` (a month) reaches retirement age. */
function retirementYearOfMonth(gender: Gender, year: number, month: number): number {
  return Math.floor(reachedIndex(gender, year * 12 + (month - 1)) / 12);
}

/**
 * The year a person reaches retirement age: one year when the birth month is known or when every
 * month of the birth year gives the same year; otherwise the range of years it may be.
 */
export function retirementYear(gender: Gender, birth: Birth): { from: number; to: number } {
  if (birth.month !== undefined) {
    const y = retirementYearOfMonth(gender, birth.year, birth.month);
    return { from: y, to: y };
  }
  return { from: retirementYearOfMonth(gender, birth.year, 1), to: retirementYearOfMonth(gender, birth.year, 12) };
}

/** Age in whole years on 31/12 of `year`; for a year alone, the difference of years. */
export function ageAtYearEnd(birth: Birth, year: number): number {
  return year - birth.year;
}
