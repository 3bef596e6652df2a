// Files from other writers give the same Grids and the same figures as the same roster written by ExcelJS
// (which writes what Excel writes): openpyxl, XlsxWriter and LibreOffice (made by test/fixtures/writers/make.py),
// the Open XML SDK's prefixes and part names, Strict Open XML, zip64 with data descriptors (handBuilt.ts).
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/domain/grid";
import { runCli } from "../../src/cli/main";
import { readGridsFromBuffer, readGridsFromFile } from "../../src/xlsx/readGrids";
import { handBuiltRoster, ROSTER, type Dialect } from "../fixtures/writers/handBuilt";

const WRITERS = join(__dirname, "../fixtures/writers");
let dir: string;
let reference: string;

async function writeReference(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const font = { name: "Times New Roman", size: 13 };
  const fill = (ws: ExcelJS.Worksheet, people: typeof ROSTER.people, title: boolean) => {
    let r = 1;
    if (title) {
      ws.getCell("A1").value = ROSTER.agency;
      ws.getCell("A2").value = ROSTER.title;
      r = 4;
    }
    const put = (values: (string | number | null)[]) => {
      values.forEach((v, i) => {
        if (v === null) return;
        const c = ws.getCell(r, i + 1);
        const date = ROSTER.header[i] === "Ngày sinh" && typeof v === "string" && /^\d{4}-/.test(v);
        c.value = date ? new Date(`${v}T00:00:00Z`) : v;
        if (date) c.numFmt = "dd/mm/yyyy";
        c.font = font;
      });
      r++;
    };
    put(ROSTER.header);
    people.forEach(put);
  };
  const ws = wb.addWorksheet(ROSTER.sheet);
  fill(ws, ROSTER.people, true);
  ws.getCell("A1").font = font;
  ws.getCell("A2").font = font;
  ws.mergeCells("A2:G2");
  fill(wb.addWorksheet(ROSTER.hiddenSheet, { state: "hidden" }), ROSTER.hiddenPeople, false);
  await wb.xlsx.writeFile(path);
}

async function analyzeJson(file: string): Promise<unknown> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["analyze", file, "--json", "--year", "2026"], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(stdout);
}

/** What must agree whoever wrote the file (fonts of empty cells and sheetFont may differ by writer). */
const essentials = (grids: Grid[]) =>
  grids.map((g) => ({ sheet: g.sheet, firstRow: g.firstRow, firstCol: g.firstCol, rows: g.rows, merges: g.merges, hidden: g.hidden, visibility: g.visibility }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bdg-writers-"));
  reference = join(dir, "exceljs.xlsx");
  await writeReference(reference);
  for (const d of ["sdk", "strict", "zip64"] as Dialect[]) writeFileSync(join(dir, `${d}.xlsx`), handBuiltRoster(d));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: [string, () => string][] = [
  ["openpyxl", () => join(WRITERS, "openpyxl.xlsx")],
  ["XlsxWriter", () => join(WRITERS, "xlsxwriter.xlsx")],
  ["LibreOffice Calc", () => join(WRITERS, "libreoffice.xlsx")],
  ["Open XML SDK (x: prefixes, sheet.xml, workbook2.xml, inline strings)", () => join(dir, "sdk.xlsx")],
  ["Strict Open XML", () => join(dir, "strict.xlsx")],
  ["zip64 with data descriptors", () => join(dir, "zip64.xlsx")],
];

describe("the reference roster", () => {
  it("reads as the roster of roster.json", async () => {
    const [ds, hidden] = await readGridsFromFile(reference);
    expect(ds.rows[3]).toEqual(ROSTER.header);
    expect(ds.rows[4]).toEqual([1, "Nguyễn Thị Hoa", "Nữ", new Date(Date.UTC(1975, 2, 14)), "Trưởng phòng", "Phòng Hành chính", "Chi ủy viên"]);
    expect(ds.rows).toHaveLength(3 + 1 + ROSTER.people.length);
    expect(ds.fonts?.[4][1]).toBe("Times New Roman");
    expect(hidden.visibility).toBe("hidden");
  });
});

describe.each(files)("%s", (_label, file) => {
  it("gives the reference's Grids, from the file and from the bytes", async () => {
    const want = essentials(await readGridsFromFile(reference));
    const grids = await readGridsFromFile(file());
    expect(essentials(grids)).toEqual(want);
    expect(grids[0].fonts?.[4]?.[1]).toBe("Times New Roman");
    expect(essentials(await readGridsFromBuffer(require("fs").readFileSync(file())))).toEqual(want);
  });

  it("gives the reference's figures (analyze --json)", async () => {
    const want = (await analyzeJson(reference)) as { staff: { total: number; female: number } };
    // The roster was read (whether the hidden sheet counts is the reading layer's rule, not the reader's).
    expect(want.staff.total).toBeGreaterThanOrEqual(ROSTER.people.length);
    expect(await analyzeJson(file())).toEqual(want);
  });
});
