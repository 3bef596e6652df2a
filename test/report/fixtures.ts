// A known Analysis, written out by hand so the report tests check layout, not the analysis.
// Sở Tài chính, 2026: five units, two people without a unit.
import type { Analysis, UnitShare } from "../../src/domain/analysis";
import { PLAN_2016_2020, type TargetProfile } from "../../src/domain/profiles";
import type { Problem, Roster } from "../../src/domain/roster";

function unit(
  name: string,
  female: number,
  total: number,
  keyLeaders: UnitShare["keyLeaders"],
  extra: Partial<UnitShare> = {},
): UnitShare {
  const share = total === 0 ? null : female / total;
  const womenRelated = extra.womenRelated ?? false;
  const atThreshold = (total > 0 && female * 10 >= 3 * total) || womenRelated;
  const femaleKeyLeader = keyLeaders.some((k) => k.female);
  return {
    name,
    female,
    total,
    share,
    keyLeaders,
    femaleKeyLeader,
    womenRelated,
    reachesLine: total > 0 && female * 10 >= 3 * total,
    atThreshold,
    flagged: atThreshold && !femaleKeyLeader,
    smallUnit: total > 0 && total < 5,
    ...extra,
  };
}

export const UNITS: UnitShare[] = [
  // 3 of 10 is exactly 30%: at the line, no female key leader → flagged.
  unit("Văn phòng Sở", 3, 10, [
    { name: "Trần Văn Hùng", female: false, rank: "head" },
    { name: "Lê Văn Nam", female: false, rank: "deputy" },
  ]),
  unit("Phòng Tổ chức cán bộ", 2, 8, [
    { name: "Phan Văn Sơn", female: false, rank: "head" },
    { name: "Nguyễn Thị Hoa", female: true, rank: "deputy" },
  ]),
  unit("Phòng Kế hoạch - Tài chính", 4, 6, [
    { name: "Võ Thị Lan", female: true, rank: "head" },
    { name: "Đặng Văn Tú", female: false, rank: "deputy" },
  ]),
  // Women-related below the line, no female key leader → flagged.
  unit("Ban Vì sự tiến bộ phụ nữ", 1, 4, [{ name: "Hồ Văn Bình", female: false, rank: "head" }], { womenRelated: true }),
  unit("Phòng Thanh tra", 0, 5, [{ name: "Ngô Văn Đức", female: false, rank: "head" }]),
];

export const PROBLEMS: Problem[] = [
  { severity: "error", sheet: "DS 2026", row: 41, col: 3, code: "genderMissing", params: { name: "Nguyễn Văn A" }, rejectsRow: true },
  { severity: "error", sheet: "DS 2026", row: 42, col: 3, code: "genderUnreadable", params: { name: "Lê B", value: "?" }, rejectsRow: true },
  { severity: "warning", sheet: "DS 2026", row: 12, code: "duplicatePerson", params: { name: "Trần C", otherRow: 11 } },
  { severity: "notice", sheet: "Hướng dẫn", row: 1, code: "sheetNotRoster" },
];

const EMPTY_ROSTER: Roster = {
  sheets: [],
  people: [],
  listEntries: [],
  units: [],
  skipped: [],
  problems: PROBLEMS,
  coverage: { council: true, partyCommittee: true, training: false, successionPool: false, title: true },
};

/** The analysis of Sở Tài chính's roster; `overrides` replaces top-level parts. */
export function knownAnalysis(overrides: Partial<Analysis> = {}, profile: TargetProfile = PLAN_2016_2020): Analysis {
  return {
    profile,
    keyLeaderRule: "headOrDeputy",
    year: 2026,
    staff: { total: 35, female: 11, share: 11 / 35 },
    indicators: {
      a_deputies: {
        female: 3,
        total: 11,
        share: 3 / 11,
        target: 0.3,
        met: false,
        levels: { national: { female: 0, total: 0 }, province: { female: 1, total: 3 }, district: { female: 2, total: 8 } },
      },
      b_commune_council: { female: 2, total: 4, share: 0.5, target: 0.35, met: true, stretchTarget: 0.4, stretchMet: true },
      c_party_committee: { female: 5, total: 16, share: 5 / 16, target: 0.25, met: true },
      d_leadership: {
        units: 5,
        unitsWithStaff: 5,
        unitsAtThreshold: 3,
        unitsWithFemaleKeyLeader: 2,
        flagged: ["Văn phòng Sở", "Ban Vì sự tiến bộ phụ nữ"],
        met: false,
        leaders: { female: 2, total: 9, share: 2 / 9, heads: { female: 1, total: 5 }, deputies: { female: 1, total: 4 } },
        unitsWithFemaleKeyLeaderShare: 2 / 5,
      },
      dd_training: { female: 0, total: 0, share: null, target: 0.5, met: null, missing: "training" },
    },
    units: UNITS,
    leadershipLevels: {
      agency: { heads: { female: 0, total: 1 }, deputies: { female: 1, total: 2 } },
      units: { heads: { female: 1, total: 4 }, deputies: { female: 0, total: 2 } },
      successionByLevel: false,
    },
    staffProfile: { age: null, kind: null, education: null, politicalTheory: null, ethnicMinority: null, partyMember: null },
    retiring: null,
    contractWorkers: null,
    problems: PROBLEMS,
    roster: EMPTY_ROSTER,
    ...overrides,
  };
}
