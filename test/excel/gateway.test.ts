// The real ExcelGateway against the fake Excel: what it reads, how many syncs it costs, what it
// never writes. Writing the report is tested in writeReport.test.ts.

import { ExcelGateway, cellValue, joinMergeParts, parseAreas } from "../../src/excel/gateway";
import type { Grid } from "../../src/domain/grid";
import { defaultSettings } from "../../src/domain/settings";
import type { ReadProgress } from "../../src/report/gateway";
import {
  FakeExcel,
  FakeOfficeError,
  WEB_PAYLOAD_LIMIT,
  bigRosterSpec,
  benchmarkFakeRead,
  dateSerial,
  type FakeSheetSpec,
} from "../fakes/fakeExcel";

const born = new Date(1980, 4, 17);

/** A small roster in TCVN3 (header in .VnTimeH, data in .VnTime), not at A1, with merges. */
function legacyRoster(): FakeSheetSpec {
  return {
    name: "DS 2026",
    startRow: 2,
    startCol: 2,
    rows: [
      ["DANH S¸CH C¸N Bé", null, null, null, null],
      ["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "§¬n vÞ"],
      [1, "NguyÔn ThÞ H­¬ng", "N÷", born, "Phßng Tæ chøc"],
      [2, "TrÇn V¨n Nam", "Nam", 1975, null],
      [3, "Lª ThÞ Lan", { error: "#N/A" }, "12/03/1990", null],
      [4, "Ph¹m V¨n Hïng", true, 0.5, "Phßng KÕ ho¹ch"],
    ],
    merges: ["B2:F2", "F4:F6"],
    font: ".VnTime",
    fonts: [{ range: "B2:F3", name: ".VnTimeH" }],
    hiddenColumns: [4],
  };
}

function workbook(options: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  return new FakeExcel(
    [
      { name: "Hướng dẫn", rows: [["Điền danh sách vào sheet DS 2026"]] },
      legacyRoster(),
      { name: "Trống", rows: [] },
      { name: "Ẩn", rows: [["x"]], visibility: "Hidden" },
    ],
    options,
  );
}

function gridOf(grids: Grid[], sheet: string): Grid {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no grid ${sheet}`);
  return g;
}

describe("office.js values", () => {
  test("are told apart by their valueTypes (a date is a serial until its number format is known); errors are not text", () => {
    expect(cellValue("", "Empty")).toBeNull();
    expect(cellValue("#N/A", "Error")).toEqual({ error: "#N/A" });
    expect(cellValue("#N/A", "String")).toBe("#N/A");
    expect(cellValue(29358, "Double")).toBe(29358);
    expect(cellValue(true, "Boolean")).toBe(true);
    expect(cellValue("Nữ", "String")).toBe("Nữ");
    expect(cellValue("", "String")).toBeNull();
  });

  test("RangeAreas addresses split at commas outside quoted sheet names", () => {
    expect(parseAreas("'DS, 2026'!A1:B2,'DS, 2026'!C3:C9, Sheet1!D4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 9, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });

  test("parts of one merged area are joined; two adjacent areas stay two", () => {
    expect(
      joinMergeParts([
        { top: 5, left: 5, bottom: 9, right: 5 },
        { top: 9, left: 5, bottom: 9, right: 5 }, // the part of 5..9 seen by the next query
        { top: 10, left: 5, bottom: 14, right: 5 },
        { top: 10, left: 5, bottom: 14, right: 5 }, // the same area reported twice
        { top: 20, left: 1, bottom: 29, right: 1 },
        { top: 29, left: 1, bottom: 40, right: 1 },
      ]),
    ).toEqual([
      { top: 5, left: 5, bottom: 9, right: 5 },
      { top: 10, left: 5, bottom: 14, right: 5 },
      { top: 20, left: 1, bottom: 40, right: 1 },
    ]);
  });
});

describe("ExcelGateway.readGrids", () => {
  test("gives each sheet's used range: values, merges, fonts, hidden columns, hidden sheets", async () => {
    const excel = workbook();
    const grids = await new ExcelGateway(excel.host()).readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["Hướng dẫn", "DS 2026", "Trống", "Ẩn"]);

    const ds = gridOf(grids, "DS 2026");
    expect(ds.firstRow).toBe(2);
    expect(ds.firstCol).toBe(2);
    expect(ds.rows).toEqual([
      ["DANH S¸CH C¸N Bé", null, null, null, null],
      ["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "§¬n vÞ"],
      [1, "NguyÔn ThÞ H­¬ng", "N÷", new Date(Date.UTC(1980, 4, 17)), "Phßng Tæ chøc"],
      [2, "TrÇn V¨n Nam", "Nam", 1975, null],
      [3, "Lª ThÞ Lan", { error: "#N/A" }, "12/03/1990", null],
      [4, "Ph¹m V¨n Hïng", true, 0.5, "Phßng KÕ ho¹ch"],
    ]);
    expect(ds.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 6 },
      { top: 4, left: 6, bottom: 6, right: 6 },
    ]);
    expect(ds.fonts).toHaveLength(6);
    expect(ds.fonts?.[0]).toEqual([".VnTimeH", ".VnTimeH", ".VnTimeH", ".VnTimeH", ".VnTimeH"]);
    expect(ds.fonts?.[2]).toEqual([".VnTime", ".VnTime", ".VnTime", ".VnTime", ".VnTime"]);
    // 10 text cells of data in .VnTime against 6 of title and header in .VnTimeH.
    expect(ds.sheetFont).toBe(".VnTime");
    expect(ds.hiddenColumns).toEqual([4]);
    expect(ds.hidden).toBe(false);

    expect(gridOf(grids, "Trống")).toEqual({ sheet: "Trống", firstRow: 1, firstCol: 1, rows: [], merges: [], hidden: false, visibility: "visible" });
    const hidden = gridOf(grids, "Ẩn");
    expect(hidden.hidden).toBe(true);
    expect(hidden.rows).toEqual([["x"]]);
  });

  test("reads only the sheets asked for, and writes nothing", async () => {
    const excel = workbook();
    const before = excel.valuesOf("DS 2026");
    const grids = await new ExcelGateway(excel.host()).readGrids(["DS 2026"]);
    expect(grids.map((g) => g.sheet)).toEqual(["DS 2026"]);
    expect(excel.writes).toEqual([]);
    expect(excel.valuesOf("DS 2026")).toEqual(before);
    expect(excel.sheet("DS 2026").merges).toHaveLength(2);
  });

  test("costs the sheet list, the used ranges and one sync per batch: small sheets share a batch", async () => {
    const excel = workbook();
    const gateway = new ExcelGateway(excel.host());
    await gateway.readGrids();
    expect(gateway.lastRead).toEqual({ syncs: 3, blocks: 3, batches: 1, retries: 0, mergesUnavailable: false, restarts: 0, dateSystem: "1900" });
    expect(excel.syncs).toBe(3);
    expect(excel.runs).toBe(1);
  });

  test("older hosts (ExcelApi 1.8, Excel 2019): no fonts and no merges, hidden columns still read, no error", async () => {
    const excel = workbook({ apiMinor: 8 });
    const gateway = new ExcelGateway(excel.host());
    const ds = gridOf(await gateway.readGrids(), "DS 2026");
    expect(ds.rows).toHaveLength(6);
    expect(ds.fonts).toBeUndefined();
    expect(ds.merges).toEqual([]);
    expect(ds.hiddenColumns).toEqual([4]);
    expect(excel.syncs).toBe(3);
  });

  test("a 100,000-row roster with web block sizes stays under 5 MB a sync, within blocks + 2 syncs", async () => {
    const excel = new FakeExcel([bigRosterSpec(100_000)], { platform: "web" });
    const gateway = new ExcelGateway(excel.host());
    const progress: ReadProgress[] = [];
    const [grid] = await gateway.readGrids(undefined, (p) => progress.push(p));
    const stats = gateway.lastRead;
    expect(stats?.retries).toBe(0);
    expect(excel.syncs).toBe((stats?.blocks ?? 0) + 2);
    expect(excel.syncs).toBe(stats?.syncs);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    // Big blocks, not thousands of little ones: a small first block to measure, then about 2 MB each
    // (values, valueTypes and number formats: about 17 blocks of 100,000 × 12 cells).
    expect(stats?.blocks).toBeLessThanOrEqual(18);
    expect(excel.responseBytes.slice(3, -1).every((b) => b > 1_500_000)).toBe(true);
    expect(grid.rows).toHaveLength(100_005);
    expect(grid.rows[5][1]).toBe("Nguyễn Thị Hương");
    expect(grid.rows[100_004][0]).toBe(100_000);
    expect(grid.rows[106][11]).toEqual({ error: "#N/A" });
    // 13 title and header merges, one unit column merge per 40 people.
    expect(grid.merges).toHaveLength(13 + 2500);
    expect(grid.merges).toContainEqual({ top: 99966, left: 5, bottom: 100005, right: 5 });
    expect(grid.hiddenColumns).toEqual([11]);
    expect(progress).toHaveLength(stats?.blocks ?? -1);
    expect(progress[progress.length - 1]).toEqual({ sheet: "DS 2026", rowsRead: 100_005, rowsTotal: 100_005 });
    expect(excel.writes).toEqual([]);
  });

  test("several big sheets: first blocks share a batch, every sync under 5 MB, at most blocks + 2 syncs", async () => {
    const excel = new FakeExcel([bigRosterSpec(30_000, "Khối A"), { name: "Ghi chú", rows: [["Ghi chú"]] }, bigRosterSpec(20_000, "Khối B")]);
    const gateway = new ExcelGateway(excel.host());
    const progress: ReadProgress[] = [];
    const grids = await gateway.readGrids(undefined, (p) => progress.push(p));
    const stats = gateway.lastRead;
    expect(stats?.retries).toBe(0);
    expect(excel.syncs).toBe((stats?.batches ?? 0) + 2);
    expect(excel.syncs).toBeLessThanOrEqual((stats?.blocks ?? 0) + 2);
    // The three first blocks go together in the third sync.
    expect(progress.slice(0, 3).map((p) => p.sheet)).toEqual(["Khối A", "Ghi chú", "Khối B"]);
    expect((stats?.blocks ?? 0) - (stats?.batches ?? 0)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    for (const name of ["Khối A", "Ghi chú", "Khối B"]) expect(gridOf(grids, name).rows).toEqual(excel.gridValuesOf(name));
    expect(gridOf(grids, "Khối A").merges).toHaveLength(13 + 750);
    expect(gridOf(grids, "Khối B").merges).toHaveLength(13 + 500);
    expect(progress.filter((p) => p.rowsRead === p.rowsTotal).map((p) => p.sheet).sort()).toEqual(["Ghi chú", "Khối A", "Khối B"]);
  });

  test("the benchmark hook reports syncs and bytes per sync (bench/excelFake.ts runs it on 100k rows)", async () => {
    const bench = await benchmarkFakeRead(20_000, "web");
    expect(bench.syncs).toBe(bench.blocks + 2);
    expect(bench.retries).toBe(0);
    expect(bench.bytesPerSync).toHaveLength(bench.syncs);
    expect(bench.maxBytesPerSync).toBeLessThan(bench.payloadLimit);
    // The desktop, without the web's limit, takes bigger blocks and fewer syncs.
    const desktop = await benchmarkFakeRead(20_000, "desktop");
    expect(desktop.retries).toBe(0);
    expect(desktop.syncs).toBe(desktop.blocks + 2);
    expect(desktop.blocks).toBeLessThan(bench.blocks);
  });

  test("a batch Excel refuses as too big is read again in smaller blocks", async () => {
    const excel = new FakeExcel([bigRosterSpec(30_000)]);
    // Sizes that ignore the web's limit: the first big batch is refused.
    const gateway = new ExcelGateway(excel.host(), { targetBytes: 40_000_000, maxRows: 1_000_000 });
    const [grid] = await gateway.readGrids();
    expect(gateway.lastRead?.retries).toBeGreaterThanOrEqual(1);
    expect(excel.syncs).toBe((gateway.lastRead?.batches ?? 0) + (gateway.lastRead?.retries ?? 0) + 2);
    expect(grid.rows).toHaveLength(30_005);
    expect(grid.rows).toEqual(excel.gridValuesOf("DS 2026"));
    expect(grid.merges).toHaveLength(13 + 750);
  });

  test.each(["topLeft", "full", "clipped"] as const)("merges cut by block and query boundaries come out whole (%s areas)", async (mode) => {
    const rows = Array.from({ length: 60 }, (_, i) => [`Người ${i + 1}`, i % 10 === 0 ? `Đơn vị ${i / 10 + 1}` : null]);
    const merges = ["B1:B10", "B11:B20", "B21:B30", "B31:B45", "B46:B60", "A7:A8"];
    const excel = new FakeExcel([{ name: "DS", rows, merges }], { mergedAreas: mode });
    // Blocks of 20 rows, queries of 10 rows: boundaries at rows 10/11, 20/21, 30/31, 40/41, 50/51.
    const gateway = new ExcelGateway(excel.host(), { firstBlockCells: 40, fontRows: 20, maxRows: 20, mergeRows: 10 });
    const [grid] = await gateway.readGrids();
    expect(gateway.lastRead?.blocks).toBe(3);
    expect(grid.merges).toEqual([
      { top: 1, left: 2, bottom: 10, right: 2 },
      { top: 7, left: 1, bottom: 8, right: 1 },
      { top: 11, left: 2, bottom: 20, right: 2 },
      { top: 21, left: 2, bottom: 30, right: 2 },
      { top: 31, left: 2, bottom: 45, right: 2 },
      { top: 46, left: 2, bottom: 60, right: 2 },
    ]);
  });

  test("more than 512 merged areas in one query: the batch is asked again with fewer rows per query", async () => {
    // Six two-column merges on every row (a common form layout): 600 areas per 100-row query.
    const rows = Array.from({ length: 300 }, (_, i) => Array.from({ length: 12 }, (_, c) => (c % 2 === 0 ? `r${i}c${c}` : null)));
    const merges: string[] = [];
    for (let r = 1; r <= 300; r++) for (const [a, b] of [["A", "B"], ["C", "D"], ["E", "F"], ["G", "H"], ["I", "J"], ["K", "L"]]) merges.push(`${a}${r}:${b}${r}`);
    const excel = new FakeExcel([{ name: "Mẫu", rows, merges }]);
    const gateway = new ExcelGateway(excel.host());
    const [grid] = await gateway.readGrids();
    expect(gateway.lastRead?.retries).toBe(1);
    expect(grid.merges).toHaveLength(1800);
    expect(grid.rows).toHaveLength(300);
  });

  test("a missing sheet fails with Excel's error, not silently", async () => {
    const excel = workbook();
    const gateway = new ExcelGateway(excel.host());
    await expect(gateway.select({ sheet: "Không có", row: 3 })).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("ExcelGateway.listSheets", () => {
  test("names, visibility and used-range size in workbook order, in two syncs", async () => {
    const excel = workbook();
    const sheets = await new ExcelGateway(excel.host()).listSheets();
    expect(sheets).toEqual([
      { name: "Hướng dẫn", hidden: false, rows: 1, cols: 1 },
      { name: "DS 2026", hidden: false, rows: 6, cols: 5 },
      { name: "Trống", hidden: false, rows: 0, cols: 0 },
      { name: "Ẩn", hidden: true, rows: 1, cols: 1 },
    ]);
    expect(excel.syncs).toBe(2);
    expect(excel.writes).toEqual([]);
  });
});

describe("ExcelGateway.select", () => {
  test("activates the sheet and selects the problem's cell, writing nothing", async () => {
    const excel = workbook();
    const gateway = new ExcelGateway(excel.host());
    await gateway.select({ sheet: "DS 2026", row: 41, col: 3 });
    expect(excel.activeSheet).toBe("DS 2026");
    expect(excel.selection).toEqual({ sheet: "DS 2026", address: "C41" });
    await gateway.select({ sheet: "Hướng dẫn", row: 7 });
    expect(excel.selection).toEqual({ sheet: "Hướng dẫn", address: "A7" });
    expect(excel.syncs).toBe(2);
    expect(excel.writes).toEqual([]);
  });
});

describe("ExcelGateway settings", () => {
  test("round-trip through the workbook's settings and survive reopening", async () => {
    const excel = workbook();
    const gateway = new ExcelGateway(excel.host());
    expect(await gateway.loadSettings()).toBeNull();
    const settings = {
      ...defaultSettings(new Date(2026, 0, 1)),
      agency: "Sở Tài chính",
      womenRelatedUnits: ["Ban Vì sự tiến bộ phụ nữ"],
      overrides: [{ sheet: "DS 2026", col: 4, role: "gender" as const }],
    };
    await gateway.saveSettings(settings);
    expect(excel.settings.saves).toBe(1);
    // saveAsync keeps them in the open workbook only: closed without saving the workbook, they are gone
    // (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings) — hence the pane's message.
    expect(await new ExcelGateway({ ...excel.host(), settings: () => excel.settings.reopen() }).loadSettings()).toBeNull();
    excel.settings.saveFile();
    excel.settings = excel.settings.reopen();
    expect(await new ExcelGateway(excel.host()).loadSettings()).toEqual(settings);
  });

  test("settings from an older version get today's defaults for missing fields; garbage gives null", async () => {
    const excel = workbook();
    const gateway = new ExcelGateway(excel.host());
    excel.settings.set("binhDangGioi.settings", JSON.stringify({ profileId: "qd515-2016-2020", year: 2025 }));
    const loaded = await gateway.loadSettings();
    expect(loaded?.year).toBe(2025);
    expect(loaded?.keyLeaderRule).toBe("headOrDeputy");
    expect(loaded?.womenRelatedUnits).toEqual([]);
    excel.settings.set("binhDangGioi.settings", "{not json");
    expect(await gateway.loadSettings()).toBeNull();
    excel.settings.set("binhDangGioi.settings", JSON.stringify({ year: 2025 }));
    expect(await gateway.loadSettings()).toBeNull();
  });

  test("a failed save is reported in Vietnamese and English", async () => {
    const excel = workbook();
    excel.settings.failNextSave = true;
    await expect(new ExcelGateway(excel.host()).saveSettings(defaultSettings())).rejects.toThrow(
      /^Không lưu được thiết lập vào sổ tính: .* \/ Could not save the settings in the workbook: /,
    );
  });
});

describe("the fake behaves like Excel", () => {
  test("a property is readable only once loaded and synced; proxies die with their run", async () => {
    const excel = workbook();
    let kept: { values: unknown[][] } | null = null;
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("DS 2026").getRange("B3:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const used = ctx.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(true);
      expect(() => used.isNullObject).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(range.values).toEqual([["STT", "Hä vµ tªn"]]);
      expect(used.isNullObject).toBe(true);
      kept = range;
    });
    expect(() => kept?.values).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    expect(excel.syncs).toBe(1);
  });

  test("a response over 5 MB is refused like Excel on the web", async () => {
    const excel = new FakeExcel([bigRosterSpec(60_000)]);
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("DS 2026").getRange("A1:L60005").load("values,valueTypes");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("writes happen at sync, are logged with their sheet, and check the array's shape", async () => {
    const excel = workbook();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Báo cáo");
      ws.getRange("A1:B1").values = [["Chỉ tiêu", "Tỷ lệ"]];
      expect(excel.writes).toEqual([]);
      await ctx.sync();
      ws.getRange("A1:B1").merge();
      (ws.getRange("A1") as unknown as { format: { font: { bold: boolean } } }).format.font.bold = true;
      await ctx.sync();
      ws.getRange("A2:B2").values = [["thiếu một ô"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.writes).toEqual([
      { sheet: "Báo cáo", op: "add" },
      { sheet: "Báo cáo", op: "values", address: "A1:B1" },
      { sheet: "Báo cáo", op: "merge", address: "A1:B1", detail: { across: false } },
      { sheet: "Báo cáo", op: "set", address: "A1.format.font.bold", detail: true },
    ]);
  });
});
