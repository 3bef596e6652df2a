// The annual sheet for Sở Nội vụ (issue "The annual sheet"): official header, the indicators a–đ
// with quy hoạch and the leadership ratio, the units in roster order, the flagged units, the data
// quality, the signature block, the chart, and a hidden data block to read the sheet back next year.
// Every figure comes from the Analysis; this file only lays figures out (and subtracts for changes).
import { reachesShare, type Analysis, type Indicator } from "../domain/analysis";
import { formatShare, INDICATOR_NAMES, problemCell } from "../domain/messages";
import type { Problem } from "../domain/roster";
import type { Lang } from "../domain/settings";
import { dataBlockRecords, figuresOfAnalysis, pointsChange, shareOf, type AnnualFigures } from "./figures";
import {
  agencyInitials,
  area,
  LINE_COL,
  safeSheetName,
  SheetBuilder,
  unitKey,
  wrappedHeight,
} from "./layout";
import type { ReportCell, ReportModel } from "./model";

/** DOMAIN.md: a unit is "at the line" when 30% or more of its staff are women; the chart draws this line. */
const UNIT_LINE = 0.3;

export interface AnnualReportOptions {
  year: number;
  /** The reporting agency, e.g. "Sở Tài chính" or "UBND huyện Can Lộc". */
  agency: string;
  /** Where the report is signed; also names the province in the agency header. Default "Hà Tĩnh". */
  place?: string;
  /** Date of signing; when absent the date is left for the clerk to fill ("ngày … tháng …"). */
  date?: Date;
  /** A People's Committee signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; guessed from the agency name when absent. */
  isUbnd?: boolean;
  /** Last year's figures, for the change in points. */
  previous?: AnnualFigures;
  lang?: Lang;
}

