// Why a file could not be read as a workbook: one reason, one sentence for the clerk (vi first, en second).
import type { Lang } from "../domain/settings";

export type UnreadableReason =
  | "missing" // no such file
  | "directory" // a folder, not a file
  | "empty" // zero bytes
  | "notZip" // not a zip at all (CSV, HTML, random bytes…)
  | "xls" // the old binary .xls format (an OLE2 compound file)
  | "encrypted" // password-protected .xlsx (an OLE2 file holding an EncryptedPackage)
  | "notXlsx" // a zip, but not a spreadsheet (.docx, .ods, .zip…)
  | "truncated"; // a zip that ends early or whose contents are damaged

export class WorkbookUnreadable extends Error {
  readonly reason: UnreadableReason;
  readonly file?: string;
  constructor(reason: UnreadableReason, file?: string, detail?: string) {
    super(unreadableMessage(reason, "en", file) + (detail ? ` (${detail})` : ""));
    this.name = "WorkbookUnreadable";
    this.reason = reason;
    this.file = file;
  }
}

const SENTENCES: Record<UnreadableReason, { vi: string; en: string }> = {
  missing: { vi: "không tìm thấy tệp", en: "file not found" },
  directory: { vi: "đây là một thư mục, không phải tệp", en: "this is a folder (directory), not a file" },
  empty: { vi: "tệp rỗng (0 byte)", en: "the file is empty (0 bytes)" },
  notZip: {
    vi: "tệp không phải sổ tính Excel .xlsx",
    en: "the file is not an Excel .xlsx workbook",
  },
  xls: {
    vi: "tệp ở định dạng Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
    en: "the file is in the Excel 97–2003 format (.xls); open it in Excel and save it as .xlsx",
  },
  encrypted: {
    vi: "tệp được đặt mật khẩu; hãy gỡ mật khẩu trong Excel rồi thử lại",
    en: "the file is password-protected; remove the password in Excel and try again",
  },
  notXlsx: {
    vi: "tệp nén này không phải sổ tính Excel (không có xl/workbook.xml)",
    en: "this zip file is not an Excel workbook (no xl/workbook.xml)",
  },
  truncated: {
    vi: "tệp .xlsx bị hỏng hoặc chưa được sao chép trọn vẹn",
    en: "the .xlsx file is damaged or was not copied completely",
  },
};

/** One line for the clerk: "Không đọc được “x.xlsx”: tệp rỗng (0 byte)." */
export function unreadableMessage(reason: UnreadableReason, lang: Lang = "vi", file?: string): string {
  const what = SENTENCES[reason][lang];
  const name = file ? ` “${file}”` : "";
  return lang === "vi" ? `Không đọc được${name}: ${what}.` : `Cannot read${name}: ${what}.`;
}
