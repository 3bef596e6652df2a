// Hostile files end fast and small: a bomb in any part, entity expansion, a huge sparse file, a pipe, a
// device. Each run is a real process of the compiled CLI: exit 2, one sentence naming the file, nothing on
// stdout, under 10 s of CPU and under 300 MB (peak RSS), as the process itself reports them (rss.cjs).
import { execFile, execFileSync } from "child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, ftruncateSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { buildXls } from "./make";
import { buildCli, ROOT } from "./compiledCli";
import { HOSTILE } from "./hostile";

const GiB = 1024 * 1024 * 1024;
let dir: string;
let cli: { file: string; remove: () => void };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
}

function run(file: string): Promise<Run> {
  const start = Date.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["-r", join(__dirname, "rss.cjs"), cli.file, "analyze", file, "--json"],
      { cwd: ROOT, timeout: 60000, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        const m = /BDG_TEST_USAGE (\d+) ([\d.]+)\n?/.exec(stderr);
        done({
          code: err ? (typeof err.code === "number" ? err.code : -1) : 0,
          stdout,
          stderr: stderr.replace(/BDG_TEST_USAGE .*\n?/, ""),
          seconds: (Date.now() - start) / 1000,
          cpuSeconds: m ? Number(m[2]) : NaN,
          maxRssMb: m ? Number(m[1]) / 1024 : NaN,
        });
      },
    );
  });
}

function expectRefused(r: Run, file: string, vi: RegExp): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Không đọc được “/);
  expect(lines[0]).toContain(basename(file));
  expect(lines[0]).toMatch(vi);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+|Error:/);
  expect(r.cpuSeconds).toBeLessThan(10);
  expect(r.seconds).toBeLessThan(60);
  expect(r.maxRssMb).toBeLessThan(300);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-hostile-"));
  cli = buildCli();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cli.remove();
});

test.each(HOSTILE.map((h) => [h.label, h] as const))("%s", async (_label, h) => {
  const file = join(dir, `${h.label.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}.xlsx`);
  writeFileSync(file, h.bytes());
  expectRefused(await run(file), file, h.vi);
}, 60000);

/** A sparse file: `head`, then nothing written up to `size` bytes (no disk used, no memory to make). */
function sparse(name: string, head: Buffer, size: number): string {
  const file = join(dir, name);
  const fd = openSync(file, "w");
  writeSync(fd, head, 0, head.length, 0);
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

test("a 1.5 GB sparse file with an OLE2 header is an .xls, told from its directory alone", async () => {
  const file = sparse("lon-cu.xlsx", buildXls(), 1.5 * GiB);
  expectRefused(await run(file), file, /Excel 97–2003/);
}, 60000);

test("a 1.5 GB sparse file with a zip header and no directory is damaged, told from its tail", async () => {
  const file = sparse("lon-zip.xlsx", Buffer.from("PK\x03\x04", "latin1"), 1.5 * GiB);
  expectRefused(await run(file), file, /bị hỏng/);
}, 60000);

test("a named pipe called .xlsx is refused at once, no writer needed", async () => {
  const fifo = join(dir, "ong.xlsx");
  execFileSync("mkfifo", [fifo]);
  expectRefused(await run(fifo), fifo, /không phải một tệp thông thường/);
}, 60000);

test("a device is refused at once", async () => {
  expectRefused(await run("/dev/zero"), "/dev/zero", /không phải một tệp thông thường/);
}, 60000);

describe("the installed command (bin/bdg.js)", () => {
  test("runs the compiled CLI, built by npm install's prepare script, never TypeScript", () => {
    const pkg = JSON.parse(require("fs").readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: { bdg: string }; scripts: Record<string, string> };
    expect(pkg.bin.bdg).toBe("bin/bdg.js");
    expect(pkg.scripts.prepare).toBe("node scripts/build-cli.js");
    const bin = require("fs").readFileSync(join(ROOT, "bin", "bdg.js"), "utf8") as string;
    expect(bin).toContain("dist/cli/bdg.cjs".split("/").pop());
    expect(bin).not.toMatch(/tsx|\.ts["']/);
  });

  test("bin/bdg.js, once built, refuses a bad file as the CLI does", () => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT, stdio: "ignore" });
    const file = join(dir, "rong.xlsx");
    writeFileSync(file, "");
    let code = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [join(ROOT, "bin", "bdg.js"), "analyze", file], { cwd: ROOT, stdio: "pipe" });
    } catch (err) {
      const e = err as { status: number; stderr: Buffer };
      code = e.status;
      stderr = e.stderr.toString();
    }
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Không đọc được “.*rong\.xlsx”: tệp rỗng/);
  }, 60000);
});
