// The provincial summary from several agencies' annual sheets.
import type { Grid } from "../../src/domain/grid";
import { buildAnnualReport } from "../../src/report/annual";
import { buildConsolidation, ConsolidationError, type ConsolidationSource } from "../../src/report/consolidate";
import { readAnnualFigures } from "../../src/report/figures";
import { knownAnalysis, UNITS } from "./fixtures";
import { at, cells, gridOf, rowOf, styleAt } from "./helpers";

const ROSTER: Grid = { sheet: "DS 2026", firstRow: 1, firstCol: 1, rows: [["STT", "Họ và tên", "Giới tính"], [1, "Nguyễn Thị A", "Nữ"]], merges: [] };

function soTaiChinh(year = 2026): Grid {
  return gridOf(buildAnnualReport(knownAnalysis({ year }), { year, agency: "Sở Tài chính" }));
}

function soYTe(): Grid {
  const base = knownAnalysis();
  const analysis = knownAnalysis({
    staff: { total: 100, female: 60, share: 0.6 },
    indicators: {
      ...base.indicators,
      a_deputies: { ...base.indicators.a_deputies, female: 1, total: 4, share: 0.25 },
      c_party_committee: { female: 3, total: 8, share: 3 / 8, target: 0.25, met: true },
      dd_training: { female: 12, total: 20, share: 0.6, target: 0.5, met: true },
      d_leadership: {
        units: 2,
        unitsWithStaff: 2,
        unitsAtThreshold: 2,
        unitsWithFemaleKeyLeader: 1,
        flagged: ["Trung tâm Kiểm soát bệnh tật"],
        met: false,
        leaders: { female: 3, total: 6, share: 0.5, heads: { female: 1, total: 2 }, deputies: { female: 2, total: 4 } },
        unitsWithFemaleKeyLeaderShare: 0.5,
      },
    },
    units: [
      { ...UNITS[2], name: "Văn phòng Sở Y tế", female: 50, total: 80, share: 50 / 80 },
      { ...UNITS[0], name: "Trung tâm Kiểm soát bệnh tật", female: 10, total: 20, share: 0.5 },
    ],
    problems: [],
  });
  return gridOf(buildAnnualReport(analysis, { year: 2026, agency: "Sở Y tế" }));
}

