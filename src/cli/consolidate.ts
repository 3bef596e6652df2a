// `bdg consolidate REPORT.xlsx… -o OUT.xlsx [--year 2026] [--lang vi|en]`
// Reads the annual sheet of each agency's report and writes the provincial summary sheet to OUT
// (added to OUT when OUT is already a workbook, replacing only a summary sheet of the same year).
// An input that is not one of our reports stops the run with a sentence naming it; nothing is written.
import { promises as fsp } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildConsolidation, ConsolidationError, type ConsolidationSource } from "../report/consolidate";
import { isReportGrid } from "../report/figures";
import { addReportToPackage } from "../xlsx/package/reportSheets";
import { readGridsFromFile } from "../xlsx/readGrids";
import { writeReportSheets } from "../xlsx/writeReport";
import { EXIT, guarded, langOf, parseArgs, parseYear, RefusedError, UsageError, type CliIO } from "./args";
import { sameFile } from "./report";
import { checkOutput, openPackage, refusedAsSentence, writeAtomically } from "./output";
import type { Lang } from "../domain/settings";

const TEXT = {
  noOut: () => ({ vi: "Thiếu -o TỆP-RA.xlsx cho bản tổng hợp.", en: "Missing -o OUT.xlsx for the summary." }),
  noInputs: () => ({ vi: "Thiếu các tệp báo cáo cần tổng hợp.", en: "Missing the report files to consolidate." }),
  outIsInput: (f: string) => ({
    vi: `Tệp ra không được trùng tệp báo cáo “${f}”. Hãy chọn -o khác.`,
    en: `The output may not be the report file “${f}”. Choose another -o.`,
  }),
  written: (sheet: string, out: string, n: number) => ({
    vi: `Đã tổng hợp ${n} báo cáo vào sheet “${sheet}” của “${out}”.`,
    en: `Consolidated ${n} reports into sheet “${sheet}” of “${out}”.`,
  }),
};

async function consolidate(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { options, positional } = parseArgs(args, lang, ["-o", "--output", "--year", "--lang"], []);
  const out = options.get("-o")?.at(-1) ?? options.get("--output")?.at(-1);
  if (out === undefined) throw new UsageError(TEXT.noOut()[lang]);
  if (positional.length === 0) throw new UsageError(TEXT.noInputs()[lang]);
  const yearText = options.get("--year")?.at(-1);
  const year = yearText === undefined ? undefined : parseYear(yearText, lang);
  for (const file of positional) {
    if (await sameFile(file, out)) throw new RefusedError(TEXT.outIsInput(file)[lang]);
  }
  await checkOutput(out, lang);

  const sources: ConsolidationSource[] = [];
  for (const file of positional) sources.push({ source: path.basename(file), grids: await readGridsFromFile(file) });
  let model;
  try {
    model = buildConsolidation(sources, { year, lang });
  } catch (err) {
    if (err instanceof ConsolidationError) throw new RefusedError(err.text(lang));
    throw err;
  }

  // An existing OUT keeps its other sheets (earlier years' summaries); a new OUT holds the summary alone.
  let bytes: Uint8Array;
  const exists = await fsp.stat(out).then(
    () => true,
    () => false,
  );
  if (exists) {
    // Earlier summaries in OUT are ours by their data block; only the one of this year is replaced.
    const ownSheets = new Set((await readGridsFromFile(out)).filter(isReportGrid).map((g) => g.sheet));
    const pkg = openPackage(await fsp.readFile(out), out);
    bytes = await refusedAsSentence(lang, () => addReportToPackage(pkg, model, { ownByContent: (name) => ownSheets.has(name) }));
  } else {
    const workbook = new ExcelJS.Workbook();
    writeReportSheets(workbook, model);
    bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  await writeAtomically(out, bytes, lang);
  io.stdout.write(`${TEXT.written(model.sheets[0].sheetName, out, sources.length)[lang]}\n`);
  return EXIT.ok;
}

export async function runConsolidate(args: string[], io: CliIO): Promise<number> {
  const lang = langOf(args);
  return guarded(io, lang, () => consolidate(args, io, lang));
}
