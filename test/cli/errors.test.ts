// What the clerk sees when a run cannot go on: exit 2 and one sentence in their language, nothing
// written; exit 1 only for a wrong command line. -o is checked before any reading.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import * as readGrids from "../../src/xlsx/readGrids";
import { writeSmallRoster } from "./fixture";

let dir: string;
let roster: string;
let noRoster: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-cli-errors-"));
  roster = path.join(dir, "so-tai-chinh.xlsx");
  await writeSmallRoster(roster);
  // A workbook with notes and a small table, but no sheet with a "Họ và tên" header.
  noRoster = path.join(dir, "ghi-chu.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ghi chú");
  ws.getCell("A1").value = "Kế hoạch công tác năm 2026";
  ws.addRow(["Tháng", "Việc", "Người phụ trách"]);
  ws.addRow([1, "Tổng kết năm", "Văn phòng"]);
  wb.addWorksheet("Sheet2");
  await wb.xlsx.writeFile(noRoster);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

/** One sentence on one line: ends with a full stop, no stack frame, no raw error code line. */
function expectOneSentence(err: string): void {
  expect(err.endsWith("\n")).toBe(true);
  expect(err.trimEnd().split("\n")).toHaveLength(1);
  expect(err.trimEnd()).toMatch(/[.!]$/);
  expect(err).not.toMatch(/\bat .*:\d+:\d+|Error:|\bE[A-Z]{3,}\b/);
}

const listing = (): string[] => fs.readdirSync(dir).sort();

describe("a workbook in which no roster is found", () => {
  it.each([["analyze"], ["analyze", "--json"]])("%s: exit 2, one sentence, nothing on stdout", async (...extra) => {
    const vi = await run(...extra.slice(0, 1), noRoster, ...extra.slice(1));
    expect(vi.code).toBe(2);
    expect(vi.out).toBe("");
    expect(vi.err).toBe(
      `Không tìm thấy danh sách cán bộ nào trong “${noRoster}”: không sheet nào có dòng tiêu đề với cột “Họ và tên”; không có gì được ghi.\n`,
    );
    const en = await run(...extra.slice(0, 1), noRoster, ...extra.slice(1), "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^No staff roster found in “.*ghi-chu\.xlsx”: .*nothing was written\.\n$/);
  });

  it("report: exit 2, one sentence, no file written (neither -o nor the default name)", async () => {
    const before = listing();
    const a = await run("report", noRoster, "-o", path.join(dir, "out.xlsx"));
    expect(a.code).toBe(2);
    expect(a.out).toBe("");
    expectOneSentence(a.err);
    expect(a.err).toContain("Không tìm thấy danh sách cán bộ");
    const b = await run("report", noRoster);
    expect(b.code).toBe(2);
    expect(listing()).toEqual(before);
  });
});

describe("-o is checked before any work", () => {
  let reads: jest.SpyInstance;
  beforeEach(() => {
    reads = jest.spyOn(readGrids, "readGridsFromFile");
  });

  it("into a folder that does not exist: exit 2, a sentence naming the folder, nothing read", async () => {
    const out = path.join(dir, "khong-co", "bao-cao.xlsx");
    const r = await run("report", roster, "-o", out);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: `Thư mục “${path.dirname(out)}” của tệp ra không tồn tại; hãy tạo thư mục hoặc chọn -o khác.\n`,
    });
    expect(reads).not.toHaveBeenCalled();
    const en = await run("report", roster, "-o", out, "--lang", "en");
    expect(en.err).toBe(`The output's folder “${path.dirname(out)}” does not exist; create it or choose another -o.\n`);
    const c = await run("consolidate", roster, "-o", out);
    expect(c.code).toBe(2);
    expectOneSentence(c.err);
    expect(reads).not.toHaveBeenCalled();
  });

  it("into a folder that cannot be written (even as root): exit 2, nothing read", async () => {
    const r = await run("report", roster, "-o", "/proc/bao-cao.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toBe("Không ghi được vào thư mục “/proc” (không có quyền ghi hoặc ổ chỉ đọc); hãy chọn -o khác.\n");
    expect(reads).not.toHaveBeenCalled();
  });

  it("under a path whose parent is a file: exit 2", async () => {
    const r = await run("report", roster, "-o", path.join(roster, "x.xlsx"));
    expect(r.code).toBe(2);
    expectOneSentence(r.err);
    expect(reads).not.toHaveBeenCalled();
  });

  it("a symbolic link is refused and its target left alone", async () => {
    const target = path.join(dir, "target.xlsx");
    fs.writeFileSync(target, "giữ nguyên");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(target, link);
    const r = await run("report", roster, "-o", link);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Tệp ra “${link}” là một liên kết (symlink); công cụ không ghi qua liên kết, hãy chọn -o là một tệp thường.\n`);
    expect(fs.readFileSync(target, "utf8")).toBe("giữ nguyên");
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(reads).not.toHaveBeenCalled();
    fs.rmSync(link);
    fs.rmSync(target);
  });

  it("a device, a folder: refused with a sentence", async () => {
    const dev = await run("report", roster, "-o", "/dev/null", "--lang", "en");
    expect(dev).toEqual({
      code: 2,
      out: "",
      err: "The output “/dev/null” is a device or special file, not a plain file; choose another -o.\n",
    });
    const folder = await run("report", roster, "-o", dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toBe(`Tệp ra “${dir}” là một thư mục; hãy cho -o là tên một tệp .xlsx.\n`);
    expect(reads).not.toHaveBeenCalled();
  });

  it("a good -o still works, and no probe file is left behind", async () => {
    const out = path.join(dir, "bao-cao.xlsx");
    const r = await run("report", roster, "-o", out, "--year", "2026");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(fs.existsSync(out)).toBe(true);
    expect(listing().filter((f) => f.startsWith("."))).toEqual([]);
    fs.rmSync(out);
  });
});

describe("faults are sentences too, with exit 2 (exit 1 is for wrong usage only)", () => {
  it("an unexpected fault: the clerk's sentence, not the raw message", async () => {
    jest.spyOn(readGrids, "readGridsFromFile").mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
    const r = await run("analyze", roster);
    expect(r.code).toBe(2);
    expect(r.err).toBe("Công cụ gặp lỗi không mong đợi và đã dừng; không tệp nào bị ghi hay sửa.\n");
    const en = await run("analyze", roster, "--lang", "en");
    expect(en.err).toBe("The tool met an unexpected error and stopped; no file was written or changed.\n");
  });

  it("a refusal of the system (too many open files…): a sentence saying why, no raw code", async () => {
    jest.spyOn(readGrids, "readGridsFromFile").mockRejectedValue(Object.assign(new Error("EMFILE: too many open files"), { code: "EMFILE" }));
    const r = await run("report", roster, "-o", path.join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe("Hệ thống không cho đọc hoặc ghi tệp (quá nhiều tệp đang mở); không tệp nào bị ghi hay sửa.\n");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it("wrong usage is the only exit 1", async () => {
    expect((await run("report")).code).toBe(1);
    expect((await run("report", roster, "-o")).code).toBe(1);
    expect((await run("analyze", roster, "--year", "x")).code).toBe(1);
  });
});
