// The provincial summary (Sở Nội vụ): the annual sheets of several agencies, read back from their hidden
// data blocks, summed into one sheet: a row per agency, the provincial indicators, every flagged unit.
// Shares are recomputed from the summed counts (never averaged), met is decided as the analysis decides it.
import { consolidate, type ProvinceFigures } from "../domain/consolidation";
import { fold } from "../domain/fold";
import type { Grid } from "../domain/grid";
import { INDICATOR_NAMES } from "../domain/messages";
import type { Lang } from "../domain/settings";
import { share, UNIT_THRESHOLD } from "../domain/share";
import { leadersTable, staffTable, type BreakdownSource } from "./annex";
import { isBreakdownId, type Count } from "./breakdowns";
import { DATA_WIDTH } from "./clerk";
import { dataBlockRecords, DATA_BLOCK_VERSION, readReportFigures, ReportSheetError, type AnnualFigures, type ShareId } from "./figures";
import { area, mmToChars, nd30Print, safeSheetName, SheetBuilder } from "./layout";
import type { ReportCell, ReportModel } from "./model";
import { biểuFooter, centredLine, keepTogether, lastCol, notes, officialHeader, tableRow, tableTitle, type Page } from "./sections";
import { reportText, type ReportText } from "./text";



/** One input file (or workbook): its name for messages, and its grids. */
export interface ConsolidationSource {
  source: string;
  grids: Grid[];
}

export interface ConsolidationOptions {
  /** The year to consolidate; default the latest year every source has. */
  year?: number;
  place?: string;
  date?: Date;
  lang?: Lang;
}

export type ConsolidationErrorReason = "notOurReport" | "unknownVersion" | "damaged" | "yearMissing" | "duplicateAgency" | "noSources";

/** An input that cannot be consolidated; the message names it, in Vietnamese then English. */
export class ConsolidationError extends Error {
  constructor(
    readonly reason: ConsolidationErrorReason,
    readonly source: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
    this.name = "ConsolidationError";
  }

  text(lang: Lang): string {
    return lang === "vi" ? this.vi : this.en;
  }
}

export function summarySheetName(year: number): string {
  return safeSheetName(`TH BĐG ${year}`);
}

/** Every annual sheet of one source, newest year first; throws when the source holds none. */
export function annualSheetsOf(source: ConsolidationSource): AnnualFigures[] {
  const found: AnnualFigures[] = [];
  let newer: string | null = null;
  let damaged: string | null = null;
  for (const grid of source.grids) {
    try {
      const f = readReportFigures(grid);
      if (f.kind === "annual-report") found.push(f);
    } catch (e) {
      if (!(e instanceof ReportSheetError)) throw e;
      if (e.reason === "unknownVersion") newer = grid.sheet;
      if (e.reason === "damaged") damaged = grid.sheet;
    }
  }
  if (found.length === 0) {
    const s = source.source;
    if (newer !== null) {
      throw new ConsolidationError(
        "unknownVersion",
        s,
        `“${s}”: sheet “${newer}” được lập bằng phiên bản mới hơn (định dạng > ${DATA_BLOCK_VERSION}); hãy cập nhật công cụ.`,
        `“${s}”: sheet “${newer}” was made by a newer version (layout > ${DATA_BLOCK_VERSION}); update the tool.`,
      );
    }
    if (damaged !== null) {
      throw new ConsolidationError(
        "damaged",
        s,
        `“${s}”: vùng số liệu ẩn của sheet “${damaged}” đã bị sửa hoặc hỏng; hãy lập lại báo cáo năm.`,
        `“${s}”: the hidden data block of sheet “${damaged}” was edited or damaged; make the annual report again.`,
      );
    }
    throw new ConsolidationError(
      "notOurReport",
      s,
      `“${s}” không phải báo cáo năm do công cụ Bình đẳng giới lập (không có sheet “BC BĐG …”).`,
      `“${s}” is not an annual report made by the Bình đẳng giới tool (no “BC BĐG …” sheet).`,
    );
  }
  return found.sort((a, b) => b.year - a.year);
}

