// The message catalogue for problems and indicator names: Vietnamese first, English second.
// Every user-facing sentence about the data is made here, so the task pane, the report and the CLI agree.
import type { Problem, ProblemCode } from "./roster";
import type { Lang } from "./settings";
import { cellAddress } from "./grid";
import { localeNumber } from "./numberFormat";

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const PROBLEMS: Record<ProblemCode, { vi: Text; en: Text }> = {
  genderMissing: {
    vi: (p) => `Không xác định được giới tính của “${p.name ?? ""}”: ô giới tính để trống.`,
    en: (p) => `Gender of “${p.name ?? ""}” is unknown: the gender cell is empty.`,
  },
  genderUnreadable: {
    vi: (p) => `Không đọc được giới tính “${p.value ?? ""}” của “${p.name ?? ""}” (cần Nam hoặc Nữ).`,
    en: (p) => `Cannot read gender “${p.value ?? ""}” of “${p.name ?? ""}” (expected Nam or Nữ).`,
  },
  genderConflict: {
    vi: (p) => `“${p.name ?? ""}” được đánh dấu cả Nam và Nữ.`,
    en: (p) => `“${p.name ?? ""}” is marked both male and female.`,
  },
  nameMissing: {
    vi: () => `Dòng có dữ liệu nhưng không có họ và tên.`,
    en: () => `Row has data but no name.`,
  },
  unitMissing: {
    vi: (p) => `“${p.name ?? ""}” không thuộc đơn vị nào (không có cột đơn vị hay dòng tên đơn vị phía trên).`,
    en: (p) => `“${p.name ?? ""}” belongs to no unit (no unit column or unit heading above).`,
  },
  duplicatePerson: {
    vi: (p) => `“${p.name ?? ""}” trùng với dòng ${p.otherRow ?? "?"}${p.otherSheet ? ` (sheet ${p.otherSheet})` : ""}: chỉ tính một lần.`,
    en: (p) => `“${p.name ?? ""}” duplicates row ${p.otherRow ?? "?"}${p.otherSheet ? ` (sheet ${p.otherSheet})` : ""}: counted once.`,
  },
  errorValue: {
    vi: (p) => `Ô chứa giá trị lỗi ${p.value ?? ""}; bỏ qua giá trị này.`,
    en: (p) => `Cell holds the error value ${p.value ?? ""}; value ignored.`,
  },
  councilLevelUnknown: {
    vi: (p) => `Không xác định được cấp đại biểu “${p.value ?? ""}” của “${p.name ?? ""}”.`,
    en: (p) => `Cannot tell the council level “${p.value ?? ""}” of “${p.name ?? ""}”.`,
  },
  dateUnreadable: {
    vi: (p) => `Ngày sinh “${p.value ?? ""}” không phải là ngày hợp lệ.`,
    en: (p) => `Birth date “${p.value ?? ""}” is not a valid date.`,
  },
  legacyEncoding: {
    vi: (p) => `Sheet dùng bảng mã ${p.encoding ?? ""}; đã chuyển sang Unicode để đọc (sheet gốc không bị sửa).`,
    en: (p) => `Sheet uses the ${p.encoding ?? ""} encoding; decoded to Unicode for reading (the sheet is not changed).`,
  },
  noGenderColumn: {
    vi: () => `Bảng danh sách không có cột giới tính (Giới tính, Nam/Nữ, hay ngày sinh chia cột Nam/Nữ).`,
    en: () => `The roster table has no gender column (Giới tính, Nam/Nữ, or birth date split by Nam/Nữ).`,
  },
  rowUnreadable: {
    vi: () => `Không đọc được dòng này: không phải người, tiêu đề, tên đơn vị hay dòng tổng.`,
    en: () => `Cannot read this row: not a person, header, unit heading or totals row.`,
  },
  noRosterFound: {
    vi: () => `Không tìm thấy bảng danh sách cán bộ nào trong sổ tính (cần dòng tiêu đề có “Họ và tên”).`,
    en: () => `No staff roster table found in the workbook (needs a header row with “Họ và tên”).`,
  },
  sheetNotRoster: {
    vi: (p) => `Sheet này không phải danh sách cán bộ${NOT_ROSTER_VI[String(p.reason)] ?? ""}; không tính.`,
    en: (p) => `This sheet is not a staff roster${NOT_ROSTER_EN[String(p.reason)] ?? ""}; not counted.`,
  },
  listPersonNotMatched: {
    vi: (p) => `“${p.name ?? ""}” trong danh sách không có trong bảng cán bộ (vẫn được tính cho chỉ tiêu của danh sách).`,
    en: (p) => `“${p.name ?? ""}” on the list is not on the staff roster (still counted for the list's indicator).`,
  },
  contractWorkersLeftOut: {
    vi: (p) =>
      `${p.count ?? "?"} người lao động hợp đồng (trong đó ${p.female ?? "?"} nữ) không phải cán bộ, công chức, viên chức: ` +
      `không tính vào các chỉ tiêu, được thống kê riêng (có thể tính vào trong phần cài đặt).`,
    en: (p) =>
      `${p.count ?? "?"} contract workers (${p.female ?? "?"} women) are not cadres, civil servants or public employees: ` +
      `left out of every figure and counted apart (a setting counts them in).`,
  },
  totalsMismatch: {
    vi: (p) => `Dòng tổng ghi ${p.written ?? "?"} nhưng đếm được ${p.counted ?? "?"}.`,
    en: (p) => `Totals row says ${p.written ?? "?"} but ${p.counted ?? "?"} were counted.`,
  },
  hiddenSheet: {
    vi: (p) => `Sheet ẩn “${p.sheet ?? ""}” có ${p.people ?? 0} người: không tính (bật “Tính cả sheet ẩn” trong cài đặt để tính).`,
    en: (p) => `Hidden sheet “${p.sheet ?? ""}” holds ${p.people ?? 0} people: not counted (turn on “Include hidden sheets” in the settings to count them).`,
  },
  hiddenRows: {
    vi: (p) => `${p.count ?? 0} dòng bị ẩn (lọc, in ấn) vẫn được tính: dòng ${p.rows ?? ""}.`,
    en: (p) => `${p.count ?? 0} hidden rows (filter, print layout) were counted: rows ${p.rows ?? ""}.`,
  },
  formulaUncalculated: {
    vi: (p) => `Công thức chưa được tính${p.count !== undefined ? ` (${p.count} ô trong cột này)` : ""}: mở và lưu lại bằng Excel rồi đọc lại (tệp được lưu không kèm giá trị của công thức).`,
    en: (p) => `Formula not calculated${p.count !== undefined ? ` (${p.count} cells in this column)` : ""}: open and save the file in Excel, then read it again (it was saved without the formulas' values).`,
  },
};

