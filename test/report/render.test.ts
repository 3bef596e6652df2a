// The report as it prints: LibreOffice converts a written report to PDF; it must fit on at most two A4
// pages. The first page is kept as test-artifacts/report-page1.png for a person to look at.
// Without LibreOffice or poppler (npm test installs them as root) it is skipped under a title that says
// what to install; BDG_SKIP_RENDER=1 skips it too.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildAnnualReport } from "../../src/report/annual";
import { figuresOfAnalysis } from "../../src/report/figures";
import { writeReportSheet } from "../../src/xlsx/writeReport";
import type { UnitShare } from "../../src/domain/analysis";
import { knownAnalysis, UNITS } from "./fixtures";
import { describeWithTools, systemTool } from "../support/systemTools";

const SOFFICE = systemTool("soffice");
const skip = process.env.BDG_SKIP_RENDER === "1";
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

function has(tool: string): boolean {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Pages of a PDF: pdfinfo when installed, else the page objects counted in the file. */
function pageCount(pdf: string): number {
  if (has("pdfinfo")) {
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  }
  return (fs.readFileSync(pdf, "latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function renderToPdf(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const xlsx = path.join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  execFileSync(
    SOFFICE as string,
    [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx],
    { stdio: "ignore", timeout: 180_000 },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  return pdf;
}

/** A Sở of 14 units (a large one), with last year's figures so the change column is printed too. */
function largeAgency(): { analysis: ReturnType<typeof knownAnalysis> } {
  const units: UnitShare[] = Array.from({ length: 14 }, (_, i) => ({
    ...UNITS[i % UNITS.length],
    name: `${UNITS[i % UNITS.length].name} ${i + 1}`,
  }));
  return { analysis: knownAnalysis({ units }) };
}

const maybe = skip ? describe.skip : (title: string, body: () => void) => describeWithTools(["soffice", "pdftoppm"], title, body);

maybe("the printed report", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-render-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the annual report fits on at most two A4 pages; page 1 kept as a PNG", async () => {
    const analysis = knownAnalysis();
    const previous = { ...figuresOfAnalysis(analysis, 2025, "Sở Tài chính"), staff: { female: 10, total: 35 } };
    const workbook = new ExcelJS.Workbook();
    writeReportSheet(workbook, buildAnnualReport(analysis, { year: 2026, agency: "Sở Tài chính", previous }));
    const pdf = await renderToPdf(workbook, dir, "bao-cao");
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    if (has("pdfinfo")) expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    if (has("pdftotext")) {
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).normalize("NFC");
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("THỦ TRƯỞNG ĐƠN VỊ");
      expect(text).toContain("Văn phòng Sở");
    }
    if (has("pdftoppm")) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(ARTIFACTS, "report-page1")]);
      expect(fs.statSync(path.join(ARTIFACTS, "report-page1.png")).size).toBeGreaterThan(10_000);
    }
  });

  test("a Sở of 14 units still prints on two A4 pages at most", async () => {
    const workbook = new ExcelJS.Workbook();
    writeReportSheet(workbook, buildAnnualReport(largeAgency().analysis, { year: 2026, agency: "Sở Tài chính" }));
    expect(pageCount(await renderToPdf(workbook, dir, "lon"))).toBeLessThanOrEqual(2);
  });
});
