// npm run bench [-- 10000 100000 300000]: one table. For each size, the installed command
// (`node bin/bdg.js analyze FILE --json`) beside a bare ExcelJS streaming read of the same file (bench/floor.js),
// run alternately as child processes: wall, CPU (user + sys), peak RSS, and the ratio to the ExcelJS read.
// Then the demo pane in Chromium on the 100,000-row file: file chosen → figures shown, and its memory.
// Bars (issue 9): analyze on 100k ≤ 0.8× the ExcelJS read and < 250 MB; the pane on 100k < 2.5 s.
import { execFileSync, spawn } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { cpus, loadavg, platform, release, totalmem } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { writeBenchRoster, writeThinRoster } from "./roster";
import { MAX_CELLS, ROW_CELLS } from "../src/xlsx/limits";
import { measurePane, type PaneRun } from "./pane";
import { buildPane } from "../test/browser/build";
import { systemTool } from "../test/support/systemTools";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "bench", "out");
/** Bump when the generator changes, so cached files are written again. */
const GENERATOR_VERSION = 1;
const BDG = join(ROOT, "bin", "bdg.js");
const FLOOR = join(ROOT, "bench", "floor.js");
const PANE_ROWS = 100_000;

interface ChildRun {
  wallS: number;
  cpuS: number;
  maxRssMb: number;
}

