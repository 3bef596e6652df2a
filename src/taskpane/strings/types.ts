// The shape of the pane's string catalogue: every string it shows, Vietnamese (vi.ts) first, English (en.ts) second.
// Problem sentences and indicator names come from src/domain/messages.ts, not from here.
import type { ColumnRole, ListKind, Severity, SheetKind, TextEncoding } from "../../domain/roster";
import type { KeyLeaderRule } from "../../domain/analysis";

export interface UiStrings {
  appTitle: string;
  appSubtitle: string;
  englishSwitch: string;
  settings: string;
  rescan: string;
  scanning: string;
  readingSheet: (sheet: string, rowsRead: string, rowsTotal?: string) => string;
  listingSheets: string;
  noWorkbookYet: string;

  // Demo mode
  demoTitle: string;
  demoExplain: string;
  demoOpenFile: string;
  demoOpenSample: string;
  demoLoadingEngine: string;
  demoFileLabel: (name: string) => string;
  demoNotXlsx: string;
  demoDownload: string;
  /** The progress bar while a file is read (in a Web Worker): "Đang đọc sổ tính… 45%". */
  demoReading: (percent: string) => string;
  demoCancel: string;

  // Staff and indicators
  staffHeading: string;
  staffLine: (female: string, total: string, share: string) => string;
  indicatorsHeading: string;
  femaleOfTotal: (female: string, total: string) => string;
  target: (t: string) => string;
  stretchTarget: (t: string) => string;
  met: string;
  notMet: string;
  noData: string;
  missing: Record<"council" | "partyCommittee" | "training" | "successionPool", string>;
  levels: Record<"national" | "province" | "district", string>;
  unitsAtThreshold: (n: string, total: string) => string;
  unitsWithFemaleKeyLeader: (n: string) => string;
  flaggedCount: (n: string) => string;
  leadersHeading: string;
  leadersAll: string;
  heads: string;
  deputies: string;
  unitsWithFemaleKeyLeaderShare: string;

  // Units
  unitsHeading: string;
  unitsEmpty: string;
  sortUnits: string;
  unitSorts: Record<"flagged" | "name" | "share-desc" | "share-asc" | "total", string>;
  unitFigures: (female: string, total: string, share: string) => string;
  hasFemaleKeyLeader: string;
  noFemaleKeyLeader: string;
  flagged: string;
  flaggedExplain: string;
  womenRelated: string;
  /** Under indicator d, when only the first flagged units are named there. */
  flaggedMore: (n: string) => string;

  // Summary at the top: the clerk's four questions, each a jump to its section
  summaryHeading: string;
  summaryIndicators: (met: string, judged: string) => string;
  summaryFlagged: (n: string) => string;
  summaryNoFlagged: string;
  summaryProblems: (errors: string, warnings: string) => string;
  summaryNoProblems: string;
  jumpTo: (section: string) => string;

  // Problems
  problemsHeading: string;
  problemsNone: string;
  problemsCount: (errors: string, warnings: string, notices: string) => string;
  severity: Record<Severity, string>;
  sheetGroup: (sheet: string, n: string) => string;
  goToCell: (where: string) => string;
  showMore: (n: string) => string;

  // What was found
  foundHeading: string;
  sheetKind: Record<SheetKind, string>;
  listKind: Record<ListKind, string>;
  encoding: Record<TextEncoding, string>;
  headerRows: (rows: string) => string;
  sheetCounts: (people: string, entries: string, problems: string) => string;
  sheetUnit: (unit: string) => string;
  columnRoleLabel: (letter: string, header: string) => string;
  roles: Record<ColumnRole, string>;
  showColumns: (n: string) => string;
  overridden: string;
  resetOverride: string;

  // Report
  makeReport: string;
  reportNotReady: string;
  reportNoAnalysis: string;
  /** The report is written: its sheets (the báo cáo and its phụ lục). */
  reportDone: (sheets: string[]) => string;
  /** The Sở Nội vụ's command: sum the agencies' annual sheets pasted into this workbook. */
  consolidate: (n: number) => string;
  consolidateDone: (sheet: string, n: number) => string;
  errConsolidate: string;

  // Settings
  settingsTitle: string;
  profile: string;
  targetsHeading: string;
  targetA: string;
  targetB: string;
  targetBStretch: string;
  targetC: string;
  targetDd: string;
  targetQ: string;
  targetUnits: string;
  targetInvalid: string;
  keyLeaderRule: string;
  keyLeaderRules: Record<KeyLeaderRule, string>;
  /** Who is counted beyond the staff of visible sheets (both off by default, DOMAIN.md). */
  countedHeading: string;
  countContractWorkers: string;
  includeHiddenSheets: string;
  womenRelatedUnits: string;
  womenRelatedNone: string;
  year: string;
  yearInvalid: string;
  agency: string;
  // The báo cáo's header and signer (REPORT.md, NĐ 30/2020)
  documentHeading: string;
  documentExplain: string;
  docGoverningBody: string;
  docPlace: string;
  docNumber: string;
  docCode: string;
  docRecipient: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  fromRoster: (value: string) => string;
  useSuggestion: string;
  // Giải trình of a warning
  explain: string;
  explainLabel: string;
  explainSave: string;
  explained: (reason: string) => string;
  explainEdit: string;
  explainRemove: string;
  save: string;
  cancel: string;
  close: string;
  settingsSaved: string;

  // Errors, in words a clerk understands
  errRead: string;
  errAnalyse: string;
  errSaveSettings: string;
  errLoadSettings: string;
  errSelect: string;
  errReport: string;
  errOpenFile: string;
  errSample: string;

  // Start-up, before a door is open (src/taskpane/host.ts)
  bootWaitingExcel: string;
  bootOfficeMissing: string;
  bootOfficeMissingHelp: string;
  bootUseDemo: string;
  errDownload: string;
  errDetail: (detail: string) => string;
  dismiss: string;
}