/** The figures to consolidate: one annual sheet per source, all of the same year. */
export function pickAnnualFigures(sources: ConsolidationSource[], year?: number): { source: string; figures: AnnualFigures }[] {
  if (sources.length === 0) {
    throw new ConsolidationError("noSources", "", "Chưa có báo cáo nào để tổng hợp.", "No reports to consolidate.");
  }
  const sheets = sources.map((s) => ({ source: s.source, sheets: annualSheetsOf(s) }));
  const wanted = year ?? Math.max(...sheets.map((s) => s.sheets[0].year));
  const picked = sheets.map(({ source, sheets: list }) => {
    const figures = list.find((f) => f.year === wanted);
    if (!figures) {
      throw new ConsolidationError(
        "yearMissing",
        source,
        `“${source}” không có báo cáo năm ${wanted} (có: ${list.map((f) => f.year).join(", ")}).`,
        `“${source}” has no ${wanted} report (has: ${list.map((f) => f.year).join(", ")}).`,
      );
    }
    return { source, figures };
  });
  // The same agency twice would be counted twice: refuse rather than guess which file is right.
  const seen = new Map<string, string>();
  for (const { source, figures } of picked) {
    const key = fold(figures.agency);
    const other = seen.get(key);
    if (key !== "" && other !== undefined) {
      throw new ConsolidationError(
        "duplicateAgency",
        source,
        `“${source}” và “${other}” cùng là báo cáo năm ${wanted} của ${figures.agency}; chỉ giữ một tệp.`,
        `“${source}” and “${other}” are both the ${wanted} report of ${figures.agency}; keep one file.`,
      );
    }
    seen.set(key, source);
  }
  return picked;
}

/** The province's figures (domain/consolidation.ts), the phụ lục's breakdowns summed with the shares. */
export function provinceOf(all: AnnualFigures[]): ProvinceFigures {
  return consolidate(all.map((f) => ({ ...f, shares: { ...f.shares, ...(f.counts ?? {}) } })));
}

/** What the summary keeps about itself in its hidden block: the province as one more "annual" record. */
function provinceRecord(province: ProvinceFigures, all: AnnualFigures[], year: number, agency: string): AnnualFigures {
  const shares: AnnualFigures["shares"] = {};
  const counts: Record<string, Count> = {};
  for (const [id, sh] of Object.entries(province.shares)) {
    if (!sh) continue;
    if (isBreakdownId(id)) counts[id] = { female: sh.female, total: sh.total };
    else shares[id as ShareId] = sh.target === undefined ? { female: sh.female, total: sh.total } : { female: sh.female, total: sh.total, target: sh.target };
  }
  const l = province.leadership;
  return {
    kind: "provincial-summary",
    version: DATA_BLOCK_VERSION,
    year,
    agency,
    profileId: all[0]?.profileId ?? "",
    staff: { female: province.staff.female, total: province.staff.total },
    shares,
    counts,
    leadership: { units: l.units, unitsAtThreshold: l.unitsAtThreshold, unitsWithFemaleKeyLeader: l.unitsWithFemaleKeyLeader },
    units: [],
    problems: province.problems,
  };
}

/** The summary's columns (mm), as the phụ lục's: STT, name, total, women, share, then three more. */
const SUMMARY_MM = [8, 52, 14, 13, 14, 16, 15, 31];
const SUMMARY_PAGE: Page = { widthsMm: SUMMARY_MM, leftEnd: 3, signLeft: 5 };
const LINE_COL = SUMMARY_MM.length + 2;

/** What every section of the summary sheet draws from: the sheet being built and the province's figures. */
interface Summary {
  b: SheetBuilder;
  page: Page;
  last: number;
  T: ReportText;
  picked: { source: string; figures: AnnualFigures }[];
  all: AnnualFigures[];
  province: ProvinceFigures;
  year: number;
  place: string;
}

const pct = (x: number | null): ReportCell => (x === null ? "—" : x);
const stripLetter = (name: string): string => name.replace(/^[a-zđ]\)\s*/i, "");

/** The NĐ 30 header and the title. */
function summaryHeader({ b, page, last, T, all, year, place }: Summary, date: Date | undefined): void {
  const d = date ? { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() } : undefined;
  officialHeader(b, page, { governingBody: T.provinceBody(place), agency: "SỞ NỘI VỤ", numberLine: T.docNumber("", "SNV"), dateLine: T.dateLine(place, d, year) }, T);
  b.blank(1, 10);
  const r = b.append();
  b.span(r, 1, last, T.summaryTitle(year), "base", "annexTitle");
  b.height(r, 36);
  centredLine(b, page, T.summaryOf(all.length), "annexOf", 13);
}

