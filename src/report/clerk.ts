// What the report sheet keeps for the clerk and for the program, beside the print area, never printed:
// the data check (errors, warnings with their giải trình, notices, with sheet and cell, so the clerk can
// find them), and the hidden data block (figures.ts) that next year's report and the consolidation read.
import { problemCell, problemMessage } from "../domain/messages";
import type { Problem } from "../domain/roster";
import { area, textHeight, type SheetBuilder } from "./layout";
import type { ReportCell } from "./model";
import type { ReportText } from "./text";

/** Most problem lines the sheet lists; the pane lists all. */
const MAX_LINES = 200;
export const DATA_WIDTH = 8;

export interface ClerkBlockInput {
  problems: Problem[];
  /** Giải trình of accepted warnings, by problemKey. */
  explanations: Map<string, string>;
  /** Lines said before the problems (the profile in use, placeholders to replace…). */
  remarks: string[];
  /** The hidden data block's records (figures.ts). */
  records: ReportCell[][];
  T: ReportText;
}

/** A problem's identity in the settings (giải trình): kind, sheet, row and column. */
export function problemKey(p: Problem): string {
  return `${p.code}|${p.sheet}|${p.row}|${p.col ?? ""}`;
}

/**
 * Writes the data check below the printed rows (from row `firstRow`, across columns 1..`lastCol`, outside
 * the print area), and the hidden data block from column `dataCol` (rows 1…); returns the columns to hide.
 */
export function clerkBlock(b: SheetBuilder, o: ClerkBlockInput & { firstRow: number; lastCol: number; widthMm: number; dataCol: number }): number[] {
  const { T } = o;
  const count = (s: Problem["severity"]): number => o.problems.filter((p) => p.severity === s).length;
  const warnings = o.problems.filter((p) => p.severity === "warning");
  const accepted = warnings.filter((p) => o.explanations.has(problemKey(p))).length;
  const errors = count("error");
  const lines: { text: string; style?: string }[] = [
    { text: T.clerkTitle, style: "clerkTitle" },
    { text: T.clerkCounts(errors, warnings.length, accepted, count("notice")) },
    { text: errors > 0 ? T.clerkDraft : T.clerkClean, style: errors > 0 ? "clerkError" : undefined },
    ...o.remarks.map((text) => ({ text })),
  ];
  // Errors first, then warnings not yet explained, explained ones, notices.
  const rank = (p: Problem): number =>
    p.severity === "error" ? 0 : p.severity === "warning" ? (o.explanations.has(problemKey(p)) ? 2 : 1) : 3;
  const ordered = [...o.problems].sort((a, c) => rank(a) - rank(c));
  for (const p of ordered.slice(0, MAX_LINES)) {
    const reason = p.severity === "warning" ? o.explanations.get(problemKey(p)) : undefined;
    lines.push({
      text: T.clerkLine(p.severity, p.sheet, problemCell(p), problemMessage(p, T.lang), reason),
      style: p.severity === "error" ? "clerkError" : reason ? "clerkAccepted" : undefined,
    });
  }
  if (ordered.length > MAX_LINES) lines.push({ text: T.clerkMore(ordered.length - MAX_LINES) });
  while (b.rows.length < o.firstRow - 1) b.append();
  for (const line of lines) {
    const row = b.append();
    b.span(row, 1, o.lastCol, line.text, "clerkLine", ...(line.style ? [line.style] : []));
    b.height(row, textHeight(line.text, o.widthMm, 11) + 2);
  }
  o.records.forEach((record, i) => record.forEach((v, j) => b.set(i + 1, o.dataCol + j, v)));
  b.style(area(1, o.dataCol, Math.max(1, o.records.length), o.dataCol + DATA_WIDTH - 1), "hiddenData");
  return Array.from({ length: DATA_WIDTH }, (_, i) => o.dataCol + i);
}
