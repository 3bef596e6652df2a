// `bdg report` on agency workbooks that carry what ExcelJS drops or cannot read (charts, a chart sheet,
// a pivot table, images, comments, custom XML, a macro project, long and odd sheet names, Open XML SDK
// part names and prefixes; test/fixtures/packages/make_packages.py). The copy keeps every part but
// workbook.xml, its relationships, [Content_Types].xml and styles.xml byte for byte (the compressed
// bytes themselves), adds only our sheet, reads back with the same figures, and is replaced in place
// when made again. LibreOffice opens every copy.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inflateSync } from "fflate";
import { runCli } from "../../src/cli/main";
import { toContractJson } from "../../src/cli/json";
import { analyze } from "../../src/domain/analysis";
import { resolveOptions } from "../../src/domain/options";
import { defaultSettings } from "../../src/domain/settings";
import { readWorkbook } from "../../src/reading";
import { readAnnualFigures, rosterGrids } from "../../src/report/figures";
import { PackageArchive, type ArchivePart } from "../../src/xlsx/package/archive";
import { WorkbookPackage } from "../../src/xlsx/package/workbookPackage";
import { readGridsFromFile } from "../../src/xlsx/readGrids";
import { describeWithTools, systemTool } from "../support/systemTools";
import { buildAnnualReport } from "../../src/report/annual";
import { addReportToPackage } from "../../src/xlsx/package/reportSheets";
import { knownAnalysis } from "./fixtures";

const FIXTURES = path.join(__dirname, "..", "fixtures", "packages");
const WORKBOOKS = ["chart.xlsx", "image.xlsx", "macro.xlsm", "pivot.xlsx", "names.xlsx"];
const SHEET = "BC BĐG 2026";
const ANNEX = "PL BĐG 2026";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-copy-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function report(input: string, out: string): Promise<void> {
  let err = "";
  const code = await runCli(["report", input, "-o", out, "--year", "2026", "--agency", "Sở Thử"], {
    stdout: { write: () => true },
    stderr: { write: (s: string) => (err += s) },
  });
  expect({ code, err }).toEqual({ code: 0, err: "" });
}

function archive(file: string): PackageArchive {
  return PackageArchive.open(new Uint8Array(fs.readFileSync(file)));
}

/** The parts the writer may change: the workbook part, its relationships, the content types, the styles. */
function editable(file: string): Set<string> {
  const pkg = WorkbookPackage.open(new Uint8Array(fs.readFileSync(file)));
  const rels = pkg.workbookPart.replace(/([^/]+)$/, "_rels/$1.rels");
  return new Set([pkg.workbookPart, rels, "[Content_Types].xml", pkg.stylesPart() ?? ""]);
}

function inflated(a: PackageArchive, p: ArchivePart): Uint8Array {
  return p.method === 0 ? a.raw(p) : inflateSync(a.raw(p));
}

/** Every part of `before` outside `except` is in `after` with the same method, CRC and compressed bytes. */
function expectPartsKept(before: PackageArchive, after: PackageArchive, except: Set<string>): void {
  for (const p of before.parts) {
    if (except.has(p.name)) continue;
    const q = after.get(p.name);
    expect({ part: p.name, present: q !== undefined }).toEqual({ part: p.name, present: true });
    if (!q) continue;
    expect({ part: p.name, method: q.method, crc: q.crc32, size: q.uncompressedSize }).toEqual({
      part: p.name,
      method: p.method,
      crc: p.crc32,
      size: p.uncompressedSize,
    });
    expect({ part: p.name, same: Buffer.compare(Buffer.from(before.raw(p)), Buffer.from(after.raw(q))) === 0 }).toEqual({ part: p.name, same: true });
    expect(Buffer.compare(Buffer.from(inflated(before, p)), Buffer.from(inflated(after, q)))).toBe(0);
  }
}

/**
 * The figures analyze gives for a workbook (our own sheets left out, as the CLI does). The phụ lục has no
 * data block, so the reader still looks at it and notes it is no roster: that notice is left out here.
 */
async function figures(file: string): Promise<unknown> {
  const grids = await readGridsFromFile(file);
  const settings = { ...defaultSettings(), year: 2026 };
  const json = toContractJson(analyze(readWorkbook(rosterGrids(grids), { year: 2026 }), resolveOptions(settings)));
  return { ...json, problems: json.problems.filter((p) => p.sheet !== ANNEX) };
}

