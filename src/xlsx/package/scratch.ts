// Our sheets are built by ExcelJS in a scratch workbook of their own (src/xlsx/writeReport.ts turns a
// report sheet into a worksheet); from it we take each sheet's XML, its print names and the styles it
// uses. The scratch workbook is never the output: its parts are grafted onto the agency's package.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { ReportSheet } from "../../report/model";
import { writeReportSheet } from "../writeReport";
import { allMatches, attributes, parseRels, relsPathOf, resolveTarget, unescapeXml } from "./opc";
import { parseWorkbookXml } from "./workbookXml";

/** One sheet of the report, as writeReportSheet draws it. */
export type SheetModel = ReportSheet;

/** A sheet to add that is not a report sheet (the settings sheet): its cells, row by row. */
export interface PlainSheet {
  sheetName: string;
  cells: (string | number | null)[][];
}

export interface ScratchSheet {
  name: string;
  /** The worksheet part, strings inline (no shared strings table), style indexes still the scratch's. */
  xml: string;
  /** Defined names scoped to the sheet (print area, print titles): name and content as XML text. */
  names: { name: string; value: string }[];
}

export interface Scratch {
  sheets: ScratchSheet[];
  styles: string;
}

/** Shared-string cells written inline, so our sheets need nothing from the workbook's string table. */
export function inlineStrings(sheetXml: string, shared: string[]): string {
  return sheetXml.replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, a: string, b: string, i: string) => {
    return `<c${a} t="inlineStr"${b}><is>${shared[Number(i)] ?? "<t></t>"}</is></c>`;
  });
}

/** The inner XML of each <si> of a sharedStrings part (a <t>, or rich-text runs: both valid in <is>). */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return allMatches(xml, /<si>([\s\S]*?)<\/si>|<si\/>/g).map((m) => m[1] ?? "<t></t>");
}

/** A sheet of ours never comes selected: that would group it with the clerk's active sheet. */
function unselected(xml: string): string {
  return xml.replace(/(<sheetView\b[^>]*?)\s+tabSelected="(1|true)"/g, "$1");
}

/** Builds the sheets with ExcelJS and takes them apart. Names are the final ones (print names quote them). */
export async function buildScratch(sheets: (SheetModel | PlainSheet)[]): Promise<Scratch> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    if ("cells" in s) {
      const ws = workbook.addWorksheet(s.sheetName);
      s.cells.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    } else {
      writeReportSheet(workbook, s);
    }
  }
  const files = unzipSync(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const text = (name: string): string | undefined => (files[name] ? strFromU8(files[name]) : undefined);
  const wb = parseWorkbookXml(text("xl/workbook.xml") ?? "");
  const rels = parseRels(text(relsPathOf("xl/workbook.xml")) ?? "");
  const shared = sharedStrings(text("xl/sharedStrings.xml"));
  const out: ScratchSheet[] = wb.sheets.map((entry, index) => {
    const rel = rels.find((r) => r.id === entry.relId);
    const part = rel ? resolveTarget("xl/workbook.xml", rel.target) : "";
    const xml = text(part);
    if (xml === undefined) throw new Error(`scratch sheet ${entry.name} has no part`);
    return {
      name: entry.name,
      xml: unselected(inlineStrings(xml, shared)),
      names: wb.definedNames.filter((n) => n.localSheetId === index).map((n) => ({ name: n.name, value: n.value })),
    };
  });
  return { sheets: out, styles: text("xl/styles.xml") ?? "" };
}

/** The value of cell A1 of a worksheet part (inline, shared or formula string), for our settings sheet. */
export function cellA1Text(sheetXml: string, sharedXml: () => string | undefined): string | null {
  const m = /<c\b([^>]*\br="A1"[^>]*)>([\s\S]*?)<\/c>/.exec(sheetXml);
  if (!m) return null;
  const type = attributes(`<c${m[1]}>`).get("t");
  const body = m[2];
  const texts = (xml: string): string => allMatches(xml, /<t\b[^>]*>([\s\S]*?)<\/t>/g).map((t) => t[1]).join("");
  if (type === "inlineStr") return unescapeXml(texts(body));
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  if (type === "s") {
    const si = sharedStrings(sharedXml())[Number(v)];
    return si === undefined ? null : unescapeXml(texts(si));
  }
  return unescapeXml(v);
}
