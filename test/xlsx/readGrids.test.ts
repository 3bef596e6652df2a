import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../../src/domain/grid";
import { readGridsFromBuffer, readGridsFromFile, WorkbookUnreadable } from "../../src/xlsx/readGrids";
import { parseStyles } from "../../src/xlsx/packageParts";
import { buildEncryptedXlsx, buildXls } from "../badfiles/make";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** A roster with a title block, a two-row merged header, every kind of value, a hidden column. */
async function writeRoster(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS 2026");
  ws.getCell("B1").value = "SỞ TÀI CHÍNH";
  ws.mergeCells("B1:D1");
  ws.getCell("B2").value = "DANH SÁCH CÁN BỘ, CÔNG CHỨC";
  ws.mergeCells("B2:F2");
  ws.getCell("B4").value = "STT";
  ws.mergeCells("B4:B5");
  ws.getCell("C4").value = "Họ và tên";
  ws.mergeCells("C4:C5");
  ws.getCell("D4").value = "Ngày, tháng, năm sinh";
  ws.mergeCells("D4:E4");
  ws.getCell("D5").value = "Nam";
  ws.getCell("E5").value = "Nữ";
  ws.getCell("F4").value = "Đơn vị";
  ws.mergeCells("F4:F5");
  ws.getCell("G4").value = "Ghi chú";
  // Row 6: rich text name, a real date under Nữ, a formula giving text.
  ws.getCell("B6").value = 1;
  ws.getCell("C6").value = { richText: [{ text: "Nguyễn Thị " }, { font: { bold: true }, text: "Hoa" }] };
  ws.getCell("E6").value = d(1985, 3, 14);
  ws.getCell("F6").value = { formula: '"Phòng "&"Kế toán"', result: "Phòng Kế toán" };
  ws.mergeCells("F6:F7");
  // Row 7: a date as text, a number stored as text, an error value.
  ws.getCell("B7").value = "2";
  ws.getCell("C7").value = "Trần Văn Nam";
  ws.getCell("D7").value = "05/11/1979";
  ws.getCell("G7").value = { error: "#N/A" };
  // Row 8: a formula whose result is an error, a date computed by formula, a boolean.
  ws.getCell("B8").value = { formula: "B7+1", result: 3 };
  ws.getCell("C8").value = "Lê Thị Mai";
  ws.getCell("E8").value = { formula: "DATE(1990,1,2)", result: 32875 };
  ws.getCell("E8").numFmt = "dd/mm/yyyy";
  ws.getCell("F8").value = { formula: "VLOOKUP(C8,X:Y,2,0)", result: { error: "#N/A" } };
  ws.getCell("G8").value = true;
  ws.getCell("C10").value = "Người lập biểu";
  ws.getColumn("G").hidden = true;

  const hidden = wb.addWorksheet("Hướng dẫn", { state: "hidden" });
  hidden.getCell("A1").value = "Điền danh sách vào sheet DS 2026";

  const legacy = wb.addWorksheet("TCVN3");
  const vn = { name: ".VnTime", size: 12 };
  legacy.getCell("A1").value = "Hä vµ tªn";
  legacy.getCell("B1").value = "Giíi tÝnh";
  legacy.getCell("A2").value = "NguyÔn ThÞ Lan";
  legacy.getCell("B2").value = "N÷";
  legacy.getCell("A3").value = "TrÇn V¨n B×nh";
  legacy.getCell("B3").value = "Nam";
  for (const a of ["A1", "B1", "A2", "B2", "A3"]) legacy.getCell(a).font = vn;
  legacy.getCell("B3").font = { name: "Times New Roman" };
  legacy.getCell("C2").value = 7;
  legacy.getCell("C2").font = { name: "Arial" };

  wb.addWorksheet("Trống");
  await wb.xlsx.writeFile(path);
}

