import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { writeSmallRoster } from "./fixture";

let dir: string;
let roster: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bdg-cli-"));
  roster = join(dir, "so-tai-chinh.xlsx");
  await writeSmallRoster(roster);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

// Counted by hand from test/cli/fixture.ts: 16 people of known gender (6 women), Cao Văn Khoa has none.
const expectedJson = {
  staff: { total: 16, female: 6, share: 0.375 },
  indicators: {
    a_deputies: {
      female: 1,
      total: 2,
      share: 0.5,
      target: 0.3,
      met: true,
      levels: { national: { female: 0, total: 0 }, province: { female: 1, total: 1 }, district: { female: 0, total: 1 } },
    },
    b_commune_council: { female: 1, total: 1, share: 1, target: 0.35, met: true, stretchTarget: 0.4, stretchMet: true },
    c_party_committee: { female: 1, total: 3, share: 0.3333, target: 0.25, met: true },
    d_leadership: {
      units: 4,
      unitsAtThreshold: 3,
      unitsWithFemaleKeyLeader: 1,
      flagged: ["Phòng Hành chính", "Phòng Thanh tra"],
      leaders: { female: 1, total: 6, share: 0.1667, heads: { female: 1, total: 4 }, deputies: { female: 0, total: 2 } },
      met: false,
      unitsWithFemaleKeyLeaderShare: 0.25,
      // 2026 picks the strategy's 2030 milestone: 75% of units with a female key leader.
      unitsWithFemaleKeyLeaderTarget: 0.75,
      unitsWithFemaleKeyLeaderMet: false,
    },
    q_succession_pool: { female: 1, total: 2, share: 0.5, target: 0.5, met: true },
    dd_training: { female: 3, total: 4, share: 0.75, target: 0.5, met: true },
  },
  units: [
    { name: "Phòng Kế toán", total: 4, female: 2, share: 0.5, femaleKeyLeader: true, womenRelated: false, flagged: false, atThreshold: true, smallUnit: true },
    { name: "Phòng Hành chính", total: 5, female: 2, share: 0.4, femaleKeyLeader: false, womenRelated: false, flagged: true, atThreshold: true, smallUnit: false },
    { name: "Phòng Thanh tra", total: 3, female: 1, share: 0.3333, femaleKeyLeader: false, womenRelated: false, flagged: true, atThreshold: true, smallUnit: true },
    { name: "Phòng Tin học", total: 4, female: 1, share: 0.25, femaleKeyLeader: false, womenRelated: false, flagged: false, atThreshold: false, smallUnit: true },
  ],
  problems: [
    {
      severity: "error",
      sheet: "DS 2026",
      cell: "D22",
      row: 22,
      col: 4,
      code: "genderMissing",
      message: "Không xác định được giới tính của “Cao Văn Khoa”: ô giới tính để trống.",
    },
  ],
  profile: { id: "nq28-2030", name: "Chiến lược 2021–2030 (NQ 28/NQ-CP, QĐ 2282/QĐ-TTg), mốc 2030" },
  keyLeaderRule: "headOrDeputy",
  // Every key leader of this roster leads a phòng: none is the agency's own.
  leadership_levels: {
    agency: { heads: { female: 0, total: 0 }, deputies: { female: 0, total: 0 }, successionPool: null },
    units: { heads: { female: 1, total: 4 }, deputies: { female: 0, total: 2 }, successionPool: null },
  },
  // Ages on 31/12/2026, counted by hand from the fixture's births; the roster has no other profile column.
  staff_profile: {
    age: {
      upTo30: { female: 0, total: 0 },
      "31to40": { female: 4, total: 8 },
      "41to50": { female: 1, total: 5 },
      "51toRetirement": { female: 1, total: 3 },
      pastRetirement: { female: 0, total: 0 },
      unknown: { female: 0, total: 0 },
    },
    kind: null,
    education: null,
    politicalTheory: null,
    ethnicMinority: null,
    partyMember: null,
  },
  retiring: { female: 0, total: 0, unknownDate: 0 },
  contract_workers: null,
  year: 2026,
  deadline: "2026-12-05",
};

