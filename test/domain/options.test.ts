import { applyCustomTargets, resolveOptions } from "../../src/domain/options";
import { defaultProfileFor, PLAN_2016_2020, profileFor, STRATEGY_2021_2030, STRATEGY_2030 } from "../../src/domain/profiles";
import { defaultSettings } from "../../src/domain/settings";

const base = { ...defaultSettings(new Date(2026, 10, 1)), year: 2020 };

describe("the reporting year picks the default profile", () => {
  it("up to 2020 the 2016–2020 plan, 2021–2025 the 2025 milestone, from 2026 the 2030 milestone", () => {
    expect([2016, 2020, 2021, 2025, 2026, 2030, 2031].map((y) => defaultProfileFor(y).id)).toEqual([
      "qd515-2016-2020",
      "qd515-2016-2020",
      "nq28-2021-2030",
      "nq28-2021-2030",
      "nq28-2030",
      "nq28-2030",
      "nq28-2030",
    ]);
  });
  it("a 2026 report by default names the 2030 milestone, not QĐ 515", () => {
    const settings = defaultSettings(new Date(2026, 11, 1));
    expect(settings.profileId).toBe("");
    expect(resolveOptions(settings).profile).toBe(STRATEGY_2030);
    expect(resolveOptions({ ...settings, year: 2024 }).profile).toBe(STRATEGY_2021_2030);
  });
  it("a profile the clerk chose wins over the year; an unknown id falls back to the year's", () => {
    expect(profileFor("qd515-2016-2020", 2026)).toBe(PLAN_2016_2020);
    expect(profileFor("no-such-profile", 2026)).toBe(STRATEGY_2030);
    expect(profileFor("", undefined)).toBe(PLAN_2016_2020);
  });
});

describe("resolveOptions", () => {
  it("gives the year's plan, both leaders counted, for default settings", () => {
    expect(resolveOptions(base)).toEqual({
      profile: PLAN_2016_2020,
      keyLeaderRule: "headOrDeputy",
      womenRelatedUnits: [],
      year: 2020,
    });
  });

  it("finds a profile by id, and falls back to the year's for an unknown id", () => {
    expect(resolveOptions({ ...base, profileId: "nq28-2021-2030" }).profile).toBe(STRATEGY_2021_2030);
    expect(resolveOptions({ ...base, profileId: "no-such-profile" }).profile).toBe(PLAN_2016_2020);
  });

  it("counts contract workers in and names the agency only when the settings say so", () => {
    const o = resolveOptions({ ...base, countContractWorkers: true, agency: " Ban Dân tộc tỉnh " });
    expect(o.countContractWorkers).toBe(true);
    expect(o.agency).toBe("Ban Dân tộc tỉnh");
    expect(resolveOptions({ ...base, countContractWorkers: false })).not.toHaveProperty("countContractWorkers");
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
