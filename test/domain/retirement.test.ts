import { ageAtYearEnd, parseBirth, retirementAgeMonths, retirementMonth, retirementYear } from "../../src/domain/retirement";

// NĐ 135/2020/NĐ-CP, Phụ lục I: birth months (first–last) and the retirement age they get, as printed.
const MEN: [string, string, number, number][] = [
  ["1961-01", "1961-09", 60, 3],
  ["1961-10", "1962-06", 60, 6],
  ["1962-07", "1963-03", 60, 9],
  ["1963-04", "1963-12", 61, 0],
  ["1964-01", "1964-09", 61, 3],
  ["1964-10", "1965-06", 61, 6],
  ["1965-07", "1966-03", 61, 9],
  ["1966-04", "1970-12", 62, 0],
];
const WOMEN: [string, string, number, number][] = [
  ["1966-01", "1966-08", 55, 4],
  ["1966-09", "1967-04", 55, 8],
  ["1967-05", "1967-12", 56, 0],
  ["1968-01", "1968-08", 56, 4],
  ["1968-09", "1969-04", 56, 8],
  ["1969-05", "1969-12", 57, 0],
  ["1970-01", "1970-08", 57, 4],
  ["1970-09", "1971-04", 57, 8],
  ["1971-05", "1971-12", 58, 0],
  ["1972-01", "1972-08", 58, 4],
  ["1972-09", "1973-04", 58, 8],
  ["1973-05", "1973-12", 59, 0],
  ["1974-01", "1974-08", 59, 4],
  ["1974-09", "1975-04", 59, 8],
  ["1975-05", "1980-12", 60, 0],
];

function months(from: string, to: string): { year: number; month: number }[] {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  const out = [];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) out.push({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  return out;
}

describe("retirement age (NĐ 135/2020/NĐ-CP)", () => {
  it("gives the age of the year it is reached in: men +3 months a year to 62 in 2028", () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2035].map((y) => retirementAgeMonths("male", y))).toEqual([
      720, 723, 726, 729, 732, 735, 738, 741, 744, 744,
    ]);
  });
  it("women +4 months a year to 60 in 2035", () => {
    expect([2020, 2021, 2022, 2023, 2024, 2034, 2035, 2040].map((y) => retirementAgeMonths("female", y))).toEqual([
      660, 664, 668, 672, 676, 716, 720, 720,
    ]);
  });

  it.each([
    ["male", MEN],
    ["female", WOMEN],
  ] as const)("matches every birth month of Phụ lục I (%s)", (gender, table) => {
    for (const [from, to, years, extra] of table) {
      for (const born of months(from, to)) {
        const r = retirementMonth(gender, born);
        expect({ born, age: r.ageMonths }).toEqual({ born, age: years * 12 + extra });
        // Reached in the year whose age it is.
        expect(retirementAgeMonths(gender, r.year)).toBe(r.ageMonths);
      }
    }
  });

  it("puts a man born 03/1962 at 60 years 6 months, retiring in 09/2022", () => {
    expect(retirementMonth("male", { year: 1962, month: 3 })).toEqual({ year: 2022, month: 9, ageMonths: 726 });
  });
  it("keeps the old rule before 2021: a man born 12/1960 retired at 60 in 12/2020", () => {
    expect(retirementMonth("male", { year: 1960, month: 12 })).toEqual({ year: 2020, month: 12, ageMonths: 720 });
    expect(retirementMonth("female", { year: 1965, month: 12 })).toEqual({ year: 2020, month: 12, ageMonths: 660 });
    expect(retirementMonth("female", { year: 1966, month: 1 })).toEqual({ year: 2021, month: 5, ageMonths: 664 });
  });

  it("knows the year from a year alone only when every month of it agrees", () => {
    expect(retirementYear("male", { year: 1970 })).toEqual({ from: 2032, to: 2032 });
    expect(retirementYear("male", { year: 1962 })).toEqual({ from: 2022, to: 2023 });
    expect(retirementYear("female", { year: 1971 })).toEqual({ from: 2028, to: 2029 });
    expect(retirementYear("female", { year: 1971, month: 5 })).toEqual({ from: 2029, to: 2029 });
  });
});

describe("birth and age", () => {
  it("reads ISO dates and years alone", () => {
    expect(parseBirth("1980-05-17")).toEqual({ year: 1980, month: 5, day: 17 });
    expect(parseBirth("1980")).toEqual({ year: 1980 });
    expect(parseBirth("17/05/1980")).toBeNull();
    expect(parseBirth("1980-13-01")).toBeNull();
    expect(parseBirth(undefined)).toBeNull();
  });
  it("gives the age on 31/12 of the reporting year in whole years", () => {
    expect(ageAtYearEnd({ year: 1996, month: 12, day: 31 }, 2026)).toBe(30);
    expect(ageAtYearEnd({ year: 1996 }, 2026)).toBe(30);
  });
});