describe("bdg analyze --json", () => {
  it("prints exactly the contract's JSON, shares rounded to 4 decimals", async () => {
    const { code, out, err } = await run("analyze", roster, "--json", "--year", "2026");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual(expectedJson);
    // Contract order of the top-level fields and of the indicators.
    const json = JSON.parse(out);
    expect(Object.keys(json).slice(0, 4)).toEqual(["staff", "indicators", "units", "problems"]);
    expect(Object.keys(json.indicators)).toEqual([
      "a_deputies",
      "b_commune_council",
      "c_party_committee",
      "d_leadership",
      "q_succession_pool",
      "dd_training",
    ]);
  });

  it("speaks English with --lang en and applies --heads-only, --women-related and --profile", async () => {
    const { code, out } = await run(
      "analyze",
      roster,
      "--json",
      "--lang",
      "en",
      "--heads-only",
      "--women-related",
      "Phòng Tin học; ",
      "--profile",
      "nq28-2030",
      "--year=2025",
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.problems[0].message).toBe("Gender of “Cao Văn Khoa” is unknown: the gender cell is empty.");
    expect(json.keyLeaderRule).toBe("headOnly");
    expect(json.year).toBe(2025);
    expect(json.profile.id).toBe("nq28-2030");
    expect(json.indicators.q_succession_pool.target).toBe(0.5);
    // Heads only: the leaders' share counts the four heads; the two deputies are still shown apart.
    expect(json.indicators.d_leadership.leaders).toEqual({
      female: 1,
      total: 4,
      share: 0.25,
      heads: { female: 1, total: 4 },
      deputies: { female: 0, total: 2 },
    });
    // Phòng Tin học (25%) now needs a female key leader as a women-related unit.
    expect(json.indicators.d_leadership.unitsAtThreshold).toBe(4);
    expect(json.indicators.d_leadership.flagged).toEqual(["Phòng Hành chính", "Phòng Thanh tra", "Phòng Tin học"]);
    expect(json.indicators.d_leadership.unitsWithFemaleKeyLeaderTarget).toBe(0.75);
    expect(json.indicators.d_leadership.unitsWithFemaleKeyLeaderMet).toBe(false);
    expect(json.units[3]).toEqual({
      name: "Phòng Tin học",
      total: 4,
      female: 1,
      share: 0.25,
      femaleKeyLeader: false,
      womenRelated: true,
      flagged: true,
      atThreshold: true,
      smallUnit: true,
    });
  });
});

