// The clerk's choices, saved in the workbook (Office settings) or beside a file (CLI options).
import type { ColumnOverride } from "./roster";
import type { KeyLeaderRule } from "./analysis";
import type { TargetProfile } from "./profiles";

export type Lang = "vi" | "en";

export interface Settings {
  /** Id of a profile in PROFILES. */
  profileId: string;
  /** Targets the clerk edited, over the profile's own. */
  customTargets?: Partial<TargetProfile["targets"]>;
  keyLeaderRule: KeyLeaderRule;
  /** Units whose functions mainly concern women (Hội LHPN, Ban VSTBPN…). */
  womenRelatedUnits: string[];
  /** Column role corrections. */
  overrides: ColumnOverride[];
  year: number;
  /** Agency name for the report (e.g. "Sở Tài chính"). */
  agency: string;
  lang: Lang;
}

export function defaultSettings(now: Date = new Date()): Settings {
  return {
    profileId: "qd515-2016-2020",
    keyLeaderRule: "headOrDeputy",
    womenRelatedUnits: [],
    overrides: [],
    year: now.getFullYear(),
    agency: "",
    lang: "vi",
  };
}
