// The phụ lục's breakdowns as the Analysis gives them (src/domain computes every one): leaders by level,
// women among the staff by age, kind and qualification, who retires in the year, contract workers.
// One place reads them, so the tables need not know which of them a workbook lacks.
import type { Analysis } from "../domain/analysis";

export interface Count {
  female: number;
  total: number;
}

type HeadsDeputies = { heads: Count; deputies: Count; successionPool?: Count };

export interface Breakdowns {
  leadershipLevels: { agency: HeadsDeputies; units: HeadsDeputies; successionByLevel: boolean } | null;
  staffProfile: {
    age: Record<string, Count> | null;
    kind: (Record<"congChuc" | "vienChuc" | "other", Count> & { contract?: Count }) | null;
    education: Record<string, Count> | null;
    politicalTheory: Record<string, Count> | null;
    ethnicMinority: Count | null;
    partyMember: Count | null;
  } | null;
  retiring: (Count & { unknownDate: number }) | null;
  contractWorkers: (Count & { countedIn: boolean }) | null;
  /** Staff counted in no unit (no unit given). */
  unassigned: Count | null;
  /** The sum of several counts. */
  sum(counts: Count[]): Count;
}

/** The breakdowns of an Analysis; a part the Analysis does not hold is null. */
export function breakdownsOf(analysis: Analysis): Breakdowns {
  const a = analysis as Analysis & Partial<Omit<Breakdowns, "sum" | "unassigned">>;
  const sum = (counts: Count[]): Count => counts.reduce((s, c) => ({ female: s.female + c.female, total: s.total + c.total }), { female: 0, total: 0 });
  const inUnits = sum(analysis.units);
  return {
    leadershipLevels: a.leadershipLevels ?? null,
    staffProfile: a.staffProfile ?? null,
    retiring: a.retiring ?? null,
    contractWorkers: a.contractWorkers ?? null,
    unassigned: { female: analysis.staff.female - inUnits.female, total: analysis.staff.total - inUnits.total },
    sum,
  };
}
