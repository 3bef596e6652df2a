// One gateway contract: the same workbook through the office.js gateway (on the fake) and the .xlsx gateway gives
// the same Grids (dates as Dates, merges, fonts, hidden rows and columns, sheet visibility, text kept as text),
// and the same report written: its cells read back alike, our _BDG_REPORT marker on its sheets in both doors.
import type { Grid } from "../../src/domain/grid";
import { ExcelGateway } from "../../src/excel/gateway";
import { buildAnnualReport } from "../../src/report/annual";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { WorkbookPackage } from "../../src/xlsx/package/workbookPackage";
import { knownAnalysis } from "../report/fixtures";
import { CASES, caseBytes } from "./cases";
import { fakeOfBytes } from "./intoFake";

/** A row without its trailing empty cells (Grid rows may be ragged). */
function trimmed<T>(row: T[], empty: (v: T, c: number) => boolean): T[] {
  let n = row.length;
  while (n > 0 && empty(row[n - 1], n - 1)) n--;
  return row.slice(0, n);
}

/** What both gateways must agree on: rows without trailing empties, fonts of the cells holding values, absent lists as empty. */
function contractView(g: Grid): unknown {
  const rows = g.rows.map((r) => trimmed(r, (v) => v === null || v === undefined));
  return {
    sheet: g.sheet,
    firstRow: g.firstRow,
    firstCol: g.firstCol,
    rows,
    merges: g.merges,
    hiddenRows: g.hiddenRows ?? [],
    hiddenColumns: g.hiddenColumns ?? [],
    visibility: g.visibility ?? "visible",
    hidden: g.hidden === true,
    fonts: g.fonts?.map((r, i) => trimmed(r.map((f, c) => (rows[i]?.[c] != null ? f : null)), (f) => f === null)),
    sheetFont: g.sheetFont,
  };
}

async function bothDoors(bytes: Uint8Array): Promise<{ office: ExcelGateway; xlsx: XlsxGateway; excel: Awaited<ReturnType<typeof fakeOfBytes>> }> {
  const excel = await fakeOfBytes(bytes);
  return { office: new ExcelGateway(excel.host()), xlsx: await XlsxGateway.fromBuffer(bytes), excel };
}

describe.each(CASES)("$name", (c) => {
  test("the same Grids through both gateways", async () => {
    const { office, xlsx } = await bothDoors(await caseBytes(c));
    const fromOffice = (await office.readGrids()).map(contractView);
    const fromFile = (await xlsx.readGrids()).map(contractView);
    expect(fromOffice).toEqual(fromFile);
  });
});

test("the 1904 case truly is one: both doors give the dates written, the office.js one told the system by their text", async () => {
  const bytes = await caseBytes(CASES[2]);
  expect(WorkbookPackage.open(bytes).workbook.xml).toMatch(/date1904="(1|true)"/);
  const { office, xlsx } = await bothDoors(bytes);
  const [a] = await office.readGrids(["DS 2026"]);
  const [b] = await xlsx.readGrids(["DS 2026"]);
  expect(a.rows[2][2]).toEqual(new Date(Date.UTC(1980, 4, 17)));
  expect(b.rows[2][2]).toEqual(new Date(Date.UTC(1980, 4, 17)));
  expect(office.lastRead?.dateSystem).toBe("1904");
});

describe("the report written by both gateways", () => {
  const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính" });

  test("reads back alike, and a second write replaces our sheets only, in both doors", async () => {
    const { office, xlsx, excel } = await bothDoors(await caseBytes(CASES[0]));
    for (let i = 0; i < 2; i++) {
      await office.writeReport(model);
      await xlsx.writeReport(model);
    }
    const names = model.sheets.map((s) => s.sheetName);
    const read = async (g: ExcelGateway | XlsxGateway) => (await g.readGrids(names)).map((x) => ({ sheet: x.sheet, rows: x.rows.map((r) => trimmed(r, (v) => v === null)), merges: x.merges }));
    expect(await read(office)).toEqual(await read(xlsx));
    expect((await office.listSheets()).map((s) => s.name)).toEqual((await xlsx.listSheets()).map((s) => s.name));
    const pkg = WorkbookPackage.open(await xlsx.toBuffer());
    names.forEach((name, i) => {
      const kind = i === 0 ? "annual-report" : "annual-report/annex";
      expect(pkg.sheets.find((s) => s.name === name)?.ownMarker).toBe(kind);
      expect(excel.sheet(name).names.get("_bdg_report")).toEqual({ formula: `="${kind}"`, visible: false });
    });
  });
});
