// The Analysis: every figure of the plan, computed once from a Roster.
// The task pane, the report and the CLI all show this object; none of them recounts.
import type { CellRef, CouncilLevel, Gender, ListKind, Problem, Roster } from "./roster";
import { Counted, duplicateWarning, mergeDuplicates, refOrder, sheetOrder, type SheetOrder } from "./counted";
import { fold } from "./fold";
import {
  keyLeaderTest,
  leadershipIndicatorOf,
  leadershipLevelsOf,
  tally,
  unitKeyOf,
  unitShareOf,
  type KeyLeaderRule,
  type LeadershipIndicator,
  type LeadershipLevels,
  type Share,
  type UnitShare,
} from "./leadership";
import type { TargetProfile } from "./profiles";
import { reachesShare, shareOf, type Count } from "./share";
import { retiringIn, staffProfileOf, type Retiring, type StaffProfile } from "./staffProfile";

export type { KeyLeaderRule, LeadershipIndicator, LeadershipLevels, Share, UnitShare } from "./leadership";
export type { Retiring, StaffProfile } from "./staffProfile";
export { reachesShare } from "./share";

export interface AnalysisOptions {
  profile: TargetProfile;
  /** Default "headOrDeputy", as the national statistic counts. */
  keyLeaderRule?: KeyLeaderRule;
  /** Units whose functions mainly concern women (marked by the user), by name as the roster gives it. */
  womenRelatedUnits?: string[];
  /** Reporting year. */
  year?: number;
  /** Count contract workers (hợp đồng lao động) as staff; by default they are left out and shown apart. */
  countContractWorkers?: boolean;
  /** The agency's name, when known: tells a ban-agency's own Trưởng ban from a unit's (leaderLevel.ts). */
  agency?: string;
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

/** Contract workers (hợp đồng lao động), counted apart by sex. */
export interface ContractWorkers extends Count {
  /** True when the setting counts them in every figure as staff. */
  countedIn: boolean;
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
  /** Key leaders by level: the agency's own leadership apart from its units'. */
  leadershipLevels: LeadershipLevels;
  /** Women among the staff by age band, kind, education…; each group null when the roster lacks its column. */
  staffProfile: StaffProfile;
  /** Staff reaching retirement age (NĐ 135/2020) in the reporting year; null without a year. */
  retiring: Retiring | null;
  /** People marked as contract workers; null when nothing in the workbook marks anyone's kind. */
  contractWorkers: ContractWorkers | null;
  /** The reader's problems plus the analysis's own (duplicates), sorted by sheet order then row. */
  problems: Problem[];
  roster: Roster;
}

// ---------------------------------------------------------------------------------------------
// The computation.


/** Fallback for the succession pool when a profile sets no target: 40%, the 2025 milestone of NQ 28/NQ-CP. */
const DEFAULT_SUCCESSION_TARGET = 0.4;

/** A member of one list's group: a roster person marked for it (a Counted), or a list entry no one matched. */
interface Member {
  gender: Gender;
  /** The council levels (the council group reads them; other groups' members may have none). */
  council: readonly CouncilLevel[];
}

/** Where a member's name was met, for matching the list entries after it. */
interface Named {
  unitKey: string | null;
  ref: CellRef;
  /** Index in the members. */
  at: number;
}

/**
 * The members of one list's group: roster people marked for it, then the list sheet's entries.
 * A list entry naming someone already in the group (same folded name, same unit or no unit given)
 * is the same person, counted once; its levels join theirs. The marked people are the members
 * themselves: a group of 300,000 makes no object per person.
 */
function groupMembers(
  kind: ListKind,
  counted: Counted[],
  roster: Roster,
  order: SheetOrder,
  problems: Problem[],
): Member[] {
  const marked = (c: Counted): boolean => {
    switch (kind) {
      case "council":
        return c.council.length > 0;
      case "partyCommittee":
        return c.partyCommittee;
      case "training":
        return c.trained;
      case "successionPool":
        return c.successionPool;
    }
  };
  const people = counted.filter(marked);
  const compare = refOrder(order);
  const entries = roster.listEntries.filter((e) => e.kind === kind).sort((a, b) => compare(a.ref, b.ref));
  if (entries.length === 0) return people;
  const members: Member[] = people.slice();
  // Members by folded name, so a long list is matched in one pass rather than a scan per entry.
  const byName = new Map<string, Named[]>();
  const add = (nameKey: string, named: Named): void => {
    const same = byName.get(nameKey);
    if (same) same.push(named);
    else byName.set(nameKey, [named]);
  };
  people.forEach((c, at) => add(fold(c.person.name), { unitKey: c.unitKey, ref: c.person.ref, at }));
  for (const entry of entries) {
    const nameKey = fold(entry.name);
    const unitKey = unitKeyOf(entry.unit);
    const same = byName.get(nameKey)?.find((m) => unitKey === null || m.unitKey === null || m.unitKey === unitKey);
    if (same) {
      problems.push(duplicateWarning(entry, same.ref));
      const m = members[same.at];
      const more = distinct(entry.council).filter((level) => !m.council.includes(level));
      if (more.length > 0) members[same.at] = { gender: m.gender, council: [...m.council, ...more] };
      continue;
    }
    members.push({ gender: entry.gender, council: distinct(entry.council) });
    add(nameKey, { unitKey, ref: entry.ref, at: members.length - 1 });
  }
  return members;
}

/** The levels once each, in the order first given. */
function distinct(levels: readonly CouncilLevel[]): CouncilLevel[] {
  return levels.filter((level, i) => levels.indexOf(level) === i);
}

function indicator(
  members: { gender: Gender }[],
  target: number,
  covered: boolean,
  missing: NonNullable<Indicator["missing"]>,
): Indicator {
  const { female, total } = tally(members);
  const result: Indicator = { female, total, share: shareOf(female, total), target, met: reachesShare(female, total, target) };
  if (total === 0 && !covered) result.missing = missing;
  return result;
}

/** Every figure of the plan from one Roster. Pure: the same roster and options give the same Analysis. */
export function analyze(roster: Roster, options: AnalysisOptions): Analysis {
  const profile = options.profile;
  const keyLeaderRule: KeyLeaderRule = options.keyLeaderRule ?? "headOrDeputy";
  const order = sheetOrder(roster);
  const added: Problem[] = [];

  const merged = mergeDuplicates(roster.people, order, added, options.agency);
  const { staff: counted, left, contractWorkers } = splitContractWorkers(merged, options.countContractWorkers === true, added);
  const staffTally = tally(counted);

  const hasList = (kind: ListKind): boolean => roster.listEntries.some((e) => e.kind === kind);
  const coverage = roster.coverage;

  // a and b: one council group, split by level; a person with two levels is one person in a.
  const council = groupMembers("council", counted, roster, order, added);
  const councilCovered = coverage.council || hasList("council");
  const upper = council.filter((m) => m.council.includes("national") || m.council.includes("province") || m.council.includes("district"));
  const levelTally = (level: CouncilLevel) => tally(council.filter((m) => m.council.includes(level)));
  const a_deputies: CouncilIndicator = {
    ...indicator(upper, profile.targets.a, councilCovered, "council"),
    levels: { national: levelTally("national"), province: levelTally("province"), district: levelTally("district") },
  };
  const commune = council.filter((m) => m.council.includes("commune"));
  const b_commune_council: CommuneCouncilIndicator = indicator(commune, profile.targets.b, councilCovered, "council");
  if (profile.targets.bStretch !== undefined) {
    b_commune_council.stretchTarget = profile.targets.bStretch;
    b_commune_council.stretchMet = reachesShare(b_commune_council.female, b_commune_council.total, profile.targets.bStretch);
  }

  const c_party_committee = indicator(
    groupMembers("partyCommittee", counted, roster, order, added),
    profile.targets.c,
    coverage.partyCommittee || hasList("partyCommittee"),
    "partyCommittee",
  );
  const dd_training = indicator(
    groupMembers("training", counted, roster, order, added),
    profile.targets.dd,
    coverage.training || hasList("training"),
    "training",
  );
  const poolCovered = coverage.successionPool || hasList("successionPool") || counted.some((c) => c.successionPool);
  const q_succession_pool = poolCovered
    ? indicator(
        groupMembers("successionPool", counted, roster, order, added),
        profile.targets.q ?? DEFAULT_SUCCESSION_TARGET,
        true,
        "successionPool",
      )
    : undefined;

  const { units, leadership } = leadershipOf(roster, counted, left, options, keyLeaderRule);

  const indicators: Analysis["indicators"] = {
    a_deputies,
    b_commune_council,
    c_party_committee,
    d_leadership: leadership,
    ...(q_succession_pool ? { q_succession_pool } : {}),
    dd_training,
  };

  const problems = [...roster.problems, ...added].sort(refOrder(order));

  const analysis: Analysis = {
    profile,
    keyLeaderRule,
    staff: { ...staffTally, share: shareOf(staffTally.female, staffTally.total) },
    indicators,
    units,
    leadershipLevels: leadershipLevelsOf(counted),
    staffProfile: staffProfileOf(counted, options.year),
    retiring: retiringIn(counted, options.year),
    contractWorkers,
    problems,
    roster,
  };
  if (options.year !== undefined) analysis.year = options.year;
  return analysis;
}

/** Units in the order the workbook names them, each with its counted people. */
function unitsOf(roster: Roster, counted: Counted[], left: Counted[]): { name: string; people: Counted[] }[] {
  // A unit a person names that the reader did not list is added after the listed ones, so no one is
  // left out of indicator d.
  const unitNames: string[] = [];
  const unitIndex = new Map<string, number>();
  const addUnit = (name: string): void => {
    const key = unitKeyOf(name);
    if (key === null || unitIndex.has(key)) return;
    unitIndex.set(key, unitNames.length);
    unitNames.push(name);
  };
  for (const unit of roster.units) addUnit(unit.name);
  for (let k = 0; k < counted.length; k++) {
    const unit = counted[k].person.unit;
    if (unit !== null) addUnit(unit);
  }

  const unitPeople: Counted[][] = unitNames.map(() => []);
  for (let k = 0; k < counted.length; k++) {
    const c = counted[k];
    if (c.unitKey === null) continue;
    const i = unitIndex.get(c.unitKey);
    if (i !== undefined) unitPeople[i].push(c);
  }
  // Units that hold only people left out (contract workers), or the contract workers' own section,
  // are no unit of cán bộ, công chức, viên chức.
  const leftUnits = new Set(left.map((c) => c.unitKey));
  return unitNames
    .map((name, i) => ({ name, people: unitPeople[i] }))
    .filter(({ name, people }) => people.length > 0 || !(leftUnits.has(unitKeyOf(name)) || CONTRACT_SECTION.test(fold(name))));
}

/** A section or unit name that holds contract workers ("VI. HỢP ĐỒNG LAO ĐỘNG", "Lao động hợp đồng"). */
const CONTRACT_SECTION = /^(?:(?:[ivxlc]+|\d+|[a-z])\s*[.)/-]\s*)?(?:hop dong|lao dong hop dong|nhan vien hop dong)\b/;

