// The built pane on the webviews Office uses (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins):
// - every emitted script parses as ES2017 (EdgeHTML: no ?. ??, no object spread, no \p{…}); boot.js as ES5;
// - in Trident (IE11) boot.js alone shows, in Vietnamese, what to do instead (the bundle cannot run there);
// - --env officeJsUrl points the page (and its Content-Security-Policy) at the agency's own office.js;
// - in Chromium with no network: opened by Office (_host_Info) → a plain message that office.js is missing;
//   opened in a browser → demo mode; a Trident user agent → the Vietnamese message, not a blank pane.
import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { JSDOM } from "jsdom";
import type { Browser } from "playwright-core";
import { buildPane } from "../browser/build";
import { launchChromium, originOf, serve } from "../browser/serve";

const INTRANET_OFFICE_JS = "https://intranet.snv.gov.vn/office-js/1/hosted/office.js";
const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const HOST_INFO = "_host_Info=Excel$Win32$16.01$vi-VN$$$$0";

let outDir = "";
let server: Server | null = null;
let browser: Browser | null = null;
let origin = "";

beforeAll(async () => {
  outDir = buildPane({ officeJsUrl: INTRANET_OFFICE_JS });
  server = await serve(outDir);
  origin = originOf(server);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test("every script of the built pane parses as ES2017, boot.js as ES5", () => {
  const scripts = readdirSync(outDir).filter((f) => f.endsWith(".js"));
  expect(scripts).toContain("boot.js");
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const f of scripts) {
    const code = readFileSync(join(outDir, f), "utf8");
    const ecmaVersion = f === "boot.js" ? 5 : 2017;
    expect(() => parse(code, { ecmaVersion, sourceType: "script" })).not.toThrow();
    // Newer syntax is really gone, not merely unparsed: these would be syntax errors above anyway.
    if (f !== "boot.js") expect(code).not.toMatch(/\\p\{/);
  }
  // And the parser does refuse what EdgeHTML refuses (the check can fail).
  expect(() => parse("const a = b?.c;", { ecmaVersion: 2017 })).toThrow();
  expect(() => parse("const a = {...b};", { ecmaVersion: 2017 })).toThrow();
  expect(() => parse("const a = /[\\p{L}]/u;", { ecmaVersion: 2017 })).toThrow();
});

test("no script of the pane calls BigInt, which EdgeHTML lacks", () => {
  for (const f of readdirSync(outDir).filter((x) => x.startsWith("taskpane") && x.endsWith(".js")))
    expect(readFileSync(join(outDir, f), "utf8")).not.toMatch(/\bBigInt\(/);
});

test("the pane's source calls only ES2017 built-ins (no flatMap, matchAll, trimStart, BigInt…): tsconfig.es2017.json", () => {
  // Syntax is lowered by the build, built-ins are not: EdgeHTML (Office 2016/2019 retail) would throw at run time.
  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.es2017.json"], { cwd: join(__dirname, "..", ".."), encoding: "utf8" });
  expect(run.stdout + run.stderr).toBe("");
  expect(run.status).toBe(0);
}, 120000);

test("--env officeJsUrl: the page loads the agency's office.js and its policy allows only that origin", () => {
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  expect(html).toContain(`data-office-js=${INTRANET_OFFICE_JS}`);
  expect(html).not.toContain("appsforoffice.microsoft.com");
  const csp = /Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(csp).toContain("script-src 'self' https://intranet.snv.gov.vn;");
  expect(new Set(csp.match(/https?:\/\/[^\s;]+/g))).toEqual(new Set(["https://intranet.snv.gov.vn"]));
});

test("a bad officeJsUrl stops the build with a sentence", () => {
  expect(() => buildPane({ officeJsUrl: "http://plain-http/office.js" })).toThrow(/officeJsUrl must be an https:\/\/ address/);
});

/** boot.js run in jsdom with a given user agent, on the built page's markup. */
function runBoot(userAgent: string): JSDOM {
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8").replace(/<script defer[^>]*><\/script>/, "");
  const dom = new JSDOM(html, { url: `https://intranet.snv.gov.vn/bdg/taskpane.html?${HOST_INFO}`, runScripts: "outside-only" });
  // jsdom takes its user agent from a resource loader; the navigator's own property is simpler to set.
  Object.defineProperty(dom.window.navigator, "userAgent", { value: userAgent });
  dom.window.eval(readFileSync(join(outDir, "boot.js"), "utf8"));
  return dom;
}

test("Trident (IE11): boot.js alone shows in Vietnamese what to do instead, with the browser page's address", () => {
  const dom = runBoot(IE11_UA);
  const text = dom.window.document.getElementById("container")?.textContent ?? "";
  expect(text).toContain("Internet Explorer 11");
  expect(text).toContain("Mở trang sau bằng Microsoft Edge hoặc Google Chrome");
  // The page itself, without Office's query string: where demo mode reads the .xlsx.
  expect(text).toContain("https://intranet.snv.gov.vn/bdg/taskpane.html");
  expect(text).not.toContain("_host_Info");
  expect(dom.window.document.querySelectorAll("script[src*='office.js']")).toHaveLength(0);
  expect((dom.window as unknown as { bdgBoot: { legacy: boolean } }).bdgBoot.legacy).toBe(true);
});

test("a modern webview: boot.js loads office.js from data-office-js without blocking, and shows nothing itself", () => {
  const dom = runBoot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0");
  const injected = [...dom.window.document.querySelectorAll("script")].map((s) => s.getAttribute("src"));
  expect(injected).toContain(INTRANET_OFFICE_JS);
  expect(dom.window.document.getElementById("container")?.textContent).toContain("Đang tải");
});

/** The page in Chromium with nothing from outside reachable (office.js aborted, or never answering). */
async function openPane(query: string, opts: { userAgent?: string; officeJs: "abort" | "hang" }): Promise<{ text: () => Promise<string>; waitFor: (t: string, ms: number) => Promise<string>; close: () => Promise<void>; outside: string[] }> {
  const context = await browser!.newContext({ userAgent: opts.userAgent });
  const page = await context.newPage();
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    outside.push(url);
    if (opts.officeJs === "abort") return route.abort("internetdisconnected");
    return undefined; // never answered: an offline PC whose network has not given up yet
  });
  await page.goto(`${origin}/taskpane.html${query}`, { waitUntil: "domcontentloaded" });
  const text = (): Promise<string> => page.locator("body").innerText();
  const waitFor = async (t: string, ms: number): Promise<string> => {
    await page.getByText(t, { exact: false }).first().waitFor({ timeout: ms });
    return text();
  };
  return { text, waitFor, close: () => context.close(), outside };
}

test("no network, opened by Office: a plain message that office.js could not load (never demo mode, never blank)", async () => {
  const pane = await openPane(`?${HOST_INFO}`, { officeJs: "abort" });
  expect(await pane.waitFor("Không tải được thư viện office.js", 20_000)).toContain("Không tải được thư viện office.js");
  expect(await pane.text()).toContain("Dùng chế độ thử với tệp .xlsx");
  expect(pane.outside).toEqual([INTRANET_OFFICE_JS]);
  await pane.close();
}, 60_000);

test("office.js that never answers: the page still renders and says so after a while", async () => {
  const pane = await openPane(`?${HOST_INFO}`, { officeJs: "hang" });
  expect(await pane.text()).toContain("Đang tải phần bổ trợ");
  expect(await pane.waitFor("Không tải được thư viện office.js", 25_000)).toContain("Không tải được thư viện office.js");
  await pane.close();
}, 60_000);

test("no network, opened in a browser: demo mode", async () => {
  const pane = await openPane("", { officeJs: "abort" });
  expect(await pane.waitFor("Mở tệp mẫu", 20_000)).toContain("Mở tệp mẫu");
  await pane.close();
}, 60_000);

test("a Trident user agent: the Vietnamese message stays (the bundle leaves it alone)", async () => {
  const pane = await openPane(`?${HOST_INFO}`, { userAgent: IE11_UA, officeJs: "abort" });
  expect(await pane.waitFor("Phiên bản Excel này chưa chạy được phần bổ trợ", 20_000)).toContain("Phiên bản Excel này chưa chạy được phần bổ trợ");
  await new Promise((r) => setTimeout(r, 1000));
  expect(await pane.text()).not.toContain("Mở tệp mẫu");
  expect(pane.outside).toEqual([]);
  await pane.close();
}, 60_000);
