// The production build: initial JS under 250 KB gzipped (ExcelJS only in the lazy demo chunk),
// manifest and assets copied with the production URL, office.js the only external resource.
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, buildPane, externalUrls, initialScripts } from "./build";

const BUDGET_GZIP_BYTES = 250 * 1024;
const PROD_URL = "https://example.gov.vn/bdg";
/** A string only ExcelJS's browser bundle holds (it bundles JSZip). */
const EXCELJS_MARKER = "JSZip";

let outDir = "";

beforeAll(() => {
  outDir = buildPane({ prodUrl: PROD_URL });
}, 300_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test("the initial JS is under 250 KB gzipped and holds no ExcelJS", () => {
  const scripts = initialScripts(outDir);
  expect(scripts.length).toBeGreaterThanOrEqual(1);
  let gzipped = 0;
  for (const src of scripts) {
    const code = readFileSync(join(outDir, src));
    gzipped += gzipSync(code, { level: 9 }).length;
    expect(code.toString("utf8")).not.toContain(EXCELJS_MARKER);
  }
  console.log(`initial JS: ${scripts.join(", ")} = ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  expect(gzipped).toBeLessThan(BUDGET_GZIP_BYTES);
  // ExcelJS is in a chunk loaded later (demo mode only).
  const lazy = readdirSync(outDir).filter((f) => f.endsWith(".js") && !scripts.includes(f));
  const withExcelJs = lazy.filter((f) => readFileSync(join(outDir, f), "utf8").includes(EXCELJS_MARKER));
  expect(withExcelJs).toHaveLength(1);
});

test("office.js from Microsoft's CDN is the only external resource, under a Content-Security-Policy", () => {
  expect(externalUrls(outDir)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(csp).toContain("connect-src 'self';");
  expect(csp).toContain("default-src 'self';");
  // No directive lets anything else in from outside.
  const origins = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
  expect(new Set(origins)).toEqual(new Set(["https://appsforoffice.microsoft.com"]));
});

test("manifest.xml and assets/ are copied with the production URL in place of https://localhost:3000", () => {
  const manifest = readFileSync(join(outDir, "manifest.xml"), "utf8");
  const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("https://localhost:3000");
  const occurrences = source.split("https://localhost:3000").length - 1;
  expect(occurrences).toBeGreaterThan(0);
  expect(manifest.split(PROD_URL).length - 1).toBe(occurrences);
  expect(manifest).toContain(`${PROD_URL}/taskpane.html`);
  for (const f of readdirSync(join(ROOT, "assets"))) {
    expect(readFileSync(join(outDir, "assets", f))).toEqual(readFileSync(join(ROOT, "assets", f)));
  }
  expect(existsSync(join(outDir, "assets", "mau-danh-sach.xlsx"))).toBe(true);
  expect(existsSync(join(outDir, "help.html"))).toBe(true);
});
