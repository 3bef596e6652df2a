// The provisioning run before npm test / npm start: silent when everything is there, apt-get as root
// when something is missing, otherwise one sentence (vi / en) naming exactly what to install.
import { spawnSync } from "child_process";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { provision } = require("../../scripts/provision-system.js") as {
  provision(o: { find: (t: { id: string }) => string | null; canInstall: boolean; run: (a: string[]) => number; write: (s: string) => void }): { id: string }[];
};

const ROOT = path.join(__dirname, "..", "..");

function fake(present: Set<string>, installs: boolean) {
  const runs: string[][] = [];
  const written: string[] = [];
  return {
    runs,
    written,
    find: (t: { id: string }) => (present.has(t.id) ? `/usr/bin/${t.id}` : null),
    run: (args: string[]) => {
      runs.push(args);
      if (installs && args[0] === "install") for (const id of ["chromium", "soffice", "pdftoppm", "xmllint"]) present.add(id);
      return 0;
    },
    write: (s: string) => void written.push(s),
  };
}

test("everything installed: no apt-get, not a word", () => {
  const f = fake(new Set(["chromium", "soffice", "pdftoppm", "xmllint"]), true);
  expect(provision({ ...f, canInstall: true })).toEqual([]);
  expect(f.runs).toEqual([]);
  expect(f.written).toEqual([]);
});

test("as root with apt-get: apt-get update, then install -y exactly the missing packages", () => {
  const f = fake(new Set(["xmllint"]), true);
  expect(provision({ ...f, canInstall: true })).toEqual([]);
  expect(f.runs).toEqual([["update"], ["install", "-y", "chromium", "libreoffice-calc-nogui", "poppler-utils"]]);
  expect(f.written).toHaveLength(1);
  expect(f.written[0]).toMatch(/^Đang cài .* \/ Installing /);
});

test("not root: nothing run, one line saying in vi and en what to install", () => {
  const f = fake(new Set(["chromium", "pdftoppm"]), true);
  const still = provision({ ...f, canInstall: false });
  expect(still.map((t) => t.id)).toEqual(["soffice", "xmllint"]);
  expect(f.runs).toEqual([]);
  expect(f.written).toHaveLength(1);
  const line = f.written[0];
  expect(line).toContain("Thiếu LibreOffice Calc, xmllint");
  expect(line).toContain("apt-get update && apt-get install -y libreoffice-calc-nogui libxml2-utils");
  expect(line).toContain(" / LibreOffice Calc, xmllint are missing");
  expect(line.trimEnd().split("\n")).toHaveLength(1);
});

test("root, but apt-get cannot install (no network): the same sentence after trying", () => {
  const f = fake(new Set(["chromium", "soffice", "xmllint"]), false);
  expect(provision({ ...f, canInstall: true }).map((t) => t.id)).toEqual(["pdftoppm"]);
  expect(f.runs[0]).toEqual(["update"]);
  expect(f.written.at(-1)).toContain("apt-get install -y poppler-utils");
});

test("the script itself prints nothing and succeeds on this machine when the tools are all present", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TOOLS, locate } = require("../../scripts/system-tools.js") as { TOOLS: unknown[]; locate(t: unknown): string | null };
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "provision-system.js")], {
    env: { ...process.env, BDG_NO_PROVISION: "1" },
    encoding: "utf8",
  });
  expect(r.status).toBe(0);
  expect(r.stdout).toBe("");
  if (TOOLS.every((t) => locate(t) !== null)) expect(r.stderr).toBe("");
  else expect(r.stderr).toMatch(/^Thiếu .* \/ .* missing/);
});
