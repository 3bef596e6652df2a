// Each behaviour Microsoft documents for the calls the add-in makes, on the fake (which follows the page
// cited beside each rule in test/fakes/excelRules.ts and fakeExcel.ts), and the gateway holding under it.
import { ExcelGateway, USED_RANGE_CAP } from "../../src/excel/gateway";
import type { ReportModel, ReportSheet } from "../../src/report/model";
import { FakeExcel, FakeOfficeError, bigRosterSpec, type FakeSheetSpec } from "../fakes/fakeExcel";
import { sheetNameProblem, storeWrittenValue } from "../fakes/excelRules";

/** A report of one sheet whose text cells look like formulas, numbers and dates to Excel. */
function trickyReport(sheetName = "BC BĐG 2026"): ReportModel {
  const sheet: ReportSheet = {
    sheetName,
    rows: [
      ["BÁO CÁO NĂM 2026", null, "BDG-REPORT"],
      ["- Văn phòng Sở", 3, "annual-report"],
      ["+ Phòng Tổ chức", 2, "=SUM(A1)"],
      ["1.234", "2026-12-05", "'trích dẫn"],
      ["TRUE", "30%", "-5"],
    ],
    merges: [],
    styles: { bold: { font: { bold: true } } },
    styleRanges: [{ range: { top: 1, left: 1, bottom: 1, right: 3 }, style: "bold" }],
    columnWidths: [30, 10, 10],
    rowHeights: [],
    hiddenColumns: [3],
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.7, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
      printColumns: { first: 1, last: 2 },
    },
  };
  return { sheets: [sheet], metadata: { kind: "annual-report", version: 1, year: 2026, agency: "Sở Tài chính" } };
}

const roster = (): FakeSheetSpec => bigRosterSpec(60);

describe("Range.values reads =, + and - as formulas, numeric and ISO-date text as numbers (excel.range#values)", () => {
  test("the fake stores what Excel would", () => {
    expect(storeWrittenValue("- Văn phòng Sở", false)).toEqual({ error: "#NAME?" });
    expect(storeWrittenValue("=SUM(A1)", false)).toEqual({ error: "#NAME?" });
    expect(storeWrittenValue("-5", false)).toBe(-5);
    expect(storeWrittenValue("1.234", false)).toBe(1.234);
    expect(storeWrittenValue("30%", false)).toBe(0.3);
    expect(storeWrittenValue("2026-12-05", false)).toBe(46361);
    expect(storeWrittenValue("TRUE", false)).toBe(true);
    expect(storeWrittenValue("'- Văn phòng Sở", false)).toBe("- Văn phòng Sở");
    expect(storeWrittenValue("Phòng Tổ chức", false)).toBe("Phòng Tổ chức");
  });

  test("the report writes every text cell as text: the sheet and its data block read back as written", async () => {
    const excel = new FakeExcel([roster()]);
    const model = trickyReport();
    await new ExcelGateway(excel.host()).writeReport(model);
    const back = excel.valuesOf("BC BĐG 2026").rows;
    expect(back).toEqual(model.sheets[0].rows.map((r) => r.map((v) => v ?? null)));
  });
});

describe("the response-size limit of Excel on the web (testing/application-specific-api-error-handling)", () => {
  test("a response over 5 MB is ResponsePayloadSizeLimitExceeded, and the gateway reads again in smaller blocks", async () => {
    // Short rows first (the first block measures them), then rows ten times longer.
    const rows = [["STT", "Họ và tên", "Ghi chú"]];
    for (let i = 0; i < 10000; i++) rows.push([String(i + 1), `Nguyễn Văn ${i}`, "ngắn"]);
    for (let i = 0; i < 10000; i++) rows.push([String(i + 10001), `Trần Thị ${i}`, "dài ".repeat(150)]);
    const excel = new FakeExcel([{ name: "DS", rows }], { platform: "web" });
    const gateway = new ExcelGateway(excel.host(), { targetBytes: 4_500_000 });
    const [grid] = await gateway.readGrids();
    expect(grid.rows).toHaveLength(rows.length);
    expect(gateway.lastRead?.retries).toBeGreaterThanOrEqual(1);
    // The refused response was over the limit; everything delivered was under it.
    expect(Math.max(...excel.responseBytes)).toBeGreaterThan(5 * 1024 * 1024);
    expect(grid.rows[19999][2]).toBe("dài ".repeat(150));
  });
});

