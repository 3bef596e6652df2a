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

/** Reads "yyyy-mm-dd" or "yyyy" (Person.birth); null for anything else. */
export function parseBirth(birth: string | undefined): Birth | null {
  if (birth === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(birth.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** The retirement age, in months, for people who reach it in `year`. */
export function retirementAgeMonths(gender: Gender, year: number): number {
  if (year < SCHEDULE_FROM) return BASE[gender];
  return Math.min(FIRST[gender] + STEP[gender] * (year - SCHEDULE_FROM), FINAL[gender]);
}

function addMonths(at: YearMonth, months: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The month a person born in `born` reaches retirement age, and that age in months: the first year Y
 * for which birth + age(Y) falls in Y (or earlier). The age grows by at most 4 months a year, so there
 * is exactly one such year.
 */
export function retirementMonth(gender: Gender, born: YearMonth): YearMonth & { ageMonths: number } {
  const old = addMonths(born, BASE[gender]);
  if (old.year < SCHEDULE_FROM) return { ...old, ageMonths: BASE[gender] };
  for (let year = SCHEDULE_FROM; ; year++) {
    const ageMonths = retirementAgeMonths(gender, year);
    const reached = addMonths(born, ageMonths);
    if (reached.year <= year) return { ...reached, ageMonths };
  }
}

/**
 * The year a person reaches retirement age: one year when the birth month is known or when every
 * month of the birth year gives the same year; otherwise the range of years it may be.
 */
export function retirementYear(gender: Gender, birth: Birth): { from: number; to: number } {
  if (birth.month !== undefined) {
    const y = retirementMonth(gender, { year: birth.year, month: birth.month }).year;
    return { from: y, to: y };
  }
  return {
    from: retirementMonth(gender, { year: birth.year, month: 1 }).year,
    to: retirementMonth(gender, { year: birth.year, month: 12 }).year,
  };
}

/** Age in whole years on 31/12 of `year`; for a year alone, the difference of years. */
export function ageAtYearEnd(birth: Birth, year: number): number {
  return year - birth.year;
}
