// npm run bench [-- 10000 100000 300000]: how `bdg analyze --json` compares with a bare ExcelJS
// streaming read of the same file (the floor), and what the engine alone costs on in-memory grids.
// Bars (issue): on 100k rows analyze ≤ 1.5× the floor and < 400 MB; engine alone well under a second.
import { execFileSync, spawn } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { cpus, platform, release, totalmem } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import { writeBenchRoster } from "./roster";
import { excelFakeBench } from "./excelFake";
import { buildPane, initialScripts } from "../test/browser/build";
import { readGridsFromFile } from "../src/xlsx/readGrids";
import { readWorkbook } from "../src/reading";
import { analyze } from "../src/domain/analysis";
import { resolveOptions } from "../src/domain/options";
import { defaultSettings } from "../src/domain/settings";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "bench", "out");
/** Bump when the generator changes, so cached files are written again. */
const GENERATOR_VERSION = 1;

interface ChildRun {
  seconds: number;
  maxRssMb: number;
  code: number;
  stdoutBytes: number;
  stderr: string;
}

/** Runs `node -r bench/rss.js …args`, timing it from spawn to exit; the preload reports peak RSS. */
function runChild(args: string[]): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["-r", join(ROOT, "bench", "rss.js"), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdoutBytes = 0;
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdoutBytes += b.length));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      const m = /BDG_BENCH_MAXRSS_KB (\d+)/.exec(stderr);
      done({
        seconds,
        maxRssMb: m ? Number(m[1]) / 1024 : NaN,
        code: code ?? -1,
        stdoutBytes,
        stderr: stderr.replace(/\s*BDG_BENCH_MAXRSS_KB \d+\s*/, "").trim(),
      });
    });
  });
}

async function best(n: number, f: () => Promise<ChildRun>): Promise<ChildRun> {
  let b: ChildRun | undefined;
  for (let i = 0; i < n; i++) {
    const r = await f();
    if (r.code !== 0) throw new Error(`child failed (${r.code}): ${r.stderr}`);
    if (!b || r.seconds < b.seconds) b = { ...r, maxRssMb: Math.max(r.maxRssMb, b?.maxRssMb ?? 0) };
  }
  return b!;
}

