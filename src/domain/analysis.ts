// The Analysis: every figure of the plan, computed once from a Roster.
// The task pane, the report and the CLI all show this object; none of them recounts.
import type { CouncilLevel, Problem, Roster } from "./roster";
import type { TargetProfile } from "./profiles";

export type KeyLeaderRule = "headOrDeputy" | "headOnly";

export interface AnalysisOptions {
  profile: TargetProfile;
  /** Default "headOrDeputy", as the national statistic counts. */
  keyLeaderRule?: KeyLeaderRule;
  /** Units whose functions mainly concern women (marked by the user), by name as the roster gives it. */
  womenRelatedUnits?: string[];
  /** Reporting year. */
  year?: number;
}

/** Women among people of known gender. share is null when total is 0 (no data, never 0% or 100%). */
export interface Share {
  female: number;
  total: number;
  share: number | null;
}

/** A share measured against a target. met is null when there is no data. */
export interface Indicator extends Share {
  target: number;
  met: boolean | null;
  /** When there is no data: which column or list the workbook lacks (a message code params). */
  missing?: "council" | "partyCommittee" | "training" | "successionPool";
}

export interface CouncilIndicator extends Indicator {
  levels: Record<Exclude<CouncilLevel, "commune">, { female: number; total: number }>;
}

export interface CommuneCouncilIndicator extends Indicator {
  /** The stretch target (40% in the 2016–2020 plan). */
  stretchTarget?: number;
  stretchMet?: boolean | null;
}

export interface UnitShare extends Share {
  name: string;
  femaleKeyLeader: boolean;
  /** Key leaders of the unit (names), heads and deputies per the rule in force. */
  keyLeaders: { name: string; female: boolean; rank: "head" | "deputy" }[];
  womenRelated: boolean;
  /** share ≥ 30% exactly, or women-related. */
  atThreshold: boolean;
  /** atThreshold and no female key leader. */
  flagged: boolean;
}

export interface LeadershipIndicator {
  units: number;
  unitsAtThreshold: number;
  unitsWithFemaleKeyLeader: number;
  /** Names of flagged units, in roster order. */
  flagged: string[];
  leaders: Share & { heads: { female: number; total: number }; deputies: { female: number; total: number } };
  /** Share of units (all units) that have a female key leader, against the profile's target when it has one. */
  unitsWithFemaleKeyLeaderShare: number | null;
  unitsWithFemaleKeyLeaderTarget?: number;
}

export interface Analysis {
  profile: TargetProfile;
  keyLeaderRule: KeyLeaderRule;
  year?: number;
  staff: { total: number; female: number; share: number | null };
  indicators: {
    a_deputies: CouncilIndicator;
    b_commune_council: CommuneCouncilIndicator;
    c_party_committee: Indicator;
    d_leadership: LeadershipIndicator;
    /** Present only when the workbook has a quy hoạch column or list. */
    q_succession_pool?: Indicator;
    dd_training: Indicator;
  };
  /** In roster order. */
  units: UnitShare[];
  /** The reader's problems plus the analysis's own (duplicates), sorted by sheet order then row. */
  problems: Problem[];
  roster: Roster;
}
