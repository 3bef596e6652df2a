// The clerk's choices, saved in the workbook (Office settings) or beside a file (CLI options).
import type { ColumnOverride } from "./roster";
import type { KeyLeaderRule } from "./analysis";
import type { TargetProfile } from "./profiles";

export type Lang = "vi" | "en";

/** The báo cáo's own facts (REPORT.md, "The form of the báo cáo"): who issues it, to whom, who signs. */
export interface DocumentSettings {
  /** The body above the agency in the header, e.g. "UBND tỉnh Hà Tĩnh"; empty: from the place (none for a UBND). */
  governingBody?: string;
  /** Địa danh of the date line, e.g. "Hà Tĩnh". */
  place?: string;
  /** Số of the document ("125"); empty: left "…" for the văn thư. */
  docNumber?: string;
  /** Ký hiệu of the agency in "Số: …/BC-STC"; empty: the agency's initials. */
  docCode?: string;
  /** Kính gửi; empty: "Sở Nội vụ tỉnh <place>". */
  recipient?: string;
  /** "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", or empty when the head signs. */
  signerAuthority?: string;
  /** "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH". */
  signerTitle?: string;
  signerName?: string;
}

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
  /** The báo cáo's header, recipient and signer. */
  document?: DocumentSettings;
  /** Giải trình of accepted warnings, by problem key (src/report/clerk.ts problemKey). */
  explanations?: Record<string, string>;
  /**
   * Count contract workers (hợp đồng lao động) in every figure as if they were staff. By default
   * (absent or false) they are left out and shown apart (DOMAIN.md "Contract workers").
   */
  countContractWorkers?: boolean;
  /**
   * Count the people of hidden sheets too. By default (absent or false) a hidden sheet is last year's list
   * or people who left: not counted, with a warning that names it (DOMAIN.md "Hidden sheets").
   */
  includeHiddenSheets?: boolean;
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