async function ensureRoster(people: number): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `roster-${people}.xlsx`);
  const stamp = `${path}.json`;
  const want = JSON.stringify({ version: GENERATOR_VERSION, people });
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, "utf8") === want) return path;
  const t = performance.now();
  await writeBenchRoster(path, people);
  writeFileSync(stamp, want);
  console.error(`  wrote ${path} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return path;
}

/** Our own read, then the engine alone (readWorkbook + analyze) on the grids in memory: best of `reps`. */
async function engineTimes(path: string, reps: number): Promise<{ readS: number; readerS: number; analyzeS: number; people: number; problems: number }> {
  const t0 = performance.now();
  const grids = await readGridsFromFile(path);
  const readS = (performance.now() - t0) / 1000;
  const settings = defaultSettings();
  let readerS = Infinity;
  let analyzeS = Infinity;
  let people = 0;
  let problems = 0;
  for (let i = 0; i < reps; i++) {
    const a = performance.now();
    const roster = readWorkbook(grids, { overrides: [], year: settings.year });
    const b = performance.now();
    const analysis = analyze(roster, resolveOptions(settings));
    const c = performance.now();
    readerS = Math.min(readerS, (b - a) / 1000);
    analyzeS = Math.min(analyzeS, (c - b) / 1000);
    people = analysis.staff.total;
    problems = analysis.problems.length;
  }
  return { readS, readerS, analyzeS, people, problems };
}

const fmt = (n: number, d = 2) => n.toFixed(d);

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const plan = sizes.length ? sizes : [10_000, 100_000, 300_000];
  const cpu = cpus()[0]?.model ?? "unknown";
  console.log(`Machine: ${platform()} ${release()}, ${cpu}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM, node ${process.version}`);
  console.log("");

  // The CLI as installed: compiled once by esbuild (scripts/build-cli.js), so no TypeScript is compiled
  // while it runs. `npm run cli` / bin/bdg.js run the same code through tsx, ~0.15 s more at start.
  console.error("compiling the CLI…");
  mkdirSync(OUT, { recursive: true });
  const bdg = join(OUT, "bdg.cjs");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js"), bdg], { cwd: ROOT, stdio: "ignore" });
  console.error("warming up…");
  const warm = await ensureRoster(1000);
  await runChild([bdg, "analyze", warm, "--json"]);

  const rows: string[] = [];
  const bars: string[] = [];
  for (const people of plan) {
    console.error(`${people} rows…`);
    const path = await ensureRoster(people);
    const mb = statSync(path).size / 2 ** 20;
    const reps = people > 150_000 ? 1 : 3;
    const floor = await best(reps, () => runChild([join(ROOT, "bench", "floor.js"), path]));
    const cli = await best(reps, () => runChild([bdg, "analyze", path, "--json"]));
    const engine = await engineTimes(path, reps);
    const ratio = cli.seconds / floor.seconds;
    rows.push(
      `| ${people.toLocaleString("en-US")} | ${fmt(mb, 1)} | ${fmt(floor.seconds)} | ${fmt(floor.maxRssMb, 0)} | ` +
        `${fmt(cli.seconds)} | ${fmt(cli.maxRssMb, 0)} | ${fmt(ratio)}× | ${fmt(engine.readS)} | ` +
        `${fmt(engine.readerS, 3)} + ${fmt(engine.analyzeS, 3)} | ${engine.people.toLocaleString("en-US")} | ${engine.problems} |`,
    );
    if (people === 100_000) {
      bars.push(`- analyze ≤ 1.5× floor on 100k: ${fmt(ratio)}× → ${ratio <= 1.5 ? "met" : "NOT met"}`);
      bars.push(`- analyze < 400 MB on 100k: ${fmt(cli.maxRssMb, 0)} MB → ${cli.maxRssMb < 400 ? "met" : "NOT met"}`);
      const eng = engine.readerS + engine.analyzeS;
      bars.push(`- engine alone well under 1 s on 100k: ${fmt(eng, 3)} s → ${eng < 0.5 ? "met" : eng < 1 ? "under 1 s" : "NOT met"}`);
    }
  }
  console.log(
    "| rows | file MB | floor: ExcelJS stream read (s) | floor peak RSS (MB) | `bdg analyze --json` (s) | " +
      "bdg peak RSS (MB) | ratio | our grid read in-process (s) | engine: readWorkbook + analyze (s) | staff counted | problems |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(r);
  console.log("");
  console.log("Wall times are child processes from spawn to exit (node startup included); best of 3 runs, one run above 150k rows.");
  console.log("Peak RSS is process.resourceUsage().maxRSS reported by each child on exit (bench/rss.js).");
  console.log("The CLI runs as `node bench/out/bdg.cjs` (scripts/build-cli.js: the CLI compiled by esbuild, packages from node_modules).");
  if (bars.length) {
    console.log("");
    console.log(bars.join("\n"));
  }

  // The office.js gateway reading a 100,000-row roster from the fake Excel (test/fakes/fakeExcel.ts).
  console.error("fake Excel…");
  console.log("");
  console.log("| office.js gateway, 100,000 rows (fake Excel) | blocks | syncs | largest response (MB) | mean response (MB) | Excel on the web's limit (MB) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  const mb = (n: number) => (n / 2 ** 20).toFixed(2);
  for (const r of await excelFakeBench(100_000)) {
    console.log(`| ${r.platform} block sizes | ${r.blocks} | ${r.syncs} | ${mb(r.maxBytesPerSync)} | ${mb(r.meanBytesPerSync)} | ${mb(r.payloadLimit)} |`);
  }

  // The task pane's initial JavaScript (what Excel loads before the pane shows), production build.
  console.error("building the task pane…");
  const dist = buildPane();
  const scripts = initialScripts(dist);
  const raw = scripts.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const gz = scripts.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  console.log("");
  console.log(`Initial task-pane JS (${scripts.join(", ")}): ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (budget 250 KB); ExcelJS only in the lazy demo chunk.`);
  rmSync(dist, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
