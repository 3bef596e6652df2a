// The annual sheet as data: exact cells for a known Analysis (Sở Tài chính 2026, fixtures.ts).
import { buildAnnualReport, annualSheetName } from "../../src/report/annual";
import { STRATEGY_2021_2030 } from "../../src/domain/profiles";
import { LINE_COL } from "../../src/report/layout";
import { knownAnalysis } from "./fixtures";
import { at, cells, rowOf, styleAt } from "./helpers";

const NAMES = {
  a: "a) Tỷ lệ nữ đại biểu Quốc hội, đại biểu HĐND cấp tỉnh, cấp huyện",
  b: "b) Tỷ lệ nữ đại biểu HĐND cấp xã",
  c: "c) Tỷ lệ nữ tham gia cấp ủy các cấp",
  d: "d) Đơn vị có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ",
  dd: "đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng",
  q: "Tỷ lệ nữ trong quy hoạch lãnh đạo",
  leaders: "Tỷ lệ nữ lãnh đạo chủ chốt (cấp trưởng và cấp phó)",
};

describe("buildAnnualReport: Sở Tài chính 2026", () => {
  const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính" });

  test("official header, title and recipient", () => {
    expect(model.sheetName).toBe("BC BĐG 2026");
    expect(at(model, "A1")).toBe("UBND TỈNH HÀ TĨNH");
    expect(at(model, "A2")).toBe("SỞ TÀI CHÍNH");
    expect(at(model, "D1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(at(model, "D2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(at(model, "A4")).toBe("Số: …/BC-STC");
    expect(at(model, "D4")).toBe("Hà Tĩnh, ngày …… tháng …… năm 2026");
    expect(at(model, "A6")).toBe(
      "BÁO CÁO KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026",
    );
    expect(at(model, "A7")).toBe("Kính gửi: Sở Nội vụ");
    expect(model.merges).toContainEqual({ top: 6, left: 1, bottom: 6, right: 8 });
    expect(model.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    expect(model.metadata).toEqual({ kind: "annual-report", version: 1, year: 2026, agency: "Sở Tài chính" });
  });

  test("indicator table: figures, targets, Đạt / Chưa đạt / Không có dữ liệu", () => {
    const header = rowOf(model, "Chỉ tiêu");
    expect(cells(model, header, 8)).toEqual(["STT", "Chỉ tiêu", "Tổng số", "Nữ", "Tỷ lệ nữ", "Mục tiêu", "Kết quả", "Ghi chú"]);
    const staff = rowOf(model, "Tổng số cán bộ, công chức, viên chức");
    expect(staff).toBe(header + 1);
    expect(cells(model, staff, 7)).toEqual([null, "Tổng số cán bộ, công chức, viên chức", 35, 11, 11 / 35, null, null]);
    const a = rowOf(model, NAMES.a);
    expect(cells(model, a, 8)).toEqual([1, NAMES.a, 11, 3, 3 / 11, 0.3, "Chưa đạt", "Nữ/tổng: Quốc hội 0/0; tỉnh 1/3; huyện 2/8"]);
    expect(cells(model, rowOf(model, NAMES.b), 8)).toEqual([2, NAMES.b, 4, 2, 0.5, 0.35, "Đạt", "Mục tiêu phấn đấu 40%: Đạt"]);
    expect(cells(model, rowOf(model, NAMES.c), 8)).toEqual([3, NAMES.c, 16, 5, 5 / 16, 0.25, "Đạt", null]);
    // d: 3 units at or over the line, 1 of them with a female key leader, 2 flagged.
    const d = rowOf(model, NAMES.d);
    expect(cells(model, d, 7)).toEqual([4, NAMES.d, 3, 1, 1 / 3, 1, "Chưa đạt"]);
    expect(at(model, `H${d}`)).toBe(
      "5 đơn vị; thuộc diện (từ 30% nữ trở lên hoặc liên quan đến phụ nữ): 3; đã có lãnh đạo chủ chốt nữ: 1; chưa có: 2 (xem mục III).",
    );
    // đ: nobody in the group, and the workbook has no training column: no share, and why.
    expect(cells(model, rowOf(model, NAMES.dd), 8)).toEqual([
      5,
      NAMES.dd,
      0,
      0,
      "—",
      0.5,
      "Không có dữ liệu",
      "Sổ tính không có cột hoặc danh sách đào tạo, bồi dưỡng.",
    ]);
    const leaders = rowOf(model, NAMES.leaders);
    expect(cells(model, leaders, 7)).toEqual([6, NAMES.leaders, 9, 2, 2 / 9, null, null]);
    expect(cells(model, leaders + 1, 5)).toEqual([null, "– Cấp trưởng", 5, 1, 0.2]);
    expect(cells(model, leaders + 2, 5)).toEqual([null, "– Cấp phó", 4, 1, 0.25]);
    // No quy hoạch column: no quy hoạch row at all.
    expect(() => rowOf(model, NAMES.q)).toThrow();
  });

  test("shares are numbers with a percent format, counts with a count format, results coloured", () => {
    const a = rowOf(model, NAMES.a);
    expect(typeof at(model, `E${a}`)).toBe("number");
    expect(styleAt(model, a, 5).numberFormat).toBe("0.0%");
    expect(styleAt(model, a, 6).numberFormat).toBe("0.0%");
    expect(styleAt(model, a, 3).numberFormat).toBe("#,##0");
    expect(styleAt(model, a, 7).font?.color).toBe("C00000");
    expect(styleAt(model, rowOf(model, NAMES.b), 7).font?.color).toBe("006100");
    expect(styleAt(model, a, 2).border).toBe("thin");
    expect(styleAt(model, a, 2).font?.name).toBe("Times New Roman");
  });

  test("unit table in roster order, flagged rows marked and highlighted, unassigned and totals rows", () => {
    const header = rowOf(model, "Đơn vị");
    expect(cells(model, header, 8)).toEqual([
      "STT",
      "Đơn vị",
      "Tổng số",
      "Nữ",
      "Tỷ lệ nữ",
      "Có lãnh đạo chủ chốt nữ",
      "Cần bố trí lãnh đạo chủ chốt nữ",
      "Ghi chú",
    ]);
    const rows = [1, 2, 3, 4, 5].map((i) => cells(model, header + i, 8));
    expect(rows).toEqual([
      [1, "Văn phòng Sở", 10, 3, 0.3, "Không", "x", "Chưa có lãnh đạo chủ chốt nữ"],
      [2, "Phòng Tổ chức cán bộ", 8, 2, 0.25, "Có", null, null],
      [3, "Phòng Kế hoạch - Tài chính", 6, 4, 4 / 6, "Có", null, null],
      [4, "Ban Vì sự tiến bộ phụ nữ", 4, 1, 0.25, "Không", "x", "Đơn vị liên quan đến phụ nữ; Chưa có lãnh đạo chủ chốt nữ"],
      [5, "Phòng Thanh tra", 5, 0, 0, "Không", null, null],
    ]);
    const flaggedFill = [1, 2, 3, 4, 5].map((i) => styleAt(model, header + i, 8).fill ?? null);
    expect(flaggedFill).toEqual(["FCE4D6", null, null, "FCE4D6", null]);
    expect(styleAt(model, header + 1, 1).fill).toBe("FCE4D6");
    // 35 staff, 33 in units: the 2 without a unit (1 woman) are shown so the totals add up.
    expect(cells(model, header + 6, 5)).toEqual([null, "Chưa xác định đơn vị", 2, 1, 0.5]);
    expect(cells(model, header + 7, 7)).toEqual([null, "Tổng cộng", 35, 11, 11 / 35, 2, 2]);
    expect(styleAt(model, header + 7, 2).font?.bold).toBe(true);
  });

  test("flagged units listed with what is missing", () => {
    const section = rowOf(model, "III. ĐƠN VỊ TỪ 30% NỮ TRỞ LÊN (HOẶC LIÊN QUAN ĐẾN PHỤ NỮ) CHƯA CÓ LÃNH ĐẠO CHỦ CHỐT NỮ", 1);
    expect(cells(model, section + 1, 6)).toEqual(["STT", "Đơn vị", "Tổng số", "Nữ", "Tỷ lệ nữ", "Còn thiếu"]);
    expect(cells(model, section + 2, 6)).toEqual([
      1,
      "Văn phòng Sở",
      10,
      3,
      0.3,
      "Lãnh đạo chủ chốt nữ (cấp trưởng hoặc cấp phó) — 30% nữ; hiện có: Trần Văn Hùng (cấp trưởng), Lê Văn Nam (cấp phó).",
    ]);
    expect(cells(model, section + 3, 6)).toEqual([
      2,
      "Ban Vì sự tiến bộ phụ nữ",
      4,
      1,
      0.25,
      "Lãnh đạo chủ chốt nữ (cấp trưởng hoặc cấp phó) — đơn vị liên quan đến phụ nữ; hiện có: Hồ Văn Bình (cấp trưởng).",
    ]);
    expect(at(model, `A${section + 4}`)).toBeNull();
  });

  test("data quality: counts of each kind and where to look", () => {
    const section = rowOf(model, "IV. CHẤT LƯỢNG DỮ LIỆU", 1);
    expect(at(model, `A${section + 1}`)).toBe("Lỗi (cần sửa): 2; cảnh báo (có thể chấp nhận): 1; lưu ý: 1.");
    expect(at(model, `A${section + 2}`)).toBe("– Sheet “DS 2026”: 2 lỗi (C41, C42); 1 cảnh báo (A12).");
    expect(String(at(model, `A${section + 3}`))).toMatch(/^Các dòng có lỗi chưa được tính/);
  });

  test("signature block of an agency", () => {
    const sign = rowOf(model, "Người lập biểu", 1);
    expect(at(model, `E${sign}`)).toBe("THỦ TRƯỞNG ĐƠN VỊ");
    expect(at(model, `A${sign + 1}`)).toBe("(Ký, ghi rõ họ tên)");
    expect(at(model, `E${sign + 1}`)).toBe("(Ký tên, đóng dấu)");
  });

  test("chart: share per unit against the 30% line kept in a hidden column", () => {
    const header = rowOf(model, "Đơn vị");
    expect(model.chart).toMatchObject({
      type: "columnClustered",
      categories: { top: header + 1, left: 2, bottom: header + 5, right: 2 },
      values: { top: header + 1, left: 5, bottom: header + 5, right: 5 },
      line: { top: header + 1, left: LINE_COL, bottom: header + 5, right: LINE_COL },
    });
    const line = [1, 2, 3, 4, 5].map((i) => model.rows[header + i - 1][LINE_COL - 1]);
    expect(line).toEqual([0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(model.hiddenColumns).toContain(LINE_COL);
    expect(model.chart!.anchor.top).toBeGreaterThan(rowOf(model, "Người lập biểu", 1));
  });

  test("print setup: A4, one page wide, unit header repeated, visible columns only", () => {
    expect(model.print).toMatchObject({
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: { first: rowOf(model, "Đơn vị"), last: rowOf(model, "Đơn vị") },
      printColumns: { first: 1, last: 8 },
    });
    expect(model.columnWidths.slice(0, 8)).toEqual([5, 38, 9, 8, 9, 10, 11, 33]);
    // Every row the same width: one 2-D array for office.js.
    expect(new Set(model.rows.map((r) => r.length)).size).toBe(1);
  });
});

describe("buildAnnualReport: variants", () => {
  test("a UBND signs TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH under its own name", () => {
    const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "UBND huyện Can Lộc", date: new Date(2026, 11, 3) });
    expect(at(model, "A1")).toBe("ỦY BAN NHÂN DÂN");
    expect(at(model, "A2")).toBe("HUYỆN CAN LỘC");
    expect(at(model, "A4")).toBe("Số: …/BC-UBND");
    expect(at(model, "D4")).toBe("Hà Tĩnh, ngày 03 tháng 12 năm 2026");
    const sign = rowOf(model, "Người lập biểu", 1);
    expect(at(model, `E${sign}`)).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(at(model, `E${sign + 1}`)).toBe("CHỦ TỊCH");
    expect(() => rowOf(model, "THỦ TRƯỞNG ĐƠN VỊ", 5)).toThrow();
  });

  test("quy hoạch row when present, and the units-with-female-leader target of the 2021–2030 strategy", () => {
    const base = knownAnalysis({}, STRATEGY_2021_2030);
    const analysis = knownAnalysis(
      {
        indicators: {
          ...base.indicators,
          q_succession_pool: { female: 7, total: 15, share: 7 / 15, target: 0.4, met: true },
          d_leadership: { ...base.indicators.d_leadership, unitsWithFemaleKeyLeaderTarget: 0.6, unitsWithFemaleKeyLeaderMet: false },
        },
      },
      STRATEGY_2021_2030,
    );
    const model = buildAnnualReport(analysis, { year: 2026, agency: "Sở Tài chính" });
    expect(cells(model, rowOf(model, NAMES.q), 7)).toEqual([6, NAMES.q, 15, 7, 7 / 15, 0.4, "Đạt"]);
    expect(cells(model, rowOf(model, NAMES.leaders), 2)).toEqual([7, NAMES.leaders]);
    const units = rowOf(model, "Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ (trên tổng số đơn vị)");
    expect(cells(model, units, 7)).toEqual([null, "Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ (trên tổng số đơn vị)", 5, 2, 0.4, 0.6, "Chưa đạt"]);
  });

  test("heads only: no deputies row, the label says heads", () => {
    const model = buildAnnualReport(knownAnalysis({ keyLeaderRule: "headOnly" }), { year: 2026, agency: "Sở Tài chính" });
    const leaders = rowOf(model, "Tỷ lệ nữ lãnh đạo chủ chốt (cấp trưởng)");
    expect(at(model, `B${leaders + 1}`)).toBe("– Cấp trưởng");
    expect(() => rowOf(model, "– Cấp phó")).toThrow();
  });

  test("no flagged unit: section III says so", () => {
    const base = knownAnalysis();
    const units = base.units.map((u) => ({ ...u, flagged: false, femaleKeyLeader: true }));
    const model = buildAnnualReport(
      knownAnalysis({ units, indicators: { ...base.indicators, d_leadership: { ...base.indicators.d_leadership, flagged: [] } } }),
      { year: 2026, agency: "Sở Tài chính" },
    );
    const section = rowOf(model, "III. ĐƠN VỊ TỪ 30% NỮ TRỞ LÊN (HOẶC LIÊN QUAN ĐẾN PHỤ NỮ) CHƯA CÓ LÃNH ĐẠO CHỦ CHỐT NỮ", 1);
    expect(at(model, `A${section + 1}`)).toBe("Không có đơn vị nào.");
    expect(cells(model, rowOf(model, NAMES.d), 7)).toEqual([4, NAMES.d, 3, 3, 1, 1, "Đạt"]);
  });

  test("English labels when asked, figures unchanged", () => {
    const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính", lang: "en" });
    const a = rowOf(model, "a) Women among National Assembly and provincial/district People's Council delegates");
    expect(cells(model, a, 7)).toEqual([1, "a) Women among National Assembly and provincial/district People's Council delegates", 11, 3, 3 / 11, 0.3, "Not met"]);
    expect(at(model, "A6")).toMatch(/^BÁO CÁO KẾT QUẢ/);
  });

  test("a roster with nobody in it: no data anywhere, no chart, still a whole sheet", () => {
    const base = knownAnalysis();
    const none = { female: 0, total: 0, share: null };
    const model = buildAnnualReport(
      knownAnalysis({
        staff: none,
        units: [],
        problems: [],
        indicators: {
          a_deputies: { ...base.indicators.a_deputies, ...none, met: null, missing: "council" },
          b_commune_council: { ...base.indicators.b_commune_council, ...none, met: null, stretchMet: null, missing: "council" },
          c_party_committee: { ...none, target: 0.25, met: null, missing: "partyCommittee" },
          d_leadership: {
            units: 0,
            unitsWithStaff: 0,
            unitsAtThreshold: 0,
            unitsWithFemaleKeyLeader: 0,
            flagged: [],
            met: null,
            leaders: { ...none, heads: { female: 0, total: 0 }, deputies: { female: 0, total: 0 } },
            unitsWithFemaleKeyLeaderShare: null,
          },
          dd_training: { ...none, target: 0.5, met: null, missing: "training" },
        },
      }),
      { year: 2026, agency: "" },
    );
    expect(at(model, "A2")).toBe("TÊN CƠ QUAN, ĐƠN VỊ");
    expect(cells(model, rowOf(model, NAMES.c), 8)).toEqual([3, NAMES.c, 0, 0, "—", 0.25, "Không có dữ liệu", "Sổ tính không có cột hoặc danh sách cấp ủy."]);
    expect(cells(model, rowOf(model, NAMES.d), 7)).toEqual([4, NAMES.d, 0, 0, "—", 1, "Không có dữ liệu"]);
    expect(cells(model, rowOf(model, "Tổng cộng"), 7)).toEqual([null, "Tổng cộng", 0, 0, "—", 0, 0]);
    expect(model.chart).toBeUndefined();
    expect(at(model, `A${rowOf(model, "IV. CHẤT LƯỢNG DỮ LIỆU", 1) + 2}`)).toBe("Mọi dòng dữ liệu đều đã được tính.");
  });

  test("sheet names per year, valid for Excel", () => {
    expect(annualSheetName(2025)).toBe("BC BĐG 2025");
    expect(annualSheetName(2026).length).toBeLessThanOrEqual(31);
    expect(annualSheetName(2026)).not.toMatch(/[[\]:*?/\\]/);
  });
});
