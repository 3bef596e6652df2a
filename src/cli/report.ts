// `bdg report FILE.xlsx [-o OUT.xlsx] [--year 2026] [--agency "Sở Tài chính"] [--place "Hà Tĩnh"] [--previous FILE]
//             [--lang vi|en] [--profile ID] [--heads-only] [--women-related "A;B"]`
// Writes OUT: every sheet of FILE as it was, plus the annual sheet for Sở Nội vụ (replacing that year's
// sheet when FILE already holds one). OUT is never FILE. Nothing is written when FILE cannot be read,
// and OUT appears whole or not at all (written to a temporary file, then renamed).
import { promises as fsp } from "fs";
import * as path from "path";
import { analyze } from "../domain/analysis";
import { resolveOptions } from "../domain/options";
import { findProfile, PROFILES } from "../domain/profiles";
import { defaultSettings, type Lang, type Settings } from "../domain/settings";
import { readWorkbook } from "../reading";
import { buildAnnualReport, annualSheetName } from "../report/annual";
import { previousAnnualFigures, rosterGrids } from "../report/figures";
import { unreadableMessage, WorkbookUnreadable } from "../xlsx/errors";
import { XlsxGateway } from "../xlsx/gateway";
import { readGridsFromFile } from "../xlsx/readGrids";
import type { CliIO } from "./main";

export type { CliIO };

const EXIT = { ok: 0, usage: 1, refused: 2 } as const;

/** A wrong command line: exit 1 with the sentence. */
export class UsageError extends Error {}

/** A run that must not go on (OUT is FILE, an input is unreadable or not ours): exit 2 with the sentence. */
export class RefusedError extends Error {}

const TEXT = {
  needsValue: (o: string) => ({ vi: `Tùy chọn ${o} cần một giá trị.`, en: `Option ${o} needs a value.` }),
  unknownOption: (o: string) => ({
    vi: `Tùy chọn không hợp lệ “${o}”; dùng --help để xem cách dùng.`,
    en: `Unknown option “${o}”; use --help for usage.`,
  }),
  noFile: () => ({ vi: "Thiếu tên tệp .xlsx cần đọc.", en: "Missing the .xlsx file to read." }),
  badLang: (v: string) => ({ vi: `Ngôn ngữ “${v}” không hợp lệ (vi hoặc en).`, en: `Language “${v}” is not vi or en.` }),
  badYear: (v: string) => ({ vi: `Năm “${v}” không hợp lệ.`, en: `Year “${v}” is not valid.` }),
  badProfile: (v: string) => ({
    vi: `Không có bộ chỉ tiêu “${v}”; có: ${PROFILES.map((p) => p.id).join(", ")}.`,
    en: `No target profile “${v}”; available: ${PROFILES.map((p) => p.id).join(", ")}.`,
  }),
  sameFile: (f: string) => ({
    vi: `Tệp ra không được trùng tệp vào “${f}”: bản danh sách gốc không bao giờ bị ghi đè. Hãy chọn -o khác.`,
    en: `The output may not be the input “${f}”: the original roster is never overwritten. Choose another -o.`,
  }),
  noPrevious: (f: string, year: number) => ({
    vi: `“${f}” không có báo cáo năm nào trước năm ${year} do công cụ này lập.`,
    en: `“${f}” holds no annual report made by this tool for a year before ${year}.`,
  }),
  written: (sheet: string, out: string, prev: number | null) => ({
    vi: `Đã ghi sheet “${sheet}” vào “${out}”${prev ? ` (so sánh với năm ${prev})` : ""}. Biểu đồ chỉ được vẽ khi lập báo cáo trong Excel.`,
    en: `Wrote sheet “${sheet}” to “${out}”${prev ? ` (compared with ${prev})` : ""}. The chart is drawn only when the report is made inside Excel.`,
  }),
};

/** The --lang asked for, looked up before parsing so that even a parse error speaks it. */
export function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

/** Walks argv: `--name value`, `--name=value` and flags; positional arguments go to `positional`. */
export function parseArgs(
  args: string[],
  lang: Lang,
  takesValue: string[],
  flags: string[],
): { options: Map<string, string[]>; positional: string[] } {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (takesValue.includes(name)) {
      const v = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(TEXT.needsValue(name)[lang]);
      options.set(name, [...(options.get(name) ?? []), v]);
    } else if (flags.includes(name)) {
      options.set(name, ["true"]);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(TEXT.unknownOption(arg)[lang]);
    } else {
      positional.push(arg);
    }
  }
  return { options, positional };
}

export function parseYear(v: string, lang: Lang): number {
  const year = Number(v);
  if (!/^\d{4}$/.test(v) || year < 1900 || year > 2100) throw new UsageError(TEXT.badYear(v)[lang]);
  return year;
}

