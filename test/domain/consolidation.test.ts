import { consolidate, type AgencyFigures } from "../../src/domain/consolidation";
import type { AnnualFigures } from "../../src/report/figures";

function agency(name: string, over: Partial<AgencyFigures> = {}): AgencyFigures {
  return {
    agency: name,
    staff: { female: 0, total: 0 },
    shares: {},
    leadership: { units: 0, unitsAtThreshold: 0, unitsWithFemaleKeyLeader: 0 },
    units: [],
    problems: { errors: 0, warnings: 0, notices: 0 },
    ...over,
  };
}

describe("the province's figures", () => {
  const taiChinh = agency("Sở Tài chính", {
    staff: { female: 11, total: 35 },
    shares: { c_party_committee: { female: 5, total: 16, target: 0.25 }, leaders: { female: 2, total: 9 } },
    leadership: { units: 5, unitsAtThreshold: 3, unitsWithFemaleKeyLeader: 2 },
    units: [
      { name: "Văn phòng Sở", female: 3, total: 10, flagged: true },
      { name: "Phòng Ngân sách", female: 2, total: 8, flagged: false },
    ],
    problems: { errors: 1, warnings: 2, notices: 0 },
  });
  const yTe = agency("Sở Y tế", {
    staff: { female: 60, total: 100 },
    shares: { c_party_committee: { female: 1, total: 8, target: 0.3 }, q_succession_pool: { female: 0, total: 0, target: 0.5 } },
    leadership: { units: 2, unitsAtThreshold: 2, unitsWithFemaleKeyLeader: 1 },
    units: [{ name: "Trung tâm Kiểm soát bệnh tật", female: 10, total: 20, flagged: true }],
  });

  it("sums counts and recomputes shares from them (never averages), against the highest target", () => {
    const p = consolidate([taiChinh, yTe]);
    expect(p.staff).toEqual({ female: 71, total: 135, share: 71 / 135 });
    expect(p.shares.c_party_committee).toEqual({
      female: 6,
      total: 24,
      share: 0.25,
      target: 0.3,
      met: false,
      targetsDiffer: true,
      agenciesWithData: 2,
    });
    expect(p.shares.q_succession_pool).toMatchObject({ total: 0, share: null, met: null, agenciesWithData: 0 });
    expect(p.shares.leaders).toEqual({ female: 2, total: 9, share: 2 / 9, targetsDiffer: false, agenciesWithData: 1 });
  });

  it("decides indicator d over every agency's units and lists the flagged units with their agency", () => {
    const p = consolidate([taiChinh, yTe]);
    expect(p.leadership).toEqual({
      units: 7,
      unitsAtThreshold: 5,
      unitsWithFemaleKeyLeader: 3,
      flagged: 2,
      atThresholdWithFemaleKeyLeader: { female: 3, total: 5 },
      met: false,
    });
    expect(p.flaggedUnits.map((u) => [u.agency, u.name, u.share])).toEqual([
      ["Sở Tài chính", "Văn phòng Sở", 0.3],
      ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật", 0.5],
    ]);
    expect(p.agencies[0]).toEqual({
      agency: "Sở Tài chính",
      staff: { female: 11, total: 35, share: 11 / 35 },
      leaders: 2 / 9,
      unitsAtThreshold: 3,
      flagged: 1,
      errors: 1,
    });
    expect(p.problems).toEqual({ errors: 1, warnings: 2, notices: 0 });
    expect(consolidate([]).leadership.met).toBeNull();
  });

  it("takes the report's AnnualFigures as they are", () => {
    const annual: AnnualFigures = {
      kind: "annual-report",
      version: 1,
      year: 2026,
      profileId: "nq28-2030",
      ...taiChinh,
      units: taiChinh.units.map((u) => ({ ...u, femaleKeyLeader: !u.flagged, atThreshold: true, womenRelated: false })),
    };
    expect(consolidate([annual]).staff.total).toBe(35);
  });
});
