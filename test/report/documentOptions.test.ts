// The báo cáo's header and signer as settings (the pane) and as options of `bdg report` (the CLI):
// the command line's words over what the clerk saved, the saved giải trình printed in the phụ lục.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runReport } from "../../src/cli/report";
import { reportOptionsOf } from "../../src/report/annual";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { soTaiChinh, writeFixture } from "../fixtures/layouts";

const io = { stdout: { write: (): boolean => true }, stderr: { write: (s: string): boolean => (errors.push(s), true) } };
const errors: string[] = [];

function texts(ws: ExcelJS.Worksheet, lastCol = 24): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      // A merged range gives its value in every cell: read it from its first.
      if (cell.master.address !== cell.address) continue;
      if (typeof cell.value === "string") out.push(cell.value);
    }
  });
  return out;
}

describe("reportOptionsOf", () => {
  const settings: Settings = {
    ...defaultSettings(new Date(2026, 10, 1)),
    agency: "Sở Y tế",
    document: { place: "Nghệ An", docNumber: "77", signerTitle: "Giám đốc", signerName: "Hồ Văn Bình" },
    explanations: { "duplicatePerson|DS|12|": "Đã đối chiếu" },
  };

  test("the saved settings become the report's options", () => {
    expect(reportOptionsOf(settings)).toMatchObject({
      year: 2026,
      agency: "Sở Y tế",
      place: "Nghệ An",
      docNumber: "77",
      signer: { title: "Giám đốc", name: "Hồ Văn Bình" },
      explanations: { "duplicatePerson|DS|12|": "Đã đối chiếu" },
    });
  });

  test("the command line's words go over them; the agency falls back to last year's sheet", () => {
    const o = reportOptionsOf({ ...settings, agency: "" }, null, { docNumber: "78", signerName: "Lê Thị Hạnh" });
    expect(o).toMatchObject({ agency: "", docNumber: "78", place: "Nghệ An", signer: { name: "Lê Thị Hạnh" } });
    expect(reportOptionsOf({ ...settings, agency: "" }, { agency: "Sở Y tế" } as never).agency).toBe("Sở Y tế");
  });
});

describe("bdg report: header and signer options", () => {
  let dir: string;
  let roster: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-doc-"));
    roster = await writeFixture(soTaiChinh(), dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--number, --code, --place, --governing-body, --recipient and the signer's three lines print where NĐ 30 puts them", async () => {
    const out = path.join(dir, "out.xlsx");
    const args = [roster, "-o", out, "--year", "2026", "--agency", "Sở Tài chính", "--number", "125", "--code", "STC-TCCB", "--place", "Hà Tĩnh"];
    args.push("--governing-body", "UBND tỉnh Hà Tĩnh", "--recipient", "Sở Nội vụ tỉnh Hà Tĩnh", "--signer-authority", "KT. Giám đốc");
    args.push("--signer-title", "Phó Giám đốc", "--signer-name", "Lê Thị Hạnh");
    expect(await runReport(args, io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const doc = wb.getWorksheet("BC BĐG 2026")!;
    expect(doc.getCell("A1").value).toBe("UBND TỈNH HÀ TĨNH");
    expect(doc.getCell("A5").value).toBe("Số: 125/BC-STC-TCCB");
    const all = texts(doc);
    expect(all).toContain("Kính gửi: Sở Nội vụ tỉnh Hà Tĩnh.");
    const authority = all.indexOf("KT. GIÁM ĐỐC");
    expect(all.slice(authority, authority + 8)).toEqual(expect.arrayContaining(["PHÓ GIÁM ĐỐC", "Lê Thị Hạnh"]));
    const annex = wb.getWorksheet("PL BĐG 2026")!;
    expect(texts(annex, 8)).toContain("(Kèm theo Báo cáo số 125/BC-STC-TCCB ngày …… tháng …… năm 2026 của Sở Tài chính)");
  });

  test("what the clerk saved in the workbook (signer, giải trình) is used when the command line says nothing", async () => {
    const withSettings = path.join(dir, "saved.xlsx");
    const gw = await XlsxGateway.fromBuffer(fs.readFileSync(roster));
    await gw.saveSettings({
      ...defaultSettings(new Date(2026, 10, 1)),
      agency: "Sở Tài chính",
      document: { signerName: "Nguyễn Văn Hùng", signerTitle: "Giám đốc" },
    });
    fs.writeFileSync(withSettings, await gw.toBuffer());
    const out = path.join(dir, "saved.out.xlsx");
    expect(await runReport([withSettings, "-o", out, "--year", "2026"], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const all = texts(wb.getWorksheet("BC BĐG 2026")!);
    expect(all).toContain("Nguyễn Văn Hùng");
    expect(all).toContain("GIÁM ĐỐC");
    expect(all).toContain("SỞ TÀI CHÍNH");
    expect(errors).toEqual([]);
  });
});
