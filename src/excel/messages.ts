// The office.js gateway's sentences for the clerk (Vietnamese first, English second), thrown as GatewayError
// so the pane shows them as the error's detail. Kept beside the gateway: nothing else says these things.

/** 1.234.567 in Vietnamese, 1,234,567 in English. */
function formatCount(n: number, lang: "vi" | "en"): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US").format(n);
}

/** An error whose message is a bilingual sentence the clerk can act on. */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
    this.name = "GatewayError";
  }
}

export const excelErrors = {
  usedRangeTooLarge: (sheet: string, address: string, cells: number): GatewayError =>
    new GatewayError(
      "UsedRangeTooLarge",
      `Sheet “${sheet}” có vùng đã dùng ${address} (${formatCount(cells, "vi")} ô), quá lớn để đọc: thường do một ô lạc ở xa bảng. ` +
        "Trên sheet đó bấm Ctrl+End để tới ô lạc, xóa các hàng và cột thừa, lưu sổ tính rồi quét lại.",
      `Sheet “${sheet}” uses ${address} (${formatCount(cells, "en")} cells), too large to read: usually a stray cell far from the table. ` +
        "Press Ctrl+End on that sheet to find it, delete the extra rows and columns, save, then scan again.",
    ),
  changedWhileReading: (): GatewayError =>
    new GatewayError(
      "ChangedWhileReading",
      "Sổ tính thay đổi trong lúc đang đọc (thêm hoặc xóa hàng, cột). Hãy đợi sửa xong rồi bấm “Quét lại sổ tính”.",
      "The workbook changed while it was being read (rows or columns added or deleted). Finish editing, then scan again.",
    ),
  cellEditMode: (): GatewayError =>
    new GatewayError(
      "InvalidOperationInCellEditMode",
      "Excel đang ở chế độ sửa ô. Bấm Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
      "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    ),
  structureProtected: (): GatewayError =>
    new GatewayError(
      "StructureProtected",
      "Sổ tính đang được bảo vệ cấu trúc nên không thêm được sheet báo cáo. Bỏ bảo vệ (Xem lại → Bảo vệ Sổ làm việc) rồi tạo lại báo cáo.",
      "The workbook's structure is protected, so the report sheet cannot be added. Unprotect it (Review → Protect Workbook) and try again.",
    ),
  reportNotWritten: (detail: string): GatewayError =>
    new GatewayError(
      "ReportNotWritten",
      `Không ghi được sheet báo cáo; báo cáo cũ (nếu có) vẫn còn nguyên. Chi tiết: ${detail}`,
      `The report sheet could not be written; the previous report, if any, is unchanged. Detail: ${detail}`,
    ),
  settingsNotSaved: (detail: string): GatewayError =>
    new GatewayError(
      "SettingsNotSaved",
      `Không lưu được thiết lập vào sổ tính: ${detail}`,
      `Could not save the settings in the workbook: ${detail}`,
    ),
};

/** Said once when this Excel cannot tell the add-in about merged cells (ExcelApi below 1.13). */
export const MERGES_UNAVAILABLE = {
  vi:
    "Phiên bản Excel này không cho phần bổ trợ biết các ô gộp. Các số liệu theo đơn vị (tỷ lệ nữ từng đơn vị, đơn vị bị đánh dấu, " +
    "lãnh đạo chủ chốt theo đơn vị) có thể thiếu những người mà tên đơn vị chỉ ghi một lần trong ô gộp. Để chắc chắn, mở tệp .xlsx ở chế độ thử " +
    "hoặc dùng Excel cho Microsoft 365 / Excel 2021 trở lên.",
  en:
    "This Excel does not tell add-ins about merged cells. Per-unit figures (each unit's share of women, flagged units, key leaders by unit) " +
    "may miss people whose unit is written once in a merged cell. To be sure, open the .xlsx in demo mode or use Excel for Microsoft 365 / 2021 or later.",
};

/** Said instead when this Excel cannot tell merged cells but can give the saved file, whose merges are used. */
export const MERGES_FROM_SAVED_FILE = {
  vi:
    "Phiên bản Excel này không cho phần bổ trợ biết các ô gộp, nên phần bổ trợ đọc ô gộp từ bản đã lưu của sổ tính. " +
    "Sheet nào có thay đổi chưa lưu thì không có ô gộp: các số liệu theo đơn vị ở sheet đó có thể thiếu những người mà tên đơn vị " +
    "chỉ ghi một lần trong ô gộp. Hãy lưu sổ tính (Ctrl+S) rồi bấm “Quét lại sổ tính”.",
  en:
    "This Excel does not tell add-ins about merged cells, so the add-in reads them from the workbook's saved copy. A sheet with " +
    "unsaved changes gets no merged cells: its per-unit figures may miss people whose unit is written once in a merged cell. " +
    "Save the workbook (Ctrl+S), then scan again.",
};
