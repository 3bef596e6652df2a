// `bdg`: the engine from a shell. analyze is here; report and consolidate belong to src/cli/report.ts
// and src/cli/consolidate.ts. Every failure is one line on stderr, never a stack trace.
import { readGridsFromFile } from "../xlsx/readGrids";
import { analyze } from "../domain/analysis";
import { readOptionsOf, resolveOptions } from "../domain/options";
import { PROFILES } from "../domain/profiles";
import type { Lang, Settings } from "../domain/settings";
import { ANALYSIS_OPTIONS, EXIT, guarded, langOf, oneFile, oneLine, parseArgs, requireRoster, rosterOf, settingsFrom, USAGE, type CliIO } from "./args";
import { toContractJson } from "./json";
import { formatSummary } from "./summary";
import { rosterGrids } from "../report/figures";
import type { Roster } from "../domain/roster";
import { collectBetweenStages, rowsOf } from "./heap";

export type { CliIO };
export { EXIT };

const HELP = {
  vi: `bdg — Bình đẳng giới: tính các chỉ tiêu bình đẳng giới đối với nữ cán bộ, công chức, viên chức

Cách dùng:
  bdg analyze TỆP.xlsx [--json] [--lang vi|en] [--profile MÃ] [--heads-only]
                       [--women-related "Hội LHPN;Ban VSTBPN"] [--year 2026]
  bdg report TỆP.xlsx [-o RA.xlsx] [--year 2026] [--agency "Sở Tài chính"] [--place "Hà Tĩnh"]
                      [--previous NĂM-TRƯỚC.xlsx] [--lang vi|en] [--profile MÃ] [--heads-only]
                      [--women-related "…"] [--governing-body "UBND tỉnh Hà Tĩnh"] [--number 125]
                      [--code STC] [--recipient "Sở Nội vụ tỉnh Hà Tĩnh"] [--signer-authority "KT. GIÁM ĐỐC"]
                      [--signer-title "PHÓ GIÁM ĐỐC"] [--signer-name "Nguyễn Văn A"]
  bdg consolidate BÁO-CÁO.xlsx… -o RA.xlsx [--year 2026] [--lang vi|en]

Lệnh report ghi bản sao TỆP kèm báo cáo năm gửi Sở Nội vụ: sheet báo cáo (thể thức NĐ 30/2020) và sheet phụ lục
(mặc định TỆP.bao-cao.xlsx; không bao giờ ghi đè TỆP); --previous lấy số liệu năm trước từ báo cáo của tệp khác
để so sánh; --governing-body (cơ quan chủ quản), --place (địa danh), --number (số), --code (ký hiệu),
--recipient (kính gửi), --signer-authority / --signer-title / --signer-name (người ký) thay cho cài đặt đã lưu.
Lệnh consolidate tổng hợp báo cáo năm của nhiều cơ quan: mỗi cơ quan một dòng, tổng toàn tỉnh, các đơn vị
cần có lãnh đạo chủ chốt là nữ.

Lệnh analyze đọc danh sách (không sửa tệp) và in các chỉ tiêu a–đ; với --json in đúng một đối tượng JSON.
  --json            in JSON (xem CONTRACT.md) thay cho bản tóm tắt
  --lang vi|en      ngôn ngữ của thông báo (mặc định: vi)
  --profile MÃ      bộ chỉ tiêu: ${PROFILES.map((p) => p.id).join(", ")}
  --heads-only      lãnh đạo chủ chốt chỉ tính cấp trưởng (mặc định: cấp trưởng và cấp phó)
  --women-related   các đơn vị có chức năng liên quan đến phụ nữ, cách nhau bởi dấu ;
  --count-contract-workers  tính cả người lao động hợp đồng (mặc định: thống kê riêng, không tính)
  --include-hidden-sheets   tính cả người ở sheet ẩn (mặc định: không tính, cảnh báo nêu tên sheet)
  --year NĂM        năm báo cáo (mặc định: năm nay)
Mã thoát: 0 xong (kể cả khi dữ liệu có vấn đề), 1 sai cú pháp, 2 không đọc được tệp, không có danh sách
cán bộ, không ghi được tệp ra hoặc lỗi khác (luôn kèm một câu giải thích).`,
  en: `bdg — gender-equality figures for female cadres, civil servants and public employees

Usage:
  bdg analyze FILE.xlsx [--json] [--lang vi|en] [--profile ID] [--heads-only]
                        [--women-related "Hội LHPN;Ban VSTBPN"] [--year 2026]
  bdg report FILE.xlsx [-o OUT.xlsx] [--year 2026] [--agency "Sở Tài chính"] [--place "Hà Tĩnh"]
                       [--previous LAST-YEAR.xlsx] [--lang vi|en] [--profile ID] [--heads-only]
                       [--women-related "…"] [--governing-body "UBND tỉnh Hà Tĩnh"] [--number 125]
                       [--code STC] [--recipient "Sở Nội vụ tỉnh Hà Tĩnh"] [--signer-authority "KT. GIÁM ĐỐC"]
                       [--signer-title "PHÓ GIÁM ĐỐC"] [--signer-name "Nguyễn Văn A"]
  bdg consolidate REPORT.xlsx… -o OUT.xlsx [--year 2026] [--lang vi|en]

report writes a copy of FILE with the annual report for Sở Nội vụ: the báo cáo sheet (NĐ 30/2020 form) and its
phụ lục (default FILE.bao-cao.xlsx; never over FILE); --previous takes last year's figures from another file's
report; --governing-body, --place, --number, --code, --recipient, --signer-authority / --signer-title /
--signer-name set the header and the signature over the saved settings.
consolidate sums several agencies' annual sheets: one row per agency, provincial totals, flagged units.

analyze reads the roster (never changing the file) and prints indicators a–đ; with --json, exactly one JSON object.
  --json            print JSON (see CONTRACT.md) instead of the summary
  --lang vi|en      language of the messages (default: vi)
  --profile ID      target profile: ${PROFILES.map((p) => p.id).join(", ")}
  --heads-only      key leaders are heads only (default: heads and deputies)
  --women-related   units whose functions mainly concern women, separated by ;
  --count-contract-workers  count contract workers as staff (default: counted apart, left out)
  --include-hidden-sheets   count the people of hidden sheets too (default: left out, with a warning naming the sheet)
  --year YEAR       reporting year (default: this year)
Exit codes: 0 done (even with problems in the data), 1 wrong usage, 2 file unreadable, no staff roster,
output not writable or another failure (always with one sentence).`,
};