/** Why a sheet is not a roster, as the notice says it. */
const NOT_ROSTER_VI: Record<string, string> = {
  instructions: " (sheet hướng dẫn hoặc ví dụ)",
  ownReport: " (báo cáo do công cụ này lập)",
};
const NOT_ROSTER_EN: Record<string, string> = {
  instructions: " (instructions or an example)",
  ownReport: " (a report this tool wrote)",
};

/** The sentence for a problem, in the clerk's language. */
export function problemMessage(problem: Problem, lang: Lang = "vi"): string {
  const entry = PROBLEMS[problem.code];
  return entry[lang](problem.params ?? {});
}

/** "C41", or "41" (the row) when no single cell is at fault. */
export function problemCell(problem: Problem): string {
  return problem.col ? cellAddress(problem.row, problem.col) : `A${problem.row}`;
}

/** Names of the indicators, as the plan numbers them. */
export const INDICATOR_NAMES: Record<string, { vi: string; en: string }> = {
  a_deputies: {
    vi: "a) Tỷ lệ nữ đại biểu Quốc hội, đại biểu HĐND cấp tỉnh, cấp huyện",
    en: "a) Women among National Assembly and provincial/district People's Council delegates",
  },
  b_commune_council: {
    vi: "b) Tỷ lệ nữ đại biểu HĐND cấp xã",
    en: "b) Women among commune People's Council delegates",
  },
  c_party_committee: {
    vi: "c) Tỷ lệ nữ tham gia cấp ủy các cấp",
    en: "c) Women among party committee members",
  },
  d_leadership: {
    vi: "d) Đơn vị có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ",
    en: "d) Units with 30% or more women having a female key leader",
  },
  q_succession_pool: {
    vi: "Tỷ lệ nữ trong quy hoạch lãnh đạo",
    en: "Women in the leadership succession pool",
  },
  dd_training: {
    vi: "đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng",
    en: "đ) Women among those sent to training",
  },
};

/** A share in vi-VN form: 0.305 → "30,5%"; null → "không có dữ liệu". */
export function formatShare(share: number | null, lang: Lang = "vi"): string {
  if (share === null) return lang === "vi" ? "không có dữ liệu" : "no data";
  const pct = Math.round(share * 1000) / 10;
  return `${localeNumber(pct, lang, { maximumFractionDigits: 1 })}%`;
}

/** "05/12/2026" from "2026-12-05". */
function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** The deadline line: "Hạn gửi Sở Nội vụ: trước ngày 05/12/2026 (còn 4 ngày)". */
export function deadlineMessage(status: { date: string; daysLeft: number; overdue: boolean }, lang: Lang = "vi"): string {
  const date = dayMonthYear(status.date);
  const n = localeNumber(status.daysLeft, lang);
  if (lang === "vi") {
    return status.overdue
      ? `Hạn gửi Sở Nội vụ: trước ngày ${date} (đã quá hạn)`
      : `Hạn gửi Sở Nội vụ: trước ngày ${date} (còn ${n} ngày)`;
  }
  return status.overdue
    ? `Due to Sở Nội vụ (Home Affairs): before ${date} (overdue)`
    : `Due to Sở Nội vụ (Home Affairs): before ${date} (${n} ${status.daysLeft === 1 ? "day" : "days"} left)`;
}
