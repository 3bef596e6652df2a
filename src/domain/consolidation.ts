// The province's figures (Sở Nội vụ): several agencies' annual figures summed. Shares are
// recomputed from the summed counts, never averaged; "met" is decided as an agency's is.
// The report reads each agency's figures back from its sheet and hands them here (REPORT.md "Consolidation").
import { reachesShare, shareOf, sumCounts, type Count } from "./share";

/** One share of an agency's figures, with the target in force when its report was made. */
export interface AgencyShare extends Count {
  target?: number;
}

/** What the consolidation needs of one agency's annual figures (report/figures.ts AnnualFigures fits it). */
export interface AgencyFigures {
  agency: string;
  staff: Count;
  /** By share id: a_deputies, b_commune_council, c_party_committee, dd_training, q_succession_pool, leaders, heads, deputies… */
  shares: Partial<Record<string, AgencyShare>>;
  leadership: { units: number; unitsAtThreshold: number; unitsWithFemaleKeyLeader: number };
  units: { name: string; female: number; total: number; flagged: boolean }[];
  problems: { errors: number; warnings: number; notices: number };
}

/** A provincial share: the summed counts, their share, the target (the highest when agencies differ) and met. */
export interface ProvinceShare extends Count {
  share: number | null;
  target?: number;
  /** Against the target; null when nobody is in the group; undefined without a target. */
  met?: boolean | null;
  /** The agencies' reports had different targets; the highest is used. */
  targetsDiffer: boolean;
  /** How many agencies have someone in the group. */
  agenciesWithData: number;
}

/** One agency's row of the summary. */
export interface AgencyRow {
  agency: string;
  staff: Count & { share: number | null };
  leaders: number | null;
  unitsAtThreshold: number;
  /** Units of the agency at the threshold without a female key leader. */
  flagged: number;
  errors: number;
}

export interface ProvinceFigures {
  agencies: AgencyRow[];
  staff: Count & { share: number | null };
  shares: Partial<Record<string, ProvinceShare>>;
  leadership: {
    units: number;
    unitsAtThreshold: number;
    unitsWithFemaleKeyLeader: number;
    /** Flagged units over all agencies. */
    flagged: number;
    /** Units at the threshold that have a female key leader, of those at the threshold. */
    atThresholdWithFemaleKeyLeader: Count;
    /** Indicator d for the province: no flagged unit anywhere; null when no agency has units. */
    met: boolean | null;
  };
  /** Every flagged unit with its agency, agencies in the order given. */
  flaggedUnits: { agency: string; name: string; female: number; total: number; share: number | null }[];
  problems: { errors: number; warnings: number; notices: number };
}

function provinceShare(present: AgencyShare[]): ProvinceShare {
  const sum = sumCounts(present);
  const targets = [...new Set(present.map((x) => x.target).filter((t): t is number => t !== undefined))];
  const out: ProvinceShare = {
    ...sum,
    share: shareOf(sum.female, sum.total),
    targetsDiffer: targets.length > 1,
    agenciesWithData: present.filter((x) => x.total > 0).length,
  };
  if (targets.length > 0) {
    out.target = Math.max(...targets);
    out.met = reachesShare(sum.female, sum.total, out.target);
  }
  return out;
}

/** The province's figures from its agencies' (any share id an agency has is summed over those that have it). */
export function consolidate(all: AgencyFigures[]): ProvinceFigures {
  const ids = [...new Set(([] as string[]).concat(...all.map((f) => Object.keys(f.shares))))];
  const shares: ProvinceFigures["shares"] = {};
  for (const id of ids) {
    const present = all.map((f) => f.shares[id]).filter((s): s is AgencyShare => s !== undefined);
    if (present.length > 0) shares[id] = provinceShare(present);
  }
  const add = (pick: (f: AgencyFigures) => number): number => all.reduce((s, f) => s + pick(f), 0);
  const flaggedOf = (f: AgencyFigures): number => f.units.filter((u) => u.flagged).length;
  const staff = sumCounts(all.map((f) => f.staff));
  const units = add((f) => f.leadership.units);
  const unitsAtThreshold = add((f) => f.leadership.unitsAtThreshold);
  const flagged = add(flaggedOf);
  return {
    agencies: all.map((f) => ({
      agency: f.agency,
      staff: { ...f.staff, share: shareOf(f.staff.female, f.staff.total) },
      leaders: f.shares.leaders ? shareOf(f.shares.leaders.female, f.shares.leaders.total) : null,
      unitsAtThreshold: f.leadership.unitsAtThreshold,
      flagged: flaggedOf(f),
      errors: f.problems.errors,
    })),
    staff: { ...staff, share: shareOf(staff.female, staff.total) },
    shares,
    leadership: {
      units,
      unitsAtThreshold,
      unitsWithFemaleKeyLeader: add((f) => f.leadership.unitsWithFemaleKeyLeader),
      flagged,
      atThresholdWithFemaleKeyLeader: { female: unitsAtThreshold - flagged, total: unitsAtThreshold },
      met: units === 0 ? null : flagged === 0,
    },
    flaggedUnits: ([] as ProvinceFigures["flaggedUnits"]).concat(
      ...all.map((f) =>
        f.units.filter((u) => u.flagged).map((u) => ({ agency: f.agency, name: u.name, female: u.female, total: u.total, share: shareOf(u.female, u.total) })),
      ),
    ),
    problems: {
      errors: add((f) => f.problems.errors),
      warnings: add((f) => f.problems.warnings),
      notices: add((f) => f.problems.notices),
    },
  };
}