/** Runs `node -r bench/rss.js …args`, timed from spawn to exit; the preload reports peak RSS and CPU. */
function runChild(args: string[]): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["-r", join(ROOT, "bench", "rss.js"), ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const wallS = (performance.now() - start) / 1000;
      const m = /BDG_BENCH_USAGE (\d+) (\d+) (\d+)/.exec(stderr);
      if (code !== 0 || !m) {
        fail(new Error(`${args.join(" ")} failed (${code}): ${stderr.replace(/\s*BDG_BENCH_USAGE.*/, "").trim()}`));
        return;
      }
      done({ wallS, maxRssMb: Number(m[1]) / 1024, cpuS: (Number(m[2]) + Number(m[3])) / 1e6 });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median wall and CPU of the runs; peak RSS the largest seen. */
function summary(runs: ChildRun[]): ChildRun {
  return { wallS: median(runs.map((r) => r.wallS)), cpuS: median(runs.map((r) => r.cpuS)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

/** The two commands alternately, `reps` times each, so a change in the machine's load hits both alike. */
async function sideBySide(file: string, reps: number): Promise<{ floor: ChildRun; bdg: ChildRun }> {
  const floor: ChildRun[] = [];
  const bdg: ChildRun[] = [];
  for (let i = 0; i < reps; i++) {
    floor.push(await runChild([FLOOR, file]));
    bdg.push(await runChild([BDG, "analyze", file, "--json"]));
  }
  return { floor: summary(floor), bdg: summary(bdg) };
}

async function ensureRoster(people: number, thin = false): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${thin ? "thin" : "roster"}-${people}.xlsx`);
  const stamp = `${path}.json`;
  const want = JSON.stringify({ version: GENERATOR_VERSION, people });
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, "utf8") === want) return path;
  const t = performance.now();
  await (thin ? writeThinRoster : writeBenchRoster)(path, people);
  writeFileSync(stamp, want);
  console.error(`  wrote ${path} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return path;
}

const n2 = (n: number) => n.toFixed(2);
const n0 = (n: number) => n.toFixed(0);
const rowsOf = (n: number) => n.toLocaleString("en-US");

async function paneRun(file: string): Promise<PaneRun | string> {
  if (!systemTool("chromium")) return "Chromium not installed: pane not measured";
  console.error("building the task pane (production)…");
  const dist = buildPane();
  try {
    console.error("demo pane in Chromium…");
    return await measurePane(dist, file, 3);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const plan = sizes.length ? sizes : [10_000, 100_000, 300_000];
  const cpu = cpus()[0]?.model ?? "unknown";
  const load = () => loadavg()[0].toFixed(1);
  console.log(`Machine: ${platform()} ${release()}, ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.version}; load average at start ${load()}`);
  console.log("");

  // As `npm install` does (the prepare script): bin/bdg.js runs the CLI compiled to dist/cli/bdg.cjs.
  console.error("compiling the CLI (scripts/build-cli.js)…");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT, stdio: "ignore" });
  console.error("warming up…");
  const warm = await ensureRoster(1000);
  await sideBySide(warm, 1);

  const lines: string[] = [];
  const bars: string[] = [];
  const peaks: number[] = [];
  for (const people of plan) {
    console.error(`${people} rows…`);
    const file = await ensureRoster(people);
    const mb = n2(statSync(file).size / 2 ** 20);
    const reps = people > 150_000 ? 3 : 5;
    const { floor, bdg } = await sideBySide(file, reps);
    const ratio = bdg.wallS / floor.wallS;
    const cpuRatio = bdg.cpuS / floor.cpuS;
    peaks.push(bdg.maxRssMb);
    lines.push(`| ${rowsOf(people)} | ${mb} | ExcelJS stream read (bench/floor.js) | ${n2(floor.wallS)} | ${n2(floor.cpuS)} | ${n0(floor.maxRssMb)} | 1 |`);
    lines.push(`| ${rowsOf(people)} | ${mb} | \`node bin/bdg.js analyze FILE --json\` | ${n2(bdg.wallS)} | ${n2(bdg.cpuS)} | ${n0(bdg.maxRssMb)} | ${n2(ratio)}× wall, ${n2(cpuRatio)}× CPU |`);
    if (people === PANE_ROWS) {
      bars.push(`- bdg analyze on 100k ≤ 0.8× the ExcelJS read: ${n2(ratio)}× wall (${n2(cpuRatio)}× CPU) → ${ratio <= 0.8 ? "met" : "NOT met"}`);
      bars.push(`- bdg analyze on 100k under 250 MB: ${n0(bdg.maxRssMb)} MB → ${bdg.maxRssMb < 250 ? "met" : "NOT met"}`);
    }
  }

  // The largest roster the reader's budget lets through: rows of STT, name and gender, a row charged as
  // ROW_CELLS cells, each cell as one and each distinct name once more (a shared string), just under
  // MAX_CELLS (src/xlsx/limits.ts).
  const thinPeople = Math.floor(MAX_CELLS / (ROW_CELLS + 3 + 1) / 10_000) * 10_000;
  console.error(`${thinPeople} thin rows (the reader's limit)…`);
  const thin = await ensureRoster(thinPeople, true);
  const thinMb = n2(statSync(thin).size / 2 ** 20);
  const limit = await sideBySide(thin, 3);
  const limitRatio = limit.bdg.wallS / limit.floor.wallS;
  lines.push(`| ${rowsOf(thinPeople)} (STT, name, gender: the limit) | ${thinMb} | ExcelJS stream read (bench/floor.js) | ${n2(limit.floor.wallS)} | ${n2(limit.floor.cpuS)} | ${n0(limit.floor.maxRssMb)} | 1 |`);
  lines.push(
    `| ${rowsOf(thinPeople)} (STT, name, gender: the limit) | ${thinMb} | \`node bin/bdg.js analyze FILE --json\` | ${n2(limit.bdg.wallS)} | ${n2(limit.bdg.cpuS)} | ${n0(limit.bdg.maxRssMb)} | ${n2(limitRatio)}× wall, ${n2(limit.bdg.cpuS / limit.floor.cpuS)}× CPU |`,
  );
  const biggest = Math.max(limit.bdg.maxRssMb, ...peaks);
  bars.push(`- bdg analyze stays under 300 MB on any roster the limits let through: at most ${n0(biggest)} MB above → ${biggest < 300 ? "met" : "NOT met"}`);

  const pane = await paneRun(await ensureRoster(PANE_ROWS));
  if (typeof pane === "string") {
    lines.push(`| ${rowsOf(PANE_ROWS)} | | demo pane in Chromium | ${pane} | | | |`);
  } else {
    const mb = n2(statSync(await ensureRoster(PANE_ROWS)).size / 2 ** 20);
    lines.push(
      `| ${rowsOf(PANE_ROWS)} | ${mb} | demo pane in Chromium: file chosen → figures shown | ${n2(pane.seconds)} | ${n2(pane.cpuS)} | ` +
        `JS heap ${n0(pane.mainHeapMb)} page + ${n0(pane.workerHeapMb)} worker; renderer RSS ${n0(pane.rendererPeakMb)} | longest main-thread stall ${n2(pane.longestStallS)} s |`,
    );
    bars.push(`- demo pane shows a 100k roster's figures in under 2.5 s: ${n2(pane.seconds)} s → ${pane.seconds < 2.5 ? "met" : "NOT met"}`);
  }

  console.log("| rows | file MB | what ran | wall (s) | CPU user+sys (s) | peak memory (MB) | ÷ ExcelJS read |");
  console.log("|---:|---:|---|---:|---:|---:|---|");
  for (const l of lines) console.log(l);
  console.log("");
  console.log("Child processes timed from spawn to exit (node start-up included), the two commands run alternately, median of 5 (3 above 150k rows);");
  console.log("CPU and peak RSS (largest of the runs) from process.resourceUsage() at exit (bench/rss.js).");
  console.log("The pane: production build on 127.0.0.1, a fresh Chromium per run, best of 3; time from the file input's change event to the staff");
  console.log("figures in the page; JS heap = the page's largest performance.memory.usedJSHeapSize, and the worker's largest used heap");
  console.log("(Runtime.getHeapUsage every 100 ms over the DevTools protocol);");
  console.log("renderer = the renderer process's peak RSS (VmHWM: page + worker + Chromium's own); its CPU from /proc (page + worker threads).");
  console.log(`Load average at the end: ${load()}.`);
  console.log("");
  console.log(bars.join("\n"));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
