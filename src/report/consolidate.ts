// The provincial summary (Sở Nội vụ): the annual sheets of several agencies, read back from their hidden
// data blocks, summed into one sheet: a row per agency, the provincial indicators, every flagged unit.
// Shares are recomputed from the summed counts (never averaged), met is decided as the analysis decides it.
import { reachesShare } from "../domain/analysis";
import { fold } from "../domain/fold";
import type { Grid } from "../domain/grid";
import { formatShare, INDICATOR_NAMES } from "../domain/messages";
import type { Lang } from "../domain/settings";
import {
  dataBlockRecords,
  DATA_BLOCK_VERSION,
  readReportFigures,
  ReportSheetError,
  shareOf,
  type AnnualFigures,
  type FigureShare,
  type ShareId,
} from "./figures";
import { area, mmToChars, nd30Print, safeSheetName, SheetBuilder, textHeight } from "./layout";
import type { ReportCell, ReportModel } from "./model";
import { DATA_WIDTH } from "./clerk";

const LINE_COL = 11;
const DATA_COL = 12;
const wrappedHeight = (cells: [string, number][]): number => Math.max(18, ...cells.map(([text, w]) => textHeight(text, w * 1.9, 12)));

const UNIT_LINE = 0.3;

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

const SUMMED_SHARES: ShareId[] = [
  "a_deputies",
  "b_commune_council",
  "c_party_committee",
  "dd_training",
  "q_succession_pool",
  "leaders",
  "heads",
  "deputies",
];

/** The province's figures: counts summed over agencies. */
export function sumFigures(all: AnnualFigures[], agency: string): AnnualFigures & { targetsDiffer: ShareId[] } {
  const shares: AnnualFigures["shares"] = {};
  const targetsDiffer: ShareId[] = [];
  for (const id of SUMMED_SHARES) {
    const present = all.map((f) => f.shares[id]).filter((s): s is FigureShare => s !== undefined);
    if (present.length === 0) continue;
    const sum: FigureShare = {
      female: present.reduce((s, x) => s + x.female, 0),
      total: present.reduce((s, x) => s + x.total, 0),
    };
    const targets = [...new Set(present.map((x) => x.target).filter((t): t is number => t !== undefined))];
    if (targets.length > 0) sum.target = Math.max(...targets);
    if (targets.length > 1) targetsDiffer.push(id);
    shares[id] = sum;
  }
  const add = (pick: (f: AnnualFigures) => number): number => all.reduce((s, f) => s + pick(f), 0);
  return {
    kind: "provincial-summary",
    version: DATA_BLOCK_VERSION,
    year: all[0]?.year ?? 0,
    agency,
    profileId: all[0]?.profileId ?? "",
    staff: { female: add((f) => f.staff.female), total: add((f) => f.staff.total) },
    shares,
    leadership: {
      units: add((f) => f.leadership.units),
      unitsAtThreshold: add((f) => f.leadership.unitsAtThreshold),
      unitsWithFemaleKeyLeader: add((f) => f.leadership.unitsWithFemaleKeyLeader),
    },
    units: [],
    problems: {
      errors: add((f) => f.problems.errors),
      warnings: add((f) => f.problems.warnings),
      notices: add((f) => f.problems.notices),
    },
    targetsDiffer,
  };
}

