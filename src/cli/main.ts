// `bdg`: the engine from a shell. analyze is here; report and consolidate belong to src/cli/report.ts
// and src/cli/consolidate.ts. Every failure is one line on stderr, never a stack trace.
import { readGridsFromFile } from "../xlsx/readGrids";
import { unreadableMessage, WorkbookUnreadable } from "../xlsx/errors";
import { readWorkbook } from "../reading";
import { analyze } from "../domain/analysis";
import { resolveOptions } from "../domain/options";
import { PROFILES, findProfile } from "../domain/profiles";
import { defaultSettings, type Lang, type Settings } from "../domain/settings";
import { toContractJson } from "./json";
import { formatSummary } from "./summary";
import { rosterGrids } from "../report/figures";
// The report engineer's commands; they import the CliIO type from here (type-only, no cycle at run time).
import { runReport } from "./report";
import { runConsolidate } from "./consolidate";

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes: 0 done (even with problems in the data), 1 wrong usage or an internal fault, 2 unreadable workbook. */
export const EXIT = { ok: 0, usage: 1, unreadable: 2 } as const;

class UsageError extends Error {}

const HELP = {
  vi: `bdg — Bình đẳng giới: tính các chỉ tiêu bình đẳng giới đối với nữ cán bộ, công chức, viên chức

Cách dùng:
  bdg analyze TỆP.xlsx [--json] [--lang vi|en] [--profile MÃ] [--heads-only]
                       [--women-related "Hội LHPN;Ban VSTBPN"] [--year 2026]
  bdg report TỆP.xlsx [-o RA.xlsx] [--year 2026] [--agency "Sở Tài chính"] [--place "Hà Tĩnh"]
                      [--previous NĂM-TRƯỚC.xlsx] [--lang vi|en] [--profile MÃ] [--heads-only]
                      [--women-related "…"]
  bdg consolidate BÁO-CÁO.xlsx… -o RA.xlsx [--year 2026] [--lang vi|en]

Lệnh report ghi bản sao TỆP kèm sheet báo cáo năm gửi Sở Nội vụ (mặc định TỆP.bao-cao.xlsx; không bao giờ
ghi đè TỆP); --previous lấy số liệu năm trước từ báo cáo của tệp khác để so sánh.
Lệnh consolidate tổng hợp báo cáo năm của nhiều cơ quan: mỗi cơ quan một dòng, tổng toàn tỉnh, các đơn vị
cần có lãnh đạo chủ chốt là nữ.

Lệnh analyze đọc danh sách (không sửa tệp) và in các chỉ tiêu a–đ; với --json in đúng một đối tượng JSON.
  --json            in JSON (xem CONTRACT.md) thay cho bản tóm tắt
  --lang vi|en      ngôn ngữ của thông báo (mặc định: vi)
  --profile MÃ      bộ chỉ tiêu: ${PROFILES.map((p) => p.id).join(", ")}
  --heads-only      lãnh đạo chủ chốt chỉ tính cấp trưởng (mặc định: cấp trưởng và cấp phó)
  --women-related   các đơn vị có chức năng liên quan đến phụ nữ, cách nhau bởi dấu ;
  --year NĂM        năm báo cáo (mặc định: năm nay)
Mã thoát: 0 xong (kể cả khi dữ liệu có vấn đề), 1 sai cú pháp, 2 không đọc được tệp.`,
  en: `bdg — gender-equality figures for female cadres, civil servants and public employees

Usage:
  bdg analyze FILE.xlsx [--json] [--lang vi|en] [--profile ID] [--heads-only]
                        [--women-related "Hội LHPN;Ban VSTBPN"] [--year 2026]
  bdg report FILE.xlsx [-o OUT.xlsx] [--year 2026] [--agency "Sở Tài chính"] [--place "Hà Tĩnh"]
                       [--previous LAST-YEAR.xlsx] [--lang vi|en] [--profile ID] [--heads-only]
                       [--women-related "…"]
  bdg consolidate REPORT.xlsx… -o OUT.xlsx [--year 2026] [--lang vi|en]

report writes a copy of FILE with the annual sheet for Sở Nội vụ (default FILE.bao-cao.xlsx; never over
FILE); --previous takes last year's figures from another file's report for the year-on-year columns.
consolidate sums several agencies' annual sheets: one row per agency, provincial totals, flagged units.

analyze reads the roster (never changing the file) and prints indicators a–đ; with --json, exactly one JSON object.
  --json            print JSON (see CONTRACT.md) instead of the summary
  --lang vi|en      language of the messages (default: vi)
  --profile ID      target profile: ${PROFILES.map((p) => p.id).join(", ")}
  --heads-only      key leaders are heads only (default: heads and deputies)
  --women-related   units whose functions mainly concern women, separated by ;
  --year YEAR       reporting year (default: this year)
Exit codes: 0 done (even with problems in the data), 1 wrong usage, 2 file unreadable.`,
};

