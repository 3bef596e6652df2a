// "Nothing leaked": the code sends nothing anywhere. The source makes no network call but the one
// allowed below, and every absolute URL in src/ and in the production bundle is on an explicit list:
// the office.js CDN, XML namespaces and schemas, or documentation/licence text that nothing loads.
import { createHash } from "node:crypto";
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { extname, join, relative, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const SRC = join(ROOT, "src");

function filesUnder(dir: string, exts?: string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, exts));
    else if (!exts || exts.includes(extname(e.name))) out.push(p);
  }
  return out;
}

const SOURCE_EXTS = [".ts", ".tsx", ".js", ".mjs", ".cjs", ".html", ".css", ".json"];

/** Ways code reaches the network. */
const NETWORK_CALLS: { what: string; re: RegExp }[] = [
  { what: "fetch()", re: /(^|[^\w.])fetch\s*\(|\.fetch\s*\(/ },
  { what: "XMLHttpRequest", re: /\bXMLHttpRequest\b/ },
  { what: "WebSocket", re: /\bWebSocket\b/ },
  { what: "EventSource", re: /\bEventSource\b/ },
  { what: "navigator.sendBeacon", re: /\bsendBeacon\b/ },
  { what: "http(s).request/get", re: /\bhttps?\.(request|get)\s*\(/ },
  { what: "a Node network module", re: /(from\s+|require\(\s*|import\(\s*)["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/ },
  { what: "importScripts", re: /\bimportScripts\s*\(/ },
  { what: "a <script> made at run time", re: /createElement\(\s*["']script["']\s*\)/ },
  { what: "a remote <script>/<link>/<img>", re: /<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\// },
];

/** The only network calls allowed in src/, each with why. */
const ALLOWED_CALLS: { file: string; line: RegExp; why: string }[] = [
  {
    file: "src/taskpane/index.tsx",
    line: /await fetch\(SAMPLE_FILE\)/,
    why: "demo mode loads the sample workbook from the add-in's own folder (same origin, a relative path)",
  },
  {
    file: "src/taskpane/taskpane.html",
    line: /<script id="bdg-boot" src="boot\.js" data-office-js="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/,
    why: "office.js, which Office requires to be loaded from Microsoft's CDN (boot.js loads it from this attribute)",
  },
  {
    file: "src/taskpane/boot.js",
    line: /var s = document\.createElement\("script"\);/,
    why: "boot.js loads office.js (the data-office-js address) without blocking the page",
  },
];

/** Every absolute URL allowed in src/ or the bundle, by prefix, each with why. */
const ALLOWED_URLS: { prefix: string; why: string }[] = [
  { prefix: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", why: "office.js (the one script loaded from outside)" },
  { prefix: "https://appsforoffice.microsoft.com", why: "the office.js CDN named in the Content-Security-Policy" },
  // Microsoft's documentation cited in comments (boot.js ships with its comments): read by people, never fetched.
  { prefix: "https://learn.microsoft.com/office/dev/add-ins/", why: "Office Add-ins documentation cited in comments" },
  { prefix: "https://learn.microsoft.com/javascript/api/", why: "Office JavaScript API reference cited in comments" },
  { prefix: "https://learn.microsoft.com/office/troubleshoot/", why: "Office troubleshooting articles cited in comments (the 1900/1904 date systems)" },
  { prefix: "https://github.com/OfficeDev/", why: "OfficeDev issue threads cited in comments" },
  // XML namespaces and schemas: identifiers inside .xlsx parts and SVG/HTML, never fetched.
  { prefix: "http://schemas.openxmlformats.org/", why: "OOXML namespace" },
  { prefix: "http://schemas.microsoft.com/office/", why: "Office XML namespace" },
  { prefix: "http://www.w3.org/", why: "W3C namespace (SVG, XHTML, XLink, MathML, XML Schema)" },
  { prefix: "http://purl.org/dc/", why: "Dublin Core namespace (docProps/core.xml)" },
  { prefix: "http://purl.oclc.org/ooxml/", why: "Strict OOXML namespace (recognised, never fetched)" },
  // Documentation and licence text inside libraries: error-message links and banners, never loaded.
  { prefix: "https://reactjs.org/docs/error-decoder.html", why: "React's minified-error documentation link" },
  { prefix: "https://github.com/microsoft/fluentui/wiki/Using-icons", why: "Fluent UI warning text" },
  { prefix: "https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md", why: "ExcelJS error text" },
  { prefix: "https://github.com/uuidjs/uuid", why: "uuid error text" },
  { prefix: "https://github.com/zloirock/core-js", why: "core-js licence banner" },
  { prefix: "https://github.com/indutny/elliptic", why: "elliptic package metadata" },
  { prefix: "https://github.com/crypto-browserify/crypto-browserify", why: "crypto-browserify error text" },
  { prefix: "https://github.com/nodeca/pako/blob/main/LICENSE", why: "pako licence banner" },
  { prefix: "https://stuk.github.io/jszip/documentation/", why: "JSZip error text" },
  { prefix: "https://raw.github.com/Stuk/jszip/main/LICENSE", why: "JSZip licence banner" },
  { prefix: "http://stuartk.com/jszip", why: "JSZip licence banner" },
  { prefix: "https://feross.org", why: "buffer licence banner" },
  {
    // Fluent UI's default font CDN: src/taskpane/fabricConfig.ts sets FabricConfig.fontBaseUrl to "" before
    // Fluent loads (checked below), so this default is never used; the CSP's font-src blocks it anyway.
    prefix: "https://res-1.cdn.office.net/files/fabric-cdn-prod_",
    why: "Fluent UI's default font base URL, overridden by fabricConfig.ts",
  },
];

const URL_RE = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]*/g;

function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_RE)].map((m) => m[0].replace(/[;,.]+$/, ""));
}

function disallowed(urls: Iterable<string>): string[] {
  return [...new Set(urls)].filter((u) => !ALLOWED_URLS.some((a) => u.startsWith(a.prefix))).sort();
}

describe("the source under src/", () => {
  const files = filesUnder(SRC, SOURCE_EXTS);

  test("is read (the scan sees the add-in's own files)", () => {
    const rel = files.map((f) => relative(ROOT, f));
    expect(rel).toEqual(expect.arrayContaining(["src/taskpane/index.tsx", "src/taskpane/taskpane.html", "src/cli/main.ts"]));
  });

  test("makes no network call outside the allow-list", () => {
    const found: string[] = [];
    for (const file of files) {
      const rel = relative(ROOT, file);
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const call of NETWORK_CALLS) {
            if (!call.re.test(line)) continue;
            if (ALLOWED_CALLS.some((a) => a.file === rel && a.line.test(line))) continue;
            found.push(`${rel}:${i + 1}: ${call.what}: ${line.trim()}`);
          }
        });
    }
    expect(found).toEqual([]);
  });

  test("each allowed call is still where the list says (a stale allow-list hides nothing)", () => {
    for (const a of ALLOWED_CALLS) {
      expect({ file: a.file, present: a.line.test(readFileSync(join(ROOT, a.file), "utf8")) }).toEqual({ file: a.file, present: true });
    }
  });

  test("the sample the demo fetches is a relative path of the add-in's own folder", () => {
    const index = readFileSync(join(SRC, "taskpane/index.tsx"), "utf8");
    const m = /const SAMPLE_FILE = [`"']([^`"']+)[`"']/.exec(index);
    expect(m).not.toBeNull();
    expect(m![1]).not.toMatch(/^[a-z]+:|^\/\//i);
  });

  test("every absolute URL is on the list", () => {
    const urls = files.flatMap((f) => urlsIn(readFileSync(f, "utf8")).map((u) => u));
    expect(disallowed(urls)).toEqual([]);
  });

  test("Fluent UI's font CDN is switched off before Fluent loads", () => {
    const config = readFileSync(join(SRC, "taskpane/fabricConfig.ts"), "utf8");
    expect(config).toMatch(/fontBaseUrl:\s*""/);
    const index = readFileSync(join(SRC, "taskpane/index.tsx"), "utf8");
    const imports = index.split("\n").filter((l) => /^import\b/.test(l));
    expect(imports[0]).toMatch(/^import "\.\/fabricConfig";/);
  });
});

// ---------------------------------------------------------------------------------------------
// The production bundle: built once, into a folder of its own, when no fresh build exists.

const INPUTS = [SRC, join(ROOT, "webpack.config.js"), join(ROOT, "package.json"), join(ROOT, "manifest.xml"), join(ROOT, "assets")];

function newestInput(): number {
  let newest = 0;
  for (const p of INPUTS) {
    if (!existsSync(p)) continue;
    const files = statSync(p).isDirectory() ? filesUnder(p) : [p];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/** A production build of this tree: dist/ when it is fresh, else a private build in the temp folder. */
function productionBuild(): string {
  const newest = newestInput();
  const fresh = (dir: string) => {
    const html = join(dir, "taskpane.html");
    // Only a minified (production) build counts: its bundles carry a content hash in their names.
    return existsSync(html) && statSync(html).mtimeMs >= newest && readdirSync(dir).some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
  };
  const dist = join(ROOT, "dist");
  if (fresh(dist)) return dist;
  // Not dist/ itself: other tests may be reading it, and webpack cleans its output folder first.
  // Named after this checkout: several checkouts on one machine must not take each other's build for fresh.
  const own = join(tmpdir(), `bdg-privacy-dist-${createHash("sha1").update(ROOT).digest("hex").slice(0, 10)}`);
  if (fresh(own)) return own;
  execFileSync(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--env", `outDir=${own}`], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 240_000,
  });
  return own;
}

describe("the production bundle", () => {
  let out: string;
  let files: string[];
  beforeAll(() => {
    out = productionBuild();
    files = filesUnder(out, [".js", ".html", ".css", ".txt"]);
  }, 300_000);

  test("is built (taskpane.html and its scripts)", () => {
    const names = files.map((f) => relative(out, f));
    expect(names).toContain("taskpane.html");
    expect(names.filter((n) => n.endsWith(".js")).length).toBeGreaterThanOrEqual(2);
  });

  test("every absolute URL in it is on the list", () => {
    const urls = files.flatMap((f) => urlsIn(readFileSync(f, "utf8")));
    expect(urls.length).toBeGreaterThan(0);
    expect(disallowed(urls)).toEqual([]);
  });

  test("no script opens a socket, a beacon or an XHR", () => {
    const found: string[] = [];
    for (const f of files.filter((x) => x.endsWith(".js"))) {
      const text = readFileSync(f, "utf8");
      for (const re of [/\bXMLHttpRequest\b/, /\bsendBeacon\b/, /\bWebSocket\b/, /\bEventSource\b/]) {
        if (re.test(text)) found.push(`${relative(out, f)}: ${re.source}`);
      }
    }
    expect(found).toEqual([]);
  });

  test("the only remote script of the page is office.js (loaded by boot.js from data-office-js)", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    // The minified page leaves attributes unquoted (src=taskpane.js).
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    const remote = srcs.filter((s) => /^(https?:)?\/\//.test(s));
    expect(remote).toEqual([]);
    const officeJs = [...html.matchAll(/\bdata-office-js\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(officeJs).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(srcs.length).toBeGreaterThan(1);
  });
});
