// Builds the task pane with webpack (production) into a folder of the test's own, so tests never share dist/.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export function buildPane(env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), "bdg-pane-"));
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${outDir}`];
  for (const [k, v] of Object.entries(env)) args.push("--env", `${k}=${v}`);
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
  return outDir;
}

/** The local scripts taskpane.html loads at start (the initial JS), in order. */
export function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  return srcs.filter((src) => !/^https?:/.test(src));
}

/** Every external URL taskpane.html refers to (scripts, links, images, and office.js named for boot.js). */
export function externalUrls(outDir: string): string[] {
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  return [...html.matchAll(/\b(?:src|href|data-office-js)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
}
