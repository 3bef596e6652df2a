// What the three commands share: the command line's words, its errors and how each becomes one line
// on stderr with its exit code. analyze, report and consolidate all parse and fail the same way.
import { findProfile, PROFILES } from "../domain/profiles";
import type { Grid } from "../domain/grid";
import type { ReadOptions, Roster } from "../domain/roster";
import { TooManyUnits, tooManyUnitsMessage } from "../domain/unitLimit";
import { readWorkbook } from "../reading";
import { defaultSettings, type DocumentSettings, type Lang, type Settings } from "../domain/settings";
import { unreadableMessage, WorkbookUnreadable } from "../xlsx/errors";

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** 0 done (even with problems in the data), 1 wrong usage only, 2 unreadable, refused, or a fault (one sentence). */
export const EXIT = { ok: 0, usage: 1, unreadable: 2 } as const;

/** A wrong command line: exit 1 with the sentence. */
export class UsageError extends Error {}

/** A run that must not go on (OUT is FILE, an input is not one of ours…): exit 2 with the sentence. */
export class RefusedError extends Error {}

/** What a file-system error code means to a clerk. */
const SYSTEM_CAUSES: Record<string, { vi: string; en: string }> = {
  EACCES: { vi: "không có quyền", en: "no permission" },
  EPERM: { vi: "không có quyền", en: "no permission" },
  EROFS: { vi: "ổ chỉ đọc", en: "a read-only disk" },
  EMFILE: { vi: "quá nhiều tệp đang mở", en: "too many open files" },
  ENFILE: { vi: "quá nhiều tệp đang mở", en: "too many open files" },
  ENOSPC: { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  EIO: { vi: "lỗi đọc ghi ổ đĩa", en: "a disk input/output error" },
  ENOMEM: { vi: "không đủ bộ nhớ", en: "not enough memory" },
};

export const USAGE = {
  unknownCommand: (c: string) => ({
    vi: `Lệnh không hợp lệ “${c}”; dùng --help để xem cách dùng.`,
    en: `Unknown command “${c}”; use --help for usage.`,
  }),
  unknownOption: (o: string) => ({
    vi: `Tùy chọn không hợp lệ “${o}”; dùng --help để xem cách dùng.`,
    en: `Unknown option “${o}”; use --help for usage.`,
  }),
  needsValue: (o: string) => ({ vi: `Tùy chọn ${o} cần một giá trị.`, en: `Option ${o} needs a value.` }),
  noFile: () => ({ vi: "Thiếu tên tệp .xlsx cần đọc.", en: "Missing the .xlsx file to read." }),
  badLang: (v: string) => ({ vi: `Ngôn ngữ “${v}” không hợp lệ (vi hoặc en).`, en: `Language “${v}” is not vi or en.` }),
  badYear: (v: string) => ({ vi: `Năm “${v}” không hợp lệ.`, en: `Year “${v}” is not valid.` }),
  badProfile: (v: string) => ({
    vi: `Không có bộ chỉ tiêu “${v}”; có: ${PROFILES.map((p) => p.id).join(", ")}.`,
    en: `No target profile “${v}”; available: ${PROFILES.map((p) => p.id).join(", ")}.`,
  }),
  internal: () => ({
    vi: "Công cụ gặp lỗi không mong đợi và đã dừng; không tệp nào bị ghi hay sửa.",
    en: "The tool met an unexpected error and stopped; no file was written or changed.",
  }),
  system: (code: string) => {
    const why = SYSTEM_CAUSES[code] ?? { vi: "lỗi hệ thống", en: "a system error" };
    return {
      vi: `Hệ thống không cho đọc hoặc ghi tệp (${why.vi}); không tệp nào bị ghi hay sửa.`,
      en: `The system refused to read or write a file (${why.en}); no file was written or changed.`,
    };
  },
  noRoster: (file: string) => ({
    vi: `Không tìm thấy danh sách cán bộ nào trong “${file}”: không sheet nào có dòng tiêu đề với cột “Họ và tên”; không có gì được ghi.`,
    en: `No staff roster found in “${file}”: no sheet has a header row with a “Họ và tên” (full name) column; nothing was written.`,
  }),
};

/** The reader over the grids; a workbook naming more units than any roster does stops the run (exit 2), naming the file. */
export function rosterOf(grids: Grid[], options: ReadOptions, file: string, lang: Lang): Roster {
  try {
    return readWorkbook(grids, options);
  } catch (err) {
    if (err instanceof TooManyUnits) throw new RefusedError(tooManyUnitsMessage(lang, file));
    throw err;
  }
}

/** Stops the run (exit 2, one sentence) when the reader found no roster table (its noRosterFound): nothing to count. */
export function requireRoster(roster: Roster, file: string, lang: Lang): void {
  if (roster.problems.some((p) => p.code === "noRosterFound")) throw new RefusedError(USAGE.noRoster(file)[lang]);
}

/** The --lang asked for, looked up before parsing so that even a parse error speaks it. */
export function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

export interface ParsedArgs {
  options: Map<string, string[]>;
  positional: string[];
  /** The last value given for an option. */
  one(name: string): string | undefined;
}

/** Walks argv: `--name value`, `--name=value` and flags; positional arguments go to `positional`. */
export function parseArgs(args: string[], lang: Lang, takesValue: string[], flags: string[]): ParsedArgs {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (takesValue.includes(name)) {
      const v = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(USAGE.needsValue(name)[lang]);
      options.set(name, [...(options.get(name) ?? []), v]);
    } else if (flags.includes(name)) {
      options.set(name, ["true"]);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(USAGE.unknownOption(arg)[lang]);
    } else {
      positional.push(arg);
    }
  }
  return { options, positional, one: (name) => options.get(name)?.at(-1) };
}