export function buildConsolidation(sources: ConsolidationSource[], opts: ConsolidationOptions = {}): ReportModel {
  const picked = pickAnnualFigures(sources, opts.year);
  const lang: Lang = opts.lang ?? "vi";
  const t = (vi: string, en: string): string => (lang === "vi" ? vi : en);
  const place = opts.place?.trim() || "Hà Tĩnh";
  const all = picked.map((p) => p.figures);
  const year = all[0].year;
  const province = sumFigures(all, `Tỉnh ${place}`);
  const widths = [5, 34, 9, 8, 9, 10, 10, 10, 24];
  const last = 9;
  const fullWidth = widths.reduce((s, w) => s + w, 0);
  const b = new SheetBuilder();
  const pct = (s: number | null): ReportCell => (s === null ? "—" : s);
  const flaggedOf = (f: AnnualFigures): number => f.units.filter((u) => u.flagged).length;

  // ---- Header -------------------------------------------------------------------------------
  let r = b.append();
  b.span(r, 1, 3, `UBND TỈNH ${place.toLocaleUpperCase("vi")}`, "govBody");
  b.span(r, 4, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nationalTitle");
  r = b.append();
  b.span(r, 1, 3, "SỞ NỘI VỤ", "agencyName");
  b.span(r, 4, last, "Độc lập - Tự do - Hạnh phúc", "motto");
  b.blank();
  r = b.append();
  const date = opts.date;
  b.span(
    r,
    4,
    last,
    date
      ? `${place}, ngày ${String(date.getDate()).padStart(2, "0")} tháng ${String(date.getMonth() + 1).padStart(2, "0")} năm ${date.getFullYear()}`
      : `${place}, ngày …… tháng …… năm ${year}`,
    "dateLine",
  );
  b.blank();
  r = b.append();
  b.span(r, 1, last, `TỔNG HỢP KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM ${year}`, "annexTitle");
  b.height(r, 40);
  r = b.append();
  b.span(r, 1, last, t(`(Tổng hợp từ báo cáo của ${all.length} cơ quan, đơn vị)`, `(Summed from the reports of ${all.length} agencies)`), "dateLine");

  const header = (cells: ReportCell[]): number => b.tableHeader(cells, last);
  const bodyRow = (row: number): void => {
    b.style(area(row, 1, row, last), "base", "td");
    b.style(area(row, 1), "tdCenter");
  };

  // ---- I. By agency ------------------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(r, 1, last, t("I. SỐ LIỆU THEO CƠ QUAN, ĐƠN VỊ", "I. FIGURES BY AGENCY"), "section");
  const agencyHeader = header([
    t("STT", "No."),
    t("Cơ quan, đơn vị", "Agency"),
    t("Tổng số", "Total"),
    t("Nữ", "Women"),
    t("Tỷ lệ nữ", "Women's share"),
    t("Đơn vị thuộc diện (từ 30% nữ)", "Units concerned (30%+ women)"),
    t("Chưa có lãnh đạo chủ chốt nữ", "Without a female key leader"),
    t("Tỷ lệ nữ lãnh đạo chủ chốt", "Women among key leaders"),
    t("Ghi chú", "Note"),
  ]);
  const firstAgencyRow = b.nextRow;
  picked.forEach(({ source, figures: f }, i) => {
    const note = [
      f.problems.errors > 0 ? t(`${f.problems.errors} lỗi dữ liệu chưa sửa`, `${f.problems.errors} data errors not fixed`) : "",
      t(`Tệp: ${source}`, `File: ${source}`),
    ]
      .filter(Boolean)
      .join("; ");
    const row = b.append([
      i + 1,
      f.agency || source,
      f.staff.total,
      f.staff.female,
      pct(shareOf(f.staff)),
      f.leadership.unitsAtThreshold,
      flaggedOf(f),
      pct(shareOf(f.shares.leaders)),
      note,
    ]);
    b.set(row, LINE_COL, UNIT_LINE);
    bodyRow(row);
    b.style(area(row, 3, row, 4), "count");
    b.style(area(row, 5), "pct");
    b.style(area(row, 6, row, 7), "count", "tdCenter");
    b.style(area(row, 8), "pct");
    if (flaggedOf(f) > 0) b.style(area(row, 1, row, last), "flagged");
    b.height(row, wrappedHeight([[f.agency, widths[1]], [note, widths[8]]]));
  });
  const lastAgencyRow = b.nextRow - 1;
  const flaggedTotal = all.reduce((s, f) => s + flaggedOf(f), 0);
  const totalRow = b.append([
    null,
    t("Toàn tỉnh", "Province"),
    province.staff.total,
    province.staff.female,
    pct(shareOf(province.staff)),
    province.leadership.unitsAtThreshold,
    flaggedTotal,
    pct(shareOf(province.shares.leaders)),
  ]);
  bodyRow(totalRow);
  b.style(area(totalRow, 1, totalRow, last), "totalRow");
  b.style(area(totalRow, 3, totalRow, 4), "count");
  b.style(area(totalRow, 5), "pct");
  b.style(area(totalRow, 6, totalRow, 7), "count", "tdCenter");
  b.style(area(totalRow, 8), "pct");

  // ---- II. Provincial indicators --------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(r, 1, last, t("II. CÁC CHỈ TIÊU TOÀN TỈNH", "II. PROVINCIAL INDICATORS"), "section");
  const indicatorHeader = header([
    t("STT", "No."),
    t("Chỉ tiêu", "Indicator"),
    t("Tổng số", "Total"),
    t("Nữ", "Women"),
    t("Tỷ lệ nữ", "Women's share"),
    t("Mục tiêu", "Target"),
    t("Kết quả", "Result"),
    t("Ghi chú", "Note"),
  ]);
  b.merge(indicatorHeader, 8, indicatorHeader, last);
  const resultText = (met: boolean | null): string =>
    met === null ? t("Không có dữ liệu", "No data") : met ? t("Đạt", "Met") : t("Chưa đạt", "Not met");
  let stt = 1;
  const line = (label: string, s: { female: number; total: number }, target: number | undefined, met: boolean | null | undefined, note: string, numbered = true): void => {
    const share = shareOf(s);
    const row = b.append([numbered ? stt++ : null, label, s.total, s.female, pct(share), target ?? null, met === undefined ? null : resultText(met), note || null]);
    b.merge(row, 8, row, last);
    bodyRow(row);
    b.style(area(row, 3, row, 4), "count");
    b.style(area(row, 5), share === null ? "tdCenter" : "pct");
    b.style(area(row, 6), "pct");
    if (met !== undefined) b.style(area(row, 7), met === null ? "noData" : met ? "met" : "notMet");
    b.height(row, wrappedHeight([[label, widths[1]], [note, widths[7] + widths[8]]]));
  };
  const differ = t("Mục tiêu khác nhau giữa các báo cáo; lấy mức cao nhất.", "Targets differ between reports; the highest is used.");
  const standard = (id: "a_deputies" | "b_commune_council" | "c_party_committee" | "dd_training" | "q_succession_pool"): void => {
    const s = province.shares[id];
    if (!s) return;
    const met = s.target === undefined ? undefined : reachesShare(s.female, s.total, s.target);
    const reporting = all.filter((f) => (f.shares[id]?.total ?? 0) > 0).length;
    const notes = [t(`${reporting}/${all.length} cơ quan có số liệu`, `${reporting}/${all.length} agencies with data`)];
    if (province.targetsDiffer.includes(id)) notes.push(differ);
    line(INDICATOR_NAMES[id][lang], s, s.target, met, notes.join(". "));
  };
  line(t("Tổng số cán bộ, công chức, viên chức", "All cadres, civil servants and public employees"), province.staff, undefined, undefined, "", false);
  standard("a_deputies");
  standard("b_commune_council");
  standard("c_party_committee");
  const l = province.leadership;
  line(
    INDICATOR_NAMES.d_leadership[lang],
    { female: l.unitsAtThreshold - flaggedTotal, total: l.unitsAtThreshold },
    1,
    l.units === 0 ? null : flaggedTotal === 0,
    t(
      `${l.units} đơn vị; thuộc diện: ${l.unitsAtThreshold}; chưa có lãnh đạo chủ chốt nữ: ${flaggedTotal}${flaggedTotal ? " (xem mục III)" : ""}.`,
      `${l.units} units; concerned: ${l.unitsAtThreshold}; without a female key leader: ${flaggedTotal}${flaggedTotal ? " (see III)" : ""}.`,
    ),
  );
  standard("dd_training");
  standard("q_succession_pool");
  if (province.shares.leaders) {
    line(t("Tỷ lệ nữ lãnh đạo chủ chốt", "Women among key leaders"), province.shares.leaders, undefined, undefined, "");
  }

  // ---- III. Flagged units ----------------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(
    r,
    1,
    last,
    t("III. ĐƠN VỊ TỪ 30% NỮ TRỞ LÊN (HOẶC LIÊN QUAN ĐẾN PHỤ NỮ) CHƯA CÓ LÃNH ĐẠO CHỦ CHỐT NỮ", "III. UNITS WITH 30% OR MORE WOMEN (OR CONCERNING WOMEN) WITHOUT A FEMALE KEY LEADER"),
    "section",
  );
  const flagged = picked.flatMap(({ figures: f }) => f.units.filter((u) => u.flagged).map((u) => ({ agency: f.agency, unit: u })));
  if (flagged.length === 0) {
    r = b.append();
    b.span(r, 1, last, t("Không có đơn vị nào.", "None."), "note");
  } else {
    const hr = header([t("STT", "No."), t("Đơn vị", "Unit"), t("Tổng số", "Total"), t("Nữ", "Women"), t("Tỷ lệ nữ", "Women's share"), t("Thuộc cơ quan", "Agency")]);
    b.merge(hr, 6, hr, last);
    b.height(hr, 32);
    flagged.forEach(({ agency, unit }, i) => {
      const row = b.append([i + 1, unit.name, unit.total, unit.female, pct(shareOf(unit)), agency]);
      b.merge(row, 6, row, last);
      bodyRow(row);
      b.style(area(row, 3, row, 4), "count");
      b.style(area(row, 5), "pct");
      b.style(area(row, 1, row, last), "flagged");
      b.height(row, wrappedHeight([[unit.name, widths[1]], [agency, widths.slice(5).reduce((s, w) => s + w, 0)]]));
    });
  }

  // ---- Data quality, signature ------------------------------------------------------------------------
  b.blank();
  const quality = t(
    `Chất lượng dữ liệu của các báo cáo: ${province.problems.errors} lỗi, ${province.problems.warnings} cảnh báo, ${province.problems.notices} lưu ý. Tỷ lệ nữ toàn tỉnh: ${formatShare(shareOf(province.staff), "vi")}.`,
    `Data quality of the reports: ${province.problems.errors} errors, ${province.problems.warnings} warnings, ${province.problems.notices} notices. Women province-wide: ${formatShare(shareOf(province.staff), "en")}.`,
  );
  r = b.append();
  b.span(r, 1, last, quality, "note");
  b.height(r, wrappedHeight([[quality, fullWidth]]));
  b.blank();
  r = b.append();
  b.span(r, 1, 3, "Người lập biểu", "signTitle");
  b.span(r, 5, last, "GIÁM ĐỐC", "signTitle");
  r = b.append();
  b.span(r, 1, 3, "(Ký, ghi rõ họ tên)", "signNote");
  b.span(r, 5, last, "(Ký tên, đóng dấu)", "signNote");
  b.blank(4);
  const lastTextRow = b.nextRow - 1;

  b.set(agencyHeader, LINE_COL, t("Ngưỡng 30%", "30% line"));
  const records = dataBlockRecords(province, picked.map(({ source, figures: f }) => ["agencyRow", f.agency, source, f.staff.female, f.staff.total]));
  records.forEach((record, i) => record.forEach((v, j) => b.set(i + 1, DATA_COL + j, v)));
  b.style(area(1, LINE_COL, Math.max(records.length, lastAgencyRow), DATA_COL + DATA_WIDTH - 1), "hiddenData");
  b.styleRanges.unshift({ range: area(1, 1, lastTextRow, last), style: "base" });
  const sheet = b.toSheet({
    sheetName: summarySheetName(year),
    columnWidths: [...widths.map((w) => mmToChars(w * 1.9)), 3, ...new Array<number>(DATA_WIDTH).fill(12)],
    hiddenColumns: [LINE_COL, ...Array.from({ length: DATA_WIDTH }, (_, i) => DATA_COL + i)],
    print: { ...nd30Print(last, agencyHeader), printRows: { first: 1, last: lastTextRow } },
    chart: {
      type: "columnClustered",
      title: t("Tỷ lệ nữ theo cơ quan so với ngưỡng 30%", "Women's share by agency against the 30% line"),
      categories: area(firstAgencyRow, 2, lastAgencyRow, 2),
      values: area(firstAgencyRow, 5, lastAgencyRow, 5),
      valuesName: t("Tỷ lệ nữ", "Women's share"),
      line: area(firstAgencyRow, LINE_COL, lastAgencyRow, LINE_COL),
      lineName: t("Ngưỡng 30%", "30% line"),
      anchor: area(lastTextRow + 2, 1, lastTextRow + 21, last),
    },
  });
  return { sheets: [sheet], metadata: { kind: "provincial-summary", version: DATA_BLOCK_VERSION, year, agency: "Sở Nội vụ" } };
}
