// The Roster: what the reader found in a workbook, people and lists and every row accounted for.
// Produced by src/reading/, consumed by src/domain/analysis.ts.

export type Gender = "female" | "male";

/** Level of an elected body. national = Quốc hội (ĐBQH); commune = xã/phường/thị trấn. */
export type CouncilLevel = "national" | "province" | "district" | "commune";

export type Severity = "error" | "warning" | "notice";

/** Where a thing stands in the workbook: 1-based row and column, as Excel shows them. */
export interface CellRef {
  sheet: string;
  row: number;
  col?: number;
}

/** A problem a person must fix (error), may accept (warning) or should know (notice). */
export interface Problem {
  severity: Severity;
  sheet: string;
  row: number;
  /** 1-based column when one cell is at fault. */
  col?: number;
  /** Key into the message catalogue (src/domain/messages.ts). */
  code: ProblemCode;
  /** Values the message needs (a header text, a value found, another row…). */
  params?: Record<string, string | number>;
  /**
   * True when this problem is why its row was not counted (the row's outcome).
   * Every row of every sheet has exactly one outcome: a Person, a ListEntry, a SkippedRow,
   * or one problem with rejectsRow. Warnings and notices on a counted row leave this unset.
   */
  rejectsRow?: boolean;
}

export type ProblemCode =
  | "genderMissing" // error: a person row with no gender we can read
  | "genderUnreadable" // error: a gender cell with a value that is not Nam/Nữ
  | "genderConflict" // error: both Nam and Nữ marked, or birth date under both
  | "nameMissing" // error: a row with data but no name
  | "unitMissing" // warning: a person with no unit (counted, not in any unit)
  | "duplicatePerson" // warning: the same name and birth date twice; counted once
  | "errorValue" // warning: a cell holds #N/A or another error value
  | "councilLevelUnknown" // warning: a deputy mark whose level cannot be read
  | "dateUnreadable" // notice: a birth date that is not a date
  | "legacyEncoding" // notice: the sheet's text was in TCVN3/VNI and was decoded
  | "noGenderColumn" // error: a roster table with no gender column at all
  | "rowUnreadable" // error: a non-blank row in a table that is neither a person nor a known skip
  | "noRosterFound" // error: the workbook holds no roster table
  | "sheetNotRoster" // notice: a sheet that is not a roster or list (instructions, summaries)
  | "listPersonNotMatched" // notice: reserved; list people need no matching
  | "totalsMismatch" // notice: a totals row whose figures differ from the people counted
  | "hiddenSheet" // warning: a hidden sheet holding people, not counted (a setting includes hidden sheets)
  | "hiddenRows" // notice: hidden rows (a filter, a print layout) that were counted
  | "formulaUncalculated" // error/warning: a formula saved without its calculated value (open and save in Excel)
  | "contractWorkersLeftOut"; // notice: contract workers (hợp đồng lao động) not counted as staff

/** A person of the agency's staff, read from one row of a roster sheet. */
export interface Person {
  name: string;
  gender: Gender;
  /** Birth date as read (ISO yyyy-mm-dd, or yyyy alone), for telling namesakes apart. */
  birth?: string;
  /** Unit name (decoded, trimmed, NFC) or null when the roster gives none. */
  unit: string | null;
  /** Job title (chức vụ) as written, decoded; null when none. */
  title: string | null;
  ref: CellRef;
  /** Elected-body memberships marked on the roster row. */
  council: CouncilLevel[];
  /** Marked as a cấp ủy (party committee) member on the roster row. */
  partyCommittee: boolean;
  /** Marked as sent to training (đào tạo, bồi dưỡng) on the roster row. */
  trained: boolean;
  /** Marked as in the succession pool (quy hoạch) on the roster row. */
  successionPool: boolean;
  /** The staff-profile fields of the phụ lục (REPORT.md); absent when the roster has no such column. */
  profile?: PersonProfile;
}

/** Professional level (trình độ chuyên môn): the highest degree named. */
export type EducationLevel = "tienSi" | "thacSi" | "daiHoc" | "caoDang" | "trungCap" | "other";
/** Political theory (lý luận chính trị). */
export type PoliticalTheory = "cuNhan" | "caoCap" | "trungCap" | "soCap" | "none";
/** Kind of employment: công chức, viên chức, hợp đồng lao động (not cán bộ, công chức, viên chức), other. */
export type StaffKind = "congChuc" | "vienChuc" | "contract" | "other";
/** Where a person's key-leader post or succession-pool level sits: the agency's own leadership, or a unit's. */
export type LeaderLevel = "agency" | "unit";

/**
 * What the roster says beyond the indicators. Each field is undefined when the roster has no column
 * (or section/sheet) that gives it, so a breakdown can say "không có dữ liệu" instead of counting zeros.
 */
export interface PersonProfile {
  education?: EducationLevel;
  politicalTheory?: PoliticalTheory;
  /** True for an ethnic minority (dân tộc other than Kinh). */
  ethnicMinority?: boolean;
  partyMember?: boolean;
  kind?: StaffKind;
  /** The level the person is planned for in the succession pool, where the roster marks it. */
  successionLevel?: LeaderLevel;
}