const UBND_PREFIX = /^\s*(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s*/i;

/** "BC BĐG 2026": one sheet per year, so earlier years' sheets stay beside it. */
export function annualSheetName(year: number): string {
  return safeSheetName(`BC BĐG ${year}`);
}

export function buildAnnualReport(analysis: Analysis, opts: AnnualReportOptions): ReportModel {
  const lang: Lang = opts.lang ?? "vi";
  const t = (vi: string, en: string): string => (lang === "vi" ? vi : en);
  const pct = (s: number | null): string => formatShare(s, lang);
  const year = opts.year;
  const prev = opts.previous;
  const place = opts.place?.trim() || "Hà Tĩnh";
  const agency = opts.agency.trim();
  const isUbnd = opts.isUbnd ?? UBND_PREFIX.test(agency.normalize("NFC"));
  const ind = analysis.indicators;
  const d = ind.d_leadership;

  // Columns: the change column exists only when there is last year's sheet to compare with.
  const C = {
    stt: 1,
    name: 2,
    total: 3,
    female: 4,
    share: 5,
    sixth: 6,
    seventh: 7,
    delta: prev ? 8 : 0,
    note: prev ? 9 : 8,
  };
  const last = C.note;
  const widths = prev ? [5, 36, 9, 8, 9, 10, 11, 10, 27] : [5, 38, 9, 8, 9, 10, 11, 33];
  const widthOf = (col: number): number => widths[col - 1] ?? 10;
  const leftEnd = 3;
  const b = new SheetBuilder();
  const deltaHeader = prev
    ? t(`Tăng (+), giảm (-) so với năm ${prev.year} (điểm %)`, `Change since ${prev.year} (points)`)
    : "";

  // ---- Official header --------------------------------------------------------------------
  const agencyUpper = agency.normalize("NFC").toLocaleUpperCase("vi");
  const agencyLines = isUbnd
    ? ["ỦY BAN NHÂN DÂN", agencyUpper.replace(/^\s*(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s*/, "")]
    : [`UBND TỈNH ${place.toLocaleUpperCase("vi")}`, agencyUpper || "TÊN CƠ QUAN, ĐƠN VỊ"];
  let r = b.append();
  b.span(r, 1, leftEnd, agencyLines[0], "agencyTop");
  b.span(r, leftEnd + 1, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto");
  r = b.append();
  b.span(r, 1, leftEnd, agencyLines[1], "agency");
  b.span(r, leftEnd + 1, last, "Độc lập - Tự do - Hạnh phúc", "mottoSub");
  b.blank();
  r = b.append();
  b.span(r, 1, leftEnd, `Số: …/BC-${agencyInitials(agency)}`, "docNumber");
  const date = opts.date;
  const dateText = date
    ? `${place}, ngày ${String(date.getDate()).padStart(2, "0")} tháng ${String(date.getMonth() + 1).padStart(2, "0")} năm ${date.getFullYear()}`
    : `${place}, ngày …… tháng …… năm ${year}`;
  b.span(r, leftEnd + 1, last, dateText, "dateLine");
  b.blank();
  r = b.append();
  b.span(
    r,
    1,
    last,
    `BÁO CÁO KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM ${year}`,
    "title",
  );
  b.height(r, 40);
  r = b.append();
  b.span(r, 1, last, "Kính gửi: Sở Nội vụ", "recipient");
  b.blank();
  r = b.append();
  const intro = t(
    `Thực hiện ${analysis.profile.name}, ${agency || "cơ quan, đơn vị"} báo cáo kết quả thực hiện các chỉ tiêu bình đẳng giới năm ${year} như sau:`,
    `Following the ${analysis.profile.nameEn}, ${agency || "the agency"} reports its gender-equality results for ${year}:`,
  );
  b.span(r, 1, last, intro, "paragraph");
  b.height(r, wrappedHeight([[intro, widths.reduce((s, w) => s + w, 0)]]));

  // ---- I. Indicators ------------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(r, 1, last, t("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "I. RESULTS BY INDICATOR"), "section");
  const indicatorHeader: ReportCell[] = [
    t("STT", "No."),
    t("Chỉ tiêu", "Indicator"),
    t("Tổng số", "Total"),
    t("Nữ", "Women"),
    t("Tỷ lệ nữ", "Women's share"),
    t("Mục tiêu", "Target"),
    t("Kết quả", "Result"),
  ];
  const headerRow = (cells: ReportCell[]): number => {
    const row = b.tableHeader(cells, last);
    if (prev) b.set(row, C.delta, deltaHeader);
    b.set(row, C.note, t("Ghi chú", "Note"));
    return row;
  };
  headerRow(indicatorHeader);

  const resultText = (met: boolean | null | undefined): ReportCell =>
    met === undefined ? null : met === null ? t("Không có dữ liệu", "No data") : met ? t("Đạt", "Met") : t("Chưa đạt", "Not met");
  const missingText = (missing: Indicator["missing"]): string => {
    const what: Record<NonNullable<Indicator["missing"]>, string> = {
      council: t("đại biểu Quốc hội, HĐND", "National Assembly/People's Council delegates"),
      partyCommittee: t("cấp ủy", "party committee"),
      training: t("đào tạo, bồi dưỡng", "training"),
      successionPool: t("quy hoạch", "succession pool"),
    };
    return missing
      ? t(`Sổ tính không có cột hoặc danh sách ${what[missing]}.`, `The workbook has no ${what[missing]} column or list.`)
      : t("Không có người nào trong nhóm này.", "Nobody is in this group.");
  };

  interface Line {
    stt: ReportCell;
    label: string;
    female: number;
    total: number;
    share: number | null;
    target?: number;
    met?: boolean | null;
    delta?: number | null;
    note?: string;
    sub?: boolean;
  }
  const indicatorLine = (line: Line): void => {
    const row = b.append([
      line.stt,
      line.label,
      line.total,
      line.female,
      line.share === null ? "—" : line.share,
      line.target ?? null,
      resultText(line.met),
    ]);
    if (prev) b.set(row, C.delta, line.delta ?? null);
    b.set(row, C.note, line.note ?? null);
    b.style(area(row, 1, row, last), "base", "td");
    b.style(area(row, 1), "tdCenter");
    b.style(area(row, C.total, row, C.female), "count");
    b.style(area(row, C.share), line.share === null ? "tdCenter" : "pct");
    b.style(area(row, C.sixth), "pct");
    if (line.met !== undefined) b.style(area(row, C.seventh), line.met === null ? "noData" : line.met ? "met" : "notMet");
    if (prev) b.style(area(row, C.delta), "points");
    if (line.sub) b.style(area(row, C.name), "subRow");
    b.height(row, wrappedHeight([[line.label, widthOf(C.name)], [line.note ?? "", widthOf(C.note)]]));
  };
  const change = (now: number | null, id: keyof AnnualFigures["shares"]): number | null =>
    prev ? pointsChange(now, shareOf(prev.shares[id])) : null;
  const withMissing = (s: Indicator, note?: string): string | undefined =>
    s.total === 0 ? [missingText(s.missing), note].filter(Boolean).join(" ") : note;

  indicatorLine({
    stt: null,
    label: t("Tổng số cán bộ, công chức, viên chức", "All cadres, civil servants and public employees"),
    female: analysis.staff.female,
    total: analysis.staff.total,
    share: analysis.staff.share,
    delta: prev ? pointsChange(analysis.staff.share, shareOf(prev.staff)) : null,
  });
  let stt = 1;
  const a = ind.a_deputies;
  const levelName = { national: t("Quốc hội", "National"), province: t("tỉnh", "province"), district: t("huyện", "district") };
  const levelsNote =
    t("Nữ/tổng: ", "Women/total: ") +
    (Object.keys(levelName) as (keyof typeof levelName)[])
      .map((k) => `${levelName[k]} ${a.levels[k].female}/${a.levels[k].total}`)
      .join("; ");
  const standard = (id: "a_deputies" | "b_commune_council" | "c_party_committee" | "dd_training" | "q_succession_pool", s: Indicator, note?: string): void =>
    indicatorLine({
      stt: stt++,
      label: INDICATOR_NAMES[id][lang],
      female: s.female,
      total: s.total,
      share: s.share,
      target: s.target,
      met: s.met,
      delta: change(s.share, id),
      note: withMissing(s, note),
    });
  standard("a_deputies", a, a.total > 0 ? levelsNote : undefined);
  const bInd = ind.b_commune_council;
  const stretch =
    bInd.stretchTarget !== undefined && bInd.total > 0
      ? t(`Mục tiêu phấn đấu ${pct(bInd.stretchTarget)}: `, `Stretch target ${pct(bInd.stretchTarget)}: `) +
        String(resultText(bInd.stretchMet ?? null))
      : undefined;
  standard("b_commune_council", bInd, stretch);
  standard("c_party_committee", ind.c_party_committee);

  // d: units at or over the line (or women-related), how many have a female key leader.
  const dWith = d.unitsAtThreshold - d.flagged.length;
  const dShare = d.unitsAtThreshold > 0 ? dWith / d.unitsAtThreshold : null;
  const prevFlagged = prev ? prev.units.filter((u) => u.flagged).length : 0;
  const prevDShare = prev && prev.leadership.unitsAtThreshold > 0 ? (prev.leadership.unitsAtThreshold - prevFlagged) / prev.leadership.unitsAtThreshold : null;
  const dNote =
    d.units === 0
      ? t("Sổ tính không cho biết đơn vị của cán bộ (cột Đơn vị hoặc dòng tên đơn vị).", "The workbook gives no units (Đơn vị column or unit headings).")
      : d.unitsAtThreshold === 0
        ? t(`${d.units} đơn vị; không có đơn vị nào từ 30% nữ trở lên hoặc liên quan đến phụ nữ.`, `${d.units} units; none has 30% or more women or concerns women.`)
        : t(
            `${d.units} đơn vị; thuộc diện (từ 30% nữ trở lên hoặc liên quan đến phụ nữ): ${d.unitsAtThreshold}; đã có lãnh đạo chủ chốt nữ: ${dWith}; chưa có: ${d.flagged.length}${d.flagged.length ? " (xem mục III)" : ""}.`,
            `${d.units} units; concerned (30% or more women, or concerning women): ${d.unitsAtThreshold}; with a female key leader: ${dWith}; without: ${d.flagged.length}${d.flagged.length ? " (see III)" : ""}.`,
          );
  indicatorLine({
    stt: stt++,
    label: INDICATOR_NAMES.d_leadership[lang],
    female: dWith,
    total: d.unitsAtThreshold,
    share: dShare,
    target: 1,
    met: d.units === 0 ? null : d.flagged.length === 0,
    delta: prev ? pointsChange(dShare, prevDShare) : null,
    note: dNote,
  });
  if (d.unitsWithFemaleKeyLeaderTarget !== undefined) {
    const s = d.unitsWithFemaleKeyLeaderShare;
    const prevShare = prev && prev.leadership.units > 0 ? prev.leadership.unitsWithFemaleKeyLeader / prev.leadership.units : null;
    indicatorLine({
      stt: null,
      label: t("Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ (trên tổng số đơn vị)", "Units with a female key leader (of all units)"),
      female: d.unitsWithFemaleKeyLeader,
      total: d.unitsWithStaff,
      share: s,
      target: d.unitsWithFemaleKeyLeaderTarget,
      met: d.unitsWithFemaleKeyLeaderMet ?? null,
      delta: prev ? pointsChange(s, prevShare) : null,
      sub: true,
    });
  }
  standard("dd_training", ind.dd_training);
  if (ind.q_succession_pool) standard("q_succession_pool", ind.q_succession_pool);
  const leaders = d.leaders;
  indicatorLine({
    stt: stt++,
    label:
      analysis.keyLeaderRule === "headOnly"
        ? t("Tỷ lệ nữ lãnh đạo chủ chốt (cấp trưởng)", "Women among key leaders (heads)")
        : t("Tỷ lệ nữ lãnh đạo chủ chốt (cấp trưởng và cấp phó)", "Women among key leaders (heads and deputies)"),
    female: leaders.female,
    total: leaders.total,
    share: leaders.share,
    delta: change(leaders.share, "leaders"),
    note: leaders.total === 0 ? t("Sổ tính không có cột chức vụ hoặc không có lãnh đạo.", "No job title column, or no leaders.") : undefined,
  });
  const rank = (label: string, s: { female: number; total: number }, id: "heads" | "deputies"): void =>
    indicatorLine({ stt: null, label, female: s.female, total: s.total, share: shareOf(s), delta: change(shareOf(s), id), sub: true });
  rank(t("– Cấp trưởng", "– Heads"), leaders.heads, "heads");
  if (analysis.keyLeaderRule !== "headOnly") rank(t("– Cấp phó", "– Deputies"), leaders.deputies, "deputies");

  // ---- II. Units ----------------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(r, 1, last, t("II. TỶ LỆ NỮ VÀ LÃNH ĐẠO CHỦ CHỐT NỮ THEO ĐƠN VỊ", "II. WOMEN'S SHARE AND FEMALE KEY LEADERS BY UNIT"), "section");
  const unitHeaderRow = headerRow([
    t("STT", "No."),
    t("Đơn vị", "Unit"),
    t("Tổng số", "Total"),
    t("Nữ", "Women"),
    t("Tỷ lệ nữ", "Women's share"),
    t("Có lãnh đạo chủ chốt nữ", "Female key leader"),
    t("Cần bố trí lãnh đạo chủ chốt nữ", "Needs a female key leader"),
  ]);
  const prevUnits = new Map((prev?.units ?? []).map((u) => [unitKey(u.name), u]));
  const firstUnitRow = b.nextRow;
  analysis.units.forEach((u, i) => {
    const before = prevUnits.get(unitKey(u.name));
    const notes: string[] = [];
    if (u.womenRelated) notes.push(t("Đơn vị liên quan đến phụ nữ", "Unit concerning women"));
    if (u.flagged) notes.push(t("Chưa có lãnh đạo chủ chốt nữ", "No female key leader"));
    if (prev && !before) notes.push(t(`Chưa có trong báo cáo năm ${prev.year}`, `Not in the ${prev.year} report`));
    const note = notes.join("; ");
    const row = b.append([
      i + 1,
      u.name,
      u.total,
      u.female,
      u.share === null ? "—" : u.share,
      u.femaleKeyLeader ? t("Có", "Yes") : t("Không", "No"),
      u.flagged ? "x" : null,
    ]);
    if (prev) b.set(row, C.delta, before ? pointsChange(u.share, shareOf(before)) : null);
    b.set(row, C.note, note || null);
    b.set(row, LINE_COL, UNIT_LINE);
    b.style(area(row, 1, row, last), "base", "td");
    b.style(area(row, 1), "tdCenter");
    b.style(area(row, C.total, row, C.female), "count");
    b.style(area(row, C.share), u.share === null ? "tdCenter" : "pct");
    b.style(area(row, C.sixth, row, C.seventh), "tdCenter");
    if (prev) b.style(area(row, C.delta), "points");
    if (u.flagged) b.style(area(row, 1, row, last), "flagged");
    b.height(row, wrappedHeight([[u.name, widthOf(C.name)], [note, widthOf(C.note)]]));
  });
  const lastUnitRow = b.nextRow - 1;
  // People without a unit are counted in the staff but in no unit: shown so the totals add up.
  const inUnits = analysis.units.reduce((s, u) => ({ total: s.total + u.total, female: s.female + u.female }), { total: 0, female: 0 });
  const unassigned = { total: analysis.staff.total - inUnits.total, female: analysis.staff.female - inUnits.female };
  if (unassigned.total > 0) {
    const row = b.append([null, t("Chưa xác định đơn vị", "No unit given"), unassigned.total, unassigned.female, shareOf(unassigned)]);
    b.set(row, C.note, t("Xem cảnh báo ở mục IV", "See the warnings in IV"));
    b.style(area(row, 1, row, last), "base", "td");
    b.style(area(row, C.total, row, C.female), "count");
    b.style(area(row, C.share), "pct");
    b.style(area(row, C.name), "subRow");
  }
  const totalRow = b.append([
    null,
    t("Tổng cộng", "Total"),
    analysis.staff.total,
    analysis.staff.female,
    analysis.staff.share === null ? "—" : analysis.staff.share,
    d.unitsWithFemaleKeyLeader,
    d.flagged.length,
  ]);
  if (prev) b.set(totalRow, C.delta, pointsChange(analysis.staff.share, shareOf(prev.staff)));
  b.style(area(totalRow, 1, totalRow, last), "base", "td", "totalRow");
  b.style(area(totalRow, C.total, totalRow, C.female), "count");
  b.style(area(totalRow, C.share), analysis.staff.share === null ? "tdCenter" : "pct");
  b.style(area(totalRow, C.sixth, totalRow, C.seventh), "count", "tdCenter");
  if (prev) b.style(area(totalRow, C.delta), "points");
  if (prev) {
    const now = new Set(analysis.units.map((u) => unitKey(u.name)));
    const gone = prev.units.filter((u) => !now.has(unitKey(u.name))).map((u) => u.name);
    if (gone.length > 0) {
      const text = t(`Đơn vị có trong báo cáo năm ${prev.year} nhưng không có năm nay: ${gone.join(", ")}.`, `Units in the ${prev.year} report but not this year: ${gone.join(", ")}.`);
      const row = b.append();
      b.span(row, 1, last, text, "smallNote");
      b.style(area(row, 1, row, last), "base", "smallNote");
      b.height(row, wrappedHeight([[text, widths.reduce((s, w) => s + w, 0)]], 13));
    }
  }

  // ---- III. Flagged units ---------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(
    r,
    1,
    last,
    t(
      "III. ĐƠN VỊ TỪ 30% NỮ TRỞ LÊN (HOẶC LIÊN QUAN ĐẾN PHỤ NỮ) CHƯA CÓ LÃNH ĐẠO CHỦ CHỐT NỮ",
      "III. UNITS WITH 30% OR MORE WOMEN (OR CONCERNING WOMEN) WITHOUT A FEMALE KEY LEADER",
    ),
    "section",
  );
  const flaggedUnits = analysis.units.filter((u) => u.flagged);
  if (flaggedUnits.length === 0) {
    r = b.append();
    b.span(r, 1, last, t("Không có đơn vị nào.", "None."), "paragraph");
    b.style(area(r, 1, r, last), "base", "paragraph");
  } else {
    const hr = b.append([t("STT", "No."), t("Đơn vị", "Unit"), t("Tổng số", "Total"), t("Nữ", "Women"), t("Tỷ lệ nữ", "Women's share"), t("Còn thiếu", "Missing")]);
    b.merge(hr, C.sixth, hr, last);
    b.style(area(hr, 1, hr, last), "base", "th");
    b.height(hr, 32);
    flaggedUnits.forEach((u, i) => {
      const leadersNow = u.keyLeaders.length
        ? u.keyLeaders.map((k) => `${k.name} (${k.rank === "head" ? t("cấp trưởng", "head") : t("cấp phó", "deputy")})`).join(", ")
        : t("chưa có lãnh đạo chủ chốt trong danh sách", "no key leader on the roster");
      const why = u.womenRelated && reachesShare(u.female, u.total, UNIT_LINE) !== true ? t("đơn vị liên quan đến phụ nữ", "unit concerning women") : t(`${pct(u.share)} nữ`, `${pct(u.share)} women`);
      const missing = t(
        `Lãnh đạo chủ chốt nữ (cấp trưởng hoặc cấp phó) — ${why}; hiện có: ${leadersNow}.`,
        `A female key leader (head or deputy) — ${why}; now: ${leadersNow}.`,
      );
      const row = b.append([i + 1, u.name, u.total, u.female, u.share === null ? "—" : u.share, missing]);
      b.merge(row, C.sixth, row, last);
      b.style(area(row, 1, row, last), "base", "td", "flagged");
      b.style(area(row, 1), "tdCenter");
      b.style(area(row, C.total, row, C.female), "count");
      b.style(area(row, C.share), "pct");
      const missingWidth = widths.slice(C.sixth - 1, last).reduce((s, w) => s + w, 0);
      b.height(row, wrappedHeight([[u.name, widthOf(C.name)], [missing, missingWidth]]));
    });
  }

  // ---- IV. Data quality -----------------------------------------------------------------------
  b.blank();
  r = b.append();
  b.span(r, 1, last, t("IV. CHẤT LƯỢNG DỮ LIỆU", "IV. DATA QUALITY"), "section");
  const count = (s: Problem["severity"]): number => analysis.problems.filter((p) => p.severity === s).length;
  const errors = count("error");
  const qualityLines = [
    t(
      `Lỗi (cần sửa): ${errors}; cảnh báo (có thể chấp nhận): ${count("warning")}; lưu ý: ${count("notice")}.`,
      `Errors (to fix): ${errors}; warnings (may be accepted): ${count("warning")}; notices: ${count("notice")}.`,
    ),
    ...whereToLook(analysis.problems, t),
    errors > 0
      ? t(
          "Các dòng có lỗi chưa được tính vào số liệu trên; đề nghị sửa trong sổ tính rồi lập lại báo cáo. Danh sách chi tiết: ngăn tác vụ Bình đẳng giới hoặc lệnh “bdg analyze”.",
          "Rows with errors are not counted above; fix them in the workbook and make the report again. Details: the Bình đẳng giới task pane or “bdg analyze”.",
        )
      : t("Mọi dòng dữ liệu đều đã được tính.", "Every data row was counted."),
  ];
  const fullWidth = widths.reduce((s, w) => s + w, 0);
  for (const line of qualityLines) {
    const row = b.append();
    b.span(row, 1, last, line, "paragraph");
    b.style(area(row, 1, row, last), "base", "paragraph");
    b.height(row, wrappedHeight([[line, fullWidth]]));
  }

  // ---- Signature block -------------------------------------------------------------------------
  b.blank();
  const signLeft = 1;
  const signRight = C.sixth - 1;
  r = b.append();
  b.span(r, signLeft, leftEnd, "Người lập biểu", "signTitle");
  b.span(r, signRight, last, isUbnd ? "TM. ỦY BAN NHÂN DÂN" : "THỦ TRƯỞNG ĐƠN VỊ", "signTitle");
  if (isUbnd) {
    r = b.append();
    b.span(r, signRight, last, "CHỦ TỊCH", "signTitle");
  }
  r = b.append();
  b.span(r, signLeft, leftEnd, "(Ký, ghi rõ họ tên)", "signNote");
  b.span(r, signRight, last, "(Ký tên, đóng dấu)", "signNote");
  b.blank(4);
  const lastTextRow = b.nextRow - 1;

  // ---- Chart (drawn by the office.js writer only) and the hidden blocks -------------------------
  const chart =
    analysis.units.length > 0
      ? {
          type: "columnClustered" as const,
          title: t("Tỷ lệ nữ theo đơn vị so với ngưỡng 30%", "Women's share by unit against the 30% line"),
          categories: area(firstUnitRow, C.name, lastUnitRow, C.name),
          values: area(firstUnitRow, C.share, lastUnitRow, C.share),
          valuesName: t("Tỷ lệ nữ", "Women's share"),
          line: area(firstUnitRow, LINE_COL, lastUnitRow, LINE_COL),
          lineName: t("Ngưỡng 30%", "30% line"),
          anchor: area(lastTextRow + 2, 1, lastTextRow + 21, last),
        }
      : undefined;
  if (chart) b.set(unitHeaderRow, LINE_COL, chart.lineName);
  return b.finish({
    sheetName: annualSheetName(year),
    records: dataBlockRecords(figuresOfAnalysis(analysis, year, agency)),
    lastTableRow: lastUnitRow,
    lastTextRow,
    lastCol: last,
    widths,
    titleRow: unitHeaderRow,
    chart,
    metadata: { kind: "annual-report", version: 1, year, agency },
  });
}

/** One line per sheet with problems: how many of each kind and the first cells to look at. */
function whereToLook(problems: Problem[], t: (vi: string, en: string) => string): string[] {
  const bySheet = new Map<string, Problem[]>();
  for (const p of problems) {
    if (p.severity === "notice") continue;
    const list = bySheet.get(p.sheet) ?? [];
    list.push(p);
    bySheet.set(p.sheet, list);
  }
  const cells = (list: Problem[]): string => {
    const shown = list.slice(0, 8).map(problemCell);
    return shown.join(", ") + (list.length > shown.length ? ", …" : "");
  };
  return [...bySheet].map(([sheet, list]) => {
    const errs = list.filter((p) => p.severity === "error");
    const warns = list.filter((p) => p.severity === "warning");
    const parts: string[] = [];
    if (errs.length) parts.push(t(`${errs.length} lỗi (${cells(errs)})`, `${errs.length} error(s) (${cells(errs)})`));
    if (warns.length) parts.push(t(`${warns.length} cảnh báo (${cells(warns)})`, `${warns.length} warning(s) (${cells(warns)})`));
    return `– Sheet “${sheet}”: ${parts.join("; ")}.`;
  });
}
