// `bdg report FILE.xlsx [-o OUT.xlsx] [--year 2026] [--agency "Sở Tài chính"] [--place "Hà Tĩnh"] [--previous FILE]
//             [--lang vi|en] [--profile ID] [--heads-only] [--women-related "A;B"] [--governing-body …] [--number …]
//             [--code …] [--recipient …] [--signer-authority …] [--signer-title …] [--signer-name …]`
// Writes OUT: every sheet of FILE as it was, plus the annual report for Sở Nội vụ, the báo cáo and its phụ lục
// (replacing that year's sheets when FILE already holds them). OUT is never FILE. Nothing is written when FILE cannot be read,
// and OUT appears whole or not at all (written to a temporary file, then renamed).
import { promises as fsp } from "fs";
import * as path from "path";
import { analyze } from "../domain/analysis";
import { readOptionsOf, resolveOptions } from "../domain/options";
import type { DocumentSettings, Lang, Settings } from "../domain/settings";
import { buildAnnualReport, reportOptionsOf } from "../report/annual";
import { isReportGrid, previousAnnualFigures, rosterGrids } from "../report/figures";
import { suggestDocument } from "../report/suggest";
import { addReportToPackage, settingsOfPackage } from "../xlsx/package/reportSheets";
import { openPackage, refusedAsSentence } from "./output";
import { readGridsFromFile } from "../xlsx/readGrids";
import { ANALYSIS_OPTIONS, DOCUMENT_OPTIONS, documentFrom, EXIT, guarded, langOf, oneFile, parseArgs, RefusedError, requireRoster, rosterOf, settingsFrom, type CliIO } from "./args";
import { checkOutput, writeAtomically } from "./output";
import { collectBetweenStages, rowsOf } from "./heap";

const TEXT = {
  sameFile: (f: string) => ({
    vi: `Tệp ra không được trùng tệp vào “${f}”: bản danh sách gốc không bao giờ bị ghi đè. Hãy chọn -o khác.`,
    en: `The output may not be the input “${f}”: the original roster is never overwritten. Choose another -o.`,
  }),
  noPrevious: (f: string, year: number) => ({
    vi: `“${f}” không có báo cáo năm nào trước năm ${year} do công cụ này lập.`,
    en: `“${f}” holds no annual report made by this tool for a year before ${year}.`,
  }),
  written: (sheets: string[], out: string, prev: number | null) => ({
    vi: `Đã ghi ${sheets.map((s) => `sheet “${s}”`).join(" và ")} vào “${out}”${prev ? ` (so sánh với năm ${prev})` : ""}. Biểu đồ chỉ được vẽ khi lập báo cáo trong Excel.`,
    en: `Wrote ${sheets.map((s) => `sheet “${s}”`).join(" and ")} to “${out}”${prev ? ` (compared with ${prev})` : ""}. The chart is drawn only when the report is made inside Excel.`,
  }),
};

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
  /** Header, recipient and signer given on the command line. */
  document: DocumentSettings;
  settings: Settings;
}

function parseReport(args: string[], lang: Lang): ReportArgs {
  const parsed = parseArgs(
    args,
    lang,
    ["-o", "--output", "--agency", "--previous", ...Object.keys(DOCUMENT_OPTIONS), ...ANALYSIS_OPTIONS.takesValue],
    ANALYSIS_OPTIONS.flags,
  );
  const file = oneFile(parsed, lang);
  return {
    file,
    out: parsed.one("-o") ?? parsed.one("--output") ?? defaultReportPath(file),
    previousFile: parsed.one("--previous"),
    agency: parsed.one("--agency"),
    document: documentFrom(parsed),
    settings: settingsFrom(parsed, lang),
  };
}

/**
 * The same reading as `bdg analyze`, so both show the same figures, and what the report takes from the grids
 * themselves; the grids are garbage once this returns.
 */
async function readInputs(file: string, previousFile: string | undefined, settings: Settings, lang: Lang) {
  const grids = await readGridsFromFile(file);
  collectBetweenStages(rowsOf(grids));
  const year = settings.year;
  // Our own report sheets are not rosters: last year's sheet is read back, not counted as staff.
  let previous = previousAnnualFigures(grids, year);
  if (previousFile !== undefined) {
    previous = previousAnnualFigures(await readGridsFromFile(previousFile), year);
    if (!previous) throw new RefusedError(TEXT.noPrevious(previousFile, year)[lang]);
  }
  const roster = rosterOf(rosterGrids(grids), readOptionsOf({ ...settings, year }), file, lang);
  // Our sheets already in the workbook (the reader found their hidden data block): the ones a new report replaces.
  const ownSheets = new Set(grids.filter(isReportGrid).map((g) => g.sheet));
  return { roster, previous, ownSheets, suggested: suggestDocument(grids, roster) };
}

async function report(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { file, out, previousFile, agency, document, settings } = parseReport(args, lang);
  if (await sameFile(file, out)) throw new RefusedError(TEXT.sameFile(file)[lang]);
  if (previousFile !== undefined && (await sameFile(previousFile, out))) throw new RefusedError(TEXT.sameFile(previousFile)[lang]);
  await checkOutput(out, lang);

  const { roster, previous, ownSheets, suggested } = await readInputs(file, previousFile, settings, lang);
  requireRoster(roster, file, lang);
  collectBetweenStages(roster.people.length);
  const analysis = analyze(roster, resolveOptions(settings));

  const pkg = openPackage(await fsp.readFile(file), file);
  const saved = settingsOfPackage(pkg);
  // The words of the command line over what the clerk saved in the workbook (header, signer, giải trình),
  // and under both what the roster's own title and signature blocks say.
  const model = buildAnnualReport(
    analysis,
    reportOptionsOf(
      { ...settings, agency: saved?.agency ?? "", document: saved?.document, explanations: saved?.explanations },
      previous,
      { ...document, agency },
      suggested,
    ),
  );
  // Only the report's sheets are added to the package; every other part is copied byte for byte.
  const bytes = await refusedAsSentence(lang, () => addReportToPackage(pkg, model, { ownByContent: (name) => ownSheets.has(name) }));
  await writeAtomically(out, bytes, lang);
  io.stdout.write(`${TEXT.written(model.sheets.map((s) => s.sheetName), out, previous?.year ?? null)[settings.lang]}\n`);
  return EXIT.ok;
}

export async function runReport(args: string[], io: CliIO): Promise<number> {
  const lang = langOf(args);
  return guarded(io, lang, () => report(args, io, lang));
}
