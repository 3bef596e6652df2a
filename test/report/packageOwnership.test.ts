// Which sheets a regenerated report replaces: ours, recognised by our marker (the hidden scoped name, or
// the data block of a sheet written before the name existed), never a clerk's sheet that merely has the
// name. And the demo mode's gateway writes the same lossless copy as the CLI.
import ExcelJS from "exceljs";
import { buildAnnualReport } from "../../src/report/annual";
import { PackageArchive } from "../../src/xlsx/package/archive";
import { addReportToPackage } from "../../src/xlsx/package/reportSheets";
import { WorkbookPackage } from "../../src/xlsx/package/workbookPackage";
import { writeReportSheets } from "../../src/xlsx/writeReport";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { readFileSync } from "fs";
import { join } from "path";
import { knownAnalysis } from "./fixtures";

const model = (year = 2026) => buildAnnualReport(knownAnalysis(), { year, agency: "Sở Tài chính" });

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function roster(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(["STT", "Họ và tên", "Giới tính"]);
  ws.addRow([1, "Nguyễn Thị Hoa", "Nữ"]);
}

function rawOf(bytes: Uint8Array, sheet: string): Buffer {
  const pkg = WorkbookPackage.open(bytes);
  const part = pkg.sheets.find((s) => s.name === sheet)?.part as string;
  const a = PackageArchive.open(bytes);
  return Buffer.from(a.raw(a.get(part)!));
}

test("a clerk's sheet that has our sheet's name is kept; ours takes “… (2)”", async () => {
  const wb = new ExcelJS.Workbook();
  roster(wb, "Danh sách");
  wb.addWorksheet("BC BĐG 2026").getCell("A1").value = "Báo cáo do văn thư tự làm";
  const input = await bytesOf(wb);
  const out = await addReportToPackage(input, model());
  const pkg = WorkbookPackage.open(out);
  expect(pkg.sheets.map((s) => [s.name, s.ownMarker])).toEqual([
    ["Danh sách", null],
    ["BC BĐG 2026", null],
    ["BC BĐG 2026 (2)", "annual-report"],
    ["PL BĐG 2026", "annual-report/annex"],
  ]);
  expect(rawOf(out, "BC BĐG 2026").equals(rawOf(input, "BC BĐG 2026"))).toBe(true);
  // Made again: "(2)" is ours now and is replaced; the clerk's sheet still stands.
  const again = WorkbookPackage.open(await addReportToPackage(out, model()));
  expect(again.sheets.map((s) => s.name)).toEqual(["Danh sách", "BC BĐG 2026", "BC BĐG 2026 (2)", "PL BĐG 2026"]);
});

test("a report sheet written before the marker name (ExcelJS, data block only) is replaced when the reader found its block", async () => {
  const wb = new ExcelJS.Workbook();
  roster(wb, "Danh sách");
  writeReportSheets(wb, model());
  const input = await bytesOf(wb);
  expect(WorkbookPackage.open(input).sheets.every((s) => s.ownMarker === null)).toBe(true);
  const out = await addReportToPackage(input, model(), { ownByContent: (name) => name === "BC BĐG 2026" });
  const pkg = WorkbookPackage.open(out);
  // The báo cáo is replaced in its place; the old phụ lục, which carries no block, is not taken for ours.
  expect(pkg.sheets.map((s) => [s.name, s.ownMarker])).toEqual([
    ["Danh sách", null],
    ["BC BĐG 2026", "annual-report"],
    ["PL BĐG 2026", null],
    ["PL BĐG 2026 (2)", "annual-report/annex"],
  ]);
});

test("another year's report is not replaced: both years stand", async () => {
  const wb = new ExcelJS.Workbook();
  roster(wb, "Danh sách");
  const first = await addReportToPackage(await bytesOf(wb), model(2025));
  const second = WorkbookPackage.open(await addReportToPackage(first, model(2026)));
  expect(second.sheets.map((s) => s.name)).toEqual(["Danh sách", "BC BĐG 2025", "PL BĐG 2025", "BC BĐG 2026", "PL BĐG 2026"]);
});

test("the demo mode's gateway writes the lossless copy too: the chart workbook's parts are kept", async () => {
  const input = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "packages", "chart.xlsx")));
  const gw = await XlsxGateway.fromBuffer(input);
  await gw.writeReport(model());
  await gw.writeReport(model());
  const out = await gw.toBuffer();
  const before = PackageArchive.open(input);
  const after = PackageArchive.open(out);
  const editable = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
  for (const p of before.parts) {
    if (editable.has(p.name)) continue;
    const q = after.get(p.name);
    expect({ part: p.name, same: q !== undefined && Buffer.from(after.raw(q)).equals(Buffer.from(before.raw(p))) }).toEqual({ part: p.name, same: true });
  }
  expect(WorkbookPackage.open(out).sheets.map((s) => s.name)).toEqual(["Danh sách", "Biểu đồ", "BC BĐG 2026", "PL BĐG 2026"]);
});
