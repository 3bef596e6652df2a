// Shares and the lines they are measured against: women ÷ people of known gender, decided exactly.
// The one place a share, a "met" or the 30% line of indicator d is computed (DOMAIN.md "Share").

/** Women and everybody (of known gender) in a group. */
export interface Count {
  female: number;
  total: number;
}

/** Indicator d's line: a unit whose staff is 30% or more female needs a female key leader. */
export const UNIT_THRESHOLD = 0.3;

/** A unit of fewer people than this moves a lot with one person: the report notes it (the rule still applies). */
export const SMALL_UNIT = 5;

/**
 * A target as the shortest decimal fraction it stands for: 0.35 → 35/100, and 0.1 * 3
 * (0.30000000000000004, as arithmetic on a typed "30" may give) → 3/10, so the line is the
 * percentage the clerk meant.
 */
function decimalFraction(target: number): { num: number; den: number } | null {
  let den = 1;
  for (let digits = 0; digits <= 9; digits++, den *= 10) {
    const num = Math.round(target * den);
    if (Math.abs(num / den - target) <= 1e-12) return { num, den };
  }
  return null;
}

/**
 * female/total ≥ target, decided on integers (female·den ≥ num·total) so the line itself counts:
 * 3 of 10 reaches 30%. null when the group is empty (no data, neither pass nor fail).
 */
export function reachesShare(female: number, total: number, target: number): boolean | null {
  if (total === 0) return null;
  const fraction = decimalFraction(target);
  if (fraction === null) return female / total >= target; // a target with no short decimal form
  // Exact in doubles while both products stay integers under 2^53 (any real roster: den ≤ 10^9, staff < 10^6).
  // Not BigInt: EdgeHTML, the webview of Office 2016/2019 retail, has none (the pane is built for ES2017).
  const left = female * fraction.den;
  const right = fraction.num * total;
  if (left > Number.MAX_SAFE_INTEGER || right > Number.MAX_SAFE_INTEGER) return female / total >= target;
  return left >= right;
}

/** The exact share, null for an empty group (no data: never 0%, never 100%). */
export function shareOf(female: number, total: number): number | null {
  return total === 0 ? null : female / total;
}

/** The share of a count (or of nothing: null). */
export function share(count: Count | null | undefined): number | null {
  return count ? shareOf(count.female, count.total) : null;
}

/** A count measured against a target: share, and met (null when the group is empty or has no target). */
export function measured(count: Count, target: number | undefined): Count & { share: number | null; met: boolean | null } {
  return {
    female: count.female,
    total: count.total,
    share: shareOf(count.female, count.total),
    met: target === undefined ? null : reachesShare(count.female, count.total, target),
  };
}

/** Whether a unit's staff is at or over indicator d's line (30%); false for an empty unit. */
export function reachesUnitLine(count: Count): boolean {
  return reachesShare(count.female, count.total, UNIT_THRESHOLD) === true;
}

/** A unit with people but fewer than SMALL_UNIT of them: its share moves a lot with one person. */
export function isSmallUnit(count: Count): boolean {
  return count.total > 0 && count.total < SMALL_UNIT;
}

/** The sum of counts, group by group. */
export function sumCounts(counts: Iterable<Count>): Count {
  let female = 0;
  let total = 0;
  for (const c of counts) {
    female += c.female;
    total += c.total;
  }
  return { female, total };
}

/** Change in percentage points, rounded to 0.1, or null when either share is missing. */
export function pointsChange(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  return Math.round((now - before) * 1000) / 10;
}
