// "Nothing lost": every file a clerk may wrongly hand the CLI gets one plain sentence (vi by default, en with
// --lang en), exit 2, nothing on stdout, no stack trace; nothing is written and the input keeps its bytes.
// The report may never overwrite its own input, however the path is spelled.
import { createHash } from "crypto";
import { execFile } from "child_process";
import { promises as fsp, existsSync, lstatSync, readdirSync, readlinkSync } from "fs";
import { tmpdir } from "os";
import { basename, join, resolve } from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { buildEncryptedXlsx, buildXls, buildZip } from "./make";

const ROOT = resolve(__dirname, "../..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

/** sha256 of a file, or of "missing"/"directory" so a test can say it stayed what it was. */
async function fingerprint(path: string): Promise<string> {
  if (!existsSync(path)) return "missing";
  const st = lstatSync(path);
  if (st.isDirectory()) return `directory:${readdirSync(path).sort().join("|")}`;
  if (st.isSymbolicLink()) return `symlink:${readlinkSync(path)}`;
  return createHash("sha256").update(await fsp.readFile(path)).digest("hex");
}

/** The clerk's message: exactly one line, no "Error:", no stack frame, no Node error code. */
function expectOneCleanLine(stderr: string): string {
  expect(stderr.endsWith("\n")).toBe(true);
  const lines = stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  const line = lines[0];
  expect(line).not.toMatch(/Error:/);
  expect(line).not.toMatch(/\bat .*\(.*:\d+:\d+\)|^\s*at /);
  expect(line).not.toMatch(/\bE[A-Z]{3,}\b/); // ENOENT, EISDIR…
  expect(line).not.toMatch(/undefined|null|\[object /);
  return line;
}

let dir: string;

async function roster(path: string, withRoster: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (withRoster) {
    const ws = wb.addWorksheet("DS 2026");
    ws.addRow(["SỞ TÀI CHÍNH"]);
    ws.addRow(["DANH SÁCH CÁN BỘ, CÔNG CHỨC"]);
    ws.addRow([]);
    ws.addRow(["STT", "Họ và tên", "Giới tính", "Đơn vị", "Chức vụ"]);
    ws.addRow([1, "Nguyễn Thị Hoa", "Nữ", "Phòng Hành chính", "Trưởng phòng"]);
    ws.addRow([2, "Lê Văn Nam", "Nam", "Phòng Hành chính", "Chuyên viên"]);
    ws.addRow([3, "Trần Thị Mai", "Nữ", "Phòng Kế hoạch", "Phó Trưởng phòng"]);
  } else {
    const ws = wb.addWorksheet("Hướng dẫn");
    ws.addRow(["Hướng dẫn điền biểu mẫu"]);
    ws.addRow(["1. Điền đầy đủ thông tin vào các ô."]);
    ws.addRow(["2. Gửi về Sở Nội vụ trước ngày 05/12."]);
    wb.addWorksheet("Tổng hợp").addRow(["Tổng số", 120, "Nữ", 54]);
  }
  await wb.xlsx.writeFile(path);
}

interface BadFile {
  label: string;
  /** Makes the file (or not) in dir; returns its path. */
  make: () => Promise<string>;
  vi: RegExp;
  en: RegExp;
}

const BAD: BadFile[] = [
  {
    label: "random bytes named .xlsx",
    make: async () => {
      const p = join(dir, "ngau-nhien.xlsx");
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
      await fsp.writeFile(p, bytes);
      return p;
    },
    vi: /không phải sổ tính Excel/,
    en: /not an Excel/,
  },
  {
    label: "an empty file",
    make: async () => {
      const p = join(dir, "rong.xlsx");
      await fsp.writeFile(p, "");
      return p;
    },
    vi: /rỗng/,
    en: /empty/,
  },
  {
    label: "a CSV named .xlsx",
    make: async () => {
      const p = join(dir, "danh-sach-csv.xlsx");
      await fsp.writeFile(p, "STT,Họ và tên,Giới tính\n1,Nguyễn Thị Hoa,Nữ\n2,Lê Văn Nam,Nam\n", "utf8");
      return p;
    },
    vi: /không phải sổ tính Excel/,
    en: /not an Excel/,
  },
  {
    label: "a truncated .xlsx (a real one cut in half)",
    make: async () => {
      const whole = join(dir, "nguyen-ven.tmp");
      await roster(whole, true);
      const bytes = await fsp.readFile(whole);
      await fsp.unlink(whole);
      const p = join(dir, "bi-cat.xlsx");
      await fsp.writeFile(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return p;
    },
    vi: /bị hỏng|chưa được sao chép trọn vẹn/,
    en: /damaged|not copied completely/,
  },
  {
    label: "an Excel 97–2003 .xls (OLE2 with a Workbook stream)",
    make: async () => {
      const p = join(dir, "cu.xlsx");
      await fsp.writeFile(p, buildXls());
      return p;
    },
    vi: /Excel 97–2003 \(\.xls\).*lưu lại.*\.xlsx/,
    en: /Excel 97–2003.*save it as \.xlsx/,
  },
  {
    label: "a password-protected workbook (OLE2 with EncryptionInfo + EncryptedPackage)",
    make: async () => {
      const p = join(dir, "mat-khau.xlsx");
      await fsp.writeFile(p, buildEncryptedXlsx());
      return p;
    },
    vi: /mật khẩu/,
    en: /password/,
  },
  {
    label: "a zip of a text file named .xlsx",
    make: async () => {
      const p = join(dir, "nen.xlsx");
      await fsp.writeFile(p, buildZip([{ name: "ghi-chu.txt", data: Buffer.from("Danh sách gửi sau.\n", "utf8") }]));
      return p;
    },
    vi: /không phải sổ tính Excel/,
    en: /not an Excel workbook/,
  },
  {
    label: "a missing file",
    make: async () => join(dir, "khong-co.xlsx"),
    vi: /không tìm thấy tệp/,
    en: /not found/,
  },
  {
    label: "a directory",
    make: async () => {
      const p = join(dir, "thu-muc.xlsx");
      await fsp.mkdir(p, { recursive: true });
      await fsp.writeFile(join(p, "a.txt"), "x");
      return p;
    },
    // A clerk who picked a folder should be told it is a folder, not that it is "not an Excel workbook".
    vi: /thư mục/,
    en: /folder|directory/,
  },
];

beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), "bdg-badfiles-"));
});

afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe.each(BAD)("$label", (bad) => {
  let file: string;
  beforeAll(async () => {
    file = await bad.make();
  });

  test.each([
    ["vi", [] as string[]],
    ["en", ["--lang", "en"]],
  ])("analyze --json (%s): exit 2, one plain line on stderr, nothing on stdout, file untouched", async (lang, extra) => {
    const before = await fingerprint(file);
    const run = await cli("analyze", file, "--json", ...extra);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const line = expectOneCleanLine(run.stderr);
    expect(line).toMatch(lang === "vi" ? bad.vi : bad.en);
    expect(line).toContain(basename(file));
    if (lang === "vi") expect(line).toMatch(/^Không đọc được/);
    else expect(line).toMatch(/^Cannot read/);
    expect(await fingerprint(file)).toBe(before);
  });

  test("report -o OUT: exit 2, OUT not created, nothing written beside the input", async () => {
    const out = join(dir, `ra-${basename(file)}`);
    const before = await fingerprint(file);
    const listing = readdirSync(dir).sort();
    const run = await cli("report", file, "-o", out);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(expectOneCleanLine(run.stderr)).toMatch(bad.vi);
    expect(existsSync(out)).toBe(false);
    expect(await fingerprint(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  test("consolidate it with a good report: exit 2, OUT not created", async () => {
    const good = join(dir, "so-khac.bao-cao.xlsx");
    if (!existsSync(good)) await roster(good, true);
    const out = join(dir, `tong-hop-${basename(file)}`);
    const before = await fingerprint(file);
    const run = await cli("consolidate", good, file, "-o", out);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(expectOneCleanLine(run.stderr)).toMatch(bad.vi);
    expect(existsSync(out)).toBe(false);
    expect(await fingerprint(file)).toBe(before);
  });

  test("report without -o: nothing written next to the input", async () => {
    const before = await fingerprint(file);
    const listing = readdirSync(dir).sort();
    const run = await cli("report", file, "--lang", "en");
    expect(run.code).toBe(2);
    expect(expectOneCleanLine(run.stderr)).toMatch(bad.en);
    expect(readdirSync(dir).sort()).toEqual(listing);
    expect(await fingerprint(file)).toBe(before);
  });
});

describe("the process itself (bin/bdg.js)", () => {
  // Through a real process: an error that escapes asynchronously (a stream's late 'error', an
  // unhandled rejection) would print a stack after runCli returned; only a real process shows it.
  test("every bad file: exit 2, one line on stderr, empty stdout", async () => {
    const files = await Promise.all(BAD.map(async (b) => ({ b, file: await b.make() })));
    const runOne = (file: string) =>
      new Promise<Run>((done) => {
        execFile(process.execPath, [join(ROOT, "bin/bdg.js"), "analyze", file, "--json"], { cwd: ROOT, timeout: 60000 }, (err, stdout, stderr) => {
          const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
          done({ code, stdout, stderr });
        });
      });
    // Two at a time: the machine has two cores.
    const results: { label: string; run: Run }[] = [];
    for (let i = 0; i < files.length; i += 2) {
      const pair = files.slice(i, i + 2);
      const runs = await Promise.all(pair.map((f) => runOne(f.file)));
      runs.forEach((run, k) => results.push({ label: pair[k].b.label, run }));
    }
    for (const { label, run } of results) {
      expect({ label, code: run.code, stdout: run.stdout }).toEqual({ label, code: 2, stdout: "" });
      const line = expectOneCleanLine(run.stderr);
      expect({ label, ok: BAD.find((b) => b.label === label)!.vi.test(line) }).toEqual({ label, ok: true });
    }
  }, 180000);
});

describe("a valid workbook with no roster in it", () => {
  let file: string;
  beforeAll(async () => {
    file = join(dir, "huong-dan.xlsx");
    await roster(file, false);
  });

  // Issue 11: nothing to count is not a result; exit 2 with one sentence, and report writes nothing.
  test("analyze exits 2 with one sentence; the file is left as it was", async () => {
    const before = await fingerprint(file);
    const run = await cli("analyze", file, "--json");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(expectOneCleanLine(run.stderr)).toMatch(/^Không tìm thấy danh sách cán bộ nào trong “.*huong-dan\.xlsx”/);
    expect(await fingerprint(file)).toBe(before);
  });

  test("analyze --lang en speaks English", async () => {
    const run = await cli("analyze", file, "--json", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^No staff roster found in /);
  });

  test("report exits 2 and writes nothing", async () => {
    const out = join(dir, "huong-dan.bao-cao.xlsx");
    const run = await cli("report", file, "-o", out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("report never overwrites its input", () => {
  let file: string;
  let sub: string;
  beforeAll(async () => {
    sub = join(dir, "so-tai-chinh");
    await fsp.mkdir(sub, { recursive: true });
    file = join(sub, "ds.xlsx");
    await roster(file, true);
  });

  test("control: report -o OUT on the same workbook succeeds and leaves it unchanged", async () => {
    const before = await fingerprint(file);
    const out = join(dir, "bao-cao.xlsx");
    const run = await cli("report", file, "-o", out, "--year", "2026");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(await fingerprint(file)).toBe(before);
    await fsp.unlink(out);
  });

  const spellings: [string, () => Promise<{ input: string; out: string }>][] = [
    ["-o X", async () => ({ input: file, out: file })],
    ["-o ./X (relative, from its folder)", async () => ({ input: file, out: "./ds.xlsx" })],
    ["-o dir/../dir/X", async () => ({ input: file, out: join(sub, "..", basename(sub), "ds.xlsx") })],
    [
      "-o a symlink to X",
      async () => {
        const link = join(dir, "lien-ket.xlsx");
        if (!existsSync(link)) await fsp.symlink(file, link);
        return { input: file, out: link };
      },
    ],
    [
      "input through a symlink, -o X",
      async () => {
        const link = join(dir, "lien-ket-2.xlsx");
        if (!existsSync(link)) await fsp.symlink(file, link);
        return { input: link, out: file };
      },
    ],
    [
      "-o a hard link to X",
      async () => {
        const hard = join(dir, "cung-tep.xlsx");
        if (!existsSync(hard)) await fsp.link(file, hard);
        return { input: file, out: hard };
      },
    ],
  ];

  test.each(spellings)("report X %s is refused and X is unchanged", async (_label, make) => {
    const { input, out } = await make();
    const before = await fingerprint(file);
    const outBefore = await fingerprint(out.startsWith("./") ? join(sub, out) : out);
    const cwd = process.cwd();
    process.chdir(sub);
    let run: Run;
    try {
      run = await cli("report", input, "-o", out);
    } finally {
      process.chdir(cwd);
    }
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe("");
    const line = expectOneCleanLine(run.stderr);
    expect(line.length).toBeGreaterThan(10);
    expect(await fingerprint(file)).toBe(before);
    expect(await fingerprint(out.startsWith("./") ? join(sub, out) : out)).toBe(outBefore);
  });
});
