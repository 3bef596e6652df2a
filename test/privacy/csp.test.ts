// The task pane's page tells the browser itself what it may load and where it may connect:
// scripts and connections only from the add-in's own origin and the office.js CDN.
import { readFileSync } from "fs";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const ALLOWED_SCRIPT = new Set(["'self'", OFFICE_CDN]);
const ALLOWED_CONNECT = new Set(["'self'", OFFICE_CDN]);

/** The Content-Security-Policy of a page's <meta http-equiv>, as directive → sources; null when absent. */
function cspOf(html: string): Map<string, string[]> | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (!content) return new Map();
    const policy = new Map<string, string[]>();
    for (const part of (content[1] ?? content[2]).split(";")) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) policy.set(name.toLowerCase(), sources);
    }
    return policy;
  }
  return null;
}

/** The sources that govern a fetch directive: its own, else default-src (as browsers apply them). */
function effective(policy: Map<string, string[]>, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get("default-src");
}

describe.each([
  ["src/taskpane/taskpane.html", true],
  ["src/taskpane/help.html", false],
])("%s", (file, loadsOffice) => {
  const html = readFileSync(join(ROOT, file), "utf8");
  const policy = cspOf(html);

  test("has a Content-Security-Policy meta", () => {
    expect(policy).not.toBeNull();
    expect(policy!.get("default-src")).toEqual(["'self'"]);
  });

  test("script-src allows only 'self' and the office.js CDN, and no inline or eval script", () => {
    const script = effective(policy!, "script-src")!;
    expect(script.length).toBeGreaterThan(0);
    expect(script.filter((s) => !ALLOWED_SCRIPT.has(s))).toEqual([]);
    if (loadsOffice) expect(script).toContain(OFFICE_CDN);
  });

  test("connect-src allows only 'self' (and at most the office.js CDN)", () => {
    const connect = effective(policy!, "connect-src")!;
    expect(connect.length).toBeGreaterThan(0);
    expect(connect.filter((s) => !ALLOWED_CONNECT.has(s))).toEqual([]);
  });

  test("no directive opens the page to everywhere", () => {
    for (const [name, sources] of policy!) {
      for (const s of sources) {
        expect({ name, s, wide: s === "*" || /^(https?|wss?):?$/.test(s) || s.includes("*") }).toEqual({ name, s, wide: false });
      }
    }
  });
});

test("the page loads office.js from the CDN over https and nothing else from outside", () => {
  const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/g)].map((m) => m[1]);
  // boot.js (the add-in's own) loads office.js from its data-office-js attribute without blocking the page.
  expect(scripts).toEqual(["boot.js"]);
  const officeJs = [...html.matchAll(/\bdata-office-js\s*=\s*["']?([^"'\s>]+)/g)].map((m) => m[1]);
  expect(officeJs).toEqual([`${OFFICE_CDN}/lib/1/hosted/office.js`]);
  expect(html).not.toMatch(/<link\b[^>]*href\s*=\s*["']?(https?:)?\/\//);
});
