// Why a file could not be read as a workbook: one reason, one sentence for the clerk (vi first, en second).
import type { Lang } from "../domain/settings";
import { MAX_CELLS, MAX_TEXT_CHARS, ROW_CELLS } from "./limits";

/** 5000000 → "5.000.000" (vi) or "5,000,000" (en); by hand, so loading this module costs no locale data. */
function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export type UnreadableReason =
  | "missing" // no such file
  | "directory" // a folder, not a file
  | "empty" // zero bytes
  | "notZip" // not a zip at all (CSV, HTML, random bytes…)
  | "xls" // the old binary .xls format (an OLE2 compound file)
  | "encrypted" // password-protected .xlsx (an OLE2 file holding an EncryptedPackage)
  | "notXlsx" // a zip, but not a spreadsheet (.docx, .ods, .zip…)
  | "truncated" // a zip that ends early or whose contents are damaged
  | "notFile" // a named pipe, a device, a socket: refused before a byte is read
  | "tooLarge" // a part that inflates past the bounds of limits.ts (a zip bomb, or no workbook a clerk keeps)
  | "tooManyCells" // a sheet with more cells than limits.ts allows
  | "tooMuchText"; // more distinct text than limits.ts allows (shared and inline strings together)

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
    vi: "tệp nén này không phải sổ tính Excel (không có phần workbook)",
    en: "this zip file is not an Excel workbook (it holds no workbook part)",
  },
  truncated: {
    vi: "tệp .xlsx bị hỏng hoặc chưa được sao chép trọn vẹn",
    en: "the .xlsx file is damaged or was not copied completely",
  },
  notFile: {
    vi: "đây không phải một tệp thông thường (đường ống, thiết bị…); hãy chọn tệp .xlsx đã lưu trên đĩa",
    en: "this is not a regular file (a pipe, a device…); choose an .xlsx file saved on disk",
  },
  tooLarge: {
    vi: "một phần của tệp giải nén ra quá lớn so với kích thước tệp (có thể là tệp hỏng hoặc tệp độc hại)",
    en: "a part of the file inflates far beyond the file's size (a damaged or a malicious file)",
  },
  tooManyCells: {
    vi: `các sheet có quá nhiều ô (hơn ${grouped(MAX_CELLS, ".")} ô, mỗi dòng có dữ liệu tính thêm ${ROW_CELLS} ô), vượt giới hạn đọc`,
    en: `the sheets hold too many cells (over ${grouped(MAX_CELLS, ",")}, each row with a value counting ${ROW_CELLS} more), beyond what can be read`,
  },
  tooMuchText: {
    vi: `các sheet có quá nhiều chữ (hơn ${grouped(MAX_TEXT_CHARS, ".")} ký tự; các ô ghi giống hệt nhau chỉ tính một lần), vượt giới hạn đọc`,
    en: `the sheets hold too much text (over ${grouped(MAX_TEXT_CHARS, ",")} characters; cells with the same text count once), beyond what can be read`,
  },
};

/** One line for the clerk: "Không đọc được “x.xlsx”: tệp rỗng (0 byte)." */
export function unreadableMessage(reason: UnreadableReason, lang: Lang = "vi", file?: string): string {
  const what = SENTENCES[reason][lang];
  const name = file ? ` “${file}”` : "";
  return lang === "vi" ? `Không đọc được${name}: ${what}.` : `Cannot read${name}: ${what}.`;
}