/** Indicator d and the leadership ratio: per unit, its share and key leaders; over all, the leaders. */
function leadershipOf(
  roster: Roster,
  counted: Counted[],
  left: Counted[],
  options: AnalysisOptions,
  rule: KeyLeaderRule,
): { units: UnitShare[]; leadership: LeadershipIndicator } {
  const womenRelated = new Set((options.womenRelatedUnits ?? []).map(fold).filter((k) => k !== ""));
  const isKeyLeader = keyLeaderTest(rule);
  const units = unitsOf(roster, counted, left).map(({ name, people }) =>
    unitShareOf(name, people, womenRelated.has(fold(name)), isKeyLeader),
  );
  const leadership = leadershipIndicatorOf(units, counted, rule, options.profile.targets.unitsWithFemaleKeyLeader);
  return { units, leadership };
}

/**
 * Contract workers (hợp đồng lao động) apart from the staff: unless the setting counts them in,
 * they leave every figure and a notice says how many. null when no one's kind is marked at all.
 */
function splitContractWorkers(
  counted: Counted[],
  countIn: boolean,
  problems: Problem[],
): { staff: Counted[]; left: Counted[]; contractWorkers: ContractWorkers | null } {
  if (!counted.some((c) => c.person.profile?.kind !== undefined)) return { staff: counted, left: [], contractWorkers: null };
  const contract = counted.filter((c) => c.person.profile?.kind === "contract");
  const contractWorkers: ContractWorkers = { ...tally(contract), countedIn: countIn };
  if (countIn || contract.length === 0) return { staff: counted, left: [], contractWorkers };
  const first = contract[0].person.ref;
  problems.push({
    severity: "notice",
    sheet: first.sheet,
    row: first.row,
    code: "contractWorkersLeftOut",
    params: { count: contract.length, female: contractWorkers.female },
  });
  return { staff: counted.filter((c) => c.person.profile?.kind !== "contract"), left: contract, contractWorkers };
}
