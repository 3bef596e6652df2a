// Target profiles: the targets are a profile, not constants (DOMAIN.md "Targets are a profile").

export interface TargetProfile {
  id: string;
  /** Vietnamese name shown to the clerk; English second. */
  name: string;
  nameEn: string;
  targets: {
    /** a: women among ĐBQH and provincial/district HĐND delegates. */
    a: number;
    /** b: women among commune HĐND delegates (pass line), with an optional stretch. */
    b: number;
    bStretch?: number;
    /** c: women among cấp ủy members. */
    c: number;
    /** đ: women among those sent to training. */
    dd: number;
    /** Women in the succession pool (quy hoạch). */
    q?: number;
    /** Share of agencies/units with a female key leader. */
    unitsWithFemaleKeyLeader?: number;
  };
}

/** The 2016–2020 provincial plan implementing QĐ 515/QĐ-TTg: the default. */
export const PLAN_2016_2020: TargetProfile = {
  id: "qd515-2016-2020",
  name: "Kế hoạch 2016–2020 (QĐ 515/QĐ-TTg)",
  nameEn: "2016–2020 plan (Decision 515/QĐ-TTg)",
  targets: { a: 0.3, b: 0.35, bStretch: 0.4, c: 0.25, dd: 0.5, q: 0.4 },
};

/** National Strategy on Gender Equality 2021–2030 (NQ 28/NQ-CP) and QĐ 2282/QĐ-TTg, 2025 figures. */
export const STRATEGY_2021_2030: TargetProfile = {
  id: "nq28-2021-2030",
  name: "Chiến lược 2021–2030 (NQ 28/NQ-CP, QĐ 2282/QĐ-TTg), mốc 2025",
  nameEn: "2021–2030 strategy (Resolution 28/NQ-CP, Decision 2282/QĐ-TTg), 2025 milestone",
  targets: { a: 0.3, b: 0.35, bStretch: 0.4, c: 0.25, dd: 0.5, q: 0.4, unitsWithFemaleKeyLeader: 0.6 },
};

/** The same strategy at its 2030 milestone. */
export const STRATEGY_2030: TargetProfile = {
  id: "nq28-2030",
  name: "Chiến lược 2021–2030 (NQ 28/NQ-CP, QĐ 2282/QĐ-TTg), mốc 2030",
  nameEn: "2021–2030 strategy (Resolution 28/NQ-CP, Decision 2282/QĐ-TTg), 2030 milestone",
  targets: { a: 0.3, b: 0.35, bStretch: 0.4, c: 0.25, dd: 0.5, q: 0.5, unitsWithFemaleKeyLeader: 0.75 },
};

export const PROFILES: TargetProfile[] = [PLAN_2016_2020, STRATEGY_2021_2030, STRATEGY_2030];
/** The profile of a report with no year at all; a year picks its own (defaultProfileFor). */
export const DEFAULT_PROFILE = PLAN_2016_2020;

/**
 * The profile the reporting year picks (REPORT.md "Profiles by year"): up to 2020 the 2016–2020
 * plan; 2021–2025 the strategy's 2025 milestone; from 2026 its 2030 milestone (also after 2030,
 * until a later document sets other figures).
 */
export function defaultProfileFor(year: number | undefined): TargetProfile {
  if (year === undefined || !Number.isFinite(year)) return DEFAULT_PROFILE;
  if (year <= 2020) return PLAN_2016_2020;
  if (year <= 2025) return STRATEGY_2021_2030;
  return STRATEGY_2030;
}

/** The profile a setting names, or the one the reporting year picks when it names none ("") or an unknown one. */
export function profileFor(profileId: string | undefined, year: number | undefined): TargetProfile {
  return (profileId ? findProfile(profileId) : undefined) ?? defaultProfileFor(year);
}

export function findProfile(id: string): TargetProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}
