// The phụ lục's breakdowns as counts by id — leaders by level, women among the staff by age, kind and
// qualification, who retires in the year, contract workers — taken from the Analysis (src/domain computes
// every one). The same map is kept in the sheet's hidden data block, so the provincial summary sums it
// (domain/consolidation.ts) and draws the same tables for the province. A group the roster lacks is absent.
import type { Analysis } from "../domain/analysis";
import type { Count } from "../domain/share";
import { AGE_BANDS, EDUCATION_LEVELS, POLITICAL_THEORY } from "../domain/staffProfile";

export type { Count } from "../domain/share";

/** The groups of table 4, in print order: the map's key prefix and its keys. */
export const STAFF_GROUPS: { id: "age" | "kind" | "edu" | "llct"; keys: readonly string[] }[] = [
  { id: "age", keys: AGE_BANDS },
  { id: "kind", keys: ["congChuc", "vienChuc", "other"] },
  { id: "edu", keys: EDUCATION_LEVELS },
  { id: "llct", keys: POLITICAL_THEORY },
];

export const LEVELS = ["agency", "units"] as const;
export type Level = (typeof LEVELS)[number];

/** Every breakdown of the Analysis as `id → count`; ids: lvl:agency:heads, age:upTo30, edu:thacSi, dtts, party, retiring, contract… */
export function breakdownCounts(analysis: Analysis): Record<string, Count> {
  const out: Record<string, Count> = {};
  const put = (id: string, c: Count | null | undefined): void => {
    if (c) out[id] = { female: c.female, total: c.total };
  };
  const levels = analysis.leadershipLevels;
  for (const level of LEVELS) {
    put(`lvl:${level}:heads`, levels[level].heads);
    put(`lvl:${level}:deputies`, levels[level].deputies);
    if (levels.successionByLevel) put(`lvl:${level}:pool`, levels[level].successionPool);
  }
  const p = analysis.staffProfile;
  const groups: Record<(typeof STAFF_GROUPS)[number]["id"], Record<string, Count> | null> = {
    age: p.age,
    kind: p.kind,
    edu: p.education,
    llct: p.politicalTheory,
  };
  for (const { id, keys } of STAFF_GROUPS) {
    const g = groups[id];
    if (g) for (const k of keys) put(`${id}:${k}`, g[k]);
  }
  put("dtts", p.ethnicMinority);
  put("party", p.partyMember);
  put("retiring", analysis.retiring);
  const c = analysis.contractWorkers;
  if (c && !c.countedIn) put("contract", c);
  return out;
}

/** The ids the data block keeps as breakdown counts (all of breakdownCounts' keys). */
export function isBreakdownId(id: string): boolean {
  return /^(lvl|age|kind|edu|llct):/.test(id) || ["dtts", "party", "retiring", "contract"].includes(id);
}
