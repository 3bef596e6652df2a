// The clerk's choices, saved in the workbook (Office settings) or beside a file (CLI options).
import type { ColumnOverride } from "./roster";
import type { KeyLeaderRule } from "./analysis";
import type { TargetProfile } from "./profiles";

export type Lang = "vi" | "en";

export interface Settings {
  /** Id of a profile in PROFILES; "" (the default) lets the reporting year pick it (profiles.ts defaultProfileFor). */
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
  /**
   * Count contract workers (hợp đồng lao động) in every figure as if they were staff. By default
   * (absent or false) they are left out and shown apart (DOMAIN.md "Contract workers").
   */
  countContractWorkers?: boolean;
}

export function defaultSettings(now: Date = new Date()): Settings {
  return {
    profileId: "",
    keyLeaderRule: "headOrDeputy",
    womenRelatedUnits: [],
    overrides: [],
    year: now.getFullYear(),
    agency: "",
    lang: "vi",
  };
}
