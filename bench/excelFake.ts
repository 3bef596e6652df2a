// Benchmark of the office.js gateway on the fake Excel: a 100,000-row roster read with the web's
// and the desktop's block sizes. Reports syncs and response bytes per sync against the 5 MB limit.
// Run alone: npx tsx bench/excelFake.ts   (bench/run.ts may import excelFakeBench).
import { benchmarkFakeRead, type FakeReadBenchmark } from "../test/fakes/fakeExcel";

export interface ExcelFakeBenchResult extends Omit<FakeReadBenchmark, "bytesPerSync"> {
  meanBytesPerSync: number;
  bytesPerSync: number[];
}

export async function excelFakeBench(rows = 100_000): Promise<ExcelFakeBenchResult[]> {
  const results: ExcelFakeBenchResult[] = [];
  for (const platform of ["web", "desktop"] as const) {
    const r = await benchmarkFakeRead(rows, platform);
    const total = r.bytesPerSync.reduce((a, b) => a + b, 0);
    results.push({ ...r, meanBytesPerSync: Math.round(total / r.bytesPerSync.length) });
  }
  return results;
}

if (require.main === module) {
  excelFakeBench()
    .then((results) => {
      for (const r of results) {
        const mb = (n: number) => (n / (1024 * 1024)).toFixed(2);
        console.log(
          `${r.platform}: ${r.rows} rows, ${r.syncs} syncs (${r.blocks} blocks + 2), ` +
            `max ${mb(r.maxBytesPerSync)} MB / sync (limit ${mb(r.payloadLimit)} MB), ${r.milliseconds} ms`,
        );
      }
      console.log(JSON.stringify(results.map(({ bytesPerSync, ...rest }) => ({ ...rest, bytesPerSync }))));
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    });
}