describe.each(WORKBOOKS)("the report copy of %s", (name) => {
  const input = path.join(FIXTURES, name);
  const out = (): string => path.join(dir, name.replace(/\.xls[xm]$/, ".bao-cao$&"));
  const again = (): string => path.join(dir, name.replace(/\.xls[xm]$/, ".lan-2$&"));

  beforeAll(async () => {
    await report(input, out());
    await report(out(), again());
  });

  test("keeps every other part byte for byte and adds only our sheet", () => {
    const before = archive(input);
    const after = archive(out());
    expectPartsKept(before, after, editable(input));
    const added = after.parts.filter((p) => !before.get(p.name)).map((p) => p.name);
    expect(added).toHaveLength(2);
    for (const a of added) expect(a).toMatch(/worksheets\/sheet\d+\.xml$/);
    const pkg = WorkbookPackage.open(new Uint8Array(fs.readFileSync(out())));
    const ours = pkg.sheets.filter((s) => s.ownMarker !== null);
    expect(ours.map((s) => [s.name, s.part, s.ownMarker])).toEqual([
      [SHEET, added[0], "annual-report"],
      [ANNEX, added[1], "annual-report/annex"],
    ]);
    // The clerk's sheets are listed as they were, in their order, with their names.
    const original = WorkbookPackage.open(new Uint8Array(fs.readFileSync(input)));
    expect(pkg.sheets.slice(0, original.sheets.length).map((s) => [s.name, s.part, s.state])).toEqual(
      original.sheets.map((s) => [s.name, s.part, s.state]),
    );
  });

  test("reads back with the same figures, and our sheet with them", async () => {
    expect(await figures(out())).toEqual(await figures(input));
    const grids = await readGridsFromFile(out());
    const annual = grids.map(readAnnualFigures).filter((f) => f !== null);
    expect(annual.map((f) => [f.sheet, f.year, f.agency, f.staff])).toEqual([[SHEET, 2026, "Sở Thử", { female: 3, total: 8 }]]);
  });

  test("made again, our sheet is replaced in its place and nothing else moves", () => {
    const first = archive(out());
    const second = archive(again());
    const firstPkg = WorkbookPackage.open(new Uint8Array(fs.readFileSync(out())));
    const ourParts = firstPkg.sheets.filter((s) => s.ownMarker !== null).map((s) => s.part ?? "");
    expect(ourParts).toHaveLength(2);
    expectPartsKept(first, second, new Set([...editable(out()), ...ourParts]));
    for (const p of ourParts) expect(second.get(p)).toBeUndefined();
    const pkg = WorkbookPackage.open(new Uint8Array(fs.readFileSync(again())));
    expect(pkg.sheets.map((s) => s.name)).toEqual(firstPkg.sheets.map((s) => s.name));
    expect(second.parts.length).toBe(first.parts.length);
    // Styles are found again, not added twice.
    const styles = firstPkg.stylesPart() as string;
    expect(second.text(styles)).toBe(first.text(styles));
  });

  test("the parts we write are well-formed XML", () => {
    const xmllint = systemTool("xmllint");
    const after = archive(out());
    const before = archive(input);
    const written = after.parts.filter((p) => editable(input).has(p.name) || !before.get(p.name)).map((p) => p.name);
    for (const part of written) {
      const xml = after.text(part) as string;
      expect(xml.length).toBeGreaterThan(0);
      if (xmllint) execFileSync(xmllint, ["--noout", "-"], { input: xml });
    }
  });
});

test("the workbook's odd sheet names are written back as they were", () => {
  const xml = archive(path.join(dir, "names.bao-cao.xlsx")).text("xl/workbook.xml") as string;
  expect(xml).toContain('name="Danh sách cán bộ công chức viên chức năm 2026 (đã rà soát)"');
  expect(xml).toContain('name="History"');
  expect(xml).toContain(`name="'Ghi chú'"`);
});

describe("an Open XML SDK workbook (x: prefixes, /xl/worksheets/roster-data.xml, no shared strings)", () => {
  const input = path.join(FIXTURES, "sdk.xlsx");
  const out = (): string => path.join(dir, "sdk.bao-cao.xlsx");
  const again = (): string => path.join(dir, "sdk.lan-2.xlsx");
  const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Thử" });

  beforeAll(async () => {
    fs.writeFileSync(out(), await addReportToPackage(new Uint8Array(fs.readFileSync(input)), model));
    fs.writeFileSync(again(), await addReportToPackage(new Uint8Array(fs.readFileSync(out())), model));
  });

  test("keeps its parts byte for byte and its x: prefixes; our entries use them", () => {
    expectPartsKept(archive(input), archive(out()), editable(input));
    expectPartsKept(archive(out()), archive(again()), new Set([...editable(out()), "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]));
    const xml = archive(out()).text("xl/workbook.xml") as string;
    expect(xml).toMatch(/<x:sheet name="BC BĐG 2026" sheetId="4" r:id="rId\d+"\/><x:sheet name="PL BĐG 2026" sheetId="5" r:id="rId\d+"\/><\/x:sheets><x:definedNames>/);
    expect(xml).not.toMatch(/<sheet\b|<definedName\b/);
    const styles = archive(out()).text("xl/theme-and-styles.xml") as string;
    expect(styles).not.toMatch(/<(font|fill|border|xf|numFmt)\b/);
    expect(WorkbookPackage.open(new Uint8Array(fs.readFileSync(again()))).sheets.map((s) => s.name)).toEqual(["Danh sách", "Ghi chú", SHEET, ANNEX]);
  });

  // The package reader follows the relationships, so an Open XML SDK file reports like any other.
  test("bdg report takes it and its copy reads back with the same figures", async () => {
    await report(input, path.join(dir, "sdk.cli.xlsx"));
    expect(await figures(path.join(dir, "sdk.cli.xlsx"))).toEqual(await figures(input));
  });
});

describeWithTools(["soffice"], "LibreOffice opens every copy", () => {
  test("converts each to PDF without an error", () => {
    // names.xlsx is left out: LibreOffice 7 cannot load a workbook that has a sheet named with apostrophes at
    // both ends ('Ghi chú') together with a defined name scoped to the sixth sheet (checked by hand on the copy:
    // without that sheet, or with the name on sheets 1–5, it loads). Excel does not allow such a sheet name.
    const copies = [...WORKBOOKS.filter((n) => n !== "names.xlsx"), "sdk.xlsx"].map((n) => path.join(dir, n.replace(/\.xls[xm]$/, ".lan-2$&")));
    const pdfDir = path.join(dir, "pdf");
    execFileSync(
      systemTool("soffice") as string,
      [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", pdfDir, ...copies],
      { stdio: "ignore", timeout: 240_000 },
    );
    for (const c of copies) {
      const pdf = path.join(pdfDir, path.basename(c).replace(/\.xls[xm]$/, ".pdf"));
      expect({ pdf: path.basename(pdf), made: fs.existsSync(pdf) && fs.statSync(pdf).size > 1000 }).toEqual({ pdf: path.basename(pdf), made: true });
    }
  }, 300_000);
});
