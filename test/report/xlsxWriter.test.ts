// The ExcelJS writer on its own: replaces the same-named sheet only (Excel compares names without case),
// and writes values, styles, merges, widths, heights, hidden columns and page setup as the model says.
import ExcelJS from "exceljs";
import { buildAnnualReport } from "../../src/report/annual";
import { writeReportSheet } from "../../src/xlsx/writeReport";
import { knownAnalysis } from "./fixtures";
import { rowOf } from "./helpers";

describe("writeReportSheet (ExcelJS)", () => {
  const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính" }).sheets[0];

  function workbook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("DS 2026").getCell("B2").value = "Nguyễn Thị Hoa";
    wb.addWorksheet("bc bđg 2026").getCell("A1").value = "bản cũ";
    wb.addWorksheet("BC BĐG 2025").getCell("A1").value = "năm trước";
    return wb;
  }

  test("replaces only the sheet of the same name, whatever its case", () => {
    const wb = workbook();
    writeReportSheet(wb, model);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["DS 2026", "BC BĐG 2025", "BC BĐG 2026"]);
    expect(wb.getWorksheet("DS 2026")!.getCell("B2").value).toBe("Nguyễn Thị Hoa");
    expect(wb.getWorksheet("BC BĐG 2025")!.getCell("A1").value).toBe("năm trước");
    writeReportSheet(wb, model);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["DS 2026", "BC BĐG 2025", "BC BĐG 2026"]);
  });

  test("values, styles, merges, widths, heights, hidden columns and page setup", () => {
    const annex = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính" }).sheets[1];
    const wa = writeReportSheet(workbook(), annex);
    const flagged = rowOf(annex, "Văn phòng Sở");
    expect(wa.getCell(flagged, 5).value).toBe(0.3);
    expect(wa.getCell(flagged, 5).numFmt).toBe("[$-42A]0.0%");
    expect(wa.getCell(flagged, 2).font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(wa.getCell(flagged + 1, 2).font?.bold).toBeFalsy();
    const ws = writeReportSheet(workbook(), model);
    const title = rowOf(model, "BÁO CÁO", 1);
    expect(ws.getCell(title, 1).font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell(title, 1).alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell(title, 1).isMerged).toBe(true);
    expect(ws.getCell(3, 17).border).toEqual({ bottom: { style: "thin", color: { argb: "FF000000" } } });
    expect((ws.model as unknown as { merges: string[] }).merges).toHaveLength(model.merges.length);
    expect(ws.getColumn(2).width).toBe(model.columnWidths[1]);
    expect(ws.getRow(title).height).toBe(model.rowHeights.find((h) => h.row === title)!.height);
    expect(model.hiddenColumns.every((c) => ws.getColumn(c).hidden)).toBe(true);
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: false,
      printArea: `A$1:X$${model.print.printRows!.last}`,
      margins: model.print.margins,
    });
  });
});
