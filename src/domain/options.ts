// From the clerk's saved Settings to the options of one analysis. The task pane and the CLI both
// call this, so the same settings always give the same figures.
import type { AnalysisOptions } from "./analysis";
import type { ReadOptions } from "./roster";
import { profileFor, type TargetProfile } from "./profiles";
import type { Settings } from "./settings";

type Targets = TargetProfile["targets"];

/**
 * A target as a fraction of 1, or undefined when it cannot be one. A clerk typing 35 means 35%,
 * so values above 1 and up to 100 are read as percentages.
 */
function asFraction(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) return undefined;
  return value > 1 ? value / 100 : value;
}

/** The profile with the clerk's edited targets laid over its own; the profile is not changed. */
export function applyCustomTargets(profile: TargetProfile, custom: Partial<Targets> | undefined): TargetProfile {
  if (!custom) return profile;
  const targets: Targets = { ...profile.targets };
  let edited = false;
  for (const key of Object.keys(custom) as (keyof Targets)[]) {
    const value = asFraction(custom[key]);
    if (value === undefined || value === profile.targets[key]) continue;
    targets[key] = value;
    edited = true;
  }
  if (!edited) return profile;
  return {
    ...profile,
    name: `${profile.name} (chỉ tiêu đã điều chỉnh)`,
    nameEn: `${profile.nameEn} (edited targets)`,
    targets,
  };
}

/**
 * Options for analyze(): the profile by id with custom targets applied; with no id (or an unknown
 * one) the profile the reporting year picks.
 */
export function resolveOptions(settings: Settings): AnalysisOptions {
  const profile = profileFor(settings.profileId, settings.year);
  const options: AnalysisOptions = {
    profile: applyCustomTargets(profile, settings.customTargets),
    keyLeaderRule: settings.keyLeaderRule ?? "headOrDeputy",
    womenRelatedUnits: [...(settings.womenRelatedUnits ?? [])],
    year: settings.year,
  };
  if (settings.countContractWorkers) options.countContractWorkers = true;
  if (settings.agency && settings.agency.trim() !== "") options.agency = settings.agency.trim();
  return options;
}

/** Options for readWorkbook(): the clerk's column corrections, the reporting year, hidden sheets or not. */
export function readOptionsOf(settings: Settings): ReadOptions {
  const options: ReadOptions = { overrides: settings.overrides, year: settings.year };
  if (settings.includeHiddenSheets) options.includeHiddenSheets = true;
  return options;
}
