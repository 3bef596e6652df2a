// `bdg report` and `bdg consolidate` on real files: the roster sheets come out exactly as they went in,
// the report sheet is added or replaced (never duplicated), OUT is never FILE, nothing is written on failure.
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runConsolidate } from "../../src/cli/consolidate";
import { runCli } from "../../src/cli/main";
import { runReport } from "../../src/cli/report";
import { isReportGrid, readAnnualFigures } from "../../src/report/figures";
import { readGridsFromFile } from "../../src/xlsx/readGrids";
import { soTaiChinh, ubndHuyenGioiTinh, writeFixture } from "../fixtures/layouts";

const ROSTER = "DS CBCCVC 2026";

function capture(): { io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) > 0 }, stderr: { write: (s: string) => err.push(s) > 0 } },
    out,
    err,
  };
}

const hash = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet with its value and style, its merges, widths, heights and hidden columns. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells.push([r, c, cell.value instanceof Date ? cell.value.toISOString() : cell.value, JSON.stringify(cell.style)]);
    });
  });
  const cols = Array.from({ length: ws.columnCount }, (_, i) => [ws.getColumn(i + 1).width ?? null, ws.getColumn(i + 1).hidden]);
  const heights: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => heights.push([r, row.height ?? null]));
  const merges = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
  return { cells, cols, heights, merges, state: ws.state };
}