/** The one input file of analyze and report: exactly one positional argument. */
export function oneFile(parsed: ParsedArgs, lang: Lang): string {
  const { positional } = parsed;
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? USAGE.noFile()[lang] : USAGE.unknownOption(positional[1])[lang]);
  }
  return positional[0];
}

export function parseYear(v: string, lang: Lang): number {
  const year = Number(v);
  if (!/^\d{4}$/.test(v) || year < 1900 || year > 2100) throw new UsageError(USAGE.badYear(v)[lang]);
  return year;
}

/** Options that choose how the figures are computed, shared by analyze and report. */
export const ANALYSIS_OPTIONS = { takesValue: ["--lang", "--profile", "--women-related", "--year"], flags: ["--heads-only", "--count-contract-workers", "--include-hidden-sheets"] };

/** The báo cáo's header, recipient and signer (REPORT.md), each naming a DocumentSettings field. */
export const DOCUMENT_OPTIONS: Record<string, keyof DocumentSettings> = {
  "--governing-body": "governingBody",
  "--place": "place",
  "--number": "docNumber",
  "--code": "docCode",
  "--recipient": "recipient",
  "--signer-authority": "signerAuthority",
  "--signer-title": "signerTitle",
  "--signer-name": "signerName",
};

/** The document settings given on the command line (only those given). */
export function documentFrom(parsed: ParsedArgs): DocumentSettings {
  const out: DocumentSettings = {};
  for (const [option, field] of Object.entries(DOCUMENT_OPTIONS)) {
    const v = parsed.one(option);
    if (v !== undefined) out[field] = v.trim();
  }
  return out;
}

/** The settings the analysis options ask for, over the defaults. */
export function settingsFrom(parsed: ParsedArgs, lang: Lang): Settings {
  const settings: Settings = { ...defaultSettings(), lang };
  const l = parsed.one("--lang");
  if (l !== undefined) {
    if (l !== "vi" && l !== "en") throw new UsageError(USAGE.badLang(l)[lang]);
    settings.lang = l;
  }
  const year = parsed.one("--year");
  if (year !== undefined) settings.year = parseYear(year, lang);
  const profile = parsed.one("--profile");
  if (profile !== undefined) {
    if (!findProfile(profile)) throw new UsageError(USAGE.badProfile(profile)[lang]);
    settings.profileId = profile;
  }
  if (parsed.options.has("--heads-only")) settings.keyLeaderRule = "headOnly";
  if (parsed.options.has("--count-contract-workers")) settings.countContractWorkers = true;
  if (parsed.options.has("--include-hidden-sheets")) settings.includeHiddenSheets = true;
  const related = parsed.one("--women-related");
  if (related !== undefined) {
    settings.womenRelatedUnits = related
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  return settings;
}

/** One line, whatever went wrong: the clerk sees a sentence, not a stack. */
export function oneLine(text: string): string {
  return `${text.replace(/\s*\n\s*/g, " ").trim()}\n`;
}

/** Runs a command; every failure becomes one line on stderr and its exit code, never a stack trace. */
export async function guarded(io: CliIO, lang: Lang, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(oneLine(err.message));
      return EXIT.usage;
    }
    if (err instanceof RefusedError) {
      io.stderr.write(oneLine(err.message));
      return EXIT.unreadable;
    }
    if (err instanceof WorkbookUnreadable) {
      io.stderr.write(oneLine(unreadableMessage(err.reason, lang, err.file)));
      return EXIT.unreadable;
    }
    // A file-system refusal (EACCES, EMFILE…) or a fault of ours: a sentence, never the raw message or a stack.
    const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
    io.stderr.write(oneLine((/^E[A-Z]+$/.test(code) ? USAGE.system(code) : USAGE.internal())[lang]));
    // For whoever fixes it: BDG_DEBUG=1 shows what went wrong in full.
    if (process.env.BDG_DEBUG === "1") io.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.unreadable;
  }
}
