// The annual report for Sở Nội vụ: two sheets, the báo cáo (document.ts, the signed document in the form
// of NĐ 30/2020) and its phụ lục (annex.ts, the tables and the biểu's footer). Two sheets rather than one
// with a page break: the document is set on a grid of 24 equal columns (NĐ 30's header halves and rules),
// the tables on columns of their own widths, and each part is printed, numbered and replaced on its own.
// The hidden data block (figures.ts) and the clerk's data check stand on the báo cáo sheet, outside its
// print area.
import type { Analysis } from "../domain/analysis";
import type { Lang } from "../domain/settings";
import { buildAnnexSheet } from "./annex";
import { problemKey } from "./clerk";
import { buildDocumentSheet, type DocumentFacts } from "./document";
import { dataBlockRecords, figuresOfAnalysis, type AnnualFigures } from "./figures";
import { agencyInitials, safeSheetName } from "./layout";
import type { ReportModel } from "./model";
import type { Signer } from "./sections";
import { reportText, type ReportText } from "./text";

export interface AnnualReportOptions {
  year: number;
  /** The reporting agency, e.g. "Sở Tài chính" or "UBND huyện Can Lộc". */
  agency: string;
  /** The body above the agency in the header ("UBND TỈNH HÀ TĨNH"); default from the place, none for a UBND. */
  governingBody?: string;
  /** Where the report is signed (địa danh); also names the province. Default "Hà Tĩnh". */
  place?: string;
  /** Date of signing; when absent the date is left for the clerk to fill ("ngày … tháng …"). */
  date?: Date;
  /** The document's number (số), left "…" when absent. */
  docNumber?: string;
  /** The agency's ký hiệu in "Số: …/BC-<ký hiệu>"; default the agency's initials. */
  docCode?: string;
  /** Kính gửi; default "Sở Nội vụ tỉnh <place>". */
  recipient?: string;
  /** Who signs; by default the head of the agency's title, the name left for the clerk. */
  signer?: Partial<Signer>;
  /** A People's Committee signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; guessed from the agency name when absent. */
  isUbnd?: boolean;
  /** Last year's figures, for the change since last year. */
  previous?: AnnualFigures;
  /** Giải trình of accepted warnings, by problem key (clerk.ts problemKey). */
  explanations?: Record<string, string>;
  lang?: Lang;
}

const UBND_PREFIX = /^\s*(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s*/i;

/** "BC BĐG 2026": one sheet per year, so earlier years' sheets stay beside it. */
export function annualSheetName(year: number): string {
  return safeSheetName(`BC BĐG ${year}`);
}

/** "PL BĐG 2026": the phụ lục of that year's báo cáo. */
export function annexSheetName(year: number): string {
  return safeSheetName(`PL BĐG ${year}`);
}

/** The title of the head of an agency, from its name: Sở → GIÁM ĐỐC, Ban → TRƯỞNG BAN…; "" when unknown. */
export function headTitleOf(agency: string): string {
  const a = agency.normalize("NFC").trim().toLocaleLowerCase("vi");
  if (UBND_PREFIX.test(a)) return "CHỦ TỊCH";
  // "\b" knows ASCII letters only: a word ends at a space or the end.
  const titles: [RegExp, string][] = [
    [/^sở(\s|$)/, "GIÁM ĐỐC"],
    [/^(đài|trung tâm|bệnh viện|kho bạc|quỹ)(\s|$)/, "GIÁM ĐỐC"],
    [/^ban(\s|$)/, "TRƯỞNG BAN"],
    [/^văn phòng(\s|$)/, "CHÁNH VĂN PHÒNG"],
    [/^thanh tra(\s|$)/, "CHÁNH THANH TRA"],
    [/^(trường|học viện)(\s|$)/, "HIỆU TRƯỞNG"],
    [/^chi cục(\s|$)/, "CHI CỤC TRƯỞNG"],
    [/^cục(\s|$)/, "CỤC TRƯỞNG"],
  ];
  return titles.find(([re]) => re.test(a))?.[1] ?? "";
}

/** The header's two lines: the governing body (regular) and the agency (bold). A UBND has none above it. */
function headerNames(agency: string, place: string, isUbnd: boolean, governingBody: string | undefined, T: ReportText): { governingBody: string; agencyHeader: string } {
  const upper = agency.normalize("NFC").trim().toLocaleUpperCase("vi");
  if (isUbnd) {
    const rest = upper.replace(/^\s*(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s*/, "");
    return { governingBody: governingBody?.trim().toLocaleUpperCase("vi") ?? "", agencyHeader: rest ? `${T.ubndBody}\n${rest}` : T.ubndBody };
  }
  return {
    governingBody: (governingBody?.trim() || T.provinceBody(place)).toLocaleUpperCase("vi"),
    agencyHeader: upper || T.agencyPlaceholder,
  };
}

function signerOf(agency: string, isUbnd: boolean, given: Partial<Signer> | undefined, T: ReportText): Signer {
  const head = headTitleOf(agency);
  return {
    authority: (given?.authority ?? (isUbnd ? "TM. ỦY BAN NHÂN DÂN" : "")).trim().toLocaleUpperCase("vi"),
    title: (given?.title?.trim() || head || "THỦ TRƯỞNG CƠ QUAN").toLocaleUpperCase("vi"),
    name: given?.name?.trim() || T.signerNamePlaceholder,
  };
}

export function buildAnnualReport(analysis: Analysis, opts: AnnualReportOptions): ReportModel {
  const lang: Lang = opts.lang ?? "vi";
  const T = reportText(lang);
  const year = opts.year;
  const place = opts.place?.trim() || "Hà Tĩnh";
  const agency = opts.agency.trim();
  const isUbnd = opts.isUbnd ?? UBND_PREFIX.test(agency.normalize("NFC"));
  const code = opts.docCode?.trim() || agencyInitials(agency);
  const number = opts.docNumber?.trim() ?? "";
  const date = opts.date ? { day: opts.date.getDate(), month: opts.date.getMonth() + 1, year: opts.date.getFullYear() } : undefined;
  const names = headerNames(agency, place, isUbnd, opts.governingBody, T);
  const facts: DocumentFacts = {
    year,
    agency,
    ...names,
    numberLine: T.docNumber(number, code),
    dateLine: T.dateLine(place, date, year),
    recipient: opts.recipient?.trim() || T.defaultRecipient(place),
    signer: signerOf(agency, isUbnd, opts.signer, T),
    previous: opts.previous,
  };
  const explanations = new Map(Object.entries(opts.explanations ?? {}).filter(([, reason]) => reason.trim() !== ""));
  const warnings = analysis.problems.filter((p) => p.severity === "warning" && explanations.has(problemKey(p)));
  const explained = warnings.map((p) => T.noteExplained(T.warningWhat(p.code, p.params ?? {}), (explanations.get(problemKey(p)) ?? "").trim()));
  const remarks: string[] = [];
  remarks.push(T.clerkPlaceholders);
  const records = dataBlockRecords(figuresOfAnalysis(analysis, year, agency));
  const document = buildDocumentSheet(annualSheetName(year), analysis, facts, { problems: analysis.problems, explanations, remarks, records, T }, T);
  const annex = buildAnnexSheet(
    annexSheetName(year),
    analysis,
    { year, agency, attachedTo: T.annexOf(number, code, year, agency || T.agencyFallback), previous: opts.previous, explained },
    T,
  );
  return { sheets: [document, annex], metadata: { kind: "annual-report", version: 1, year, agency } };
}