describe("getUsedRange(valuesOnly) (excel.worksheet#getusedrange)", () => {
  test("without valuesOnly, formatted cells count; the gateway asks for values only", async () => {
    const excel = new FakeExcel([{ name: "DS", rows: [["STT", "Họ và tên"], [1, "An"]], formatted: ["A1:Z5000"] }]);
    const addresses = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("DS");
      const all = ws.getUsedRange().load("address");
      const values = ws.getUsedRange(true).load("address");
      await ctx.sync();
      return [all.address, values.address];
    });
    expect(addresses).toEqual(["DS!A1:Z5000", "DS!A1:B2"]);
    const [grid] = await new ExcelGateway(excel.host()).readGrids();
    expect(grid.rows).toEqual([["STT", "Họ và tên"], [1, "An"]]);
  });
});

describe("the five-million-cell limit of a get (excel/performance)", () => {
  test("past it Range.values comes back null", async () => {
    const excel = new FakeExcel([{ name: "DS", rows: [["x"]] }]);
    const values = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("DS").getRange("A1:E1000001").load("values");
      await ctx.sync();
      return r.values;
    });
    expect(values).toBeNull();
  });

  test("a stray value at XFD1048576: the gateway refuses the used range with a sentence, before reading a block", async () => {
    const excel = new FakeExcel([{ name: "DS 2026", rows: [["STT", "Họ và tên"], [1, "An"]] }]);
    excel.sheet("DS 2026").setCell(1048576, 16384, "x");
    const gateway = new ExcelGateway(excel.host());
    await expect(gateway.readGrids()).rejects.toThrow(/Sheet “DS 2026” có vùng đã dùng A1:XFD1048576 .* Ctrl\+End/);
    expect(excel.syncs).toBe(2);
    expect(USED_RANGE_CAP.columns).toBeLessThan(16384);
  });
});

