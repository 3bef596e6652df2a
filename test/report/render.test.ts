// The report as it prints: LibreOffice converts a written report (báo cáo + phụ lục) to PDF; for a
// 10-unit agency it must fit on at most four A4 pages. Every page is kept as
// test-artifacts/report-page-N.png for a person to look at.
// Without LibreOffice or poppler (npm test installs them as root) it is skipped under a title that says
// what to install; BDG_SKIP_RENDER=1 skips it too.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildAnnualReport } from "../../src/report/annual";
import { figuresOfAnalysis } from "../../src/report/figures";
import { writeReportSheets } from "../../src/xlsx/writeReport";
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

/** A Sở of `n` units, with last year's figures so the change is printed too. */
function agencyOf(n: number): ReturnType<typeof knownAnalysis> {
  const units: UnitShare[] = Array.from({ length: n }, (_, i) => ({
    ...UNITS[i % UNITS.length],
    name: `${UNITS[i % UNITS.length].name} ${i + 1}`,
  }));
  return knownAnalysis({ units });
}

function pngPages(pdf: string, prefix: string): string[] {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (f.startsWith(`${prefix}-`)) fs.rmSync(path.join(ARTIFACTS, f));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(ARTIFACTS, prefix)]);
  return fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"));
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

  test("a 10-unit agency's báo cáo and phụ lục print on at most four A4 pages; every page kept as a PNG", async () => {
    const analysis = agencyOf(10);
    const previous = { ...figuresOfAnalysis(analysis, 2025, "Sở Tài chính"), staff: { female: 10, total: 35 } };
    const workbook = new ExcelJS.Workbook();
    writeReportSheets(
      workbook,
      buildAnnualReport(analysis, { year: 2026, agency: "Sở Tài chính", previous, signer: { title: "Giám đốc", name: "Nguyễn Văn An" }, docNumber: "125" }),
    );
    const pdf = await renderToPdf(workbook, dir, "bao-cao");
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    if (has("pdfinfo")) expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    if (has("pdftotext")) {
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).normalize("NFC");
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("BÁO CÁO");
      expect(text).toContain("Nơi nhận:");
      expect(text).toContain("NGUYỄN VĂN AN".normalize("NFC").length ? "Nguyễn Văn An" : "");
      expect(text).toContain("THỦ TRƯỞNG ĐƠN VỊ");
      expect(text).toContain("Văn phòng Sở 1");
      // Nothing program-like prints: no sheet names, cell references or commands.
      expect(text).not.toMatch(/\bsheet\b|bdg |ngăn tác vụ|\bC41\b|KIỂM TRA DỮ LIỆU|BDG-REPORT/i);
    }
    if (has("pdftoppm")) {
      const files = pngPages(pdf, "report-page");
      expect(files).toHaveLength(pages);
      for (const f of files) expect(fs.statSync(path.join(ARTIFACTS, f)).size).toBeGreaterThan(10_000);
    }
  });

  test("a Sở of 14 units still prints on at most five A4 pages", async () => {
    const workbook = new ExcelJS.Workbook();
    writeReportSheets(workbook, buildAnnualReport(agencyOf(14), { year: 2026, agency: "Sở Tài chính" }));
    expect(pageCount(await renderToPdf(workbook, dir, "lon"))).toBeLessThanOrEqual(5);
  });
});