const USAGE = {
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
  internal: (m: string) => ({ vi: `Lỗi không mong đợi: ${m}`, en: `Unexpected error: ${m}` }),
};

/** The --lang asked for, looked up before parsing so that even a parse error speaks it. */
function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

interface AnalyzeArgs {
  file: string;
  json: boolean;
  settings: Settings;
}

function parseAnalyze(args: string[], lang: Lang): AnalyzeArgs {
  const settings: Settings = { ...defaultSettings(), lang };
  let file: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(USAGE.needsValue(name)[lang]);
      return v;
    };
    switch (name) {
      case "--json":
        json = true;
        break;
      case "--lang": {
        const v = value();
        if (v !== "vi" && v !== "en") throw new UsageError(USAGE.badLang(v)[lang]);
        settings.lang = v;
        break;
      }
      case "--profile": {
        const v = value();
        if (!findProfile(v)) throw new UsageError(USAGE.badProfile(v)[lang]);
        settings.profileId = v;
        break;
      }
      case "--heads-only":
        settings.keyLeaderRule = "headOnly";
        break;
      case "--women-related":
        settings.womenRelatedUnits = value()
          .split(";")
          .map((s) => s.trim())
          .filter((s) => s !== "");
        break;
      case "--year": {
        const v = value();
        const year = Number(v);
        if (!/^\d{4}$/.test(v) || year < 1900 || year > 2100) throw new UsageError(USAGE.badYear(v)[lang]);
        settings.year = year;
        break;
      }
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(USAGE.unknownOption(arg)[lang]);
        if (file !== undefined) throw new UsageError(USAGE.unknownOption(arg)[lang]);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError(USAGE.noFile()[lang]);
  return { file, json, settings };
}

async function runAnalyze(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { file, json, settings } = parseAnalyze(args, lang);
  // The grids are not kept in a variable: once read into the roster they can be collected before analyze.
  // Our own annual sheets in the workbook are not rosters.
  const roster = readWorkbook(rosterGrids(await readGridsFromFile(file)), {
    overrides: settings.overrides,
    year: settings.year,
  });
  const analysis = analyze(roster, resolveOptions(settings));
  if (json) io.stdout.write(`${JSON.stringify(toContractJson(analysis, settings.lang), null, 2)}\n`);
  else io.stdout.write(`${formatSummary(analysis, settings.lang, file)}\n`);
  return EXIT.ok;
}

/** One line, whatever went wrong: the clerk sees a sentence, not a stack. */
function oneLine(text: string): string {
  return `${text.replace(/\s*\n\s*/g, " ").trim()}\n`;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const lang = langOf(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(`${HELP.vi}\n\n${HELP.en}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(`${HELP.vi}\n\n${HELP.en}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case "analyze":
        return await runAnalyze(rest, io, lang);
      case "report":
        return await runReport(rest, io);
      case "consolidate":
        return await runConsolidate(rest, io);
      default:
        throw new UsageError(USAGE.unknownCommand(command)[lang]);
    }
  } catch (err) {
    if (err instanceof WorkbookUnreadable) {
      io.stderr.write(oneLine(unreadableMessage(err.reason, lang, err.file)));
      return EXIT.unreadable;
    }
    if (err instanceof UsageError) {
      io.stderr.write(oneLine(err.message));
      return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(oneLine(USAGE.internal(message)[lang]));
    return EXIT.usage;
  }
}

/** The process door: runs the CLI on process.argv and exits with its code once stdout has drained. */
export function main(): void {
  runCli(process.argv.slice(2), process).then(
    // Exit only after stdout drains, so a piped JSON is never cut short.
    (code) => process.stdout.write("", () => process.exit(code)),
    () => process.exit(EXIT.usage),
  );
}

if (require.main === module) main();
