// The reporting deadline: every agency reports to Sở Nội vụ before 05/12 of the reporting year
// (DOMAIN.md). Pure: "today" is a parameter, so the CLI, the pane and the tests agree on it.

/** Day and month of the deadline: the report is due before 05/12. */
export const DEADLINE_DAY = 5;
export const DEADLINE_MONTH = 12;

export interface DeadlineStatus {
  /** The deadline as yyyy-mm-dd ("2026-12-05"). */
  date: string;
  /** Days from today to the deadline: 4 on 01/12 (01–04/12 remain), 0 on 05/12, negative after. */
  daysLeft: number;
  /** Today is on or after the deadline day: the report is no longer before it. */
  overdue: boolean;
}

const DAY_MS = 86_400_000;

/** The deadline of a reporting year as yyyy-mm-dd. */
export function deadlineDate(year: number): string {
  return `${String(year).padStart(4, "0")}-${String(DEADLINE_MONTH).padStart(2, "0")}-${String(DEADLINE_DAY).padStart(2, "0")}`;
}

/** How the deadline stands on `today` (its calendar date where the clerk is: local year, month, day). */
export function deadlineStatus(today: Date, year: number): DeadlineStatus {
  const from = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const to = Date.UTC(year, DEADLINE_MONTH - 1, DEADLINE_DAY);
  const daysLeft = Math.round((to - from) / DAY_MS);
  return { date: deadlineDate(year), daysLeft, overdue: daysLeft <= 0 };
}
