import ExcelJS from "exceljs";
import type { ReportModel, ReportSheet } from "../../src/report/model";
import { defaultSettings } from "../../src/domain/settings";
import { SETTINGS_SHEET, XlsxGateway } from "../../src/xlsx/gateway";
import { readGridsFromBuffer, WorkbookUnreadable } from "../../src/xlsx/readGrids";

async function rosterBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Giới tính", "Đơn vị"]);
  ws.addRow([1, "Nguyễn Thị Hoa", "Nữ", "Phòng Kế toán"]);
  ws.addRow([2, "Trần Văn Nam", "Nam", "Phòng Kế toán"]);
  ws.mergeCells("D2:D3");
  wb.addWorksheet("Ghi chú", { state: "hidden" }).getCell("B2").value = "không tính";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheet(sheetName: string, title: string): ReportSheet {
  return {
    sheetName,
    rows: [[title], ["Tổng số", 2], ["Nữ", 1]],
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    styles: { title: { font: { bold: true, size: 14 } } },
    styleRanges: [{ range: { top: 1, left: 1, bottom: 1, right: 2 }, style: "title" }],
    columnWidths: [30, 12],
    rowHeights: [],
    hiddenColumns: [],
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
      printColumns: { first: 1, last: 2 },
    },
  };
}

/** The report of that one sheet. */
function model(...args: Parameters<typeof sheet>): ReportModel {
  return { sheets: [sheet(...args)], metadata: { kind: "annual-report", version: 1, year: 2026, agency: "Sở Tài chính" } };
}

describe("XlsxGateway", () => {
  it("lists sheets and reads the same grids as readGridsFromBuffer", async () => {
    const bytes = await rosterBytes();
    const gw = await XlsxGateway.fromBuffer(bytes);
    expect(await gw.listSheets()).toEqual([
      { name: "DS", hidden: false, rows: 3, cols: 4 },
      { name: "Ghi chú", hidden: true, rows: 2, cols: 2 },
    ]);
    const grids = await gw.readGrids();
    expect(grids).toEqual(await readGridsFromBuffer(bytes));
    expect(grids[0].rows).toEqual([
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      [1, "Nguyễn Thị Hoa", "Nữ", "Phòng Kế toán"],
      [2, "Trần Văn Nam", "Nam"],
    ]);
    expect(grids[0].merges).toEqual([{ top: 2, left: 4, bottom: 3, right: 4 }]);
    expect((await gw.readGrids(["Ghi chú"])).map((g) => g.sheet)).toEqual(["Ghi chú"]);
  });

  it("writes the report sheet, replacing it on a second run, leaving the roster unchanged", async () => {
    const bytes = await rosterBytes();
    const gw = await XlsxGateway.fromBuffer(bytes);
    await gw.writeReport(model("Báo cáo 2026", "BÁO CÁO lần 1"));
    await gw.writeReport(model("Báo cáo 2026", "BÁO CÁO lần 2"));
    const out = await gw.toBuffer();
    const grids = await readGridsFromBuffer(out);
    expect(grids.map((g) => g.sheet)).toEqual(["DS", "Ghi chú", "Báo cáo 2026"]);
    expect(grids[2].rows).toEqual([["BÁO CÁO lần 2"], ["Tổng số", 2], ["Nữ", 1]]);
    const before = await readGridsFromBuffer(bytes);
    expect(grids.slice(0, 2)).toEqual(before);
  });

  it("keeps settings in memory and in a very hidden sheet of the output, which is never read as a roster", async () => {
    const gw = await XlsxGateway.fromBuffer(await rosterBytes());
    expect(await gw.loadSettings()).toBeNull();
    const settings = { ...defaultSettings(new Date(Date.UTC(2026, 0, 1))), agency: "Sở Tài chính", womenRelatedUnits: ["Hội LHPN"] };
    await gw.saveSettings(settings);
    expect(await gw.loadSettings()).toEqual(settings);

    const out = await gw.toBuffer();
    const again = await XlsxGateway.fromBuffer(out);
    expect(await again.loadSettings()).toEqual(settings);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(["DS", "Ghi chú"]);
    expect((await again.readGrids()).map((g) => g.sheet)).toEqual(["DS", "Ghi chú"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as never); // ExcelJS's types name an older Buffer
    expect(wb.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
  });

  it("records the selection", async () => {
    const gw = await XlsxGateway.fromBuffer(await rosterBytes());
    await gw.select({ sheet: "DS", row: 3, col: 3 });
    expect(gw.lastSelection).toEqual({ sheet: "DS", row: 3, col: 3 });
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(XlsxGateway.fromBuffer(new TextEncoder().encode("not a workbook"))).rejects.toBeInstanceOf(WorkbookUnreadable);
  });
});
