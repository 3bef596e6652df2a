// Demo mode's workbook, as the Web Worker runs it (here in-thread: the same DemoBook): the grids, the first
// analysis handed to the pane so it is not done twice, the report written into the copy, a bad file's reason.
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { DemoBook, estimatedRows, failureOf, forThePage, readFraction } from "../../src/taskpane/demoBook";
import { DemoGateway } from "../../src/taskpane/demoGateway";
import { computeAnalysis, runAnalysis } from "../../src/taskpane/engine";
import { readGridsFromBuffer } from "../../src/xlsx/readBuffer";
import { buildAnnualReport } from "../../src/report/annual";

const SAMPLE = join(__dirname, "..", "..", "assets", "mau-danh-sach.xlsx");

function sampleBytes(): ArrayBuffer {
  const b = readFileSync(SAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

test("opening reads the grids, reports progress up to 1, and computes the figures the pane would", async () => {
  const fractions: number[] = [];
  const book = new DemoBook(sampleBytes());
  const opened = await book.open("en", (f) => fractions.push(f));
  expect(fractions[0]).toBe(0);
  expect(fractions[fractions.length - 1]).toBe(1);
  expect([...fractions].sort((a, b) => a - b)).toEqual(fractions); // never goes back
  expect(opened.saved).toBeNull();
  expect(opened.settings.lang).toBe("en");
  const grids = await readGridsFromBuffer(new Uint8Array(sampleBytes()));
  expect(opened.grids).toEqual(grids);
  // scripts/make-sample.ts: 23 people of known gender, 10 women.
  expect(opened.result.analysis.staff).toMatchObject({ total: 23, female: 10 });
  expect(opened.result).toEqual(computeAnalysis(grids, opened.settings));
});

test("the gateway hands the pane the worker's figures for its grids, and recomputes when a setting that counts changes", async () => {
  const opened = await new DemoBook(sampleBytes()).open("vi");
  // What crosses postMessage is a structured clone of forThePage: a copy, without the roster's people.
  const received = structuredClone(forThePage(opened));
  expect(received.result.analysis.roster).toBe(received.result.roster);
  const gateway = new DemoGateway(new DemoBook(sampleBytes()), received);
  const { roster, ...figures } = received.result.analysis;
  const { roster: full, ...truth } = opened.result.analysis;
  expect(figures).toEqual(truth);
  expect(roster.sheets).toEqual(full.sheets);
  expect(() => received.result.roster.people).toThrow(/demo worker/);
  expect(() => JSON.stringify(received.result)).not.toThrow();
  const names = (await gateway.listSheets()).map((s) => s.name);
  const grids = await gateway.readGrids(names);
  expect(grids).toBe(received.grids);
  expect(runAnalysis(grids, received.settings)).toBe(received.result);
  // The language does not change the figures: the same result, not a second analysis.
  expect(runAnalysis(grids, { ...received.settings, lang: "en" })).toBe(received.result);
  const other = runAnalysis(grids, { ...received.settings, keyLeaderRule: "headOnly" });
  expect(other).not.toBe(received.result);
  expect(other).toEqual(computeAnalysis(grids, { ...received.settings, keyLeaderRule: "headOnly" }));
});

test("the report is written into the copy: the next scan sees its sheet, the download holds it and the settings", async () => {
  const book = new DemoBook(sampleBytes());
  const opened = await book.open("vi");
  const gateway = new DemoGateway(book, opened);
  const before = (await gateway.listSheets()).map((s) => s.name);
  const model = buildAnnualReport(opened.result.analysis, { year: opened.settings.year, agency: "Sở Thử", lang: "vi" });
  await gateway.saveSettings({ ...opened.settings, agency: "Sở Thử" });
  await gateway.writeReport(model);
  const after = (await gateway.listSheets()).map((s) => s.name);
  const written = model.sheets.map((sh) => sh.sheetName);
  expect(after).toEqual([...before, ...written]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await gateway.toBytes()) as unknown as ArrayBuffer);
  for (const name of written) expect(wb.getWorksheet(name)).toBeDefined();
  // Opened again, the copy brings its settings back.
  const bytes = await gateway.toBytes();
  const again = await new DemoBook(bytes).open("en");
  expect(again.saved?.agency).toBe("Sở Thử");
  expect(again.settings.lang).toBe("vi");
});

test("a file that is not a workbook fails with the reader's reason, which survives postMessage", async () => {
  const bytes = new TextEncoder().encode("STT,Họ và tên\n1,Nguyễn Văn An\n");
  const error = await new DemoBook(bytes).open("vi").catch((e: unknown) => e);
  expect(structuredClone(failureOf(error))).toMatchObject({ unreadable: "notZip" });
  expect(estimatedRows(bytes)).toBe(0);
});

test("progress: rows read over the rows the sheets' <dimension> declare", async () => {
  expect(estimatedRows(new Uint8Array(sampleBytes()))).toBeGreaterThan(23);
  const f = readFraction(200);
  expect(f({ sheet: "A", rowsRead: 50 })).toBe(0.25);
  expect(f({ sheet: "B", rowsRead: 50 })).toBe(0.5);
  expect(f({ sheet: "A", rowsRead: 150, rowsTotal: 150 })).toBe(1);
  expect(readFraction(0)({ sheet: "A", rowsRead: 5 })).toBe(0);
});

test("the grids are handed on as soon as they are read, before the figures (the worker posts them ahead)", async () => {
  const order: string[] = [];
  let early: unknown = null;
  const opened = await new DemoBook(sampleBytes()).open(
    "vi",
    (f) => order.push(`progress ${f}`),
    (grids) => {
      early = grids;
      order.push("grids");
    },
  );
  expect(early).toBe(opened.grids);
  // After the reading's share, before the analysis is done.
  expect(order.indexOf("grids")).toBe(order.indexOf("progress 0.9") + 1);
  expect(order[order.length - 1]).toBe("progress 1");
});

test("a roster naming more units than the reader allows fails with a reason that survives postMessage", async () => {
  const { MAX_UNITS, tooManyUnitsMessage } = await import("../../src/domain/unitLimit");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Giới tính", "Đơn vị"]);
  for (let i = 1; i <= MAX_UNITS + 1; i++) ws.addRow([i, `Nguyễn Thị Hoa ${i}`, "Nữ", `Phòng ${i}`]);
  const b = Buffer.from(await wb.xlsx.writeBuffer());
  const failed: unknown = await new DemoBook(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer).open("vi").catch((e: unknown) => e);
  // The page turns this into the reader's sentence naming the file (demoWorkbook.ts explained()).
  expect(structuredClone(failureOf(failed))).toMatchObject({ tooManyUnits: true });
  expect(tooManyUnitsMessage("vi", "don-vi.xlsx")).toBe(
    "Không đọc được “don-vi.xlsx”: danh sách nêu hơn 10.000 đơn vị khác nhau, vượt giới hạn đọc (một danh sách thật có vài trăm đến vài nghìn đơn vị).",
  );
  expect(tooManyUnitsMessage("en", "don-vi.xlsx")).toMatch(/^Cannot read “don-vi.xlsx”: the roster names over 10,000 different units/);
});
