import { analyze, type AnalysisOptions } from "../../src/domain/analysis";
import { toContractJson } from "../../src/cli/json";
import { STRATEGY_2030 } from "../../src/domain/profiles";
import { person, resetRows, roster, staffOf } from "./fixtures";

const OPTS: AnalysisOptions = { profile: STRATEGY_2030, year: 2026, agency: "Sở Tài chính" };

beforeEach(() => resetRows());

function build() {
  return roster({
    people: [
      person("Nguyễn Văn Giám", "male", { unit: "Ban Giám đốc", title: "Giám đốc" }),
      person("Trần Thị Phó", "female", { unit: "Ban Giám đốc", title: "Phó Giám đốc" }),
      person("Lê Văn Phó", "male", { unit: null, title: "Phó Giám đốc Sở" }),
      person("Hồ Thị Tâm", "female", { unit: "Trung tâm Dịch vụ", title: "Giám đốc Trung tâm", successionPool: true, profile: { successionLevel: "agency" } }),
      person("Võ Văn Trưởng", "male", { unit: "Phòng Ngân sách", title: "Trưởng phòng" }),
      person("Phan Thị Phòng", "female", { unit: "Phòng Ngân sách", title: "Phó Trưởng phòng", successionPool: true, profile: { successionLevel: "unit" } }),
      person("Đỗ Văn Pool", "male", { unit: "Phòng Ngân sách", successionPool: true, profile: { successionLevel: "unit" } }),
      ...staffOf("Phòng Ngân sách", 1, 1),
    ],
  });
}

describe("leaders by level", () => {
  it("puts the agency's own leadership apart from its units' key leaders, heads and deputies each", () => {
    const a = analyze(build(), OPTS);
    expect(a.leadershipLevels).toEqual({
      agency: { heads: { female: 0, total: 1 }, deputies: { female: 1, total: 2 }, successionPool: { female: 1, total: 1 } },
      units: { heads: { female: 1, total: 2 }, deputies: { female: 1, total: 1 }, successionPool: { female: 1, total: 2 } },
      successionByLevel: true,
    });
    // The leadership ratio still counts every key leader.
    expect(a.indicators.d_leadership.leaders).toMatchObject({ female: 3, total: 6 });
  });

  it("has no succession by level when no one's planned level is marked", () => {
    resetRows();
    const a = analyze(roster({ people: [person("A", "female", { unit: "Phòng A", title: "Trưởng phòng", successionPool: true })] }), OPTS);
    expect(a.leadershipLevels.successionByLevel).toBe(false);
    expect(a.leadershipLevels.agency.successionPool).toBeUndefined();
    expect(toContractJson(a).leadership_levels.units).toEqual({
      heads: { female: 1, total: 1 },
      deputies: { female: 0, total: 0 },
      successionPool: null,
    });
  });

  it("marks small units and decides indicator d's verdict once", () => {
    const a = analyze(build(), OPTS);
    const byName = Object.fromEntries(a.units.map((u) => [u.name, u]));
    expect(byName["Ban Giám đốc"].smallUnit).toBe(true);
    expect(byName["Phòng Ngân sách"]).toMatchObject({ total: 5, female: 2, smallUnit: false, reachesLine: true, flagged: false });
    expect(a.indicators.d_leadership.met).toBe(true);
    resetRows();
    expect(analyze(roster({}), OPTS).indicators.d_leadership.met).toBeNull();
    resetRows();
    expect(analyze(roster({ people: staffOf("Phòng A", 1, 1) }), OPTS).indicators.d_leadership.met).toBe(false);
  });
});

describe("analyze --json: the phụ lục's fields as CONTRACT.md names them", () => {
  it("adds profile, leadership_levels, staff_profile, retiring, contract_workers and the deadline", () => {
    const json = toContractJson(analyze(build(), OPTS));
    expect(Object.keys(json)).toEqual([
      "staff",
      "indicators",
      "units",
      "problems",
      "profile",
      "keyLeaderRule",
      "leadership_levels",
      "staff_profile",
      "retiring",
      "contract_workers",
      "year",
      "deadline",
    ]);
    expect(json.profile).toEqual({ id: "nq28-2030", name: "Chiến lược 2021–2030 (NQ 28/NQ-CP, QĐ 2282/QĐ-TTg), mốc 2030" });
    expect(Object.keys(json.staff_profile)).toEqual(["age", "kind", "education", "politicalTheory", "ethnicMinority", "partyMember"]);
    expect(Object.keys(json.staff_profile.age ?? {})).toEqual(["upTo30", "31to40", "41to50", "51toRetirement", "pastRetirement", "unknown"]);
    expect(json.staff_profile.age?.unknown).toEqual({ female: 4, total: 9 });
    expect(json.staff_profile.kind).toBeNull();
    expect(json.retiring).toEqual({ female: 0, total: 0, unknownDate: 0 });
    expect(json.contract_workers).toBeNull();
    expect(json.deadline).toBe("2026-12-05");
    expect(json.indicators.d_leadership.met).toBe(true);
    expect(json.units[0]).toMatchObject({ name: "Ban Giám đốc", smallUnit: true, atThreshold: true });
  });

  it("gives contract workers by sex with countedIn", () => {
    resetRows();
    const r = roster({ people: [person("A", "female", { unit: "P", profile: { kind: "contract" } }), person("B", "male", { unit: "P", profile: { kind: "congChuc" } })] });
    const json = toContractJson(analyze(r, OPTS));
    expect(json.contract_workers).toEqual({ female: 1, total: 1, countedIn: false });
    expect(json.staff).toEqual({ total: 1, female: 0, share: 0 });
    expect(json.staff_profile.kind).toEqual({ congChuc: { female: 0, total: 1 }, vienChuc: { female: 0, total: 0 }, other: { female: 0, total: 0 } });
  });
});
