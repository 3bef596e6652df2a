// ExcelGateway.writeReport with the real report writer (src/excel/writeReport.ts) on the fake Excel:
// only the report sheet is touched, a report of the same name is replaced, roster sheets stay as they were.
import { ExcelGateway } from "../../src/excel/gateway";
import type { ReportModel, ReportSheet } from "../../src/report/model";
import { FakeExcel, bigRosterSpec } from "../fakes/fakeExcel";

function sheet(sheetName = "Báo cáo 2026"): ReportSheet {
  return {
    sheetName,
    rows: [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU BÌNH ĐẲNG GIỚI NĂM 2026"],
      ["Chỉ tiêu", "Nữ", "Tổng số", "Tỷ lệ", null, "Đơn vị", "Tỷ lệ nữ", "Mục tiêu"],
      ["c) Tỷ lệ nữ tham gia cấp ủy các cấp", 5, 16, 0.3125, null, "Phòng Hành chính", 0.4444, 0.3],
      ["đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng", 14, 30, 0.4667, null, "Phòng Kế hoạch", 0.25, 0.3],
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    styles: {
      title: { font: { name: "Times New Roman", size: 14, bold: true }, alignment: { horizontal: "center", wrap: true } },
      table: { border: "thin" },
      share: { numberFormat: "0.0%" },
    },
    styleRanges: [
      { range: { top: 1, left: 1, bottom: 1, right: 4 }, style: "title" },
      { range: { top: 2, left: 1, bottom: 4, right: 4 }, style: "table" },
      { range: { top: 3, left: 4, bottom: 4, right: 4 }, style: "share" },
    ],
    columnWidths: [48, 8, 10, 10],
    rowHeights: [{ row: 1, height: 36 }],
    hiddenColumns: [6, 7, 8],
    chart: {
      type: "columnClustered",
      title: "Tỷ lệ nữ theo đơn vị",
      categories: { top: 3, left: 6, bottom: 4, right: 6 },
      values: { top: 3, left: 7, bottom: 4, right: 7 },
      valuesName: "Tỷ lệ nữ",
      line: { top: 3, left: 8, bottom: 4, right: 8 },
      lineName: "Mục tiêu 30%",
      anchor: { top: 6, left: 1, bottom: 20, right: 4 },
    },
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.7, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
      printColumns: { first: 1, last: 4 },
    },
  };
}

/** The report of that one sheet. */
function model(...args: Parameters<typeof sheet>): ReportModel {
  return { sheets: [sheet(...args)], metadata: { kind: "annual-report", version: 1, year: 2026, agency: "Sở Tài chính" } };
}

function excelWithRoster(): FakeExcel {
  return new FakeExcel([
    bigRosterSpec(120),
    // Last run's report: ours by the marker of its data block.
    { name: "Báo cáo 2026", rows: [["bản cũ", 1, 2, 3, 4, 5, "BDG-REPORT", 7, 8, 9]] },
    { name: "Ghi chú", rows: [["Không sửa sheet này"]] },
  ]);
}

describe("ExcelGateway.writeReport", () => {
  test("writes only the report sheet, replacing the old one; the roster is untouched", async () => {
    const excel = excelWithRoster();
    const roster = excel.valuesOf("DS 2026");
    const rosterMerges = [...excel.sheet("DS 2026").merges];
    const notes = excel.valuesOf("Ghi chú");

    await new ExcelGateway(excel.host()).writeReport(model());

    expect(excel.writes.length).toBeGreaterThan(10);
    // Every write went to the new report (written as a temporary sheet, then renamed) or to the old one (put
    // aside under a spare name, then deleted).
    expect(excel.writes.filter((w) => w.sheet !== "Báo cáo 2026" && !w.sheet.startsWith("~BĐG cũ"))).toEqual([]);
    expect(excel.writes.filter((w) => w.op === "delete")).toEqual([expect.objectContaining({ sheet: expect.stringMatching(/^~BĐG cũ/) })]);
    expect(excel.writes.filter((w) => w.op === "add")).toHaveLength(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "Ghi chú", "Báo cáo 2026"]);
    expect(excel.valuesOf("DS 2026")).toEqual(roster);
    expect(excel.sheet("DS 2026").merges).toEqual(rosterMerges);
    expect(excel.valuesOf("Ghi chú")).toEqual(notes);

    const written = excel.valuesOf("Báo cáo 2026");
    expect(written.firstRow).toBe(1);
    expect(written.rows).toEqual(sheet().rows.map((r) => Array.from({ length: 8 }, (_, c) => r[c] ?? null)));
    expect(excel.sheet("Báo cáo 2026").merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect([...excel.sheet("Báo cáo 2026").hiddenColumns].sort()).toEqual([6, 7, 8]);
    expect(excel.activeSheet).toBe("Báo cáo 2026");
  });

  test("writing twice leaves one report sheet; reading afterwards writes nothing more", async () => {
    const excel = excelWithRoster();
    const gateway = new ExcelGateway(excel.host());
    await gateway.writeReport(model());
    await gateway.writeReport(model());
    expect(excel.sheets.filter((s) => s.name === "Báo cáo 2026")).toHaveLength(1);
    const writes = excel.writes.length;
    await gateway.readGrids();
    expect(excel.writes).toHaveLength(writes);
  });

  test("a new report sheet is added without deleting anything", async () => {
    const excel = new FakeExcel([bigRosterSpec(10)]);
    await new ExcelGateway(excel.host()).writeReport(model("Báo cáo 2027"));
    expect(excel.writes.filter((w) => w.op === "delete")).toEqual([]);
    expect(excel.writes.every((w) => w.sheet === "Báo cáo 2027")).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "Báo cáo 2027"]);
  });

  test("with the optional APIs of a current host (series, page layout), still only the report sheet", async () => {
    const excel = excelWithRoster();
    const uninstall = excel.installOfficeGlobal();
    try {
      await new ExcelGateway(excel.host()).writeReport(model());
    } finally {
      uninstall();
    }
    expect(excel.writes.filter((w) => w.sheet !== "Báo cáo 2026" && !w.sheet.startsWith("~BĐG cũ"))).toEqual([]);
    expect(excel.writes.some((w) => w.address?.includes("pageLayout"))).toBe(true);
    expect(excel.writes.some((w) => w.address?.includes("series"))).toBe(true);
  });
});
