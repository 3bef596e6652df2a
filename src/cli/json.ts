// The Analysis as the JSON of /work/shared/CONTRACT.md. Field names are a contract: add, never rename or drop.
// Nothing is counted here: every figure is copied from the Analysis, shares rounded to 4 decimals.
import type { Analysis, Indicator, Share } from "../domain/analysis";
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
  }[];
  problems: ContractProblem[];
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

  // Contract fields first, in CONTRACT.md's order; the added ones (profile, rule, year) after.
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
  };
  if (analysis.year !== undefined) json.year = analysis.year;
  return json;
}