let dir: string;
let rosterFile: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-report-"));
  const fx = soTaiChinh();
  // Styles a clerk's roster carries: borders, fills, widths, a height, a number format, a hidden column.
  const ws = fx.workbook.getWorksheet(ROSTER)!;
  ws.getColumn(2).width = 28;
  ws.getColumn(6).hidden = true;
  ws.getRow(7).height = 30;
  for (let c = 1; c <= 10; c++) {
    const cell = ws.getCell(7, c);
    cell.border = { top: { style: "thin" }, bottom: { style: "medium" }, left: { style: "thin" }, right: { style: "thin" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  fx.workbook.addWorksheet("Hướng dẫn").getCell("A1").value = "Điền danh sách theo mẫu.";
  rosterFile = await writeFixture({ ...fx, name: "so-tai-chinh" }, dir);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("bdg report", () => {
  let out: string;
  let before: string;

  beforeAll(async () => {
    before = hash(rosterFile);
    const c = capture();
    expect(await runReport([rosterFile, "--year", "2026", "--agency", "Sở Tài chính"], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    out = path.join(dir, "so-tai-chinh.bao-cao.xlsx");
    expect(c.out.join("")).toContain("BC BĐG 2026");
  });

  test("FILE is not touched; OUT defaults to *.bao-cao.xlsx beside it and leaves no temporary file", () => {
    expect(hash(rosterFile)).toBe(before);
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("every sheet of FILE is unchanged: values, styles, merges, widths, heights, hidden columns", async () => {
    const [src, dst] = await Promise.all([load(rosterFile), load(out)]);
    expect(dst.worksheets.map((w) => w.name)).toEqual([ROSTER, "Hướng dẫn", "BC BĐG 2026", "PL BĐG 2026"]);
    for (const name of [ROSTER, "Hướng dẫn"]) {
      expect(snapshot(dst.getWorksheet(name)!)).toEqual(snapshot(src.getWorksheet(name)!));
    }
    // The snapshot really sees what was set: a border, a fill, a hidden column, a merge.
    const roster = snapshot(src.getWorksheet(ROSTER)!) as { cols: [number | null, boolean][]; merges: string[] };
    expect(roster.cols[5][1]).toBe(true);
    expect(roster.merges).toContain("C7:D7");
    expect(dst.getWorksheet(ROSTER)!.getCell(7, 2).fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
  });

  test("the report sheets: the báo cáo's form, the phụ lục's figures of the roster, styles, hidden data block, print setup", async () => {
    const wb = await load(out);
    const ws = wb.getWorksheet("BC BĐG 2026")!;
    let title = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "BÁO CÁO") title = r;
    });
    expect(title).toBeGreaterThan(0);
    expect(ws.getCell(title + 1, 1).value).toMatch(/^Kết quả thực hiện biện pháp bảo đảm bình đẳng giới/);
    expect((ws.model as unknown as { merges: string[] }).merges).toContain(`A${title}:X${title}`);
    expect(ws.getColumn(26).hidden).toBe(true);
    expect(ws.getColumn(2).hidden).toBe(false);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toMatch(/^A\$?1:X\$?\d+$/);
    // Staff row of the phụ lục: 17 people, 7 women (the fixture's hand count).
    const annex = wb.getWorksheet("PL BĐG 2026")!;
    let staffRow = 0;
    annex.eachRow((row, r) => {
      if (staffRow === 0 && row.getCell(2).value === "Tổng số cán bộ, công chức, viên chức") staffRow = r;
    });
    expect([annex.getCell(staffRow, 3).value, annex.getCell(staffRow, 4).value, annex.getCell(staffRow, 5).value]).toEqual([17, 7, 7 / 17]);
    expect(annex.getCell(staffRow, 5).numFmt).toMatch(/0\.0%$/);
    expect(annex.getCell(staffRow, 2).font?.name).toBe("Times New Roman");
    expect(annex.getCell(staffRow, 2).border?.top?.style).toBe("thin");
    expect(annex.pageSetup.printArea).toMatch(/^A\$?1:H\$?\d+$/);
  });

  test("the written sheet reads back, and our report sheet is not counted as a roster", async () => {
    const grids = await readGridsFromFile(out);
    const figures = readAnnualFigures(grids.find((g) => g.sheet === "BC BĐG 2026")!);
    expect(figures?.year).toBe(2026);
    expect(figures?.agency).toBe("Sở Tài chính");
    expect(figures?.staff).toEqual({ female: 7, total: 17 });

    // Run again on OUT for the same year: the sheet is replaced, the staff not doubled by the report sheet.
    const again = path.join(dir, "again.xlsx");
    const c = capture();
    expect(await runReport([out, "-o", again, "--year", "2026", "--agency", "Sở Tài chính"], c.io)).toBe(0);
    const wb = await load(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual([ROSTER, "Hướng dẫn", "BC BĐG 2026", "PL BĐG 2026"]);
    const back = readAnnualFigures((await readGridsFromFile(again)).find((g) => g.sheet === "BC BĐG 2026")!);
    expect(back?.staff).toEqual({ female: 7, total: 17 });

    // analyze on the written copy gives the roster's figures, with no problem pointing into the report sheet.
    const a = capture();
    expect(await runCli(["analyze", out, "--json", "--year", "2026"], a.io)).toBe(0);
    const json = JSON.parse(a.out.join(""));
    expect(json.staff).toEqual({ total: 17, female: 7, share: 0.4118 });
    expect(json.problems.filter((p: { sheet: string }) => p.sheet === "BC BĐG 2026" || p.sheet === "PL BĐG 2026")).toEqual([]);
    // The phụ lục is ours too: left out as a report sheet, never a roster, and it holds no figures of its own.
    const annex = grids.find((g) => g.sheet === "PL BĐG 2026")!;
    expect(isReportGrid(annex)).toBe(true);
    expect(readAnnualFigures(annex)).toBeNull();
    expect(c.out.join("")).toContain("“BC BĐG 2026” và sheet “PL BĐG 2026”");
  });

  test("next year adds its sheet beside last year's and shows the change against it", async () => {
    const next = path.join(dir, "2027.xlsx");
    const c = capture();
    expect(await runReport([out, "-o", next, "--year", "2027"], c.io)).toBe(0);
    expect(c.out.join("")).toContain("so sánh với năm 2026");
    const wb = await load(next);
    expect(wb.worksheets.map((w) => w.name)).toEqual([ROSTER, "Hướng dẫn", "BC BĐG 2026", "PL BĐG 2026", "BC BĐG 2027", "PL BĐG 2027"]);
    const ws = wb.getWorksheet("BC BĐG 2027")!;
    // No --agency and no saved settings: the agency comes from last year's sheet.
    expect(ws.getCell("A2").value).toBe("SỞ TÀI CHÍNH");
    // Same roster both years: no change, said in the phụ lục's note and the báo cáo's sentence.
    const annex = wb.getWorksheet("PL BĐG 2027")!;
    let staffRow = 0;
    annex.eachRow((row, r) => {
      if (staffRow === 0 && row.getCell(2).value === "Tổng số cán bộ, công chức, viên chức") staffRow = r;
    });
    expect(annex.getCell(staffRow, 8).value).toBe("0 điểm (2026)");
    const texts: string[] = [];
    ws.eachRow((row) => {
      if (typeof row.getCell(1).value === "string") texts.push(row.getCell(1).value as string);
    });
    expect(texts.some((t) => t.includes("So với năm 2026: tỷ lệ nữ cán bộ, công chức, viên chức không đổi"))).toBe(true);
  });

  test("--previous FILE takes last year's figures from another workbook", async () => {
    const year2 = path.join(dir, "with-previous.xlsx");
    const c = capture();
    expect(await runReport([rosterFile, "-o", year2, "--year", "2027", "--previous", out], c.io)).toBe(0);
    const wb = await load(year2);
    expect(wb.worksheets.map((w) => w.name)).toEqual([ROSTER, "Hướng dẫn", "BC BĐG 2027", "PL BĐG 2027"]);
    expect(c.out.join("")).toContain("so sánh với năm 2026");

    const none = capture();
    expect(await runReport([rosterFile, "-o", path.join(dir, "x.xlsx"), "--previous", rosterFile], none.io)).toBe(2);
    expect(none.err.join("")).toContain("không có báo cáo năm nào trước năm");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  test("OUT may never be FILE, however the path is spelled", async () => {
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(rosterFile, link);
    const spellings = [rosterFile, path.join(dir, "..", path.basename(dir), "so-tai-chinh.xlsx"), link, path.relative(process.cwd(), rosterFile)];
    for (const o of spellings) {
      const c = capture();
      expect(await runReport([rosterFile, "-o", o], c.io)).toBe(2);
      expect(c.err).toHaveLength(1);
      expect(c.err[0]).toMatch(/^Tệp ra không được trùng tệp vào/);
    }
    const c = capture();
    expect(await runReport([link, "-o", rosterFile, "--lang", "en"], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^The output may not be the input/);
    expect(hash(rosterFile)).toBe(before);
  });

  test("nothing is written when the input cannot be read; a wrong command line is exit 1", async () => {
    const bad = path.join(dir, "not-a-workbook.xlsx");
    fs.writeFileSync(bad, "Họ và tên,Giới tính\nNguyễn Thị A,Nữ\n");
    const c = capture();
    expect(await runReport([bad], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toContain("not-a-workbook.xlsx");
    expect(fs.existsSync(path.join(dir, "not-a-workbook.bao-cao.xlsx"))).toBe(false);

    const u = capture();
    expect(await runReport([rosterFile, "--year", "20x6"], u.io)).toBe(1);
    expect(u.err).toEqual(["Năm “20x6” không hợp lệ.\n"]);
    expect(await runReport([], capture().io)).toBe(1);
    expect(await runReport([rosterFile, "--bogus"], capture().io)).toBe(1);
  });
});

describe("bdg consolidate", () => {
  let taiChinh: string;
  let huyen: string;

  beforeAll(async () => {
    taiChinh = path.join(dir, "tc.bao-cao.xlsx");
    huyen = path.join(dir, "cx.bao-cao.xlsx");
    const huyenRoster = await writeFixture(ubndHuyenGioiTinh(), dir);
    expect(await runReport([rosterFile, "-o", taiChinh, "--year", "2026", "--agency", "Sở Tài chính"], capture().io)).toBe(0);
    expect(await runReport([huyenRoster, "-o", huyen, "--year", "2026", "--agency", "UBND huyện Cẩm Xuyên", "--place", "Cẩm Xuyên"], capture().io)).toBe(0);
  });

  test("a UBND huyện's report: its own header, place and signature", async () => {
    const ws = (await load(huyen)).getWorksheet("BC BĐG 2026")!;
    expect([ws.getCell("A1").value, ws.getCell("A2").value, ws.getCell("A5").value, ws.getCell("J5").value]).toEqual([
      null,
      "ỦY BAN NHÂN DÂN\nHUYỆN CẨM XUYÊN",
      "Số: …/BC-UBND",
      "Cẩm Xuyên, ngày …… tháng …… năm 2026",
    ]);
    const signature: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === "Nơi nhận:") signature.push(row.getCell(12).value);
    });
    expect(signature).toEqual(["TM. ỦY BAN NHÂN DÂN"]);
  });

  test("one row per agency and the provincial totals", async () => {
    const summary = path.join(dir, "tong-hop.xlsx");
    const c = capture();
    expect(await runConsolidate([taiChinh, huyen, "-o", summary], c.io)).toBe(0);
    expect(c.out.join("")).toContain("Đã tổng hợp 2 báo cáo");
    const wb = await load(summary);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["TH BĐG 2026"]);
    const ws = wb.getWorksheet("TH BĐG 2026")!;
    const grids = await readGridsFromFile(taiChinh);
    const tc = readAnnualFigures(grids.find((g) => g.sheet === "BC BĐG 2026")!)!;
    const cx = readAnnualFigures((await readGridsFromFile(huyen)).find((g) => g.sheet === "BC BĐG 2026")!)!;
    let header = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).value === "Cơ quan, đơn vị") header = r;
    });
    expect([2, 3, 4].map((i) => ws.getCell(header + 1, i).value)).toEqual(["Sở Tài chính", 17, 7]);
    expect([2, 3, 4].map((i) => ws.getCell(header + 2, i).value)).toEqual(["UBND huyện Cẩm Xuyên", cx.staff.total, cx.staff.female]);
    expect([2, 3, 4].map((i) => ws.getCell(header + 3, i).value)).toEqual([
      "Toàn tỉnh",
      tc.staff.total + cx.staff.total,
      tc.staff.female + cx.staff.female,
    ]);

    // Run again into the same OUT: the summary is replaced, not added twice.
    expect(await runConsolidate([taiChinh, huyen, "-o", summary], capture().io)).toBe(0);
    expect((await load(summary)).worksheets.map((w) => w.name)).toEqual(["TH BĐG 2026"]);
  });

  test("an input that is not one of our reports: a sentence naming it, exit 2, nothing written", async () => {
    const summary = path.join(dir, "tong-hop-2.xlsx");
    const c = capture();
    expect(await runConsolidate([taiChinh, rosterFile, "-o", summary], c.io)).toBe(2);
    expect(c.err).toEqual(["“so-tai-chinh.xlsx” không phải báo cáo năm do công cụ Bình đẳng giới lập (không có sheet “BC BĐG …”).\n"]);
    expect(fs.existsSync(summary)).toBe(false);
  });

  test("OUT may not be an input; -o is required", async () => {
    const c = capture();
    expect(await runConsolidate([taiChinh, huyen, "-o", taiChinh], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^Tệp ra không được trùng tệp báo cáo/);
    const u = capture();
    expect(await runConsolidate([taiChinh, huyen], u.io)).toBe(1);
    expect(u.err).toEqual(["Thiếu -o TỆP-RA.xlsx cho bản tổng hợp.\n"]);
  });
});