describe("merged areas need ExcelApi 1.13 and fail past 512 (excel.range#getmergedareasornullobject)", () => {
  test("on 1.12 the gateway does not ask, and says the merges are missing", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 12 });
    const gateway = new ExcelGateway(excel.host());
    const [grid] = await gateway.readGrids();
    expect(grid.merges).toEqual([]);
    expect(gateway.lastRead?.mergesUnavailable).toBe(true);
    expect(excel.apiUsed.has("getMergedAreasOrNullObject")).toBe(false);
  });

  test("only areas whose top-left cell is in the range, whole (office-js#3611); past 512 the call fails", async () => {
    const excel = new FakeExcel([{ name: "DS", rows: [["Đơn vị A"], [null], [null]], merges: ["A1:A3", "C2:D2"] }]);
    const ask = (address: string) =>
      excel.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem("DS").getRange(address).getMergedAreasOrNullObject();
        areas.load("address");
        await ctx.sync();
        return areas.isNullObject ? null : areas.address;
      });
    expect(await ask("A2:D3")).toBe("DS!C2:D2"); // A1:A3 overlaps, but its top-left A1 is outside
    expect(await ask("A1:B1")).toBe("DS!A1:A3");
    expect(await ask("A3:B3")).toBeNull();
    const many = new FakeExcel([{ name: "F", rows: [["x"]], merges: Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`) }]);
    await expect(
      many.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("F").getRange("A1:B1100").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });

  test("the gateway finds a unit merged down across block and query boundaries under the top-left rule", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`Người ${i + 1}`, i === 0 ? "Phòng Tổ chức" : i === 25 ? "Văn phòng" : null]);
    const excel = new FakeExcel([{ name: "DS", rows, merges: ["B1:B25", "B26:B50"] }]);
    const gateway = new ExcelGateway(excel.host(), { firstBlockCells: 20, fontRows: 10, maxRows: 10, mergeRows: 4 });
    const [grid] = await gateway.readGrids();
    expect(gateway.lastRead?.blocks).toBeGreaterThan(3);
    expect(grid.merges).toEqual([
      { top: 1, left: 2, bottom: 25, right: 2 },
      { top: 26, left: 2, bottom: 50, right: 2 },
    ]);
  });

  test("on 1.13 they are read", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 13 });
    const gateway = new ExcelGateway(excel.host());
    const [grid] = await gateway.readGrids();
    expect(grid.merges.length).toBeGreaterThan(3);
    expect(gateway.lastRead?.mergesUnavailable).toBe(false);
  });
});

describe("every API against the requirement sets the host declares (the API reference's 'API set' remarks)", () => {
  test("a member of a newer set fails at sync with ApiNotFound", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 6 });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("DS 2026").getRangeByIndexes(0, 0, 1, 1).load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test.each([1, 2, 4, 7, 8, 9, 12, 13, 17])("ExcelApi 1.%i: the gateway reads and writes using only what the host has", async (minor) => {
    const excel = new FakeExcel([roster()], { apiMinor: minor });
    const gateway = new ExcelGateway(excel.host());
    const [grid] = await gateway.readGrids();
    expect(grid.rows.length).toBe(65);
    await gateway.writeReport(trickyReport());
    expect(excel.findSheet("BC BĐG 2026")).not.toBeNull();
    const asked = Math.max(1, ...excel.apiUsed.values());
    expect(asked).toBeLessThanOrEqual(minor);
    if (minor >= 9) expect(grid.hiddenColumns).toEqual([11]);
  });
});

describe("hidden rows and sheet visibility", () => {
  test("from ExcelApi 1.9, rows a filter hid are in the grid; the sheet's visibility too", async () => {
    const spec = { ...roster(), hiddenRows: [7, 9] };
    const excel = new FakeExcel([spec, { name: "Ẩn hẳn", rows: [["x"]], visibility: "VeryHidden" }], { apiMinor: 9 });
    const grids = await new ExcelGateway(excel.host()).readGrids();
    expect(grids[0].hiddenRows).toEqual([7, 9]);
    expect(grids[1].visibility).toBe("veryHidden");
    expect(grids[1].hidden).toBe(true);
  });
});

describe("workbook-structure protection (excel/excel-add-ins-workbooks#protect-workbook-structure)", () => {
  test("the gateway says so before writing anything (1.7+)", async () => {
    const excel = new FakeExcel([roster()]);
    excel.structureProtected = true;
    await expect(new ExcelGateway(excel.host()).writeReport(trickyReport())).rejects.toThrow(/bảo vệ cấu trúc/);
    expect(excel.writes).toEqual([]);
  });

  test("without the protection API (1.6), Excel's refusal is said plainly and nothing is left behind", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 6 });
    excel.structureProtected = true;
    await expect(new ExcelGateway(excel.host()).writeReport(trickyReport())).rejects.toThrow(/Không ghi được sheet báo cáo/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026"]);
  });
});

describe("sheet names (fewer than 32 characters; no : \\ / ? * [ ]; no apostrophe at an end; not History)", () => {
  test("the fake refuses what Excel refuses", () => {
    expect(sheetNameProblem("x".repeat(32))).toMatch(/31/);
    expect(sheetNameProblem("BC 2026/2027")).toMatch(/holds/);
    expect(sheetNameProblem("'BC'")).toMatch(/apostrophe/);
    expect(sheetNameProblem("history")).toMatch(/reserved/);
    expect(sheetNameProblem("Báo cáo BĐG 2026")).toBeNull();
  });

  test("the gateway writes a report whatever name the model asks for", async () => {
    for (const wanted of ["Báo cáo: 2026/2027 [thử] của Sở Tài chính tỉnh", "History", "'BC'"]) {
      const excel = new FakeExcel([roster()]);
      await new ExcelGateway(excel.host()).writeReport(trickyReport(wanted));
      const added = excel.sheets.map((s) => s.name).filter((n) => n !== "DS 2026");
      expect(added).toHaveLength(1);
      expect(sheetNameProblem(added[0])).toBeNull();
    }
  });
});

describe("a failure in the middle of a batch (no transaction: the commands before it stay applied)", () => {
  function withOldReport(): FakeExcel {
    return new FakeExcel([roster(), { name: "BC BĐG 2026", rows: [["báo cáo cũ", null, "BDG-REPORT"]] }]);
  }

  test("failing while the new sheet is written: the old report is intact and no temporary sheet is left", async () => {
    const excel = withOldReport();
    let n = 0;
    excel.failWrite = (w) => w.op === "set" && ++n === 3;
    await expect(new ExcelGateway(excel.host()).writeReport(trickyReport())).rejects.toThrow(/báo cáo cũ \(nếu có\) vẫn còn nguyên/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2026"]);
    expect(excel.valuesOf("BC BĐG 2026").rows).toEqual([["báo cáo cũ", null, "BDG-REPORT"]]);
  });

  test("failing in the swap: the old report is back under its name", async () => {
    const excel = withOldReport();
    excel.failWrite = (w) => w.op === "rename" && w.sheet === "BC BĐG 2026" && w.detail !== "BC BĐG 2026" && String(w.detail).startsWith("~BĐG tạm");
    await expect(new ExcelGateway(excel.host()).writeReport(trickyReport())).rejects.toThrow(/Không ghi được sheet báo cáo/);
    expect(excel.valuesOf("BC BĐG 2026").rows).toEqual([["báo cáo cũ", null, "BDG-REPORT"]]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2026"]);
  });

  test("a sheet of the report's name that is not ours is never deleted: the report takes a free name", async () => {
    const excel = new FakeExcel([roster(), { name: "BC BĐG 2026", rows: [["bảng của phòng Kế toán"]] }]);
    await new ExcelGateway(excel.host()).writeReport(trickyReport());
    expect(excel.valuesOf("BC BĐG 2026").rows).toEqual([["bảng của phòng Kế toán"]]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2026", "BC BĐG 2026 (2)"]);
    expect(excel.writes.filter((w) => w.op === "delete")).toEqual([]);
  });
});

describe("rows inserted between two reads", () => {
  test("the gateway notices the used range moved and reads again", async () => {
    const excel = new FakeExcel([bigRosterSpec(3000)]);
    excel.beforeSync = (n) => {
      if (n === 3) excel.sheet("DS 2026").insertRows(10, 2);
    };
    const gateway = new ExcelGateway(excel.host(), { firstBlockCells: 1200, targetBytes: 200_000 });
    const [grid] = await gateway.readGrids();
    expect(gateway.lastRead?.restarts).toBe(1);
    expect(grid.rows.map((r) => r.map((v) => (v === null ? null : v)))).toHaveLength(excel.valuesOf("DS 2026").rows.length);
    expect(grid.rows[9].every((v) => v === null)).toBe(true);
  });

  test("a workbook that keeps changing is said so, not read wrong", async () => {
    const excel = new FakeExcel([bigRosterSpec(3000)]);
    excel.beforeSync = (n) => {
      if (n >= 2) excel.sheet("DS 2026").insertRows(10, 1);
    };
    const gateway = new ExcelGateway(excel.host(), { firstBlockCells: 1200, targetBytes: 200_000 });
    await expect(gateway.readGrids()).rejects.toThrow(/thay đổi trong lúc đang đọc/);
  });
});

describe("cell-edit mode (excel/excel-add-ins-delay-in-cell-edit)", () => {
  test("from ExcelApi 1.11 the batch waits for the edit to end (delayForCellEdit)", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 11 });
    excel.editingCell = true;
    const [grid] = await new ExcelGateway(excel.host()).readGrids();
    expect(grid.rows.length).toBe(65);
  });

  test("before 1.11 Excel refuses, and the pane is told to press Enter or Esc", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 10 });
    excel.editingCell = true;
    await expect(new ExcelGateway(excel.host()).readGrids()).rejects.toThrow(/Bấm Enter hoặc Esc/);
    await expect(excel.run(async (ctx) => ctx.sync())).rejects.toBeInstanceOf(FakeOfficeError);
  });
});

describe("the 1904 date system (office/troubleshoot/excel/1900-and-1904-date-system)", () => {
  test("the fake stores a date 1462 days lower and shows it the same", async () => {
    const spec: FakeSheetSpec = { name: "DS", rows: [[new Date(Date.UTC(1980, 4, 17))]] };
    const a = new FakeExcel([spec]);
    const b = new FakeExcel([spec], { date1904: true });
    const read = (x: FakeExcel) =>
      x.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("DS").getRange("A1").load("values,text");
        await ctx.sync();
        return [r.values[0][0], r.text[0][0]];
      });
    const [v1900, t1900] = await read(a);
    const [v1904, t1904] = await read(b);
    expect(Number(v1900) - Number(v1904)).toBe(1462);
    expect(t1900).toBe("17/05/1980");
    expect(t1904).toBe("17/05/1980");
  });
});

describe("dates come out as Dates, in the workbook's date system (Range.numberFormat and Range.text, ExcelApi 1.1)", () => {
  const born = new Date(Date.UTC(1980, 4, 17));
  const sheet = (rows: (string | number | Date | null)[][]): FakeSheetSpec => ({ name: "DS", rows });

  test.each([false, true])("1904 system %s: the same Date, the system told by the header rows' text, no extra sync", async (date1904) => {
    const excel = new FakeExcel([sheet([["Họ và tên", "Ngày sinh"], ["An", born], ["Bình", 29000]])], { date1904 });
    const gateway = new ExcelGateway(excel.host());
    const [grid] = await gateway.readGrids();
    expect(grid.rows[1][1]).toEqual(born);
    expect(grid.rows[2][1]).toBe(29000); // a number in General format stays a number
    expect(gateway.lastRead?.dateSystem).toBe(date1904 ? "1904" : "1900");
    expect(excel.syncs).toBe(3);
  });

  test("the first date below the header rows: one more sync asks its text", async () => {
    const rows: (string | Date | null)[][] = [["Họ và tên", "Ngày sinh"], ...Array.from({ length: 50 }, (_, i) => [`Người ${i}`, null])];
    rows.push(["Cuối", born]);
    const excel = new FakeExcel([sheet(rows)], { date1904: true });
    const gateway = new ExcelGateway(excel.host(), { fontRows: 10 });
    const [grid] = await gateway.readGrids();
    expect(grid.rows[51][1]).toEqual(born);
    expect(gateway.lastRead?.dateSystem).toBe("1904");
    expect(excel.syncs).toBe((gateway.lastRead?.batches ?? 0) + 3);
  });

  test("a date format that shows no year cannot tell the system: 1900 is assumed, and said so in the stats", async () => {
    const excel = new FakeExcel([{ name: "DS", rows: [["Ngày"], [29000]], numberFormats: [{ range: "A2", format: "[$-409]h:mm" }] }], { date1904: true });
    const gateway = new ExcelGateway(excel.host());
    const [grid] = await gateway.readGrids();
    expect(grid.rows[1][0]).toBeInstanceOf(Date);
    expect(gateway.lastRead?.dateSystem).toBe("1900?");
  });
});

describe("our sheets carry a hidden worksheet-scoped name _BDG_REPORT, as the .xlsx writer's do (Worksheet.names, ExcelApi 1.4)", () => {
  const namesOf = (excel: FakeExcel, sheet: string) => Object.fromEntries(excel.sheet(sheet).names);

  test("every sheet written gets it, hidden, with what the sheet is", async () => {
    const excel = new FakeExcel([roster()]);
    await new ExcelGateway(excel.host()).writeReport(trickyReport());
    expect(namesOf(excel, "BC BĐG 2026")).toEqual({ _bdg_report: { formula: '="annual-report"', visible: false } });
    expect(excel.sheet("DS 2026").names.size).toBe(0);
  });

  test("a sheet of the report's name is replaced when it carries the name, even with no data block", async () => {
    const excel = new FakeExcel([roster(), { name: "BC BĐG 2026", rows: [["sửa tay"]], names: { _BDG_REPORT: '="annual-report"' } }]);
    await new ExcelGateway(excel.host()).writeReport(trickyReport());
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2026"]);
    expect(excel.valuesOf("BC BĐG 2026").rows[0][0]).toBe("BÁO CÁO NĂM 2026");
  });

  test("without the name and without our data block the sheet is someone else's, whatever its name", async () => {
    const excel = new FakeExcel([roster(), { name: "BC BĐG 2026", rows: [["bảng của phòng Kế toán"]], names: { Vung_In: "=A1" } }]);
    await new ExcelGateway(excel.host()).writeReport(trickyReport());
    expect(excel.valuesOf("BC BĐG 2026").rows).toEqual([["bảng của phòng Kế toán"]]);
    expect(excel.sheets.map((s) => s.name)).toContain("BC BĐG 2026 (2)");
  });

  test("below ExcelApi 1.4 no name is written or asked for; the data block still tells our sheet", async () => {
    const excel = new FakeExcel([roster()], { apiMinor: 3 });
    const gateway = new ExcelGateway(excel.host());
    await gateway.writeReport(trickyReport());
    await gateway.writeReport(trickyReport());
    expect(excel.sheets.map((s) => s.name)).toEqual(["DS 2026", "BC BĐG 2026"]);
    expect(excel.sheet("BC BĐG 2026").names.size).toBe(0);
    expect([...excel.apiUsed.keys()].some((k) => k.includes("names"))).toBe(false);
  });
});
