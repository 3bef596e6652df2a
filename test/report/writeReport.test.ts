// The office.js writer against the fake Excel: one values write, formats by range, two syncs,
// the chart and page layout where the host supports them, and no write to any other sheet.
import { writeReportSheet } from "../../src/excel/writeReport";
import { buildAnnualReport } from "../../src/report/annual";
import { FakeExcel, type FakeSheetSpec } from "../fakes/fakeExcel";
import { knownAnalysis } from "./fixtures";

const ROSTER: FakeSheetSpec = {
  name: "DS 2026",
  rows: [
    ["STT", "Họ và tên", "Giới tính"],
    [1, "Nguyễn Thị Hoa", "Nữ"],
  ],
  merges: ["A1:A1"],
};

function excel(apiMinor = 17, withOldReport = true): FakeExcel {
  const sheets: FakeSheetSpec[] = [ROSTER];
  // Last run's report: ours, by the BDG-REPORT marker of its data block (a sheet without it is never replaced).
  if (withOldReport) sheets.push({ name: "BC BĐG 2026", rows: [["bản cũ", null, "BDG-REPORT"], [null, "sẽ bị thay"]] });
  sheets.push({ name: "BC BĐG 2025", rows: [["năm trước"]] });
  return new FakeExcel(sheets, { apiMinor });
}

const report = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính" });
/** The báo cáo sheet; the phụ lục carries the chart. */
const model = report.sheets[0];
const annex = report.sheets[1];

async function write(fake: FakeExcel, sheet = model): Promise<void> {
  await fake.run((ctx) => writeReportSheet(ctx as unknown as Excel.RequestContext, sheet, (s, v) => fake.isSetSupported(s, v)));
}

describe("writeReportSheet (office.js)", () => {
  test("replaces the same-named sheet only, writes every value in one 2-D array, in five syncs", async () => {
    const fake = excel();
    await write(fake);
    // Sheets and protection; is the old one ours; the sheet under a temporary name; the swap; old one deleted.
    expect(fake.syncs).toBe(5);
    expect(fake.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2025", "BC BĐG 2026"]);
    const written = fake.valuesOf("BC BĐG 2026");
    expect(written.firstRow).toBe(1);
    // The used range ends at the last row with a value (blank rows may follow it in the model).
    const lastWithValue = model.rows.map((r) => r.some((v) => v !== null)).lastIndexOf(true) + 1;
    expect(written.rows.length).toBe(lastWithValue);
    expect(model.rows.slice(written.rows.length).flat().every((v) => v === null)).toBe(true);
    expect(written.rows).toEqual(model.rows.slice(0, written.rows.length));
    expect(fake.writes.filter((w) => w.op === "values")).toHaveLength(1);
    // Roster and last year's sheet: never written.
    expect(fake.writes.filter((w) => w.sheet === "DS 2026" || w.sheet === "BC BĐG 2025")).toEqual([]);
    expect(fake.valuesOf("BC BĐG 2025").rows).toEqual([["năm trước"]]);
  });

  test("formats go by range, as many as the model lists; merges as in the model", async () => {
    const fake = excel();
    await write(fake);
    const formats = fake.writes.filter((w) => w.op === "numberFormat");
    const expected = model.styleRanges.filter((r) => model.styles[r.style].numberFormat).length;
    expect(formats).toHaveLength(expected);
    const fills = fake.writes.filter((w) => w.op === "set" && w.address?.endsWith(".format.fill.color"));
    expect(fills).toHaveLength(model.styleRanges.filter((r) => model.styles[r.style].fill).length);
    const sheet = fake.sheet("BC BĐG 2026");
    expect(sheet.merges).toHaveLength(model.merges.length);
    expect(sheet.merges).toEqual(expect.arrayContaining(model.merges));
    expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual(model.hiddenColumns);
  });

  test("the chart (on the phụ lục): clustered columns of the share, a line series at 30%, placed beside the print area", async () => {
    const fake = excel();
    await write(fake, annex);
    const calls = fake.writes.filter((w) => w.sheet === "PL BĐG 2026" && w.op === "call");
    const add = calls.find((w) => w.address === "PL BĐG 2026.charts.add");
    expect(add?.detail).toEqual(["ColumnClustered", expect.anything(), "Columns"]);
    const chart = annex.chart!;
    expect(calls.find((w) => w.address?.endsWith(".series.add"))?.detail).toEqual(["Ngưỡng 30%"]);
    expect(calls.find((w) => w.address?.endsWith(".setPosition"))?.detail).toEqual([`K${chart.anchor.top}`, `R${chart.anchor.bottom}`]);
    const sets = fake.writes.filter((w) => w.op === "set");
    expect(sets.find((w) => w.address?.endsWith(".chartType"))?.detail).toBe("Line");
    expect(sets.find((w) => w.address?.endsWith(".plotVisibleOnly"))?.detail).toBe(false);
  });

  test("page layout: A4, one page wide, print titles and area (ExcelApi 1.9)", async () => {
    const fake = excel();
    await write(fake);
    const layout = fake.writes.filter((w) => w.address?.startsWith("BC BĐG 2026.pageLayout"));
    const value = (name: string): unknown => layout.find((w) => w.address === `BC BĐG 2026.pageLayout.${name}`)?.detail;
    expect(value("paperSize")).toBe("A4");
    expect(value("orientation")).toBe("Portrait");
    expect(value("zoom")).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(value("centerHorizontally")).toBe(false);
    expect(value("leftMargin")).toBeCloseTo((30 / 25.4) * 72, 0);
    // The printed document only: the clerk's data check below it is left out.
    expect(value("setPrintArea")).toEqual([`A1:X${model.print.printRows!.last}`]);
  });

  test("an older host (ExcelApi 1.6): values, formats and a plain chart; no page layout or series calls", async () => {
    const fake = excel(6, false);
    await write(fake);
    await write(fake, annex);
    expect(fake.writes.filter((w) => w.address === "PL BĐG 2026.charts.add")).toHaveLength(1);
    // Four syncs a sheet: the sheet list, the sheet under a temporary name, the swap, the activation.
    expect(fake.syncs).toBe(8);
    expect(fake.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2025", "BC BĐG 2026", "PL BĐG 2026"]);
    expect(fake.writes.filter((w) => w.address?.includes("pageLayout"))).toEqual([]);
    expect(fake.writes.filter((w) => w.address?.endsWith(".series.add"))).toEqual([]);
    expect(fake.writes.filter((w) => w.address === "BC BĐG 2026.charts.add")).toHaveLength(0);
  });
});