/** 1. By agency: each agency's shares beside the province's. Returns the header row and the agencies' rows. */
function agenciesTable({ b, page, last, T, picked, province }: Summary): { header: number; first: number; last: number } {
  tableTitle(b, page, T.s1);
  const header = b.tableHeader([T.stt, T.colAgency, T.colStaff, T.colFemalePeople, T.colShare, T.colLeadersShare, T.colUnitsConcerned, T.colFlaggedUnits], last, 46);
  const first = b.nextRow;
  province.agencies.forEach((a, i) => {
    const row = tableRow(b, page, [i + 1, a.agency || picked[i].source, a.staff.total, a.staff.female, pct(a.staff.share), pct(a.leaders), a.unitsAtThreshold, a.flagged], {
      counts: [3, 4, 7, 8],
      shares: [5, 6],
      centre: [7, 8],
      extra: a.flagged > 0 ? ["flagged"] : [],
    });
    b.set(row, LINE_COL, UNIT_THRESHOLD);
  });
  const lastRow = b.nextRow - 1;
  const leadersShare = province.shares.leaders?.share ?? null;
  tableRow(b, page, [null, T.provinceRow, province.staff.total, province.staff.female, pct(province.staff.share), pct(leadersShare), province.leadership.unitsAtThreshold, province.leadership.flagged], {
    counts: [3, 4, 7, 8],
    shares: [5, 6],
    centre: [7, 8],
    extra: ["totalRow"],
  });
  return { header, first, last: lastRow };
}

/** 2. The indicators for the province. */
function provinceIndicators({ b, page, last, T, all, province }: Summary): void {
  tableTitle(b, page, T.s2);
  b.tableHeader([T.stt, T.colIndicator, T.colTotalPeople, T.colFemalePeople, T.colShare, T.colTarget, T.colResult, T.colNote], last, 34);
  const resultText = (met: boolean | null | undefined): ReportCell => (met === undefined ? null : met === null ? T.noData : met ? T.met : T.notMet);
  const line = (stt: ReportCell, label: string, s: { female: number; total: number; share: number | null }, target: number | undefined, met: boolean | null | undefined, note: string | null): void => {
    tableRow(b, page, [stt, label, s.total, s.female, pct(s.share), target ?? null, resultText(met), note], { counts: [3, 4], shares: [5], centre: [7] });
    if (target !== undefined) b.style(area(b.rows.length, 6), "pct");
  };
  const standard = (letter: string | null, id: "a_deputies" | "b_commune_council" | "c_party_committee" | "dd_training" | "q_succession_pool"): void => {
    const sh = province.shares[id];
    if (!sh) return;
    const notes = [T.agenciesWithData(sh.agenciesWithData, all.length), ...(sh.targetsDiffer ? [T.targetsDiffer] : [])];
    line(letter, stripLetter(INDICATOR_NAMES[id][T.lang]), sh, sh.target, sh.met, notes.join(". "));
  };
  line(null, T.staffRow, province.staff, undefined, undefined, null);
  standard("a", "a_deputies");
  standard("b", "b_commune_council");
  standard("c", "c_party_committee");
  const l = province.leadership;
  const d = l.atThresholdWithFemaleKeyLeader;
  line("d", `${stripLetter(INDICATOR_NAMES.d_leadership[T.lang])} (${T.colUnitsConcerned.toLocaleLowerCase("vi")})`, { ...d, share: share(d) }, 1, l.met, T.allUnits(l.units));
  standard("đ", "dd_training");
  standard(null, "q_succession_pool");
}

/** 3. Flagged units with their agency. */
function flaggedUnitsTable({ b, page, last, T, province }: Summary): void {
  tableTitle(b, page, T.s3);
  if (province.flaggedUnits.length === 0) {
    const r = b.append();
    b.span(r, 1, last, T.noneFlagged, "base", "note");
    b.height(r, 18);
    return;
  }
  const hr = b.tableHeader([T.stt, T.colUnit, T.colStaff, T.colFemalePeople, T.colShare, T.colOfAgency, "", ""], last, 34);
  b.merge(hr, 6, hr, last);
  province.flaggedUnits.forEach((u, i) => {
    tableRow(b, page, [i + 1, u.name, u.total, u.female, pct(u.share), u.agency], { counts: [3, 4], shares: [5], merges: [[6, last]] });
  });
}