/** The file's real path when it exists (following links); otherwise its directory's real path + name. */
async function realPathOf(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fsp.realpath(abs);
  } catch {
    try {
      return path.join(await fsp.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** True when two paths name the same file (through links, "..", or a different spelling of the path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realPathOf(a), realPathOf(b)]);
  if (ra === rb) return true;
  // Hard links and case-insensitive file systems: the same inode is the same file.
  try {
    const [sa, sb] = await Promise.all([fsp.stat(ra), fsp.stat(rb)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes the bytes beside OUT, then renames: OUT is whole or untouched, never half-written. */
export async function writeAtomically(out: string, bytes: Uint8Array): Promise<void> {
  const abs = path.resolve(out);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, bytes);
    await fsp.rename(tmp, abs);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
}

export function defaultReportPath(file: string): string {
  const ext = path.extname(file);
  const stem = ext.toLowerCase() === ".xlsx" ? file.slice(0, -ext.length) : file;
  return `${stem}.bao-cao.xlsx`;
}

interface ReportArgs {
  file: string;
  out: string;
  previousFile?: string;
  agency?: string;
  place?: string;
  settings: Settings;
}

function parseReport(args: string[], lang: Lang): ReportArgs {
  const { options, positional } = parseArgs(
    args,
    lang,
    ["-o", "--output", "--year", "--agency", "--place", "--previous", "--lang", "--profile", "--women-related"],
    ["--heads-only"],
  );
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? TEXT.noFile()[lang] : TEXT.unknownOption(positional[1])[lang]);
  }
  const one = (name: string): string | undefined => options.get(name)?.at(-1);
  const settings: Settings = { ...defaultSettings(), lang };
  const l = one("--lang");
  if (l !== undefined) {
    if (l !== "vi" && l !== "en") throw new UsageError(TEXT.badLang(l)[lang]);
    settings.lang = l;
  }
  const year = one("--year");
  if (year !== undefined) settings.year = parseYear(year, lang);
  const profile = one("--profile");
  if (profile !== undefined) {
    if (!findProfile(profile)) throw new UsageError(TEXT.badProfile(profile)[lang]);
    settings.profileId = profile;
  }
  if (options.has("--heads-only")) settings.keyLeaderRule = "headOnly";
  const related = one("--women-related");
  if (related !== undefined) {
    settings.womenRelatedUnits = related
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  const file = positional[0];
  return {
    file,
    out: one("-o") ?? one("--output") ?? defaultReportPath(file),
    previousFile: one("--previous"),
    agency: one("--agency"),
    place: one("--place"),
    settings,
  };
}

async function report(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { file, out, previousFile, agency, place, settings } = parseReport(args, lang);
  if (await sameFile(file, out)) throw new RefusedError(TEXT.sameFile(file)[lang]);
  if (previousFile !== undefined && (await sameFile(previousFile, out))) throw new RefusedError(TEXT.sameFile(previousFile)[lang]);

  // The same reading and analysis as `bdg analyze`, so both show the same figures.
  const grids = await readGridsFromFile(file);
  const year = settings.year;
  // Our own report sheets are not rosters: last year's sheet is read back, not counted as staff.
  let previous = previousAnnualFigures(grids, year);
  if (previousFile !== undefined) {
    previous = previousAnnualFigures(await readGridsFromFile(previousFile), year);
    if (!previous) throw new RefusedError(TEXT.noPrevious(previousFile, year)[lang]);
  }
  const roster = readWorkbook(rosterGrids(grids), { overrides: settings.overrides, year });
  const analysis = analyze(roster, resolveOptions(settings));

  // The full ExcelJS reader keeps every sheet's styles and merges; only the report sheet is added.
  const gateway = await XlsxGateway.fromBuffer(await fsp.readFile(file));
  const saved = await gateway.loadSettings();
  const model = buildAnnualReport(analysis, {
    year,
    // The agency named on the command line, else as saved in the workbook, else as last year's sheet says.
    agency: agency ?? (saved?.agency || undefined) ?? previous?.agency ?? "",
    place,
    previous: previous ?? undefined,
    lang: settings.lang,
  });
  await gateway.writeReport(model);
  await writeAtomically(out, await gateway.toBuffer());
  io.stdout.write(`${TEXT.written(annualSheetName(year), out, previous?.year ?? null)[settings.lang]}\n`);
  return EXIT.ok;
}

/** Runs a command body; usage errors exit 1, refusals and unreadable files exit 2, each as one line. */
export async function guarded(io: CliIO, lang: Lang, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    const line = (s: string): string => `${s.replace(/\s*\n\s*/g, " ").trim()}\n`;
    if (err instanceof UsageError) {
      io.stderr.write(line(err.message));
      return EXIT.usage;
    }
    if (err instanceof RefusedError) {
      io.stderr.write(line(err.message));
      return EXIT.refused;
    }
    if (err instanceof WorkbookUnreadable) {
      io.stderr.write(line(unreadableMessage(err.reason, lang, err.file)));
      return EXIT.refused;
    }
    throw err;
  }
}

export async function runReport(args: string[], io: CliIO): Promise<number> {
  const lang = langOf(args);
  return guarded(io, lang, () => report(args, io, lang));
}
