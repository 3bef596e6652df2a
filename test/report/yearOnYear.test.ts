// Reading a sheet we wrote back (hidden data block) and the change in points against last year.
import { buildAnnualReport } from "../../src/report/annual";
import { figuresOfAnalysis, isReportGrid, pointsChange, previousAnnualFigures, readAnnualFigures, REPORT_MARKER } from "../../src/report/figures";
import type { Grid } from "../../src/domain/grid";
import { knownAnalysis, UNITS } from "./fixtures";
import { at, cells, gridOf, rowOf } from "./helpers";

describe("readAnnualFigures", () => {
  const analysis = knownAnalysis();
  const model = buildAnnualReport(analysis, { year: 2026, agency: "Sở Tài chính" });

  test("gives back exactly the figures the sheet was made from", () => {
    const figures = readAnnualFigures(gridOf(model));
    expect(figures).toEqual({ ...figuresOfAnalysis(analysis, 2026, "Sở Tài chính"), sheet: "BC BĐG 2026" });
    expect(figures!.units.map((u) => [u.name, u.female, u.total, u.flagged])).toEqual([
      ["Văn phòng Sở", 3, 10, true],
      ["Phòng Tổ chức cán bộ", 2, 8, false],
      ["Phòng Kế hoạch - Tài chính", 4, 6, false],
      ["Ban Vì sự tiến bộ phụ nữ", 1, 4, true],
      ["Phòng Thanh tra", 0, 5, false],
    ]);
    expect(figures!.shares.a_deputies).toEqual({ female: 3, total: 11, target: 0.3 });
    expect(figures!.shares.leaders).toEqual({ female: 2, total: 9 });
    expect(figures!.shares.q_succession_pool).toBeUndefined();
    expect(figures!.problems).toEqual({ errors: 2, warnings: 1, notices: 1 });
  });

  test("reads numbers stored as text and a block that does not start at A1 (as a gateway may hand it)", () => {
    const grid = gridOf(model);
    const shifted: Grid = {
      ...grid,
      firstRow: 3,
      firstCol: 2,
      rows: grid.rows.map((r) => r.slice(1).map((v) => (typeof v === "number" ? String(v) : v))),
    };
    const figures = readAnnualFigures(shifted);
    expect(figures?.staff).toEqual({ female: 11, total: 35 });
    expect(figures?.units).toHaveLength(5);
  });

  test("a sheet that is not ours, a later layout, or a damaged block gives null", () => {
    const roster: Grid = { sheet: "DS 2026", firstRow: 1, firstCol: 1, rows: [["STT", "Họ và tên"], [1, "Nguyễn Thị A"]], merges: [] };
    expect(readAnnualFigures(roster)).toBeNull();
    expect(isReportGrid(roster)).toBe(false);
    expect(isReportGrid(gridOf(model))).toBe(true);

    const later = gridOf(model);
    const marker = later.rows.findIndex((r) => r.includes(REPORT_MARKER));
    const col = later.rows[marker].indexOf(REPORT_MARKER);
    later.rows[marker][col + 2] = 99;
    expect(readAnnualFigures(later)).toBeNull();

    const cut = gridOf(model);
    cut.rows = cut.rows.slice(0, 8); // the block ends before its "end" record
    expect(readAnnualFigures(cut)).toBeNull();
  });

  test("last year's sheet: the newest annual sheet of an earlier year", () => {
    const sheet = (year: number): Grid => gridOf(buildAnnualReport(knownAnalysis({ year }), { year, agency: "Sở Tài chính" }));
    const roster: Grid = { sheet: "DS", firstRow: 1, firstCol: 1, rows: [["Họ và tên"]], merges: [] };
    const grids = [roster, sheet(2024), sheet(2026), sheet(2025)];
    expect(previousAnnualFigures(grids, 2026)?.year).toBe(2025);
    expect(previousAnnualFigures(grids, 2027)?.year).toBe(2026);
    expect(previousAnnualFigures(grids, 2025)?.year).toBe(2024);
    expect(previousAnnualFigures(grids, 2024)).toBeNull();
    expect(previousAnnualFigures([roster], 2026)).toBeNull();
  });

  test("points are rounded to 0.1 and need both years", () => {
    expect(pointsChange(0.3, 0.25)).toBe(5);
    expect(pointsChange(11 / 35, 10 / 35)).toBe(2.9);
    expect(pointsChange(null, 0.2)).toBeNull();
    expect(pointsChange(0.2, null)).toBeNull();
  });
});

describe("year-on-year", () => {
  // Last year's sheet, read back as the CLI reads it: fewer women, one unit renamed away, spelled in capitals.
  const base = knownAnalysis();
  const lastYear = knownAnalysis({
    year: 2025,
    staff: { total: 35, female: 10, share: 10 / 35 },
    indicators: {
      ...base.indicators,
      a_deputies: { ...base.indicators.a_deputies, female: 2, total: 10, share: 0.2 },
      d_leadership: { ...base.indicators.d_leadership, unitsWithFemaleKeyLeader: 3, flagged: ["VĂN PHÒNG SỞ"] },
    },
    units: [
      { ...UNITS[0], name: "VĂN PHÒNG SỞ", female: 2, share: 0.2 },
      UNITS[1],
      UNITS[2],
      { ...UNITS[3], femaleKeyLeader: true, flagged: false },
      { ...UNITS[4], name: "Phòng Quản lý giá", female: 1, total: 4, share: 0.25 },
    ],
  });
  const previous = readAnnualFigures(gridOf(buildAnnualReport(lastYear, { year: 2025, agency: "Sở Tài chính" })))!;
  const model = buildAnnualReport(base, { year: 2026, agency: "Sở Tài chính", previous });

  const annex = model.sheets[1];
  const docText = model.sheets[0].rows.flat().filter((v) => typeof v === "string").join("\n");

  test("the báo cáo says the change since last year in one sentence", () => {
    expect(docText).toContain(
      "So với năm 2025: tỷ lệ nữ cán bộ, công chức, viên chức tăng 2,9 điểm phần trăm; tỷ lệ nữ lãnh đạo chủ chốt không đổi; số đơn vị thuộc diện chưa có lãnh đạo chủ chốt nữ: 2 (năm trước: 1).",
    );
  });

  test("the phụ lục notes the change in points per indicator", () => {
    const staff = rowOf(annex, "Tổng số cán bộ, công chức, viên chức");
    expect(at(annex, `H${staff}`)).toBe("+2,9 điểm (2025)"); // 31,43% − 28,57%
    expect(at(annex, `H${rowOf(annex, "Tỷ lệ nữ tham gia cấp ủy các cấp")}`)).toBe("0 điểm (2025)");
    // No training data either year: no change to show.
    expect(at(annex, `H${rowOf(annex, "Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng")}`)).toBeNull();
  });

  test("change in points per unit, matched whatever the case; new and vanished units said", () => {
    const header = rowOf(annex, "Đơn vị");
    expect(cells(annex, header + 1, 8)).toEqual([1, "Văn phòng Sở", 10, 3, 0.3, "Không", "x", "Cần bố trí lãnh đạo chủ chốt nữ; +10 điểm"]);
    expect(at(annex, `H${header + 2}`)).toBeNull();
    expect(cells(annex, header + 5, 8)).toEqual([5, "Phòng Thanh tra", 5, 0, 0, "Không", null, "Không có trong báo cáo năm 2025"]);
    const total = rowOf(annex, "Tổng cộng");
    expect(at(annex, `A${total + 1}`)).toBe("Đơn vị có trong báo cáo năm 2025, không có năm nay: Phòng Quản lý giá.");
  });
});
