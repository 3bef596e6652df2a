// The Analysis as the JSON of /work/shared/CONTRACT.md. Field names are a contract: add, never rename or drop.
// Nothing is counted here: every figure is copied from the Analysis, shares rounded to 4 decimals.
import type { Analysis, Indicator, LeadershipLevels, Share, StaffProfile } from "../domain/analysis";
import { deadlineDate } from "../domain/deadline";
import type { Lang } from "../domain/settings";
import type { Severity } from "../domain/roster";
import { problemCell, problemMessage } from "../domain/messages";

type Count = { female: number; total: number };

export interface ContractIndicator extends Count {
  share: number | null;
  target: number;
  met: boolean | null;
  /** Which column or list the workbook lacks, when there is no data. */
  missing?: string;
}

export interface ContractProblem {
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  col?: number;
  code: string;
  message: string;
}

export interface ContractJson {
  profile: { id: string; name: string };
  keyLeaderRule: string;
  year?: number;
  staff: Count & { share: number | null };
  indicators: {
    a_deputies: ContractIndicator & { levels: Record<"national" | "province" | "district", Count> };
    b_commune_council: ContractIndicator & { stretchTarget?: number; stretchMet?: boolean | null };
    c_party_committee: ContractIndicator;
    d_leadership: {
      units: number;
      unitsAtThreshold: number;
      unitsWithFemaleKeyLeader: number;
      flagged: string[];
      leaders: Count & { share: number | null; heads: Count; deputies: Count };
      /** Every unit at the threshold has a female key leader; null when there are no units. */
      met: boolean | null;
      unitsWithFemaleKeyLeaderShare: number | null;
      unitsWithFemaleKeyLeaderTarget?: number;
      unitsWithFemaleKeyLeaderMet?: boolean | null;
    };
    q_succession_pool?: ContractIndicator;
    dd_training: ContractIndicator;
  };
  units: {
    name: string;
    total: number;
    female: number;
    share: number | null;
    femaleKeyLeader: boolean;
    womenRelated: boolean;
    flagged: boolean;
    atThreshold: boolean;
    /** Fewer than 5 people: one person moves the share a lot (the rule still applies). */
    smallUnit: boolean;
  }[];
  problems: ContractProblem[];
  leadership_levels: Record<"agency" | "units", { heads: Count; deputies: Count; successionPool: Count | null }>;
  staff_profile: ContractStaffProfile;
  retiring: (Count & { unknownDate: number }) | null;
  contract_workers: (Count & { countedIn: boolean }) | null;
  /** The reporting deadline, yyyy-mm-dd (before 05/12 of the year). */
  deadline?: string;
}

type Groups<K extends string> = Record<K, Count>;

export interface ContractStaffProfile {
  age: Groups<"upTo30" | "31to40" | "41to50" | "51toRetirement" | "pastRetirement" | "unknown"> | null;
  kind: (Groups<"congChuc" | "vienChuc" | "other"> & { contract?: Count }) | null;
  education: Groups<"tienSi" | "thacSi" | "daiHoc" | "caoDang" | "trungCap" | "other"> | null;
  politicalTheory: Groups<"cuNhan" | "caoCap" | "trungCap" | "soCap" | "none"> | null;
  ethnicMinority: Count | null;
  partyMember: Count | null;
}

/** A share rounded to 4 decimals (0.27272… → 0.2727); null stays null. */
export function round4(share: number | null | undefined): number | null {
  if (share === null || share === undefined) return null;
  return Math.round(share * 10000) / 10000;
}

function count(c: Count): Count {
  return { female: c.female, total: c.total };
}

function shareJson(s: Share): Count & { share: number | null } {
  return { female: s.female, total: s.total, share: round4(s.share) };
}

function indicatorJson(i: Indicator): ContractIndicator {
  const out: ContractIndicator = { ...shareJson(i), target: i.target, met: i.met };
  if (i.missing) out.missing = i.missing;
  return out;
}

function groups<G extends Partial<Record<string, Count>>>(g: G | null): G | null {
  if (g === null) return null;
  const out: Partial<Record<string, Count>> = {};
  for (const [k, c] of Object.entries(g)) if (c !== undefined) out[k] = count(c);
  return out as G;
}

