// The report's message catalogue: every word the báo cáo, its phụ lục and the provincial summary print,
// Vietnamese first, English second. The builders take their text from here and write none of their own.
// The fixed formulas of a Vietnamese state document (quốc hiệu, tiêu ngữ, "BÁO CÁO", "Kính gửi",
// "Nơi nhận", "TM.", "KT.") stay Vietnamese in both languages: they are the form, not prose.
import { localeNumber } from "../domain/numberFormat";
import type { Lang } from "../domain/settings";

/** Counts as a person reads them: 1.234 (vi), 1,234 (en). */
export function formatCount(n: number, lang: Lang): string {
  return localeNumber(n, lang);
}

/** A share in vi-VN form: 0.305 → "30,5%", 0.5 → "50%". */
export function formatPercent(share: number, lang: Lang): string {
  const pct = Math.round(share * 1000) / 10;
  return `${localeNumber(pct, lang, { maximumFractionDigits: 1 })}%`;
}

/** Points of change: +2,1 / −0,5 / 0. */
export function formatPoints(points: number, lang: Lang): string {
  const abs = localeNumber(Math.abs(points), lang, { maximumFractionDigits: 1 });
  return points > 0 ? `+${abs}` : points < 0 ? `−${abs}` : abs;
}

/** The documents each target profile implements, as a Căn cứ names them (by profile id). */
const BASIS: Record<string, { vi: string[]; en: string[] }> = {
  "qd515-2016-2020": {
    vi: [
      "Quyết định số 515/QĐ-TTg ngày 31/3/2016 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn từ nay đến năm 2020”",
      "Kế hoạch giai đoạn 2016–2020 của Ủy ban nhân dân tỉnh thực hiện Quyết định số 515/QĐ-TTg",
    ],
    en: [
      "Decision 515/QĐ-TTg of 31/3/2016 of the Prime Minister on women's equal participation in leadership and management up to 2020",
      "the province's 2016–2020 plan implementing Decision 515/QĐ-TTg",
    ],
  },
  "nq28-2021-2030": {
    vi: [
      "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030",
      "Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021–2030”",
    ],
    en: [
      "Resolution 28/NQ-CP of 03/3/2021 of the Government on the National Strategy on Gender Equality 2021–2030",
      "Decision 2282/QĐ-TTg of 31/12/2020 of the Prime Minister on women's equal participation in leadership and management 2021–2030",
    ],
  },
};
BASIS["nq28-2030"] = BASIS["nq28-2021-2030"];

/** Which milestone of a profile the targets are (said after the basis). */
const MILESTONE: Record<string, { vi: string; en: string }> = {
  "qd515-2016-2020": { vi: "chỉ tiêu đến năm 2020", en: "targets to 2020" },
  "nq28-2021-2030": { vi: "chỉ tiêu đến năm 2025", en: "the 2025 targets" },
  "nq28-2030": { vi: "chỉ tiêu đến năm 2030", en: "the 2030 targets" },
};

export type Pair = { vi: string; en: string };

/** What each part of the catalogue needs of the language: a pick between the two, counts and percents in its form. */
interface InLang {
  lang: Lang;
  t: (vi: string, en: string) => string;
  n: (x: number) => string;
  p: (x: number) => string;
}

/** The header of the báo cáo (NĐ 30/2020: ô 1–4). */
function headerText({ t }: InLang) {
  return {
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    provinceBody: (place: string): string => `UBND TỈNH ${place.toLocaleUpperCase("vi")}`,
    ubndBody: "ỦY BAN NHÂN DÂN",
    agencyPlaceholder: t("TÊN CƠ QUAN, ĐƠN VỊ", "AGENCY NAME"),
    docNumber: (number: string, code: string): string => `Số: ${number || "…"}/BC-${code}`,
    dateLine: (place: string, d?: { day: number; month: number; year: number }, year?: number): string =>
      d
        ? `${place}, ngày ${String(d.day).padStart(2, "0")} tháng ${String(d.month).padStart(2, "0")} năm ${d.year}`
        : `${place}, ngày …… tháng …… năm ${year ?? ""}`,
    draft: "DỰ THẢO",
    docKind: "BÁO CÁO",
    summary: (year: number): string =>
      t(
        `Kết quả thực hiện biện pháp bảo đảm bình đẳng giới đối với nữ cán bộ, công chức, viên chức năm ${year}`,
        `Results of the measures ensuring gender equality for female cadres, civil servants and public employees in ${year}`,
      ),
    recipient: (to: string): string => `Kính gửi: ${to}.`,
    defaultRecipient: (place: string): string => `Sở Nội vụ tỉnh ${place}`,
  };
}