export type ListKind = "council" | "partyCommittee" | "training" | "successionPool";

/** A person on a separate list sheet (Danh sách đại biểu HĐND, Danh sách cấp ủy, Cử đi đào tạo…). */
export interface ListEntry {
  kind: ListKind;
  name: string;
  gender: Gender;
  unit: string | null;
  /** For council lists: the level(s) of the body. Empty when it could not be read (a problem says so). */
  council: CouncilLevel[];
  /** For a list grouped under course headings ("Lớp Trung cấp LLCT khóa 45"): the heading above the row. */
  course?: string;
  ref: CellRef;
}

/** Why a row is not a person. Every non-person row is one of these, or a problem. */
export type SkipReason =
  | "title" // the title block above the table
  | "header" // a header row
  | "columnNumbers" // the row numbering the columns (1, 2, 3…)
  | "section" // a unit or group heading ("I. VĂN PHÒNG SỞ")
  | "total" // "Tổng cộng", "Cộng"
  | "blank"
  | "footer" // signature block, notes, dates below the table
  | "notRoster" // rows of a sheet that is not a roster
  | "amountInWords" // "Số tiền bằng chữ: …" below a total
  | "groupHeading" // a list's heading giving the level or course of the rows below ("1. Đại biểu HĐND tỉnh")
  | "hiddenSheet"; // rows of a hidden sheet, not counted (ReadOptions.includeHiddenSheets counts them)

export interface SkippedRow {
  sheet: string;
  row: number;
  reason: SkipReason;
}

/** The role a column plays, read from its header text (or set by the user). */
export type ColumnRole =
  | "ordinal" // STT / TT
  | "name" // Họ và tên
  | "gender" // Giới tính: Nam/Nữ, F/M
  | "birth" // Ngày sinh without gender split
  | "birthMale" // birth date under "Nam"
  | "birthFemale" // birth date under "Nữ"
  | "maleMark" // x under "Nam"
  | "femaleMark" // x under "Nữ"
  | "unit" // Đơn vị, Phòng/ban, Cơ quan
  | "title" // Chức vụ
  | "council" // Đại biểu QH/HĐND with level as text
  | "councilNational"
  | "councilProvince"
  | "councilDistrict"
  | "councilCommune"
  | "partyCommittee" // Cấp ủy
  | "training" // Đào tạo, bồi dưỡng (for the reporting year)
  | "successionPool" // Quy hoạch
  | "education" // Trình độ chuyên môn
  | "politicalTheory" // Lý luận chính trị
  | "ethnicity" // Dân tộc
  | "partyMember" // Đảng viên, Ngày vào Đảng
  | "staffKind" // Loại: công chức / viên chức / hợp đồng
  | "other";

export interface ColumnInfo {
  /** 1-based sheet column. */
  col: number;
  /** The header text as read, decoded, parts of a two-row header joined with " / ". */
  header: string;
  role: ColumnRole;
  /** True when the role came from the user's override rather than the header text. */
  overridden?: boolean;
}

export type SheetKind = "roster" | "list" | "other";
export type TextEncoding = "unicode" | "tcvn3" | "vni";

/** How one sheet was read: what the task pane shows under "what was found". */
export interface SheetReading {
  sheet: string;
  kind: SheetKind;
  /** For a list sheet, which list it is. */
  listKind?: ListKind;
  /** Header rows (1-based sheet rows); empty for "other". */
  headerRows: number[];
  /** First and last data row considered (1-based), when a table was found. */
  dataRows?: { first: number; last: number };
  columns: ColumnInfo[];
  encoding: TextEncoding;
  /** The unit every person of this sheet belongs to, when the sheet is one unit's roster. */
  sheetUnit?: string;
  people: number;
  listEntries: number;
  skipped: number;
  problems: number;
  /** True for a hidden sheet; when it was not counted, hiddenPeople says how many people it holds. */
  hidden?: boolean;
  hiddenPeople?: number;
}

export interface UnitInfo {
  name: string;
  /** Where the unit first appears (section row, unit cell or sheet). */
  ref: CellRef;
}

/** Which kinds of information the workbook gives at all, so an empty group can say what is missing. */
export interface Coverage {
  council: boolean; // any council column or list
  partyCommittee: boolean;
  training: boolean;
  successionPool: boolean;
  title: boolean;
}

export interface Roster {
  sheets: SheetReading[];
  people: Person[];
  listEntries: ListEntry[];
  /** Units in the order the workbook first names them. */
  units: UnitInfo[];
  skipped: SkippedRow[];
  problems: Problem[];
  coverage: Coverage;
}

/** A user's correction of a column's role, saved in the workbook settings. */
export interface ColumnOverride {
  sheet: string;
  col: number;
  role: ColumnRole;
}

/** What the reader may be told. */
export interface ReadOptions {
  overrides?: ColumnOverride[];
  /** Reporting year, for training columns named by year ("Đào tạo năm 2026"). */
  year?: number;
  /** Read hidden sheets too (by default they are not counted, and a warning names each). */
  includeHiddenSheets?: boolean;
}