interface AnalyzeArgs {
  file: string;
  json: boolean;
  settings: Settings;
}

function parseAnalyze(args: string[], lang: Lang): AnalyzeArgs {
  const parsed = parseArgs(args, lang, ANALYSIS_OPTIONS.takesValue, ["--json", ...ANALYSIS_OPTIONS.flags]);
  return { file: oneFile(parsed, lang), json: parsed.options.has("--json"), settings: settingsFrom(parsed, lang) };
}

/** The roster of a file; its grids are garbage once this returns. Our own annual sheets are not rosters. */
async function readRoster(file: string, settings: Settings): Promise<Roster> {
  const grids = await readGridsFromFile(file);
  collectBetweenStages(rowsOf(grids));
  return rosterOf(rosterGrids(grids), readOptionsOf(settings), file, settings.lang);
}

async function runAnalyze(args: string[], io: CliIO): Promise<number> {
  const { file, json, settings } = parseAnalyze(args, langOf(args));
  const roster = await readRoster(file, settings);
  requireRoster(roster, file, settings.lang);
  collectBetweenStages(roster.people.length);
  const analysis = analyze(roster, resolveOptions(settings));
  if (json) io.stdout.write(`${JSON.stringify(toContractJson(analysis, settings.lang), null, 2)}\n`);
  else io.stdout.write(`${formatSummary(analysis, settings.lang, file)}\n`);
  return EXIT.ok;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const lang = langOf(argv);
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
      return guarded(io, lang, () => runAnalyze(rest, io));
    // report and consolidate write workbooks with ExcelJS: loaded only for them, so analyze starts without it.
    case "report":
      return (await import("./report")).runReport(rest, io);
    case "consolidate":
      return (await import("./consolidate")).runConsolidate(rest, io);
    default:
      io.stderr.write(oneLine(USAGE.unknownCommand(command)[lang]));
      return EXIT.usage;
  }
}

/** The process door: runs the CLI on process.argv and exits with its code once stdout has drained. */
export function main(): void {
  runCli(process.argv.slice(2), process).then(
    // Exit only after stdout drains, so a piped JSON is never cut short.
    (code) => process.stdout.write("", () => process.exit(code)),
    () => process.exit(EXIT.unreadable),
  );
}

if (require.main === module) main();