/** 4, 5. Leaders by level and women among the staff, summed; the notes. */
function provinceBreakdowns({ b, page, T, province, year }: Summary): void {
  const sum = (id: string): Count | undefined => province.shares[id];
  const counts: Record<string, Count> = {};
  for (const [id, sh] of Object.entries(province.shares)) if (sh && isBreakdownId(id)) counts[id] = { female: sh.female, total: sh.total };
  const leaders = sum("leaders") ?? { female: 0, total: 0 };
  const src: BreakdownSource = {
    counts,
    staff: province.staff,
    leaders: { ...leaders, heads: sum("heads") ?? { female: 0, total: 0 }, deputies: sum("deputies") ?? { female: 0, total: 0 } },
    pool: sum("q_succession_pool"),
    year,
  };
  leadersTable(b, page, src, T, T.s4);
  staffTable(b, page, src, T, T.s5);
  notes(b, page, [T.noteSummedShares, T.noteShare, ...(province.problems.errors > 0 ? [T.noteAgencyErrors(province.problems.errors)] : [])], T);
}

/** Sở Nội vụ's summary sheet of the agencies' annual reports (one row per agency, the province's figures). */
export function buildConsolidation(sources: ConsolidationSource[], opts: ConsolidationOptions = {}): ReportModel {
  const picked = pickAnnualFigures(sources, opts.year);
  const T = reportText(opts.lang ?? "vi");
  const all = picked.map((p) => p.figures);
  const year = all[0].year;
  const place = opts.place?.trim() || "Hà Tĩnh";
  const sum: Summary = { b: new SheetBuilder(), page: SUMMARY_PAGE, last: lastCol(SUMMARY_PAGE), T, picked, all, province: provinceOf(all), year, place };
  const { b, page, last } = sum;

  summaryHeader(sum, opts.date);
  const agencies = agenciesTable(sum);
  provinceIndicators(sum);
  flaggedUnitsTable(sum);
  provinceBreakdowns(sum);
  const footer = biểuFooter(b, page, T, T.summarySigner);
  const lastPrinted = b.rows.length;
  const titles = b.rows.map((row, i) => ([T.s1, T.s2, T.s3, T.s4, T.s5].includes(row[0] as string) ? i + 1 : 0)).filter((x) => x > 0);
  let rowBreaks: number[] = [];
  for (const title of titles) rowBreaks = keepTogether(b, title, title + 3, rowBreaks);
  rowBreaks = keepTogether(b, footer - 1, lastPrinted, rowBreaks);

  // Hidden: the 30% line beside the agencies, the data block.
  const t = (vi: string, en: string): string => (T.lang === "vi" ? vi : en);
  b.set(agencies.header, LINE_COL, t("Ngưỡng 30%", "30% line"));
  const records = dataBlockRecords(
    provinceRecord(sum.province, all, year, `Tỉnh ${place}`),
    picked.map(({ source, figures: f }) => ["agencyRow", f.agency, source, f.staff.female, f.staff.total]),
  );
  const dataCol = LINE_COL + 2;
  records.forEach((record, i) => record.forEach((v, j) => b.set(i + 1, dataCol + j, v)));
  b.style(area(1, dataCol, records.length, dataCol + DATA_WIDTH - 1), "hiddenData");
  const sheet = b.toSheet({
    sheetName: summarySheetName(year),
    columnWidths: [...SUMMARY_MM.map(mmToChars), 2, 6, 2, ...new Array<number>(DATA_WIDTH).fill(12)],
    hiddenColumns: [LINE_COL, ...Array.from({ length: DATA_WIDTH }, (_, i) => dataCol + i)],
    print: { ...nd30Print(last), rowBreaks, printRows: { first: 1, last: lastPrinted } },
    chart: {
      type: "columnClustered",
      title: t("Tỷ lệ nữ theo cơ quan so với ngưỡng 30%", "Women's share by agency against the 30% line"),
      categories: area(agencies.first, 2, agencies.last, 2),
      values: area(agencies.first, 5, agencies.last, 5),
      valuesName: T.colShare,
      line: area(agencies.first, LINE_COL, agencies.last, LINE_COL),
      lineName: t("Ngưỡng 30%", "30% line"),
      anchor: area(agencies.first, LINE_COL + 1, agencies.first + 18, LINE_COL + 8),
    },
  });
  return { sheets: [sheet], metadata: { kind: "provincial-summary", version: DATA_BLOCK_VERSION, year, agency: "Sở Nội vụ" } };
}