describe("bdg analyze --include-hidden-sheets", () => {
  // The small roster plus a hidden sheet of three people (last year's list): by default a warning names the sheet
  // and nobody on it is counted; with the flag (the pane's setting "Người ở sheet ẩn") they are counted.
  let withHidden: string;
  beforeAll(async () => {
    withHidden = join(dir, "co-sheet-an.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(roster);
    const old = wb.addWorksheet("DS 2025", { state: "hidden" });
    old.getRow(1).values = ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"];
    old.getRow(2).values = [1, "Lưu Thị Hạnh", "Nữ", "Chuyên viên", "Phòng Lưu trữ"];
    old.getRow(3).values = [2, "Kiều Văn Tâm", "Nam", "Chuyên viên", "Phòng Lưu trữ"];
    old.getRow(4).values = [3, "Lạc Thị Yến", "Nữ", "Trưởng phòng", "Phòng Lưu trữ"];
    await wb.xlsx.writeFile(withHidden);
  });

  it("leaves a hidden sheet out with a warning by default, and counts it with the flag", async () => {
    const plain = JSON.parse((await run("analyze", withHidden, "--json")).out);
    expect(plain.staff).toEqual(expectedJson.staff);
    expect(plain.problems.filter((p: { sheet: string; severity: string }) => p.sheet === "DS 2025").map((p: { severity: string }) => p.severity)).toEqual(["warning"]);
    const counted = await run("analyze", withHidden, "--json", "--include-hidden-sheets");
    expect(counted.code).toBe(0);
    const json = JSON.parse(counted.out);
    expect(json.staff).toEqual({ total: 19, female: 8, share: 0.4211 });
    expect(json.units.map((u: { name: string }) => u.name)).toContain("Phòng Lưu trữ");
    expect(json.problems.filter((p: { sheet: string; severity: string }) => p.sheet === "DS 2025" && p.severity === "warning")).toEqual([]);
  });
});

describe("bdg analyze (summary)", () => {
  it("prints a Vietnamese summary with vi-VN shares, targets, verdicts, flagged units and problems", async () => {
    const { code, out, err } = await run("analyze", roster, "--year", "2026");
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines).toContain("Cán bộ, công chức, viên chức: 16 người, trong đó nữ 6 (37,5%)");
    expect(lines).toContain("c) Tỷ lệ nữ tham gia cấp ủy các cấp: 1/3 = 33,3% — chỉ tiêu ≥ 25% — Đạt");
    expect(lines).toContain("   Lãnh đạo chủ chốt: nữ 1/6 = 16,7% (cấp trưởng 1/4 = 25%; cấp phó 0/2 = 0%)");
    expect(lines).toContain("   Đơn vị cần có lãnh đạo chủ chốt là nữ (2):");
    expect(lines).toContain("     - Phòng Hành chính");
    expect(lines).toContain("     - Phòng Thanh tra");
    expect(lines).toContain("đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng: 3/4 = 75% — chỉ tiêu ≥ 50% — Đạt");
    expect(lines).toContain("Vấn đề trong dữ liệu: 1 lỗi, 0 cảnh báo, 0 lưu ý");
    expect(lines).toContain(
      "  Lỗi — DS 2026, ô D22: Không xác định được giới tính của “Cao Văn Khoa”: ô giới tính để trống.",
    );
  });

  it("says Chưa đạt against a stricter target profile", async () => {
    const { out } = await run("analyze", roster, "--profile", "nq28-2021-2030");
    expect(out).toContain("   Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ: 25% — chỉ tiêu ≥ 60% — Chưa đạt");
  });
});

describe("files that cannot be read: exit 2, one line on stderr, no stack", () => {
  const cases: [string, () => string, string, string][] = [
    [
      "a missing file",
      () => join(dir, "không-có.xlsx"),
      "Không đọc được “{f}”: không tìm thấy tệp.",
      "Cannot read “{f}”: file not found.",
    ],
    [
      "random bytes",
      () => {
        const f = join(dir, "random.xlsx");
        writeFileSync(f, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)));
        return f;
      },
      "Không đọc được “{f}”: tệp không phải sổ tính Excel .xlsx.",
      "Cannot read “{f}”: the file is not an Excel .xlsx workbook.",
    ],
    [
      "text named .xlsx",
      () => {
        const f = join(dir, "danh-sach.xlsx");
        writeFileSync(f, "Họ và tên;Giới tính\nNguyễn Thị Hoa;Nữ\n");
        return f;
      },
      "Không đọc được “{f}”: tệp không phải sổ tính Excel .xlsx.",
      "Cannot read “{f}”: the file is not an Excel .xlsx workbook.",
    ],
    [
      "an empty file",
      () => {
        const f = join(dir, "rong.xlsx");
        writeFileSync(f, "");
        return f;
      },
      "Không đọc được “{f}”: tệp rỗng (0 byte).",
      "Cannot read “{f}”: the file is empty (0 bytes).",
    ],
    [
      "an Excel 97–2003 file",
      () => {
        const f = join(dir, "cu.xlsx");
        const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        writeFileSync(f, Buffer.concat([ole2, Buffer.alloc(504), Buffer.from("Workbook", "utf16le"), Buffer.alloc(512)]));
        return f;
      },
      "Không đọc được “{f}”: tệp ở định dạng Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
      "Cannot read “{f}”: the file is in the Excel 97–2003 format (.xls); open it in Excel and save it as .xlsx.",
    ],
    [
      "a password-protected file",
      () => {
        const f = join(dir, "mat-khau.xlsx");
        const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        writeFileSync(f, Buffer.concat([ole2, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(512)]));
        return f;
      },
      "Không đọc được “{f}”: tệp được đặt mật khẩu; hãy gỡ mật khẩu trong Excel rồi thử lại.",
      "Cannot read “{f}”: the file is password-protected; remove the password in Excel and try again.",
    ],
    [
      "a copy cut short",
      () => {
        const f = join(dir, "cat-do.xlsx");
        const whole = readFileSync(roster);
        writeFileSync(f, whole.subarray(0, Math.floor(whole.length * 0.6)));
        return f;
      },
      "Không đọc được “{f}”: tệp .xlsx bị hỏng hoặc chưa được sao chép trọn vẹn.",
      "Cannot read “{f}”: the .xlsx file is damaged or was not copied completely.",
    ],
  ];

  it.each(cases)("%s", async (_label, make, vi, en) => {
    const file = make();
    for (const [lang, text] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      const args = ["analyze", file, "--json"];
      if (lang === "en") args.push("--lang", "en");
      const { code, out, err } = await run(...args);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toBe(`${text.replace("{f}", file)}\n`);
    }
  });
});