/** The body: the basis, the staff and the indicators a–đ, row d's sentences. */
function indicatorsText({ lang, t, n, p }: InLang) {
  return {
    basis: (profileId: string, profileName: string, agency: string, year: number): string => {
      const docs = BASIS[profileId];
      const milestone = MILESTONE[profileId];
      const named = docs ? docs[lang].join("; ") : profileName;
      const what = milestone ? ` (${milestone[lang]})` : "";
      return t(
        `Căn cứ ${named}${what}, ${agency} báo cáo kết quả thực hiện các biện pháp bảo đảm bình đẳng giới đối với nữ cán bộ, công chức, viên chức năm ${year} như sau:`,
        `Pursuant to ${named}${what}, ${agency} reports its results for ${year} as follows:`,
      );
    },
    agencyFallback: t("cơ quan, đơn vị", "the agency"),
    h1Implementation: t("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "I. IMPLEMENTATION"),
    phImplementation: (year: number): string =>
      t(
        `[Cơ quan bổ sung: việc quán triệt, ban hành kế hoạch, văn bản chỉ đạo; công tác tuyên truyền; việc quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm nữ cán bộ trong năm ${year}.]`,
        `[To be written by the agency: plans and directives, communication, planning, training and appointment of women in ${year}.]`,
      ),
    h1Results: t("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "II. RESULTS BY INDICATOR"),
    staffLine: (total: number, female: number, share: number | null, contract: number | null): string =>
      t(
        `Tổng số cán bộ, công chức, viên chức: ${n(total)} người, trong đó nữ ${n(female)} người${share === null ? "" : ` (${p(share)})`}${contract ? `; ngoài ra có ${n(contract)} người hợp đồng lao động (không tính vào các chỉ tiêu)` : ""}.`,
        `Cadres, civil servants and public employees: ${n(total)}, of whom ${n(female)} women${share === null ? "" : ` (${p(share)})`}${contract ? `; besides, ${n(contract)} contract workers (not counted in the indicators)` : ""}.`,
      ),
    /** "5/16 người (31,3%), chỉ tiêu ≥ 25%: đạt." */
    indicatorSentence: (name: string, female: number, total: number, share: number | null, target: number | null, met: boolean | null, extra?: string): string => {
      if (total === 0 || share === null) return `${name}: ${t("chưa có số liệu", "no data")}.`;
      const figures = t(`${n(female)}/${n(total)} người (${p(share)})`, `${n(female)}/${n(total)} people (${p(share)})`);
      const goal = target === null ? "" : t(`, chỉ tiêu ≥ ${p(target)}${extra ?? ""}: ${met ? "đạt" : "chưa đạt"}`, `, target ≥ ${p(target)}${extra ?? ""}: ${met ? "met" : "not met"}`);
      return `${name}: ${figures}${goal}.`;
    },
    stretch: (target: number, met: boolean | null): string =>
      t(` (phấn đấu ${p(target)}: ${met ? "đạt" : "chưa đạt"})`, ` (stretch ${p(target)}: ${met ? "met" : "not met"})`),
    dSentence: (name: string, atThreshold: number, withLeader: number, units: number, met: boolean | null): string =>
      atThreshold === 0
        ? t(
            `${name}: trong ${n(units)} đơn vị, không có đơn vị nào có từ 30% nữ trở lên hoặc liên quan đến phụ nữ.`,
            `${name}: of ${n(units)} units, none has 30% or more women or concerns women.`,
          )
        : t(
            `${name}: ${n(withLeader)}/${n(atThreshold)} đơn vị thuộc diện (trong tổng số ${n(units)} đơn vị) đã có lãnh đạo chủ chốt là nữ, chỉ tiêu 100%: ${met ? "đạt" : "chưa đạt"}.`,
            `${name}: ${n(withLeader)}/${n(atThreshold)} units concerned (of ${n(units)} units) have a female key leader, target 100%: ${met ? "met" : "not met"}.`,
          ),
    dNoUnits: (name: string): string => t(`${name}: chưa có số liệu về đơn vị.`, `${name}: no unit data.`),
    flaggedList: (list: string): string =>
      t(`Các đơn vị thuộc diện chưa có lãnh đạo chủ chốt là nữ: ${list}.`, `Units concerned still without a female key leader: ${list}.`),
    flaggedWhy: (name: string, share: number | null, womenRelated: boolean): string =>
      womenRelated
        ? t(`${name} (đơn vị liên quan đến phụ nữ)`, `${name} (concerns women)`)
        : `${name} (${share === null ? "" : p(share)} ${t("nữ", "women")})`,
  };
}

/** The body: units, leaders by level, the change against last year. */
function leadershipText({ t, n, p }: InLang) {
  return {
    unitsShareName: t("Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ", "Units with a female key leader"),
    unitsSentence: (female: number, total: number, share: number | null, target: number, met: boolean | null): string =>
      share === null
        ? t("Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ: chưa có số liệu.", "Units with a female key leader: no data.")
        : t(
            `Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ: ${n(female)}/${n(total)} đơn vị (${p(share)}), chỉ tiêu ≥ ${p(target)}: ${met ? "đạt" : "chưa đạt"}.`,
            `Units with a female key leader: ${n(female)}/${n(total)} (${p(share)}), target ≥ ${p(target)}: ${met ? "met" : "not met"}.`,
          ),
    leadersSentence: (female: number, total: number, share: number | null, heads: string, deputies: string | null): string =>
      share === null
        ? t("Tỷ lệ nữ lãnh đạo chủ chốt: chưa có số liệu.", "Women among key leaders: no data.")
        : t(
            `Tỷ lệ nữ lãnh đạo chủ chốt: ${n(female)}/${n(total)} người (${p(share)}), trong đó cấp trưởng ${heads}${deputies === null ? "" : `, cấp phó ${deputies}`}.`,
            `Women among key leaders: ${n(female)}/${n(total)} (${p(share)}): heads ${heads}${deputies === null ? "" : `, deputies ${deputies}`}.`,
          ),
    levelsSentence: (agency: string, units: string): string =>
      t(`Lãnh đạo cơ quan: ${agency}; lãnh đạo các đơn vị thuộc, trực thuộc: ${units}.`, `The agency's own leadership: ${agency}; leaders of its units: ${units}.`),
    fraction: (female: number, total: number): string =>
      total === 0 ? t("chưa có", "none") : `${n(female)}/${n(total)} (${p(female / total)})`,
    changeSentence: (year: number, parts: string[]): string =>
      t(`So với năm ${year}: ${parts.join("; ")}.`, `Compared with ${year}: ${parts.join("; ")}.`),
    changeShare: (what: string, points: number): string =>
      points === 0
        ? t(`${what} không đổi`, `${what} unchanged`)
        : t(`${what} ${points > 0 ? "tăng" : "giảm"} ${n(Math.abs(points))} điểm phần trăm`, `${what} ${points > 0 ? "up" : "down"} ${n(Math.abs(points))} points`),
    changeFlagged: (now: number, before: number): string =>
      t(`số đơn vị thuộc diện chưa có lãnh đạo chủ chốt nữ: ${n(now)} (năm trước: ${n(before)})`, `units concerned without a female key leader: ${n(now)} (last year: ${n(before)})`),
    changeWhatStaff: t("tỷ lệ nữ cán bộ, công chức, viên chức", "women's share of staff"),
    changeWhatLeaders: t("tỷ lệ nữ lãnh đạo chủ chốt", "women among key leaders"),
  };
}

/** The body's parts III–IV, the closing line, the signature and Nơi nhận (NĐ 30/2020: ô 7, 9). */
function closingText({ t, n, p }: InLang) {
  return {
    h1Shortcomings: t("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "III. SHORTCOMINGS AND THEIR CAUSES"),
    notMetLine: (name: string, share: number, target: number): string =>
      t(`- ${name}: ${p(share)}, chưa đạt chỉ tiêu ≥ ${p(target)}.`, `- ${name}: ${p(share)}, below the ≥ ${p(target)} target.`),
    flaggedShortcoming: (count: number, list: string): string =>
      t(`- Còn ${n(count)} đơn vị có từ 30% nữ trở lên (hoặc liên quan đến phụ nữ) chưa có lãnh đạo chủ chốt là nữ: ${list}.`, `- ${n(count)} units with 30% or more women (or concerning women) still lack a female key leader: ${list}.`),
    phCauses: t("[Cơ quan nêu nguyên nhân của các tồn tại, hạn chế trên.]", "[The agency states the causes.]"),
    phNoShortcoming: t("[Cơ quan bổ sung tồn tại, hạn chế (nếu có) và nguyên nhân.]", "[The agency adds shortcomings, if any, and their causes.]"),
    h1Proposals: t("IV. KIẾN NGHỊ, ĐỀ XUẤT", "IV. PROPOSALS"),
    proposeLeaders: (list: string): string =>
      t(`- Quan tâm quy hoạch, đào tạo, bố trí nữ lãnh đạo chủ chốt tại: ${list}.`, `- Plan, train and appoint female key leaders in: ${list}.`),
    proposeIndicator: (name: string): string =>
      t(`- Có giải pháp nâng tỷ lệ: ${name.replace(/^[a-zđ]\)\s*/i, "").replace(/^Tỷ lệ /, "")}.`, `- Measures to raise: ${name.replace(/^[a-zđ]\)\s*/i, "")}.`),
    phProposals: t("[Cơ quan bổ sung kiến nghị, đề xuất với Sở Nội vụ, Ủy ban nhân dân tỉnh.]", "[The agency adds its proposals to Sở Nội vụ and the provincial People's Committee.]"),
    closing: (agency: string, year: number): string =>
      t(
        `Trên đây là báo cáo kết quả thực hiện biện pháp bảo đảm bình đẳng giới đối với nữ cán bộ, công chức, viên chức năm ${year} của ${agency} (kèm theo Phụ lục số liệu)./.`,
        `This is the ${year} report of ${agency} on gender-equality measures for female staff (statistical annex attached)./.`,
      ),

    toLabel: "Nơi nhận:",
    /** Under "Nơi nhận:": the body reported to (Kính gửi names it), then the archive (văn thư). */
    toLines: (): string[] => ["- Sở Nội vụ (để b/c);", "- Lưu: VT."],
    signerNamePlaceholder: t("[Họ và tên người ký]", "[Signer's full name]"),
  };
}

/** The phụ lục: its title and the heads and rows of tables 1–3. */
function annexTablesText({ t, p }: InLang) {
  return {
    annexNo: t("Phụ lục", "Annex"),
    annexTitle: (year: number): string =>
      t(
        `BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM ${year}`,
        `STATISTICS ON GENDER-EQUALITY MEASURES FOR FEMALE STAFF, ${year}`,
      ),
    annexOf: (number: string, code: string, year: number, agency: string): string =>
      t(
        `(Kèm theo Báo cáo số ${number || "……"}/BC-${code} ngày …… tháng …… năm ${year} của ${agency})`,
        `(Attached to report No. ${number || "……"}/BC-${code} of …/…/${year} of ${agency})`,
      ),
    t1: t("1. Kết quả thực hiện các chỉ tiêu", "1. Results by indicator"),
    t2: t("2. Tỷ lệ nữ và lãnh đạo chủ chốt nữ theo đơn vị", "2. Women and female key leaders by unit"),
    t3: t("3. Nữ lãnh đạo, quản lý theo cấp", "3. Women leaders by level"),
    t4: t("4. Nữ cán bộ, công chức, viên chức theo độ tuổi, loại, trình độ", "4. Women among the staff by age, kind and qualification"),
    stt: t("STT", "No."),
    colIndicator: t("Nội dung", "Indicator"),
    colTotalPeople: t("Tổng số (người)", "Total (people)"),
    colFemalePeople: t("Nữ (người)", "Women (people)"),
    colShare: t("Tỷ lệ nữ", "Women's share"),
    colTarget: t("Chỉ tiêu", "Target"),
    colResult: t("Kết quả", "Result"),
    colNote: t("Ghi chú", "Note"),
    colUnitsConcerned: t("Đơn vị thuộc diện", "Units concerned"),
    colUnitsWithLeader: t("Đơn vị có lãnh đạo chủ chốt nữ", "Units with a female key leader"),
    colUnitsShare: t("Tỷ lệ đơn vị", "Share of units"),
    colAllUnits: t("Tổng số đơn vị", "All units"),
    met: t("Đạt", "Met"),
    notMet: t("Chưa đạt", "Not met"),
    noData: t("Không có dữ liệu", "No data"),
    noDataLower: t("không có dữ liệu", "no data"),
    staffRow: t("Tổng số cán bộ, công chức, viên chức", "All cadres, civil servants and public employees"),
    levelsNote: (national: string, province: string, district: string): string =>
      t(`QH ${national}; tỉnh ${province}; huyện ${district}`, `NA ${national}; prov. ${province}; dist. ${district}`),
    stretchNote: (target: number, met: boolean | null): string =>
      t(`Phấn đấu ${p(target)}: ${met ? "đạt" : "chưa đạt"}`, `Stretch ${p(target)}: ${met ? "met" : "not met"}`),
    leadersRow: (headsOnly: boolean): string =>
      headsOnly ? t("Nữ lãnh đạo chủ chốt (cấp trưởng)", "Women among key leaders (heads)") : t("Nữ lãnh đạo chủ chốt (cấp trưởng và cấp phó)", "Women among key leaders (heads and deputies)"),
    unitsShareRow: t("Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ (trên tổng số đơn vị)", "Units with a female key leader (of all units)"),
    colUnit: t("Đơn vị", "Unit"),
    colStaff: t("Tổng số (người)", "Staff"),
    colFemaleLeader: t("Có lãnh đạo chủ chốt nữ", "Female key leader"),
    colConcerned: t("Thuộc diện chỉ tiêu d", "Concerned by d"),
    yes: t("Có", "Yes"),
    no: t("Không", "No"),
    womenRelated: t("Liên quan đến phụ nữ", "Concerns women"),
    flaggedNote: t("Cần bố trí lãnh đạo chủ chốt nữ", "Needs a female key leader"),
    notLastYear: (year: number): string => t(`Không có trong báo cáo năm ${year}`, `Not in the ${year} report`),
    noUnit: t("Chưa xác định đơn vị", "No unit given"),
    totalRow: t("Tổng cộng", "Total"),
    goneUnits: (year: number, list: string): string => t(`Đơn vị có trong báo cáo năm ${year}, không có năm nay: ${list}.`, `Units in the ${year} report but not this year: ${list}.`),
    colLevel: t("Cấp lãnh đạo", "Level"),
    colPoolTotal: t("Quy hoạch: tổng số", "Pool: total"),
    colPoolFemale: t("Quy hoạch: nữ", "Pool: women"),
    colPoolShare: t("Quy hoạch: tỷ lệ nữ", "Pool: women's share"),
    levelAgency: t("Lãnh đạo cơ quan", "The agency's own leadership"),
    levelUnits: t("Lãnh đạo đơn vị thuộc, trực thuộc (cấp phòng và tương đương)", "Leaders of its units"),
    levelAll: t("Lãnh đạo chủ chốt", "Key leaders"),
    heads: t("– Cấp trưởng", "– Heads"),
    deputies: t("– Cấp phó", "– Deputies"),
    colContent: t("Nội dung", "Item"),
  };
}

/** The phụ lục: table 4 (staff by age, kind, qualification), the notes and the biểu's footer. */
function annexStaffText({ t, n }: InLang) {
  return {
    ageGroup: t("Theo độ tuổi", "By age"),
    age: {
      upTo30: t("Từ 30 tuổi trở xuống", "30 or under"),
      "31to40": t("Từ 31 đến 40 tuổi", "31–40"),
      "41to50": t("Từ 41 đến 50 tuổi", "41–50"),
      "51toRetirement": t("Từ 51 tuổi đến tuổi nghỉ hưu", "51 to retirement age"),
      pastRetirement: t("Trên tuổi nghỉ hưu", "Past retirement age"),
      unknown: t("Không rõ năm sinh", "Birth date unknown"),
    } as Record<string, string>,
    kindGroup: t("Theo loại", "By kind"),
    kind: { congChuc: t("Công chức", "Civil servants"), vienChuc: t("Viên chức", "Public employees"), other: t("Khác, chưa xác định", "Other, unknown") } as Record<string, string>,
    educationGroup: t("Theo trình độ chuyên môn", "By professional level"),
    education: {
      tienSi: t("Tiến sĩ", "Doctorate"),
      thacSi: t("Thạc sĩ", "Master's"),
      daiHoc: t("Đại học", "Bachelor's"),
      caoDang: t("Cao đẳng", "College"),
      trungCap: t("Trung cấp", "Vocational"),
      other: t("Khác", "Other"),
    } as Record<string, string>,
    theoryGroup: t("Theo trình độ lý luận chính trị", "By political theory"),
    theory: {
      cuNhan: t("Cử nhân", "Bachelor"),
      caoCap: t("Cao cấp", "Advanced"),
      trungCap: t("Trung cấp", "Intermediate"),
      soCap: t("Sơ cấp", "Elementary"),
      none: t("Chưa qua đào tạo", "None"),
    } as Record<string, string>,
    ethnicMinority: t("Người dân tộc thiểu số", "Ethnic minority"),
    partyMember: t("Đảng viên", "Party members"),
    retiring: (year: number): string => t(`Đến tuổi nghỉ hưu trong năm ${year}`, `Reaching retirement age in ${year}`),
    contractWorkers: t("Hợp đồng lao động (không tính trong tổng số)", "Contract workers (outside the totals)"),
    notesLabel: t("Ghi chú:", "Notes:"),
    noteProfile: (name: string): string => t(`- Chỉ tiêu theo: ${name}.`, `- Targets: ${name}.`),
    noteShare: t("- Tỷ lệ nữ tính trên số người đã xác định giới tính; nhóm không có người ghi “—”; “không có dữ liệu”: danh sách không có thông tin này.", "- Shares are of people whose sex is known; “—”: nobody in the group; “no data”: the roster does not say."),
    noteD: t("- Chỉ tiêu d tính theo đơn vị: đơn vị thuộc diện là đơn vị có từ 30% nữ trở lên hoặc có chức năng chủ yếu liên quan đến phụ nữ; lãnh đạo chủ chốt gồm cấp trưởng và cấp phó.", "- Indicator d counts units: those with 30% or more women or concerning women; key leaders are heads and deputies."),
    noteDHeadsOnly: t("- Chỉ tiêu d tính theo đơn vị: đơn vị thuộc diện là đơn vị có từ 30% nữ trở lên hoặc có chức năng chủ yếu liên quan đến phụ nữ; lãnh đạo chủ chốt tính cấp trưởng.", "- Indicator d counts units; key leaders are heads only."),
    noteContract: (total: number, female: number): string =>
      t(`- ${n(total)} người hợp đồng lao động (nữ ${n(female)}) không tính vào số cán bộ, công chức, viên chức và các chỉ tiêu.`, `- ${n(total)} contract workers (${n(female)} women) are not counted in the staff or the indicators.`),
    noteContractIn: (total: number): string =>
      t(`- ${n(total)} người hợp đồng lao động được tính cùng cán bộ, công chức, viên chức (theo cài đặt).`, `- ${n(total)} contract workers are counted with the staff (a setting).`),
    noteSmallUnits: t("- Đơn vị dưới 5 người: tỷ lệ nữ thay đổi nhiều khi thêm, bớt một người; chỉ tiêu d vẫn áp dụng.", "- Units under 5 people: one person moves the share a lot; indicator d still applies."),
    smallUnit: t("Đơn vị dưới 5 người", "Under 5 people"),
    allUnits: (k: number): string => t(`Tổng số đơn vị: ${n(k)}`, `All units: ${n(k)}`),
    noteUnknownRetirement: (k: number): string =>
      t(`- ${n(k)} người chỉ rõ năm sinh, chưa xác định được có đến tuổi nghỉ hưu trong năm hay không.`, `- ${n(k)} people with a birth year only: retirement within the year undetermined.`),
    noteExplained: (what: string, reason: string): string => t(`- Giải trình: ${what}: ${reason}`, `- Explanation: ${what}: ${reason}`),
    /** What an accepted warning is about, said without sheets or cells (it prints). */
    warningWhat: (code: string, params: Record<string, string | number>): string => {
      const name = params.name !== undefined ? String(params.name) : "";
      switch (code) {
        case "duplicatePerson":
          return t(`“${name}” có tên hai lần trong danh sách, chỉ tính một lần`, `“${name}” is listed twice, counted once`);
        case "listPersonNotMatched":
          return t(`“${name}” có trong danh sách riêng nhưng không có trong danh sách cán bộ`, `“${name}” is on a list but not on the staff roster`);
        case "totalsMismatch":
          return t(`dòng tổng của danh sách ghi ${params.written ?? "?"}, đếm được ${params.counted ?? "?"}`, `the roster's totals row says ${params.written ?? "?"}, ${params.counted ?? "?"} counted`);
        default:
          return name ? t(`dữ liệu của “${name}”`, `the data of “${name}”`) : t("một cảnh báo về dữ liệu", "a data warning");
      }
    },
    preparer: t("Người lập biểu", "Prepared by"),
    preparerNote: t("(Ký, ghi rõ họ tên)", "(Signature, full name)"),
    head: t("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE AGENCY"),
    headNote: t("(Ký tên, đóng dấu)", "(Signature, seal)"),
  };
}

/** The provincial summary (Sở Nội vụ). */
function provinceText({ t, n }: InLang) {
  return {
    summaryTitle: (year: number): string =>
      t(`BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM ${year}`, `PROVINCIAL SUMMARY OF GENDER-EQUALITY MEASURES FOR FEMALE STAFF, ${year}`),
    summaryOf: (k: number): string => t(`(Tổng hợp từ báo cáo của ${n(k)} cơ quan, đơn vị)`, `(Summed from the reports of ${n(k)} agencies)`),
    s1: t("1. Số liệu theo cơ quan, đơn vị", "1. By agency"),
    s2: t("2. Các chỉ tiêu toàn tỉnh", "2. Provincial indicators"),
    s3: t("3. Đơn vị từ 30% nữ trở lên (hoặc liên quan đến phụ nữ) chưa có lãnh đạo chủ chốt nữ", "3. Units with 30% or more women (or concerning women) without a female key leader"),
    s4: t("4. Nữ lãnh đạo, quản lý theo cấp (toàn tỉnh)", "4. Women leaders by level (province)"),
    s5: t("5. Nữ cán bộ, công chức, viên chức theo độ tuổi, loại, trình độ (toàn tỉnh)", "5. Women among the staff by age, kind and qualification (province)"),
    colAgency: t("Cơ quan, đơn vị", "Agency"),
    colLeadersShare: t("Tỷ lệ nữ lãnh đạo chủ chốt", "Women among key leaders"),
    colFlaggedUnits: t("Đơn vị chưa có lãnh đạo chủ chốt nữ", "Units without a female key leader"),
    colOfAgency: t("Thuộc cơ quan", "Agency"),
    provinceRow: t("Toàn tỉnh", "Province"),
    agenciesWithData: (k: number, of: number): string => t(`${n(k)}/${n(of)} cơ quan có số liệu`, `${n(k)}/${n(of)} agencies with data`),
    targetsDiffer: t("Chỉ tiêu khác nhau giữa các báo cáo; lấy mức cao nhất", "Targets differ between reports; the highest is used"),
    noneFlagged: t("Không có đơn vị nào.", "None."),
    noteSummedShares: t("- Tỷ lệ toàn tỉnh tính trên tổng số người của các cơ quan (không lấy trung bình các tỷ lệ).", "- Provincial shares are of the summed counts, never an average of shares."),
    noteAgencyErrors: (k: number): string => t(`- Báo cáo của các cơ quan còn ${n(k)} lỗi dữ liệu chưa sửa.`, `- The agencies' reports still hold ${n(k)} data errors.`),
    summarySigner: t("GIÁM ĐỐC", "DIRECTOR"),
  };
}

/** For the clerk only (outside the print area; never printed). */
function clerkText({ t, n }: InLang) {
  return {
    clerkTitle: t("KIỂM TRA DỮ LIỆU — chỉ để cán bộ lập báo cáo xem, không in", "DATA CHECK — for the clerk, not printed"),
    clerkCounts: (errors: number, warnings: number, accepted: number, notices: number): string =>
      t(
        `Lỗi cần sửa: ${n(errors)}; cảnh báo: ${n(warnings)} (đã giải trình: ${n(accepted)}); lưu ý: ${n(notices)}.`,
        `Errors to fix: ${n(errors)}; warnings: ${n(warnings)} (explained: ${n(accepted)}); notices: ${n(notices)}.`,
      ),
    clerkDraft: t(
      "Còn lỗi dữ liệu: báo cáo mang chữ DỰ THẢO. Sửa các dòng dưới đây trong danh sách rồi lập lại báo cáo.",
      "Data errors remain: the report is marked DỰ THẢO (draft). Fix the rows below and make the report again.",
    ),
    clerkClean: t("Không còn lỗi dữ liệu: báo cáo không mang chữ DỰ THẢO.", "No data errors: the report is not marked as a draft."),
    clerkProfileYear: (used: string, expected: string): string =>
      t(`Bộ chỉ tiêu đang dùng (${used}) không phải bộ của năm báo cáo (${expected}).`, `The profile in use (${used}) is not the reporting year's (${expected}).`),
    clerkPlaceholders: t("Các đoạn trong ngoặc vuông [ … ] là phần cơ quan tự viết: thay trước khi ký.", "Text in [ … ] is for the agency to write before signing."),
    clerkLine: (severity: "error" | "warning" | "notice", sheet: string, cell: string, message: string, reason?: string): string =>
      `${severity === "error" ? t("Lỗi", "Error") : severity === "warning" ? t("Cảnh báo", "Warning") : t("Lưu ý", "Notice")} — ${sheet}!${cell}: ${message}${reason ? t(` Giải trình: ${reason}`, ` Explanation: ${reason}`) : ""}`,
    clerkMore: (k: number): string => t(`… và ${n(k)} vấn đề khác (xem ngăn tác vụ Bình đẳng giới).`, `… and ${n(k)} more (see the Bình đẳng giới pane).`),
  };
}

/** The catalogue in one language. */
export function reportText(lang: Lang) {
  const inLang: InLang = {
    lang,
    t: (vi: string, en: string): string => (lang === "vi" ? vi : en),
    n: (x: number): string => formatCount(x, lang),
    p: (x: number): string => formatPercent(x, lang),
  };
  return {
    lang,
    count: inLang.n,
    percent: inLang.p,
    points: (x: number): string => formatPoints(x, lang),
    ...headerText(inLang),
    ...indicatorsText(inLang),
    ...leadershipText(inLang),
    ...closingText(inLang),
    ...annexTablesText(inLang),
    ...annexStaffText(inLang),
    ...provinceText(inLang),
    ...clerkText(inLang),
  };
}

export type ReportText = ReturnType<typeof reportText>;
