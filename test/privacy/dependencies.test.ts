// "Nothing leaked": no package of the installed tree is a telemetry or analytics client.
// Walks node_modules itself (every nested node_modules too), so a telemetry package pulled in by a
// dev tool (office-addin-* packages are known to carry usage-data reporting) is found as well.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");

/** Names (exact, or a scope with every package in it) of telemetry, analytics and crash-reporting clients. */
const TELEMETRY: RegExp[] = [
  /^applicationinsights$/,
  /^applicationinsights-js$/,
  /^@microsoft\/applicationinsights-/,
  /^@microsoft\/1ds-/,
  /^office-addin-usage-data$/,
  /^analytics$/,
  /^analytics-node$/,
  /^@segment\//,
  /^@sentry\//,
  /^raven(-js)?$/,
  /^mixpanel(-browser)?$/,
  /^posthog-(js|node)$/,
  /^@amplitude\//,
  /^amplitude-js$/,
  /^@datadog\//,
  /^dd-trace$/,
  /^newrelic$/,
  /^@bugsnag\//,
  /^bugsnag(-js)?$/,
  /^rollbar$/,
  /^logrocket$/,
  /^universal-analytics$/,
  /^react-ga4?$/,
  /^insight$/,
  /^@vercel\/analytics$/,
  /^@opentelemetry\//,
];

/** Every installed package: [name, where], from node_modules/<name> and node_modules/@scope/<name>, recursively. */
function installedPackages(dir: string, out: [string, string][] = []): [string, string][] {
  const nm = join(dir, "node_modules");
  if (!existsSync(nm)) return out;
  const visit = (pkgDir: string) => {
    const manifest = join(pkgDir, "package.json");
    if (existsSync(manifest)) {
      try {
        const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
        if (name) out.push([name, pkgDir]);
      } catch {
        out.push([`(unreadable package.json)`, pkgDir]);
      }
    }
    installedPackages(pkgDir, out);
  };
  for (const entry of readdirSync(nm, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    if (entry.name.startsWith("@")) {
      for (const sub of readdirSync(join(nm, entry.name), { withFileTypes: true })) {
        if (sub.isDirectory()) visit(join(nm, entry.name, sub.name));
      }
    } else {
      visit(join(nm, entry.name));
    }
  }
  return out;
}

describe("the dependency tree", () => {
  const packages = installedPackages(ROOT);

  test("is really walked (the direct dependencies are found)", () => {
    const names = new Set(packages.map(([n]) => n));
    for (const dep of ["exceljs", "react", "react-dom", "@fluentui/react", "fast-check", "webpack", "jest"]) {
      expect(names.has(dep)).toBe(true);
    }
    expect(packages.length).toBeGreaterThan(300);
  });

  test("holds no telemetry, analytics or crash-reporting package", () => {
    const found = packages
      .filter(([name]) => TELEMETRY.some((re) => re.test(name)))
      .map(([name, where]) => `${name} (${where.slice(ROOT.length + 1)})`);
    expect(found).toEqual([]);
  });

  test("package.json declares none either (what a fresh install would bring)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    const declared = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"].flatMap((k) => Object.keys(pkg[k] ?? {}));
    expect(declared.filter((name) => TELEMETRY.some((re) => re.test(name)))).toEqual([]);
  });

  test("the lock file resolves none", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages?: Record<string, unknown> };
    const names = Object.keys(lock.packages ?? {}).map((p) => p.replace(/^.*node_modules\//, ""));
    expect(names.length).toBeGreaterThan(300);
    expect(names.filter((name) => TELEMETRY.some((re) => re.test(name)))).toEqual([]);
  });
});