describe("usage", () => {
  it("prints help in Vietnamese then English", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    expect(out.indexOf("Cách dùng:")).toBeGreaterThanOrEqual(0);
    expect(out.indexOf("Usage:")).toBeGreaterThan(out.indexOf("Cách dùng:"));
  });

  it("refuses an unknown option or profile with one line and exit 1", async () => {
    const a = await run("analyze", roster, "--bogus");
    expect(a).toEqual({ code: 1, out: "", err: "Tùy chọn không hợp lệ “--bogus”; dùng --help để xem cách dùng.\n" });
    const b = await run("analyze", roster, "--profile", "x", "--lang", "en");
    expect(b.code).toBe(1);
    expect(b.err).toBe("No target profile “x”; available: qd515-2016-2020, nq28-2021-2030, nq28-2030.\n");
    const c = await run("analyse");
    expect(c).toEqual({ code: 1, out: "", err: "Lệnh không hợp lệ “analyse”; dùng --help để xem cách dùng.\n" });
  });
});

describe("dispatch to report and consolidate", () => {
  it("runs report then consolidate through runCli", async () => {
    const out = join(dir, "bao-cao.xlsx");
    const rep = await run("report", roster, "-o", out, "--year", "2026");
    expect(rep.code).toBe(0);
    expect(rep.err).toBe("");
    expect(existsSync(out)).toBe(true);
    const sum = join(dir, "tong-hop.xlsx");
    const con = await run("consolidate", out, "-o", sum);
    expect(con.code).toBe(0);
    expect(existsSync(sum)).toBe(true);
  });
});

describe("the real command", () => {
  it("npm run -s cli prints pure JSON on stdout", async () => {
    const root = resolve(__dirname, "../..");
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number }>((done) => {
      execFile(
        "npm",
        ["run", "-s", "cli", "--", "analyze", roster, "--json", "--year", "2026"],
        { cwd: root, maxBuffer: 1 << 24 },
        (error, stdout, stderr) => done({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
      );
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trimStart().startsWith("{")).toBe(true);
    expect(JSON.parse(stdout)).toEqual(expectedJson);
  });

  it("exits 2 with one line and no stack for text named .xlsx", async () => {
    const root = resolve(__dirname, "../..");
    const f = join(dir, "ghi-chu.xlsx");
    writeFileSync(f, "không phải sổ tính");
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number }>((done) => {
      execFile(process.execPath, [join(root, "bin/bdg.js"), "analyze", f], { cwd: root }, (error, stdout, stderr) =>
        done({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
      );
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`Không đọc được “${f}”: tệp không phải sổ tính Excel .xlsx.\n`);
  });
});
