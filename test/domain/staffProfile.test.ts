import { analyze, type AnalysisOptions } from "../../src/domain/analysis";
import { STRATEGY_2030 } from "../../src/domain/profiles";
import { ageBand, retiringIn, staffProfileOf, type StaffMember } from "../../src/domain/staffProfile";
import { person, resetRows, roster } from "./fixtures";

const m = (gender: "female" | "male", birth?: string, profile?: StaffMember["profile"]): StaffMember => ({ gender, birth, profile });

describe("age bands on 31/12 of the reporting year", () => {
  it("puts each person in exactly one band, the 30/31, 40/41 and 50/51 edges on their sides", () => {
    const band = (g: "female" | "male", birth?: string) => ageBand(m(g, birth), 2026);
    expect(band("male", "1996-12-31")).toBe("upTo30"); // 30 on 31/12/2026
    expect(band("male", "1995-01-01")).toBe("31to40");
    expect(band("male", "1986-06-01")).toBe("31to40"); // 40
    expect(band("male", "1985-06-01")).toBe("41to50"); // 41
    expect(band("male", "1976")).toBe("41to50"); // 50, a year alone
    expect(band("male", "1975")).toBe("51toRetirement"); // 51
    expect(band("female", undefined)).toBe("unknown");
    expect(band("female", "12/05/1980")).toBe("unknown");
    expect(band("female", "2020-01-01")).toBe("unknown"); // 6: not a working age
  });

  it("counts a person past retirement age from the month they reach it (NĐ 135/2020)", () => {
    // A woman born 09/1969 reaches 57 in 09/2026 (the age for 2026): past it on 31/12/2026.
    expect(ageBand(m("female", "1969-09-15"), 2026)).toBe("pastRetirement");
    // One born 01/1970 reaches 57y4m in 05/2027: still working on 31/12/2026.
    expect(ageBand(m("female", "1970-01-15"), 2026)).toBe("51toRetirement");
    // A man born 1964-06 reaches 61y3m in 09/2025.
    expect(ageBand(m("male", "1964-06-01"), 2026)).toBe("pastRetirement");
    expect(ageBand(m("male", "1966-01-01"), 2026)).toBe("51toRetirement");
    // A year alone is past only when every month of it is: born 1965, a man reaches it in 2026 or 2027.
    expect(ageBand(m("male", "1965"), 2026)).toBe("51toRetirement");
    expect(ageBand(m("male", "1964"), 2026)).toBe("pastRetirement");
  });
});

describe("staff profile groups", () => {
  const staff = [
    m("female", "1990-01-01", { education: "thacSi", politicalTheory: "trungCap", ethnicMinority: true, partyMember: true }),
    m("male", "1980-01-01", { education: "daiHoc", ethnicMinority: false, partyMember: true }),
    m("female", "1970-03-01", {}),
    m("male"),
  ];

  it("counts each group by sex; a person without the field (blank cell) goes to other / none / not counted", () => {
    const p = staffProfileOf(staff, 2026);
    expect(p.education).toEqual({
      tienSi: { female: 0, total: 0 },
      thacSi: { female: 1, total: 1 },
      daiHoc: { female: 0, total: 1 },
      caoDang: { female: 0, total: 0 },
      trungCap: { female: 0, total: 0 },
      other: { female: 1, total: 2 },
    });
    expect(p.politicalTheory).toEqual({
      cuNhan: { female: 0, total: 0 },
      caoCap: { female: 0, total: 0 },
      trungCap: { female: 1, total: 1 },
      soCap: { female: 0, total: 0 },
      none: { female: 1, total: 3 },
    });
    expect(p.ethnicMinority).toEqual({ female: 1, total: 1 });
    expect(p.partyMember).toEqual({ female: 1, total: 2 });
    expect(p.age).toEqual({
      upTo30: { female: 0, total: 0 },
      "31to40": { female: 1, total: 1 },
      "41to50": { female: 0, total: 1 },
      "51toRetirement": { female: 1, total: 1 },
      pastRetirement: { female: 0, total: 0 },
      unknown: { female: 0, total: 1 },
    });
  });

  it("is null for a field no one has (the roster lacks the column), and the age without a year", () => {
    const p = staffProfileOf([m("female", "1990"), m("male")], undefined);
    expect(p).toEqual({ age: null, kind: null, education: null, politicalTheory: null, ethnicMinority: null, partyMember: null });
  });
});

describe("retiring in the reporting year", () => {
  it("counts the retirement months that fall in the year, by sex; a year alone that may be another year apart", () => {
    const staff = [
      m("female", "1969-09-15"), // 57y in 09/2026
      m("female", "1970-01-15"), // 05/2027
      m("male", "1964-12-01"), // 61y6m in 06/2026
      m("male", "1965-06-30"), // 61y6m in 12/2026
      m("male", "1965-07-01"), // 61y9m in 04/2027
      m("male", "1965"), // 2026 or 2027: unknown
      m("male", "1970"), // 2032 whatever the month: not this year, not unknown
      m("female"),
    ];
    expect(retiringIn(staff, 2026)).toEqual({ female: 1, total: 3, unknownDate: 1 });
    expect(retiringIn(staff, 2027)).toEqual({ female: 1, total: 2, unknownDate: 1 });
    expect(retiringIn(staff, undefined)).toBeNull();
  });
});

describe("in the Analysis", () => {
  beforeEach(() => resetRows());
  const OPTS: AnalysisOptions = { profile: STRATEGY_2030, year: 2026 };

  it("breaks down the counted staff (duplicates once) and names who retires", () => {
    const r = roster({
      people: [
        person("Trần Thị Hà", "female", { unit: "Phòng A", birth: "1969-09-15", profile: { partyMember: true } }),
        person("Trần Thị Hà", "female", { unit: "Phòng A", birth: "1969-09-15", profile: { partyMember: true } }),
        person("Lê Văn Sơn", "male", { unit: "Phòng A", birth: "1990-02-01", profile: { partyMember: false } }),
      ],
    });
    const a = analyze(r, OPTS);
    expect(a.staffProfile.partyMember).toEqual({ female: 1, total: 1 });
    expect(a.staffProfile.age?.pastRetirement).toEqual({ female: 1, total: 1 });
    expect(a.retiring).toEqual({ female: 1, total: 1, unknownDate: 0 });
    expect(a.staffProfile.education).toBeNull();
  });
});