describe("buildConsolidation", () => {
  const sources: ConsolidationSource[] = [
    { source: "so-tai-chinh.bao-cao.xlsx", grids: [ROSTER, soTaiChinh(2025), soTaiChinh(2026)] },
    { source: "so-y-te.bao-cao.xlsx", grids: [soYTe()] },
  ];
  const model = buildConsolidation(sources);

  test("one row per agency, the latest year every source has, provincial totals", () => {
    expect(model.sheets[0].sheetName).toBe("TH BĐG 2026");
    expect(model.metadata).toEqual({ kind: "provincial-summary", version: 1, year: 2026, agency: "Sở Nội vụ" });
    expect(at(model, "A6")).toBe("TỔNG HỢP KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026");
    const header = rowOf(model, "Cơ quan, đơn vị");
    expect(cells(model, header + 1, 9)).toEqual([1, "Sở Tài chính", 35, 11, 11 / 35, 3, 2, 2 / 9, "2 lỗi dữ liệu chưa sửa; Tệp: so-tai-chinh.bao-cao.xlsx"]);
    expect(cells(model, header + 2, 9)).toEqual([2, "Sở Y tế", 100, 60, 0.6, 2, 1, 0.5, "Tệp: so-y-te.bao-cao.xlsx"]);
    // Shares from summed counts, never averaged: 71 of 135, leaders 5 of 15.
    expect(cells(model, header + 3, 8)).toEqual([null, "Toàn tỉnh", 135, 71, 71 / 135, 5, 3, 5 / 15]);
    expect(styleAt(model, header + 3, 2).font?.bold).toBe(true);
    expect(styleAt(model, header + 1, 2).font?.bold).toBe(true); // an agency with a flagged unit stands out (black print: bold, no fill)
  });

  test("provincial indicators summed, met decided on the summed counts", () => {
    const a = rowOf(model, "a) Tỷ lệ nữ đại biểu Quốc hội, đại biểu HĐND cấp tỉnh, cấp huyện");
    expect(cells(model, a, 8)).toEqual([1, "a) Tỷ lệ nữ đại biểu Quốc hội, đại biểu HĐND cấp tỉnh, cấp huyện", 15, 4, 4 / 15, 0.3, "Chưa đạt", "2/2 cơ quan có số liệu"]);
    const c = rowOf(model, "c) Tỷ lệ nữ tham gia cấp ủy các cấp");
    expect(cells(model, c, 7)).toEqual([3, "c) Tỷ lệ nữ tham gia cấp ủy các cấp", 24, 8, 8 / 24, 0.25, "Đạt"]);
    const d = rowOf(model, "d) Đơn vị có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ");
    expect(cells(model, d, 7)).toEqual([4, "d) Đơn vị có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ", 5, 2, 0.4, 1, "Chưa đạt"]);
    // Training: only Sở Y tế has data (12 of 20); Sở Tài chính's empty group adds nothing.
    const dd = rowOf(model, "đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng");
    expect(cells(model, dd, 8)).toEqual([5, "đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng", 20, 12, 0.6, 0.5, "Đạt", "1/2 cơ quan có số liệu"]);
  });

  test("every flagged unit with its agency", () => {
    const header = rowOf(model, "Thuộc cơ quan", 6);
    const rows = [1, 2, 3].map((i) => cells(model, header + i, 6));
    expect(rows).toEqual([
      [1, "Văn phòng Sở", 10, 3, 0.3, "Sở Tài chính"],
      [2, "Ban Vì sự tiến bộ phụ nữ", 4, 1, 0.25, "Sở Tài chính"],
      [3, "Trung tâm Kiểm soát bệnh tật", 20, 10, 0.5, "Sở Y tế"],
    ]);
    expect(at(model, `B${header + 4}`)).toBeNull();
  });

  test("a summary is not an annual sheet: it cannot be read back as one", () => {
    expect(readAnnualFigures(gridOf(model))).toBeNull();
  });
});

describe("buildConsolidation refuses what it cannot sum, naming the input", () => {
  const reason = (sources: ConsolidationSource[], year?: number): [string, string] => {
    try {
      buildConsolidation(sources, { year });
    } catch (e) {
      if (e instanceof ConsolidationError) return [e.reason, e.vi];
      throw e;
    }
    throw new Error("no error");
  };

  test("a workbook without any annual sheet of ours", () => {
    expect(reason([{ source: "so-tai-chinh.bao-cao.xlsx", grids: [soTaiChinh()] }, { source: "danh-sach.xlsx", grids: [ROSTER] }])).toEqual([
      "notOurReport",
      "“danh-sach.xlsx” không phải báo cáo năm do công cụ Bình đẳng giới lập (không có sheet “BC BĐG …”).",
    ]);
  });

  test("a source without the year asked for", () => {
    expect(reason([{ source: "a.xlsx", grids: [soTaiChinh(2026)] }], 2024)).toEqual(["yearMissing", "“a.xlsx” không có báo cáo năm 2024 (có: 2026)."]);
  });

  test("the same agency twice", () => {
    expect(reason([{ source: "a.xlsx", grids: [soTaiChinh()] }, { source: "b.xlsx", grids: [soTaiChinh()] }])).toEqual([
      "duplicateAgency",
      "“b.xlsx” và “a.xlsx” cùng là báo cáo năm 2026 của Sở Tài chính; chỉ giữ một tệp.",
    ]);
  });

  test("a report whose hidden block was damaged", () => {
    const damaged = soTaiChinh();
    damaged.rows = damaged.rows.slice(0, 6);
    expect(reason([{ source: "c.xlsx", grids: [damaged] }])[0]).toBe("damaged");
  });

  test("nothing to consolidate", () => {
    expect(reason([])[0]).toBe("noSources");
  });
});
