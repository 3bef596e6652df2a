// The pane's one way to the numbers: grids → Roster (reader) → Analysis (domain). Nothing is counted here.
import type { Grid } from "../domain/grid";
import type { Analysis } from "../domain/analysis";
import type { ColumnOverride, Roster } from "../domain/roster";
import { defaultSettings, type Settings } from "../domain/settings";
import { analyze } from "../domain/analysis";
import { readOptionsOf, resolveOptions } from "../domain/options";
import { readWorkbook } from "../reading";
import { previousAnnualFigures, readAnnualFigures, rosterGrids, type AnnualFigures } from "../report/figures";
import type { ConsolidationSource } from "../report/consolidate";

export interface PaneResult {
  roster: Roster;
  analysis: Analysis;
  /** Last year's figures from an annual sheet of this workbook, for the year-on-year columns. */
  previous: AnnualFigures | null;
}

/**
 * What of the settings the figures depend on (the reader's corrections and year, the analysis options):
 * two settings with the same key give the same PaneResult on the same grids. Language and agency do not count.
 */
export function analysisKey(settings: Settings): string {
  const { overrides, year, profileId, customTargets, keyLeaderRule, womenRelatedUnits } = settings;
  const counted = { contract: settings.countContractWorkers === true, hidden: settings.includeHiddenSheets === true };
  return JSON.stringify({ overrides, year, profileId, customTargets: customTargets ?? null, keyLeaderRule, womenRelatedUnits, counted });
}

/** The analysis itself, no cache: the demo's Web Worker calls this. */
export function computeAnalysis(grids: Grid[], settings: Settings): PaneResult {
  // Our own annual sheets are not rosters: leave them out, and read last year's figures from them.
  const roster = readWorkbook(rosterGrids(grids), readOptionsOf(settings));
  const analysis = analyze(roster, resolveOptions(settings));
  return { roster, analysis, previous: previousAnnualFigures(grids, settings.year) };
}

/** Results already computed for a set of grids (by the demo's worker, or an earlier run), by analysisKey. */
const computed = new WeakMap<Grid[], Map<string, PaneResult>>();
/** Results kept per set of grids: the current settings and a few before (a toggled setting comes back at once). */
const KEPT_RESULTS = 4;

/** Records a result computed elsewhere (the demo's Web Worker) for these very grids and settings. */
export function rememberAnalysis(grids: Grid[], settings: Settings, result: PaneResult): void {
  let byKey = computed.get(grids);
  if (!byKey) computed.set(grids, (byKey = new Map()));
  byKey.delete(analysisKey(settings));
  byKey.set(analysisKey(settings), result);
  while (byKey.size > KEPT_RESULTS) byKey.delete(byKey.keys().next().value as string);
}

/** The pane's figures for the grids under the settings: computed once per grids and analysisKey. */
export function runAnalysis(grids: Grid[], settings: Settings): PaneResult {
  const known = computed.get(grids)?.get(analysisKey(settings));
  if (known) return known;
  const result = computeAnalysis(grids, settings);
  rememberAnalysis(grids, settings, result);
  return result;
}

/**
 * Annual sheets of agencies pasted into this workbook (Sở Nội vụ's copy): each sheet is one source of
 * the provincial consolidation, named by its sheet.
 */
export function annualSources(grids: Grid[]): ConsolidationSource[] {
  return grids.filter((g) => readAnnualFigures(g) !== null).map((g) => ({ source: g.sheet, grids: [g] }));
}

/** Saved settings over the defaults, so a workbook saved by an older version still loads. */
export function completeSettings(saved: Partial<Settings> | null, now: Date = new Date()): Settings {
  const base = defaultSettings(now);
  if (!saved) return base;
  return {
    ...base,
    ...saved,
    womenRelatedUnits: saved.womenRelatedUnits ?? base.womenRelatedUnits,
    overrides: saved.overrides ?? base.overrides,
    lang: saved.lang === "en" ? "en" : "vi",
  };
}

/** The settings with one column's role corrected (replacing an earlier correction of that column). */
export function withOverride(settings: Settings, override: ColumnOverride): Settings {
  const others = settings.overrides.filter((o) => !(o.sheet === override.sheet && o.col === override.col));
  return { ...settings, overrides: [...others, override] };
}

/** The settings without the correction of one column: the reader's own reading applies again. */
export function withoutOverride(settings: Settings, sheet: string, col: number): Settings {
  return { ...settings, overrides: settings.overrides.filter((o) => !(o.sheet === sheet && o.col === col)) };
}

/** A message for an unknown thrown value, for the "Chi tiết" line under a clerk's error. */
export function errorDetail(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