const C = "Calibri";
const expected: Grid[] = [
  {
    sheet: "DS 2026",
    firstRow: 1,
    firstCol: 2,
    rows: [
      ["SỞ TÀI CHÍNH"],
      ["DANH SÁCH CÁN BỘ, CÔNG CHỨC"],
      [],
      ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Đơn vị", "Ghi chú"],
      [null, null, "Nam", "Nữ"],
      [1, "Nguyễn Thị Hoa", null, d(1985, 3, 14), "Phòng Kế toán"],
      ["2", "Trần Văn Nam", "05/11/1979", null, null, { error: "#N/A" }],
      [3, "Lê Thị Mai", null, d(1990, 1, 2), { error: "#N/A" }, true],
      [],
      [null, "Người lập biểu"],
    ],
    merges: [
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 2, left: 2, bottom: 2, right: 6 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 6, bottom: 5, right: 6 },
      { top: 6, left: 6, bottom: 7, right: 6 },
    ],
    fonts: [
      [C],
      [C],
      [],
      [C, C, C, null, C, C],
      [null, null, C, C],
      [C, C, null, C, C],
      [C, C, C, null, null, C],
      [C, C, null, C, C, C],
      [],
      [null, C],
    ],
    sheetFont: C,
    hiddenColumns: [7],
    hidden: false,
  },
  {
    sheet: "Hướng dẫn",
    firstRow: 1,
    firstCol: 1,
    rows: [["Điền danh sách vào sheet DS 2026"]],
    merges: [],
    fonts: [[C]],
    sheetFont: C,
    hiddenColumns: [],
    hidden: true,
    visibility: "hidden",
  },
  {
    sheet: "TCVN3",
    firstRow: 1,
    firstCol: 1,
    rows: [
      ["Hä vµ tªn", "Giíi tÝnh"],
      ["NguyÔn ThÞ Lan", "N÷", 7],
      ["TrÇn V¨n B×nh", "Nam"],
    ],
    merges: [],
    fonts: [
      [".VnTime", ".VnTime"],
      [".VnTime", ".VnTime", "Arial"],
      [".VnTime", "Times New Roman"],
    ],
    sheetFont: ".VnTime",
    hiddenColumns: [],
    hidden: false,
  },
  { sheet: "Trống", firstRow: 1, firstCol: 1, rows: [], merges: [], fonts: [], hiddenColumns: [], hidden: false },
];

describe("readGridsFromFile (streaming) and readGridsFromBuffer (in memory)", () => {
  let path: string;
  beforeAll(async () => {
    path = join(dir, "roster.xlsx");
    await writeRoster(path);
  });

  it("reads values, merges, fonts, hidden sheet and column exactly", async () => {
    const grids = await readGridsFromFile(path);
    expect(grids).toEqual(expected);
    // Dates are real dates, not numbers or text.
    expect(grids[0].rows[5][3]).toBeInstanceOf(Date);
  });

  it("gives the same Grids from the bytes as from the file", async () => {
    const fromBuffer = await readGridsFromBuffer(readFileSync(path));
    expect(fromBuffer).toEqual(await readGridsFromFile(path));
    const ab = new Uint8Array(readFileSync(path)).buffer;
    expect(await readGridsFromBuffer(ab)).toEqual(expected);
  });

  it("reads only the sheets asked for and reports progress", async () => {
    const seen: string[] = [];
    const grids = await readGridsFromFile(path, { sheets: ["TCVN3"], onProgress: (p) => seen.push(`${p.sheet}:${p.rowsRead}`) });
    expect(grids.map((g) => g.sheet)).toEqual(["TCVN3"]);
    expect(seen).toEqual(["TCVN3:3"]);
  });

  it("keeps fonts of the first rows only", async () => {
    const grids = await readGridsFromFile(path, { fontRows: 2 });
    expect(grids[0].fonts).toEqual([[C], [C]]);
    expect(grids[0].rows).toHaveLength(10);
  });
});

