import { applyCustomTargets, resolveOptions } from "../../src/domain/options";
import { PLAN_2016_2020, STRATEGY_2021_2030 } from "../../src/domain/profiles";
import { defaultSettings } from "../../src/domain/settings";

const base = defaultSettings(new Date(2026, 10, 1));

describe("resolveOptions", () => {
  it("gives the default plan, both leaders counted, for default settings", () => {
    expect(resolveOptions(base)).toEqual({
      profile: PLAN_2016_2020,
      keyLeaderRule: "headOrDeputy",
      womenRelatedUnits: [],
      year: 2026,
    });
  });

  it("finds a profile by id, and falls back to the default for an unknown id", () => {
    expect(resolveOptions({ ...base, profileId: "nq28-2021-2030" }).profile).toBe(STRATEGY_2021_2030);
    expect(resolveOptions({ ...base, profileId: "no-such-profile" }).profile).toBe(PLAN_2016_2020);
  });

  it("carries the rule, the women-related units and the year", () => {
    const o = resolveOptions({ ...base, keyLeaderRule: "headOnly", womenRelatedUnits: ["Hội LHPN"], year: 2025 });
    expect(o.keyLeaderRule).toBe("headOnly");
    expect(o.womenRelatedUnits).toEqual(["Hội LHPN"]);
    expect(o.year).toBe(2025);
  });

  it("lays custom targets over the profile without changing the shipped profile", () => {
    const o = resolveOptions({ ...base, customTargets: { c: 0.3, dd: 45, q: undefined } });
    expect(o.profile.targets).toEqual({ a: 0.3, b: 0.35, bStretch: 0.4, c: 0.3, dd: 0.45, q: 0.4 });
    expect(o.profile.id).toBe(PLAN_2016_2020.id);
    expect(o.profile.name).toBe("Kế hoạch 2016–2020 (QĐ 515/QĐ-TTg) (chỉ tiêu đã điều chỉnh)");
    expect(o.profile.nameEn).toBe("2016–2020 plan (Decision 515/QĐ-TTg) (edited targets)");
    expect(PLAN_2016_2020.targets.c).toBe(0.25);
  });

  it("can add a target the profile lacks", () => {
    const o = resolveOptions({ ...base, customTargets: { unitsWithFemaleKeyLeader: 0.6 } });
    expect(o.profile.targets.unitsWithFemaleKeyLeader).toBe(0.6);
  });
});

describe("applyCustomTargets", () => {
  it("returns the profile itself when nothing differs", () => {
    expect(applyCustomTargets(PLAN_2016_2020, undefined)).toBe(PLAN_2016_2020);
    expect(applyCustomTargets(PLAN_2016_2020, {})).toBe(PLAN_2016_2020);
    expect(applyCustomTargets(PLAN_2016_2020, { a: 0.3, b: 35 })).toBe(PLAN_2016_2020);
  });

  it("ignores values that cannot be a share", () => {
    const p = applyCustomTargets(PLAN_2016_2020, { a: Number.NaN, b: -0.1, c: 250, dd: Infinity });
    expect(p).toBe(PLAN_2016_2020);
  });
});
