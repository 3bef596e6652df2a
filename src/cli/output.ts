// The file a command writes (-o): checked before any work, written whole or not at all, and every
// failure of the file system said as one sentence in the clerk's language (never "ENOENT …").
import { constants as fsc, promises as fsp } from "fs";
import * as path from "path";
import type { Lang } from "../domain/settings";
import { RefusedError } from "./args";
import { WorkbookUnreadable } from "../xlsx/errors";
import { PackageRefused } from "../xlsx/package/addSheets";
import { WorkbookPackage } from "../xlsx/package/workbookPackage";

type Sentence = { vi: string; en: string };

const TEXT = {
  noFolder: (d: string): Sentence => ({
    vi: `Thư mục “${d}” của tệp ra không tồn tại; hãy tạo thư mục hoặc chọn -o khác.`,
    en: `The output's folder “${d}” does not exist; create it or choose another -o.`,
  }),
  notFolder: (d: string): Sentence => ({
    vi: `“${d}” không phải là thư mục nên không ghi tệp ra vào đó được; hãy chọn -o khác.`,
    en: `“${d}” is not a folder, so the output cannot be written in it; choose another -o.`,
  }),
  cannotWrite: (d: string): Sentence => ({
    vi: `Không ghi được vào thư mục “${d}” (không có quyền ghi hoặc ổ chỉ đọc); hãy chọn -o khác.`,
    en: `Cannot write in the folder “${d}” (no write permission or a read-only disk); choose another -o.`,
  }),
  isLink: (f: string): Sentence => ({
    vi: `Tệp ra “${f}” là một liên kết (symlink); công cụ không ghi qua liên kết, hãy chọn -o là một tệp thường.`,
    en: `The output “${f}” is a symbolic link; the tool does not write through links, choose a plain file for -o.`,
  }),
  isFolder: (f: string): Sentence => ({
    vi: `Tệp ra “${f}” là một thư mục; hãy cho -o là tên một tệp .xlsx.`,
    en: `The output “${f}” is a folder; give -o the name of an .xlsx file.`,
  }),
  isDevice: (f: string): Sentence => ({
    vi: `Tệp ra “${f}” là một thiết bị hoặc tệp đặc biệt, không phải tệp thường; hãy chọn -o khác.`,
    en: `The output “${f}” is a device or special file, not a plain file; choose another -o.`,
  }),
  fileNotWritable: (f: string): Sentence => ({
    vi: `Không ghi đè được tệp ra “${f}” (tệp chỉ đọc hoặc không có quyền); hãy chọn -o khác.`,
    en: `Cannot replace the output “${f}” (read-only or no permission); choose another -o.`,
  }),
  diskFull: (f: string): Sentence => ({
    vi: `Không ghi được “${f}”: ổ đĩa đã đầy; tệp không được tạo.`,
    en: `Cannot write “${f}”: the disk is full; the file was not created.`,
  }),
  writeFailed: (f: string): Sentence => ({
    vi: `Không ghi được “${f}” do lỗi hệ thống; tệp không được tạo.`,
    en: `Cannot write “${f}” because of a system error; the file was not created.`,
  }),
};

function refuse(s: Sentence, lang: Lang): never {
  throw new RefusedError(s[lang]);
}

function codeOf(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
}

/**
 * Refuses (exit 2, one sentence) an OUT that cannot be written as a plain file: its folder missing,
 * not a folder or not writable; OUT itself a link, a folder, a device, or a read-only file.
 * Called before any reading, so a bad -o costs nothing.
 */
export async function checkOutput(out: string, lang: Lang): Promise<void> {
  const abs = path.resolve(out);
  const dir = path.dirname(abs);
  const dirStat = await fsp.stat(dir).catch((err: unknown) => {
    if (codeOf(err) === "ENOENT") refuse(TEXT.noFolder(dir), lang);
    if (codeOf(err) === "ENOTDIR") refuse(TEXT.notFolder(dir), lang);
    refuse(TEXT.cannotWrite(dir), lang);
  });
  if (!dirStat.isDirectory()) refuse(TEXT.notFolder(dir), lang);
  const st = await fsp.lstat(abs).catch(() => null);
  if (st) {
    if (st.isSymbolicLink()) refuse(TEXT.isLink(out), lang);
    if (st.isDirectory()) refuse(TEXT.isFolder(out), lang);
    if (!st.isFile()) refuse(TEXT.isDevice(out), lang);
    await fsp.access(abs, fsc.W_OK).catch(() => refuse(TEXT.fileNotWritable(out), lang));
  }
  // The folder must take a new file (the temporary one renamed over OUT): try it, even as root.
  const probe = path.join(dir, `.${path.basename(abs)}.${process.pid}.probe`);
  try {
    await (await fsp.open(probe, "wx")).close();
  } catch (err) {
    if (codeOf(err) === "EEXIST") return;
    refuse(TEXT.cannotWrite(dir), lang);
  }
  await fsp.rm(probe, { force: true });
}

/** The sentence for a failed write of OUT. */
function writeFailure(out: string, err: unknown): Sentence {
  const code = codeOf(err);
  if (code === "ENOSPC" || code === "EDQUOT") return TEXT.diskFull(out);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return TEXT.cannotWrite(path.dirname(path.resolve(out)));
  if (code === "ENOENT") return TEXT.noFolder(path.dirname(path.resolve(out)));
  return TEXT.writeFailed(out);
}

/** Writes the bytes beside OUT, then renames: OUT is whole or untouched, never half-written. */
export async function writeAtomically(out: string, bytes: Uint8Array, lang: Lang = "vi"): Promise<void> {
  const abs = path.resolve(out);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, bytes, { flag: "wx" });
    await fsp.rename(tmp, abs);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    refuse(writeFailure(out, err), lang);
  }
}

/** The package of a workbook the reader has read; a zip our copier cannot take apart is unreadable, naming the file. */
export function openPackage(bytes: Uint8Array, file: string): WorkbookPackage {
  try {
    return WorkbookPackage.open(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw new WorkbookUnreadable(err.reason, file);
    throw err;
  }
}

/** Runs the package writer; a workbook it refuses (Strict Open XML) is a sentence, exit 2. */
export async function refusedAsSentence<T>(lang: Lang, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof PackageRefused) throw new RefusedError(err.text(lang));
    throw err;
  }
}
