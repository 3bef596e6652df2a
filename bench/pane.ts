// The demo pane in Chromium on one roster: from the file chosen to the figures shown, with the main
// thread's JS heap, the longest stall of the main thread, and the renderer's peak memory (main + worker).
import { readFileSync } from "fs";
import type { Server } from "http";
import { basename } from "path";
import type { Browser } from "playwright-core";
import { launchChromium, originOf, serve } from "../test/browser/serve";

export interface PaneRun {
  /** File chosen (the input's change event) → the staff figures in the page, seconds. */
  seconds: number;
  /** The main thread's largest used JS heap seen while reading (sampled every 20 ms), MB. */
  mainHeapMb: number;
  /** The longest the main thread did not run a 20 ms timer, seconds (how long the pane froze at worst). */
  longestStallS: number;
  /** The renderer process's peak resident memory (VmHWM: the page, its worker, everything), MB. */
  rendererPeakMb: number;
  /** The staff line the pane showed. */
  staff: string;
}

/** The renderer processes' peak RSS in MB, from /proc (Linux), by the pids Chromium reports. */
async function rendererPeakMb(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const info = (await cdp.send("SystemInfo.getProcessInfo")) as { processInfo: { type: string; id: number }[] };
  let peak = 0;
  for (const p of info.processInfo.filter((x) => x.type === "renderer")) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, "utf8"));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // the process ended
    }
  }
  await cdp.detach();
  return peak;
}

/**
 * Runs in the page: on the file input's change, a 20 ms timer records the heap and the longest gap between
 * its ticks; the first appearance of the staff figures stops the clock.
 */
const PROBE = `(() => {
  const b = (window.__bench = { t0: 0, t1: 0, heap: 0, stall: 0, last: 0 });
  const mem = () => (performance.memory ? performance.memory.usedJSHeapSize : 0);
  document.addEventListener("change", () => {
    b.t0 = performance.now();
    b.last = b.t0;
    const tick = setInterval(() => {
      const now = performance.now();
      b.stall = Math.max(b.stall, now - b.last);
      b.last = now;
      b.heap = Math.max(b.heap, mem());
      if (b.t1) clearInterval(tick);
    }, 20);
  }, true);
  new MutationObserver((_m, obs) => {
    if (b.t0 && document.querySelector('[data-testid="staff"]')) {
      b.t1 = performance.now();
      b.heap = Math.max(b.heap, mem());
      obs.disconnect();
    }
  }).observe(document.body, { childList: true, subtree: true });
})()`;

/** One fresh browser per run, so the renderer's peak memory is this file's alone. */
async function onePaneRun(server: Server, file: string): Promise<PaneRun> {
  const browser = await launchChromium(["--enable-precise-memory-info"]);
  try {
    const origin = originOf(server);
    const page = await (await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "vi-VN" })).newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("blockedbyclient")));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Mở tệp .xlsx" }).waitFor({ timeout: 60_000 });
    // A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
    await page.evaluate(PROBE);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở tệp .xlsx" }).click()]);
    await chooser.setFiles({ name: basename(file), mimeType: "application/octet-stream", buffer: readFileSync(file) });
    await page.getByTestId("staff").waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0);
    const b = await page.evaluate(() => (window as unknown as { __bench: { t0: number; t1: number; heap: number; stall: number } }).__bench);
    const staff = (await page.getByTestId("staff").textContent()) ?? "";
    return {
      seconds: (b.t1 - b.t0) / 1000,
      mainHeapMb: b.heap / 2 ** 20,
      longestStallS: b.stall / 1000,
      rendererPeakMb: await rendererPeakMb(browser),
      staff,
    };
  } finally {
    await browser.close();
  }
}

/** The best of `reps` runs by time (memory: the largest seen), on the production build in `dist`. */
export async function measurePane(dist: string, file: string, reps = 3): Promise<PaneRun> {
  const server = await serve(dist);
  try {
    let best: PaneRun | undefined;
    for (let i = 0; i < reps; i++) {
      const r = await onePaneRun(server, file);
      best =
        !best || r.seconds < best.seconds
          ? { ...r, mainHeapMb: Math.max(r.mainHeapMb, best?.mainHeapMb ?? 0), rendererPeakMb: Math.max(r.rendererPeakMb, best?.rendererPeakMb ?? 0) }
          : { ...best, mainHeapMb: Math.max(r.mainHeapMb, best.mainHeapMb), rendererPeakMb: Math.max(r.rendererPeakMb, best.rendererPeakMb) };
    }
    return best!;
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
}

if (require.main === module) {
  // npx tsx bench/pane.ts <dist> <file.xlsx>: one measurement, for working on the pane.
  void measurePane(process.argv[2], process.argv[3], 1).then((r) => console.log(JSON.stringify(r, null, 2)));
}