function staffProfileJson(p: StaffProfile): ContractStaffProfile {
  return {
    age: groups(p.age),
    kind: groups(p.kind),
    education: groups(p.education),
    politicalTheory: groups(p.politicalTheory),
    ethnicMinority: p.ethnicMinority && count(p.ethnicMinority),
    partyMember: p.partyMember && count(p.partyMember),
  };
}

function levelsJson(l: LeadershipLevels): ContractJson["leadership_levels"] {
  const level = (x: LeadershipLevels["agency"]) => ({
    heads: count(x.heads),
    deputies: count(x.deputies),
    successionPool: x.successionPool ? count(x.successionPool) : null,
  });
  return { agency: level(l.agency), units: level(l.units) };
}

export function toContractJson(analysis: Analysis, lang: Lang = "vi"): ContractJson {
  const ind = analysis.indicators;
  const a = ind.a_deputies;
  const b = ind.b_commune_council;
  const d = ind.d_leadership;
  const bJson: ContractJson["indicators"]["b_commune_council"] = indicatorJson(b);
  if (b.stretchTarget !== undefined) {
    bJson.stretchTarget = b.stretchTarget;
    bJson.stretchMet = b.stretchMet ?? null;
  }
  const dJson: ContractJson["indicators"]["d_leadership"] = {
    units: d.units,
    unitsAtThreshold: d.unitsAtThreshold,
    unitsWithFemaleKeyLeader: d.unitsWithFemaleKeyLeader,
    flagged: [...d.flagged],
    leaders: { ...shareJson(d.leaders), heads: count(d.leaders.heads), deputies: count(d.leaders.deputies) },
    met: d.met,
    unitsWithFemaleKeyLeaderShare: round4(d.unitsWithFemaleKeyLeaderShare),
  };
  if (d.unitsWithFemaleKeyLeaderTarget !== undefined) {
    dJson.unitsWithFemaleKeyLeaderTarget = d.unitsWithFemaleKeyLeaderTarget;
    dJson.unitsWithFemaleKeyLeaderMet = d.unitsWithFemaleKeyLeaderMet ?? null;
  }
  const indicators: ContractJson["indicators"] = {
    a_deputies: {
      ...indicatorJson(a),
      levels: { national: count(a.levels.national), province: count(a.levels.province), district: count(a.levels.district) },
    },
    b_commune_council: bJson,
    c_party_committee: indicatorJson(ind.c_party_committee),
    d_leadership: dJson,
    // Only when the workbook has a quy hoạch column or list (CONTRACT.md); placed before đ as there.
    ...(ind.q_succession_pool ? { q_succession_pool: indicatorJson(ind.q_succession_pool) } : {}),
    dd_training: indicatorJson(ind.dd_training),
  };

  // Contract fields first, in CONTRACT.md's order; the added ones (profile, rule, the phụ lục's
  // breakdowns, year, deadline) after.
  const json: ContractJson = {
    staff: { total: analysis.staff.total, female: analysis.staff.female, share: round4(analysis.staff.share) },
    indicators,
    units: analysis.units.map((u) => ({
      name: u.name,
      total: u.total,
      female: u.female,
      share: round4(u.share),
      femaleKeyLeader: u.femaleKeyLeader,
      womenRelated: u.womenRelated,
      flagged: u.flagged,
      atThreshold: u.atThreshold,
      smallUnit: u.smallUnit,
    })),
    problems: analysis.problems.map((p) => {
      const out: ContractProblem = {
        severity: p.severity,
        sheet: p.sheet,
        cell: problemCell(p),
        row: p.row,
        code: p.code,
        message: problemMessage(p, lang),
      };
      if (p.col !== undefined) out.col = p.col;
      return out;
    }),
    profile: { id: analysis.profile.id, name: lang === "vi" ? analysis.profile.name : analysis.profile.nameEn },
    keyLeaderRule: analysis.keyLeaderRule,
    leadership_levels: levelsJson(analysis.leadershipLevels),
    staff_profile: staffProfileJson(analysis.staffProfile),
    retiring: analysis.retiring && { ...count(analysis.retiring), unknownDate: analysis.retiring.unknownDate },
    contract_workers: analysis.contractWorkers && { ...count(analysis.contractWorkers), countedIn: analysis.contractWorkers.countedIn },
  };
  if (analysis.year !== undefined) {
    json.year = analysis.year;
    json.deadline = deadlineDate(analysis.year);
  }
  return json;
}