describe("a roster written by ExcelJS's streaming writer (shared strings after the sheets)", () => {
  it("reads 2,000 rows with section merges in both paths identically", async () => {
    const path = join(dir, "stream.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet("DS");
    ws.getRow(1).values = ["STT", "Họ và tên", "Giới tính"];
    ws.getRow(1).commit();
    let r = 2;
    for (let unit = 1; unit <= 20; unit++) {
      ws.getRow(r).values = [`${unit}. Phòng ${unit}`];
      ws.mergeCells(r, 1, r, 3);
      ws.getRow(r).commit();
      r++;
      for (let i = 0; i < 100; i++, r++) {
        ws.getRow(r).values = [i + 1, `Người ${unit}-${i}`, i % 3 === 0 ? "Nữ" : "Nam"];
        ws.getRow(r).commit();
      }
    }
    ws.commit();
    await wb.commit();

    const grids = await readGridsFromFile(path);
    expect(grids).toHaveLength(1);
    const g = grids[0];
    expect(g.rows).toHaveLength(2021);
    expect(g.merges).toHaveLength(20);
    // Unit k's heading stands at row 2 + (k − 1)·101.
    expect(g.merges[19]).toEqual({ top: 1921, left: 1, bottom: 1921, right: 3 });
    expect(g.rows[2020]).toEqual([100, "Người 20-99", "Nữ"]); // 99 % 3 === 0
    expect(g.rows.flat().filter((v) => v === "Nữ")).toHaveLength(20 * 34);
    expect(g.fonts).toHaveLength(40);
    expect(await readGridsFromBuffer(readFileSync(path))).toEqual(grids);
  });
});

describe("files that are not readable workbooks", () => {
  async function reasonOf(read: () => Promise<unknown>): Promise<string> {
    try {
      await read();
    } catch (err) {
      expect(err).toBeInstanceOf(WorkbookUnreadable);
      return (err as WorkbookUnreadable).reason;
    }
    throw new Error("read did not fail");
  }
  /** Real compound files (MS-CFB): the reader follows their directory, it does not search the bytes. */
  const ole2 = (withEncryptedPackage: boolean): Buffer => (withEncryptedPackage ? buildEncryptedXlsx() : buildXls());

  it.each([
    ["empty", () => Buffer.alloc(0)],
    ["notZip", () => Buffer.from("Họ và tên,Giới tính\nNguyễn Thị Hoa,Nữ\n")],
    ["notZip", () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))],
    ["xls", () => ole2(false)],
    ["encrypted", () => ole2(true)],
  ])("says %s", async (reason, bytes) => {
    const file = join(dir, `bad-${reason}-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(file, bytes());
    expect(await reasonOf(() => readGridsFromFile(file))).toBe(reason);
    expect(await reasonOf(() => readGridsFromBuffer(bytes()))).toBe(reason);
  });

  it("says missing for a file that does not exist", async () => {
    expect(await reasonOf(() => readGridsFromFile(join(dir, "không-có.xlsx")))).toBe("missing");
  });

  it("says notXlsx for a zip that holds no workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const file = join(dir, "document.xlsx");
    writeFileSync(file, bytes);
    expect(await reasonOf(() => readGridsFromFile(file))).toBe("notXlsx");
    expect(await reasonOf(() => readGridsFromBuffer(bytes))).toBe("notXlsx");
  });

  it("says truncated for a copy cut short", async () => {
    const whole = join(dir, "whole.xlsx");
    await writeRoster(whole);
    const bytes = readFileSync(whole);
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    const file = join(dir, "half.xlsx");
    writeFileSync(file, half);
    expect(await reasonOf(() => readGridsFromFile(file))).toBe("truncated");
    expect(await reasonOf(() => readGridsFromBuffer(half))).toBe("truncated");
  });
});

describe("a damaged workbook", () => {
  it("fails with truncated instead of hanging when a sheet's compressed data is corrupt", async () => {
    const whole = join(dir, "to-damage.xlsx");
    await writeRoster(whole);
    const bytes = readFileSync(whole);
    // Scramble 200 bytes of sheet1's deflate stream, just past its local header.
    const at = bytes.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length + 40;
    for (let k = 0; k < 200; k++) bytes[at + k] ^= 0x5a;
    const file = join(dir, "damaged.xlsx");
    writeFileSync(file, bytes);
    await expect(readGridsFromFile(file)).rejects.toMatchObject({ reason: "truncated" });
    await expect(readGridsFromBuffer(bytes)).rejects.toMatchObject({ reason: "truncated" });
  });
});

describe("parseStyles", () => {
  it("takes the first font of styles.xml (the Normal style's font) and each cell style's font and date format", () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<fonts count="2"><font><sz val="12"/><name val=".VnTime"/></font><font><b/><name val="Arial"/></font></fonts>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="1"/><xf numFmtId="14" fontId="1"/><xf numFmtId="4" fontId="0"/></cellXfs>' +
      "<dxfs><dxf><font><name val=\"Wingdings\"/></font></dxf></dxfs></styleSheet>";
    expect(parseStyles(xml)).toEqual({
      defaultFont: ".VnTime",
      font: [".VnTime", "Arial", "Arial", ".VnTime"],
      isDate: [false, true, true, false],
    });
    expect(parseStyles("<styleSheet/>").defaultFont).toBeUndefined();
  });
});

describe("zip part order", () => {
  /** The same workbook with its parts stored in another order (writers differ; ExcelJS's streaming reader cares). */
  async function reorder(src: string, first: (name: string) => number): Promise<Buffer> {
    const zip = await JSZip.loadAsync(readFileSync(src));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const out = new JSZip();
    for (const n of [...names].sort((a, b) => first(a) - first(b))) {
      out.file(n, await zip.files[n].async("nodebuffer"));
    }
    return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  it.each([
    ["shared strings first, styles last", (n: string) => (n.includes("sharedStrings") ? 0 : n.includes("styles") ? 3 : n.includes("worksheets") ? 2 : 1)],
    ["styles and shared strings before the sheets", (n: string) => (n.includes("styles") || n.includes("sharedStrings") ? 0 : n.includes("worksheets") ? 2 : 1)],
    ["Excel's order: sheets, then styles, then shared strings", (n: string) => (n.includes("sharedStrings") ? 4 : n.includes("styles") ? 3 : n.includes("worksheets") ? 2 : 1)],
  ])("%s: the same Grids", async (_label, first) => {
    const src = join(dir, "order-src.xlsx");
    await writeRoster(src);
    const file = join(dir, `order-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(file, await reorder(src, first));
    expect(await readGridsFromFile(file)).toEqual(expected);
  });
});
