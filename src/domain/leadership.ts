// Indicator d and the leadership figures: per unit, its share and key leaders; over all, the key
// leaders (heads, deputies), by level (the agency's own leadership apart from its units'), and the
// succession pool by the level planned for.
import { fold } from "./fold";
import { memoText } from "./memo";
import type { LeaderRank } from "./keyLeader";
import type { Gender, LeaderLevel, Person } from "./roster";
import { isSmallUnit, reachesShare, reachesUnitLine, shareOf, sumCounts, type Count } from "./share";

export type KeyLeaderRule = "headOrDeputy" | "headOnly";

export interface Share extends Count {
  share: number | null;
}

export interface UnitShare extends Share {
  name: string;
  femaleKeyLeader: boolean;
  /** Key leaders of the unit (names), heads and deputies per the rule in force. */
  keyLeaders: { name: string; female: boolean; rank: "head" | "deputy" }[];
  womenRelated: boolean;
  /** The staff is 30% or more female (exactly). */
  reachesLine: boolean;
  /** reachesLine, or women-related. */
  atThreshold: boolean;
  /** atThreshold and no female key leader. */
  flagged: boolean;
  /** Fewer than 5 people (and some): one person moves the share a lot; the rule still applies. */
  smallUnit: boolean;
}

export interface HeadsDeputies {
  heads: Count;
  deputies: Count;
}

/** Key leaders by level (phụ lục 3); successionPool: quy hoạch members planned for that level, when the roster says. */
export interface LeadershipLevels {
  agency: HeadsDeputies & { successionPool?: Count };
  units: HeadsDeputies & { successionPool?: Count };
  /** True when some member of the succession pool has a planned level (successionPool is then set on both). */
  successionByLevel: boolean;
}

export interface LeadershipIndicator {
  units: number;
  unitsAtThreshold: number;
  unitsWithFemaleKeyLeader: number;
  /** Names of flagged units, in roster order. */
  flagged: string[];
  /** Every unit at the threshold has a female key leader; null when there are no units. */
  met: boolean | null;
  /** Of the units at the threshold (total), those with a female key leader (female): d as a count of units. */
  atThresholdWithFemaleKeyLeader: Count;
  /** Staff counted in no unit (no unit column or heading gave one): the phụ lục's "Chưa xác định đơn vị" row. */
  staffWithoutUnit: Count;
  leaders: Share & HeadsDeputies;
  /** Units with at least one person: the base of unitsWithFemaleKeyLeaderShare. */
  unitsWithStaff: number;
  /** Share of units with staff that have a female key leader, against the profile's target when it has one. */
  unitsWithFemaleKeyLeaderShare: number | null;
  unitsWithFemaleKeyLeaderTarget?: number;
  /** unitsWithFemaleKeyLeaderShare ≥ the target; null when no unit has people; absent without a target. */
  unitsWithFemaleKeyLeaderMet?: boolean | null;
}

/** A counted staff member as the leadership figures need them. */
export interface LeadershipMember {
  person: Person;
  gender: Gender;
  unitKey: string | null;
  rank: LeaderRank | null;
  /** The level of the key-leader post and its rank there (leaderLevel.ts). */
  leader: { level: LeaderLevel; rank: LeaderRank } | null;
  successionPool: boolean;
}

// A roster names few units many times: fold each distinct unit name once.
const unitKeyOfName = memoText((unit: string): string | null => fold(unit) || null);
/** The folded key of a unit name (null for none or a blank one), cached. */
export function unitKeyOf(unit: string | null): string | null {
  return unit === null ? null : unitKeyOfName(unit);
}

export function tally(members: { gender: Gender }[]): Count {
  let female = 0;
  // Indexed loops over the people (here and below): a for-of runs its first thousands of rows, before
  // the optimiser steps in, allocating an iterator result per row.
  for (let i = 0; i < members.length; i++) if (members[i].gender === "female") female++;
  return { female, total: members.length };
}

/** Of some units, the share that have a female key leader (the base: units with people). */
export function unitsShare(units: Pick<UnitShare, "total" | "femaleKeyLeader">[]): { withStaff: number; withFemaleKeyLeader: number; share: number | null } {
  const staffed = units.filter((u) => u.total > 0);
  const withFemaleKeyLeader = staffed.filter((u) => u.femaleKeyLeader).length;
  return { withStaff: staffed.length, withFemaleKeyLeader, share: shareOf(withFemaleKeyLeader, staffed.length) };
}

