// Every string the task pane shows: Vietnamese first, English second.
// Problem sentences and indicator names come from src/domain/messages.ts, not from here.
import type { ColumnRole, ListKind, Severity, SheetKind, TextEncoding } from "../domain/roster";
import type { KeyLeaderRule } from "../domain/analysis";
import type { Lang } from "../domain/settings";

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
  reportDone: (sheet: string) => string;
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

const vi: UiStrings = {
  appTitle: "Bình đẳng giới",
  appSubtitle: "Chỉ tiêu bình đẳng giới đối với nữ cán bộ, công chức, viên chức",
  englishSwitch: "English",
  settings: "Cài đặt",
  rescan: "Quét lại sổ tính",
  scanning: "Đang quét sổ tính…",
  readingSheet: (sheet, rowsRead, rowsTotal) =>
    rowsTotal ? `Đang đọc sheet “${sheet}”: ${rowsRead}/${rowsTotal} dòng` : `Đang đọc sheet “${sheet}”: ${rowsRead} dòng`,
  listingSheets: "Đang liệt kê các sheet…",
  noWorkbookYet: "Chưa có sổ tính nào được quét.",

  demoTitle: "Chế độ thử (ngoài Excel)",
  demoExplain:
    "Trang này không chạy trong Excel. Hãy mở một tệp danh sách cán bộ (.xlsx) để xem các chỉ tiêu; tệp chỉ được đọc trên máy này, không gửi đi đâu.",
  demoOpenFile: "Mở tệp .xlsx",
  demoOpenSample: "Mở tệp mẫu",
  demoLoadingEngine: "Đang mở tệp…",
  demoFileLabel: (name) => `Tệp đang xem: ${name}`,
  demoNotXlsx: "Tệp này không phải sổ tính Excel (.xlsx). Hãy chọn tệp có đuôi .xlsx.",
  demoDownload: "Tải về bản có báo cáo",
  demoReading: (percent) => `Đang đọc sổ tính… ${percent}%`,
  demoCancel: "Hủy",

  staffHeading: "Cán bộ, công chức, viên chức",
  staffLine: (female, total, share) => `${female} nữ / ${total} người (${share})`,
  indicatorsHeading: "Các chỉ tiêu",
  femaleOfTotal: (female, total) => `${female} nữ / ${total}`,
  target: (t) => `Chỉ tiêu: ${t}`,
  stretchTarget: (t) => `phấn đấu ${t}`,
  met: "Đạt",
  notMet: "Chưa đạt",
  noData: "Không có dữ liệu",
  missing: {
    council: "Sổ tính không có cột hay danh sách đại biểu HĐND.",
    partyCommittee: "Sổ tính không có cột hay danh sách cấp ủy.",
    training: "Sổ tính không có cột hay danh sách cử đi đào tạo, bồi dưỡng.",
    successionPool: "Sổ tính không có cột hay danh sách quy hoạch.",
  },
  levels: { national: "Quốc hội", province: "HĐND tỉnh", district: "HĐND huyện" },
  unitsAtThreshold: (n, total) => `${n}/${total} đơn vị có từ 30% nữ trở lên hoặc liên quan đến phụ nữ`,
  unitsWithFemaleKeyLeader: (n) => `${n} đơn vị có lãnh đạo chủ chốt là nữ`,
  flaggedCount: (n) => `${n} đơn vị cần có lãnh đạo chủ chốt là nữ`,
  leadersHeading: "Tỷ lệ nữ lãnh đạo",
  leadersAll: "Lãnh đạo chủ chốt",
  heads: "Cấp trưởng",
  deputies: "Cấp phó",
  unitsWithFemaleKeyLeaderShare: "Đơn vị có lãnh đạo chủ chốt là nữ",

  unitsHeading: "Các đơn vị",
  unitsEmpty: "Không tìm thấy đơn vị nào.",
  sortUnits: "Sắp xếp",
  unitSorts: {
    flagged: "Đơn vị cần lãnh đạo nữ xếp trước",
    name: "Theo tên đơn vị (A–Z)",
    "share-desc": "Tỷ lệ nữ từ cao đến thấp",
    "share-asc": "Tỷ lệ nữ từ thấp đến cao",
    total: "Số người từ nhiều đến ít",
  },
  unitFigures: (female, total, share) => `${female} nữ / ${total} người (${share})`,
  hasFemaleKeyLeader: "Có lãnh đạo chủ chốt là nữ",
  noFemaleKeyLeader: "Chưa có lãnh đạo chủ chốt là nữ",
  flagged: "Cần lãnh đạo nữ",
  flaggedExplain: "Đơn vị có từ 30% nữ trở lên (hoặc liên quan đến phụ nữ) nhưng chưa có lãnh đạo chủ chốt là nữ.",
  womenRelated: "Liên quan đến phụ nữ",
  flaggedMore: (n) => `và ${n} đơn vị khác (xem mục Các đơn vị)`,

  summaryHeading: "Tóm tắt",
  summaryIndicators: (met, judged) => `Đạt ${met}/${judged} chỉ tiêu`,
  summaryFlagged: (n) => `${n} đơn vị cần có lãnh đạo chủ chốt là nữ`,
  summaryNoFlagged: "Không đơn vị nào thiếu lãnh đạo chủ chốt là nữ",
  summaryProblems: (e, w) => `${e} lỗi cần sửa, ${w} cảnh báo cần xem`,
  summaryNoProblems: "Không có lỗi dữ liệu",
  jumpTo: (section) => `Đến mục “${section}”`,

  problemsHeading: "Dữ liệu cần xem lại",
  problemsNone: "Không có lỗi dữ liệu: mọi dòng đều được tính.",
  problemsCount: (e, w, n) => `${e} lỗi, ${w} cảnh báo, ${n} lưu ý`,
  severity: { error: "Lỗi", warning: "Cảnh báo", notice: "Lưu ý" },
  sheetGroup: (sheet, n) => `Sheet “${sheet}” (${n})`,
  goToCell: (where) => `Đến ô ${where}`,
  showMore: (n) => `Hiện thêm (${n} còn lại)`,

  foundHeading: "Đã tìm thấy trong sổ tính",
  sheetKind: { roster: "Danh sách cán bộ", list: "Danh sách riêng", other: "Không phải danh sách (không tính)" },
  listKind: {
    council: "Danh sách đại biểu HĐND",
    partyCommittee: "Danh sách cấp ủy",
    training: "Danh sách cử đi đào tạo, bồi dưỡng",
    successionPool: "Danh sách quy hoạch",
  },
  encoding: { unicode: "Unicode", tcvn3: "TCVN3 (ABC), đã chuyển sang Unicode", vni: "VNI, đã chuyển sang Unicode" },
  headerRows: (rows) => `Dòng tiêu đề: ${rows}`,
  sheetCounts: (people, entries, problems) => `${people} người, ${entries} dòng danh sách, ${problems} vấn đề`,
  sheetUnit: (unit) => `Đơn vị của sheet: ${unit}`,
  columnRoleLabel: (letter, header) => `Cột ${letter}: ${header || "(không có tiêu đề)"}`,
  roles: {
    ordinal: "Số thứ tự",
    name: "Họ và tên",
    gender: "Giới tính",
    birth: "Ngày sinh",
    birthMale: "Ngày sinh (Nam)",
    birthFemale: "Ngày sinh (Nữ)",
    maleMark: "Đánh dấu Nam",
    femaleMark: "Đánh dấu Nữ",
    unit: "Đơn vị",
    title: "Chức vụ",
    council: "Đại biểu QH/HĐND (ghi cấp)",
    councilNational: "Đại biểu Quốc hội",
    councilProvince: "Đại biểu HĐND tỉnh",
    councilDistrict: "Đại biểu HĐND huyện",
    councilCommune: "Đại biểu HĐND xã",
    partyCommittee: "Cấp ủy",
    training: "Đào tạo, bồi dưỡng",
    successionPool: "Quy hoạch",
    education: "Trình độ chuyên môn",
    politicalTheory: "Lý luận chính trị",
    ethnicity: "Dân tộc",
    partyMember: "Đảng viên",
    staffKind: "Loại (công chức, viên chức, hợp đồng)",
    other: "Không dùng",
  },
  showColumns: (n) => `Xem, sửa vai trò ${n} cột`,
  overridden: "đã sửa",
  resetOverride: "Bỏ sửa, dùng vai trò tự nhận",

  makeReport: "Tạo báo cáo",
  reportNotReady: "Chức năng tạo báo cáo chưa có trong phiên bản này.",
  reportNoAnalysis: "Hãy quét sổ tính trước khi tạo báo cáo.",
  reportDone: (sheet) => `Đã tạo báo cáo ở sheet “${sheet}”.`,
  consolidate: (n) => `Tổng hợp báo cáo các cơ quan (${n})`,
  consolidateDone: (sheet, n) => `Đã tổng hợp ${n} báo cáo vào sheet “${sheet}”.`,
  errConsolidate: "Không tổng hợp được các báo cáo.",

  settingsTitle: "Cài đặt",
  profile: "Bộ chỉ tiêu",
  targetsHeading: "Chỉ tiêu (%)",
  targetA: "a) Nữ đại biểu QH, HĐND tỉnh, huyện",
  targetB: "b) Nữ đại biểu HĐND xã",
  targetBStretch: "b) Mức phấn đấu",
  targetC: "c) Nữ cấp ủy",
  targetDd: "đ) Nữ được đào tạo, bồi dưỡng",
  targetQ: "Nữ trong quy hoạch",
  targetUnits: "Đơn vị có lãnh đạo chủ chốt là nữ",
  targetInvalid: "Nhập một số từ 0 đến 100, ví dụ 30 hoặc 30,5.",
  keyLeaderRule: "Lãnh đạo chủ chốt gồm",
  keyLeaderRules: { headOrDeputy: "Cấp trưởng hoặc cấp phó", headOnly: "Chỉ cấp trưởng" },
  womenRelatedUnits: "Đơn vị có chức năng chủ yếu liên quan đến phụ nữ",
  womenRelatedNone: "Chưa có đơn vị nào: hãy quét sổ tính trước.",
  year: "Năm báo cáo",
  yearInvalid: "Nhập năm gồm 4 chữ số, ví dụ 2026.",
  agency: "Tên cơ quan, đơn vị báo cáo",
  documentHeading: "Văn bản báo cáo (thể thức NĐ 30/2020)",
  documentExplain: "Để trống ô nào thì báo cáo dùng giá trị mặc định hoặc để chỗ trống cho văn thư điền.",
  docGoverningBody: "Cơ quan chủ quản (dòng trên tên cơ quan), ví dụ UBND tỉnh Hà Tĩnh",
  docPlace: "Địa danh (trong “…, ngày … tháng … năm …”)",
  docNumber: "Số văn bản",
  docCode: "Ký hiệu cơ quan (trong “Số: …/BC-…”)",
  docRecipient: "Kính gửi",
  signerAuthority: "Thẩm quyền ký (TM., KT. …; để trống khi thủ trưởng ký)",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ và tên người ký",
  fromRoster: (value) => `Theo khối chữ ký của danh sách: “${value}”`,
  useSuggestion: "Dùng",
  explain: "Giải trình",
  explainLabel: "Lý do chấp nhận cảnh báo này (được in trong phần ghi chú của phụ lục)",
  explainSave: "Lưu giải trình",
  explained: (reason) => `Đã giải trình: ${reason}`,
  explainEdit: "Sửa giải trình",
  explainRemove: "Bỏ giải trình",
  save: "Lưu",
  cancel: "Hủy",
  close: "Đóng",
  settingsSaved: "Đã ghi cài đặt vào sổ tính. Hãy lưu sổ tính (Ctrl+S) để giữ cài đặt cho lần mở sau.",

  errRead: "Không đọc được sổ tính. Hãy kiểm tra tệp còn mở được trong Excel rồi bấm “Quét lại sổ tính”.",
  errAnalyse: "Không tính được các chỉ tiêu từ sổ tính này.",
  errSaveSettings: "Không lưu được cài đặt vào sổ tính. Các thay đổi vẫn được dùng trong lần xem này.",
  errLoadSettings: "Không đọc được cài đặt đã lưu; đang dùng cài đặt mặc định.",
  errSelect: "Không chọn được ô này trong sổ tính (sheet có thể đã bị đổi tên hoặc xóa).",
  errReport: "Không tạo được báo cáo.",
  errOpenFile: "Không mở được tệp này. Hãy chắc chắn đây là tệp Excel .xlsx còn nguyên vẹn.",
  errSample: "Không tải được tệp mẫu.",

  bootWaitingExcel: "Đang chờ Excel sẵn sàng… Nếu ngăn này vẫn như vậy sau một phút, hãy đóng ngăn rồi mở lại.",
  bootOfficeMissing: "Không tải được thư viện office.js của Microsoft, nên phần bổ trợ chưa làm việc được với sổ tính.",
  bootOfficeMissingHelp:
    "Máy có thể không có mạng Internet, hoặc mạng chặn appsforoffice.microsoft.com. Hãy kiểm tra mạng rồi đóng và mở lại ngăn này, hoặc nhờ bộ phận CNTT dùng bản office.js nội bộ của cơ quan. Trong lúc chờ, có thể dùng chế độ thử với một tệp .xlsx.",
  bootUseDemo: "Dùng chế độ thử với tệp .xlsx",
  errDownload: "Không tạo được tệp để tải về.",
  errDetail: (d) => `Chi tiết: ${d}`,
  dismiss: "Đóng thông báo",
};

