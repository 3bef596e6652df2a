// Who is counted: the roster's people after duplicate rows are merged (the same folded name and unit, and the
// same birth when both rows give one), in the workbook's order. analysis.ts computes every figure from these.
import type { CellRef, CouncilLevel, Gender, LeaderLevel, Person, Problem, Roster } from "./roster";
import { fold } from "./fold";
import { keyLeaderRank, type LeaderRank } from "./keyLeader";
import { leaderLevel } from "./leaderLevel";
import { unitKeyOf } from "./leadership";

/**
 * One person after duplicate rows are merged: the first row stands for all of them. Its fields are the
 * row's own until a later row of the same person adds marks; only then are they copied (a roster of
 * 300,000 people keeps no second copy of each).
 */
export class Counted {
  /** The next person whose unit and folded name hash alike: a namesake with another birth (rarely another name or unit). */
  namesake: Counted | undefined = undefined;
  private merged: MergedMarks | null = null;

  constructor(
    readonly person: Person,
    readonly unitKey: string | null,
    public rank: LeaderRank | null,
    public leader: Leader,
  ) {}

  get gender(): Gender {
    return this.person.gender;
  }
  /** The first row's staff-profile fields (staffProfile.ts reads gender, birth and these). */
  get profile(): Person["profile"] {
    return this.person.profile;
  }
  get birth(): string | undefined {
    return this.merged ? this.merged.birth : this.person.birth;
  }
  get council(): readonly CouncilLevel[] {
    return this.merged ? this.merged.council : this.person.council;
  }
  get partyCommittee(): boolean {
    return this.merged ? this.merged.partyCommittee : this.person.partyCommittee;
  }
  get trained(): boolean {
    return this.merged ? this.merged.trained : this.person.trained;
  }
  get successionPool(): boolean {
    return this.merged ? this.merged.successionPool : this.person.successionPool;
  }

  /** A later row of the same person: its birth fills a gap, its marks and a higher post join. */
  mergeRow(row: Person, agency: string | undefined): void {
    const m = (this.merged ??= {
      birth: this.person.birth,
      council: [...this.person.council],
      partyCommittee: this.person.partyCommittee,
      trained: this.person.trained,
      successionPool: this.person.successionPool,
    });
    m.birth ??= row.birth;
    for (const level of row.council) if (!m.council.includes(level)) m.council.push(level);
    m.partyCommittee ||= row.partyCommittee;
    m.trained ||= row.trained;
    m.successionPool ||= row.successionPool;
    this.rank = higherRank(this.rank, keyLeaderRank(row.title));
    this.leader = higherLeader(this.leader, leaderOf(row, agency));
  }
}

interface MergedMarks {
  birth?: string;
  council: CouncilLevel[];
  partyCommittee: boolean;
  trained: boolean;
  successionPool: boolean;
}

const LEADER_ORDER: Record<LeaderRank, number> = { deputy: 1, head: 2 };

function higherRank(a: LeaderRank | null, b: LeaderRank | null): LeaderRank | null {
  if (a === null) return b;
  if (b === null) return a;
  return LEADER_ORDER[a] >= LEADER_ORDER[b] ? a : b;
}

type Leader = { level: LeaderLevel; rank: LeaderRank } | null;

/** The key-leader post of a row and its level; null when the title leads nothing. */
function leaderOf(person: Person, agency: string | undefined): Leader {
  return keyLeaderRank(person.title) === null ? null : leaderLevel(person.title, person.unit, agency);
}

/** Of two rows of one person, the higher post: head over deputy, then the agency's over a unit's. */
function higherLeader(a: Leader, b: Leader): Leader {
  if (a === null || b === null) return a ?? b;
  if (a.rank !== b.rank) return LEADER_ORDER[a.rank] > LEADER_ORDER[b.rank] ? a : b;
  return a.level === "agency" ? a : b;
}

/** Births agree when equal, or when one is a year alone and the other falls in it. */
function sameBirth(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 4 || b.length === 4) return a.slice(0, 4) === b.slice(0, 4);
  return false;
}

/** Sorted by compare, without sorting when it already is (the reader gives people in order). */
function inOrder<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1], items[i]) > 0) return [...items].sort(compare);
  }
  return items;
}

/** Orders refs by the workbook's sheet order, then row, then column. */
export function refOrder(sheets: SheetOrder) {
  return (a: { sheet: string; row: number; col?: number }, b: { sheet: string; row: number; col?: number }): number =>
    sheets.index(a.sheet) - sheets.index(b.sheet) || a.row - b.row || (a.col ?? 0) - (b.col ?? 0);
}

export interface SheetOrder {
  index(sheet: string): number;
}

export function sheetOrder(roster: Roster): SheetOrder {
  const order = new Map<string, number>();
  roster.sheets.forEach((s, i) => {
    if (!order.has(s.sheet)) order.set(s.sheet, i);
  });
  // A sheet the reader did not list goes after the listed ones, in the order first met.
  return {
    index(sheet: string): number {
      let i = order.get(sheet);
      if (i === undefined) {
        i = order.size + roster.sheets.length;
        order.set(sheet, i);
      }
      return i;
    },
  };
}

export function duplicateWarning(later: { name: string; ref: CellRef }, earlier: CellRef): Problem {
  const params: Record<string, string | number> = { name: later.name, otherRow: earlier.row };
  if (earlier.sheet !== later.ref.sheet) params.otherSheet = earlier.sheet;
  const problem: Problem = {
    severity: "warning",
    sheet: later.ref.sheet,
    row: later.ref.row,
    code: "duplicatePerson",
    params,
  };
  if (later.ref.col !== undefined) problem.col = later.ref.col;
  return problem;
}

/**
 * Same folded name, same unit, and the same birth when both rows give one: one person, counted
 * once. Namesakes with different births are different people. Marks of the later row (council,
 * cấp ủy, training, quy hoạch, a leading title) are kept, so merging loses no membership.
 */
export function mergeDuplicates(people: Person[], order: SheetOrder, problems: Problem[], agency?: string): Counted[] {
  const compare = refOrder(order);
  const byOrder = inOrder(people, (a, b) => compare(a.ref, b.ref));
  const counted: Counted[] = [];
  // One map by a hash of the unit and the folded name: no map per unit (a roster may name thousands), and the
  // folded names die young instead of being kept as keys. A hash two people share only lengthens a chain.
  const byKey = new Map<number, Counted>();
  for (let i = 0; i < byOrder.length; i++) {
    const person = byOrder[i];
    const nameKey = fold(person.name);
    const unitKey = unitKeyOf(person.unit);
    const hash = hashOf(nameKey, unitKey === null ? 0 : hashOf(unitKey, 1));
    let same: Counted | undefined;
    let last: Counted | undefined;
    for (let c = byKey.get(hash); c !== undefined; c = c.namesake) {
      last = c;
      if (c.unitKey !== unitKey || fold(c.person.name) !== nameKey) continue;
      if (c.birth === undefined || person.birth === undefined || sameBirth(c.birth, person.birth)) {
        same = c;
        break;
      }
    }
    if (same) {
      problems.push(duplicateWarning(person, same.person.ref));
      same.mergeRow(person, agency);
      continue;
    }
    const entry = new Counted(person, unitKey, keyLeaderRank(person.title), leaderOf(person, agency));
    if (last) last.namesake = entry;
    else byKey.set(hash, entry);
    counted.push(entry);
  }
  return counted;
}

/** FNV-1a of a text's char codes (from `seed`), kept to a small integer so a Map holds it without a boxed number. */
function hashOf(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}