/** One unit's figures. */
export function unitShareOf(
  name: string,
  people: LeadershipMember[],
  womenRelated: boolean,
  isKeyLeader: (rank: LeaderRank | null) => rank is LeaderRank,
): UnitShare {
  const count = tally(people);
  const keyLeaders = people
    .filter((c) => isKeyLeader(c.rank))
    .map((c) => ({ name: c.person.name, female: c.gender === "female", rank: c.rank as LeaderRank }));
  const femaleKeyLeader = keyLeaders.some((k) => k.female);
  const reachesLine = reachesUnitLine(count);
  const atThreshold = reachesLine || womenRelated;
  return {
    name,
    ...count,
    share: shareOf(count.female, count.total),
    keyLeaders,
    femaleKeyLeader,
    womenRelated,
    reachesLine,
    atThreshold,
    flagged: atThreshold && !femaleKeyLeader,
    smallUnit: isSmallUnit(count),
  };
}

/** Key leaders by level, heads and deputies each (whatever the rule, as the leaders' own heads/deputies). */
export function leadershipLevelsOf(members: LeadershipMember[]): LeadershipLevels {
  const zero = (): HeadsDeputies => ({ heads: { female: 0, total: 0 }, deputies: { female: 0, total: 0 } });
  const levels: LeadershipLevels = { agency: zero(), units: zero(), successionByLevel: false };
  const pool = { agency: { female: 0, total: 0 }, unit: { female: 0, total: 0 } };
  for (let i = 0; i < members.length; i++) {
    const c = members[i];
    if (c.leader !== null) {
      const at = c.leader.level === "agency" ? levels.agency : levels.units;
      const count = c.leader.rank === "head" ? at.heads : at.deputies;
      count.total++;
      if (c.gender === "female") count.female++;
    }
    const planned = c.successionPool ? c.person.profile?.successionLevel : undefined;
    if (planned !== undefined) {
      levels.successionByLevel = true;
      pool[planned].total++;
      if (c.gender === "female") pool[planned].female++;
    }
  }
  if (levels.successionByLevel) {
    levels.agency.successionPool = pool.agency;
    levels.units.successionPool = pool.unit;
  }
  return levels;
}

/** Indicator d over the units, and the leadership ratio over every key leader, with a unit or without. */
export function leadershipIndicatorOf(
  units: UnitShare[],
  members: LeadershipMember[],
  rule: KeyLeaderRule,
  target: number | undefined,
): LeadershipIndicator {
  const isKeyLeader = keyLeaderTest(rule);
  // Heads and deputies are each shown on their own whatever the rule; the total follows the rule in force.
  const heads = tally(members.filter((c) => c.rank === "head"));
  const deputies = tally(members.filter((c) => c.rank === "deputy"));
  const leaders = tally(members.filter((c) => isKeyLeader(c.rank)));
  const staffed = unitsShare(units);
  const flagged = units.filter((u) => u.flagged).map((u) => u.name);
  const atThreshold = units.filter((u) => u.atThreshold);
  const staff = tally(members);
  const inUnits = sumCounts(units);
  const leadership: LeadershipIndicator = {
    units: units.length,
    unitsAtThreshold: units.filter((u) => u.atThreshold).length,
    unitsWithFemaleKeyLeader: units.filter((u) => u.femaleKeyLeader).length,
    flagged,
    met: units.length === 0 ? null : flagged.length === 0,
    atThresholdWithFemaleKeyLeader: { female: atThreshold.filter((u) => u.femaleKeyLeader).length, total: atThreshold.length },
    staffWithoutUnit: { female: staff.female - inUnits.female, total: staff.total - inUnits.total },
    leaders: { ...leaders, share: shareOf(leaders.female, leaders.total), heads, deputies },
    unitsWithStaff: staffed.withStaff,
    unitsWithFemaleKeyLeaderShare: staffed.share,
  };
  if (target !== undefined) {
    leadership.unitsWithFemaleKeyLeaderTarget = target;
    leadership.unitsWithFemaleKeyLeaderMet = reachesShare(staffed.withFemaleKeyLeader, staffed.withStaff, target);
  }
  return leadership;
}

/** Whether a rank makes a key leader under the rule in force. */
export function keyLeaderTest(rule: KeyLeaderRule): (rank: LeaderRank | null) => rank is LeaderRank {
  return (rank: LeaderRank | null): rank is LeaderRank => rank === "head" || (rank === "deputy" && rule === "headOrDeputy");
}