/** English count and noun: "1 unit", "2 units" (the counts arrive formatted: "1", "1,234"). */
function count(n: string, one: string, many: string): string {
  return `${n} ${n === "1" ? one : many}`;
}

const en: UiStrings = {
  appTitle: "Gender equality",
  appSubtitle: "Gender-equality figures for female cadres, civil servants and public employees",
  englishSwitch: "English",
  settings: "Settings",
  rescan: "Rescan workbook",
  scanning: "Scanning the workbook…",
  readingSheet: (sheet, rowsRead, rowsTotal) =>
    rowsTotal ? `Reading sheet “${sheet}”: ${rowsRead}/${rowsTotal} rows` : `Reading sheet “${sheet}”: ${rowsRead} rows`,
  listingSheets: "Listing sheets…",
  noWorkbookYet: "No workbook scanned yet.",

  demoTitle: "Demo mode (outside Excel)",
  demoExplain:
    "This page is not running inside Excel. Open a staff roster file (.xlsx) to see the indicators; the file is read on this computer only and sent nowhere.",
  demoOpenFile: "Open .xlsx file",
  demoOpenSample: "Open the sample file",
  demoLoadingEngine: "Opening the file…",
  demoFileLabel: (name) => `Viewing: ${name}`,
  demoNotXlsx: "This file is not an Excel workbook (.xlsx). Please choose a .xlsx file.",
  demoDownload: "Download with the report",
  demoReading: (percent) => `Reading the workbook… ${percent}%`,
  demoCancel: "Cancel",

  staffHeading: "Cadres, civil servants and public employees",
  staffLine: (female, total, share) => `${count(female, "woman", "women")} / ${count(total, "person", "people")} (${share})`,
  indicatorsHeading: "Indicators",
  femaleOfTotal: (female, total) => `${count(female, "woman", "women")} / ${total}`,
  target: (t) => `Target: ${t}`,
  stretchTarget: (t) => `stretch ${t}`,
  met: "Met",
  notMet: "Not met",
  noData: "No data",
  missing: {
    council: "The workbook has no People's Council delegate column or list.",
    partyCommittee: "The workbook has no party committee column or list.",
    training: "The workbook has no training column or list.",
    successionPool: "The workbook has no succession pool (quy hoạch) column or list.",
  },
  levels: { national: "National Assembly", province: "Provincial council", district: "District council" },
  unitsAtThreshold: (n, total) => `${n}/${total} units with 30% or more women, or women-related`,
  unitsWithFemaleKeyLeader: (n) => `${count(n, "unit has", "units have")} a female key leader`,
  flaggedCount: (n) => `${count(n, "unit needs", "units need")} a female key leader`,
  leadersHeading: "Women in leadership",
  leadersAll: "Key leaders",
  heads: "Heads",
  deputies: "Deputies",
  unitsWithFemaleKeyLeaderShare: "Units with a female key leader",

  unitsHeading: "Units",
  unitsEmpty: "No units found.",
  sortUnits: "Sort",
  unitSorts: {
    flagged: "Units needing a female leader first",
    name: "By unit name (A–Z)",
    "share-desc": "Share of women, highest first",
    "share-asc": "Share of women, lowest first",
    total: "Number of people, most first",
  },
  unitFigures: (female, total, share) => `${count(female, "woman", "women")} / ${count(total, "person", "people")} (${share})`,
  hasFemaleKeyLeader: "Has a female key leader",
  noFemaleKeyLeader: "No female key leader yet",
  flagged: "Needs a female leader",
  flaggedExplain: "Unit with 30% or more women (or women-related) that has no female key leader.",
  womenRelated: "Women-related",
  flaggedMore: (n) => `and ${count(n, "more unit", "more units")} (see Units)`,

  summaryHeading: "Summary",
  summaryIndicators: (met, judged) => `${met} of ${judged} indicators met`,
  summaryFlagged: (n) => `${count(n, "unit needs", "units need")} a female key leader`,
  summaryNoFlagged: "No unit lacks a female key leader",
  summaryProblems: (e, w) => `${count(e, "error", "errors")} to fix, ${count(w, "warning", "warnings")} to check`,
  summaryNoProblems: "No data errors",
  jumpTo: (section) => `Go to “${section}”`,

  problemsHeading: "Data to review",
  problemsNone: "No data problems: every row was counted.",
  problemsCount: (e, w, n) => `${count(e, "error", "errors")}, ${count(w, "warning", "warnings")}, ${count(n, "notice", "notices")}`,
  severity: { error: "Error", warning: "Warning", notice: "Notice" },
  sheetGroup: (sheet, n) => `Sheet “${sheet}” (${n})`,
  goToCell: (where) => `Go to cell ${where}`,
  showMore: (n) => `Show more (${n} left)`,

  foundHeading: "Found in the workbook",
  sheetKind: { roster: "Staff roster", list: "Separate list", other: "Not a roster (not counted)" },
  listKind: {
    council: "People's Council delegate list",
    partyCommittee: "Party committee list",
    training: "Training list",
    successionPool: "Succession pool list",
  },
  encoding: { unicode: "Unicode", tcvn3: "TCVN3 (ABC), decoded to Unicode", vni: "VNI, decoded to Unicode" },
  headerRows: (rows) => `Header rows: ${rows}`,
  sheetCounts: (people, entries, problems) => `${people} people, ${entries} list rows, ${problems} problems`,
  sheetUnit: (unit) => `Sheet's unit: ${unit}`,
  columnRoleLabel: (letter, header) => `Column ${letter}: ${header || "(no header)"}`,
  roles: {
    ordinal: "Row number",
    name: "Full name",
    gender: "Gender",
    birth: "Birth date",
    birthMale: "Birth date (male)",
    birthFemale: "Birth date (female)",
    maleMark: "Male mark",
    femaleMark: "Female mark",
    unit: "Unit",
    title: "Job title",
    council: "NA/council delegate (level as text)",
    councilNational: "National Assembly delegate",
    councilProvince: "Provincial council delegate",
    councilDistrict: "District council delegate",
    councilCommune: "Commune council delegate",
    partyCommittee: "Party committee",
    training: "Training",
    successionPool: "Succession pool",
    education: "Professional level",
    politicalTheory: "Political theory",
    ethnicity: "Ethnicity",
    partyMember: "Party member",
    staffKind: "Kind (civil servant, public employee, contract)",
    other: "Not used",
  },
  showColumns: (n) => `View or correct the roles of ${n} columns`,
  overridden: "corrected",
  resetOverride: "Undo correction, use the detected role",

  makeReport: "Create report",
  reportNotReady: "Report creation is not available in this version.",
  reportNoAnalysis: "Scan the workbook before creating the report.",
  reportDone: (sheet) => `Report written to sheet “${sheet}”.`,
  consolidate: (n) => `Consolidate agencies' reports (${n})`,
  consolidateDone: (sheet, n) => `Consolidated ${n} reports into sheet “${sheet}”.`,
  errConsolidate: "The reports could not be consolidated.",

  settingsTitle: "Settings",
  profile: "Target profile",
  targetsHeading: "Targets (%)",
  targetA: "a) Women among NA, provincial and district council delegates",
  targetB: "b) Women among commune council delegates",
  targetBStretch: "b) Stretch target",
  targetC: "c) Women among party committee members",
  targetDd: "đ) Women among those trained",
  targetQ: "Women in the succession pool",
  targetUnits: "Units with a female key leader",
  targetInvalid: "Enter a number from 0 to 100, e.g. 30 or 30,5.",
  keyLeaderRule: "Key leaders are",
  keyLeaderRules: { headOrDeputy: "Heads or deputies", headOnly: "Heads only" },
  womenRelatedUnits: "Units whose functions mainly concern women",
  womenRelatedNone: "No units yet: scan the workbook first.",
  year: "Reporting year",
  yearInvalid: "Enter a four-digit year, e.g. 2026.",
  agency: "Reporting agency name",
  documentHeading: "The report document (NĐ 30/2020 form)",
  documentExplain: "A field left empty takes its default, or is left blank for the records office to fill.",
  docGoverningBody: "Governing body (the line above the agency), e.g. UBND tỉnh Hà Tĩnh",
  docPlace: "Place (in “…, ngày … tháng … năm …”)",
  docNumber: "Document number",
  docCode: "Agency code (in “Số: …/BC-…”)",
  docRecipient: "To (Kính gửi)",
  signerAuthority: "Signing authority (TM., KT. …; empty when the head signs)",
  signerTitle: "Signer's title",
  signerName: "Signer's full name",
  fromRoster: (value) => `The roster's signature block says “${value}”`,
  useSuggestion: "Use",
  explain: "Explain",
  explainLabel: "Why this warning is accepted (printed in the annex's notes)",
  explainSave: "Save explanation",
  explained: (reason) => `Explained: ${reason}`,
  explainEdit: "Edit explanation",
  explainRemove: "Remove explanation",
  save: "Save",
  cancel: "Cancel",
  close: "Close",
  settingsSaved: "Settings written into the workbook. Save the workbook (Ctrl+S) to keep them for next time.",

  errRead: "The workbook could not be read. Check that it still opens in Excel, then press “Rescan workbook”.",
  errAnalyse: "The indicators could not be computed from this workbook.",
  errSaveSettings: "The settings could not be saved in the workbook. The changes still apply while this pane is open.",
  errLoadSettings: "The saved settings could not be read; using the defaults.",
  errSelect: "This cell could not be selected (the sheet may have been renamed or deleted).",
  errReport: "The report could not be created.",
  errOpenFile: "This file could not be opened. Make sure it is an intact Excel .xlsx file.",
  errSample: "The sample file could not be loaded.",

  bootWaitingExcel: "Waiting for Excel… If this pane still shows this after a minute, close it and open it again.",
  bootOfficeMissing: "Microsoft's office.js library could not be loaded, so the add-in cannot work with the workbook yet.",
  bootOfficeMissingHelp:
    "This PC may be offline, or the network blocks appsforoffice.microsoft.com. Check the network, then close and reopen this pane, or ask IT to use the agency's own copy of office.js. Meanwhile, demo mode works on an .xlsx file.",
  bootUseDemo: "Use demo mode with an .xlsx file",
  errDownload: "The file to download could not be made.",
  errDetail: (d) => `Details: ${d}`,
  dismiss: "Dismiss",
};

export const STRINGS: Record<Lang, UiStrings> = { vi, en };

/** A count in the clerk's number format: 1234 → "1.234" (vi) or "1,234" (en). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
}

/** A target or share as a percent for an input box: 0.305 → "30,5" (vi). */
export function formatPercentInput(share: number, lang: Lang): string {
  const pct = Math.round(share * 10000) / 100;
  return pct.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2, useGrouping: false });
}

/** Reads "30", "30,5", "30.5" or "30,5%" as a share (0.305); null when it is not a percent 0–100. */
export function parsePercentInput(text: string): number | null {
  const t = text.trim().replace(/%$/, "").trim().replace(",", ".");
  if (!/^\d{1,3}(\.\d+)?$/.test(t)) return null;
  const pct = Number(t);
  if (!(pct >= 0 && pct <= 100)) return null;
  return Math.round(pct * 100) / 10000;
}
