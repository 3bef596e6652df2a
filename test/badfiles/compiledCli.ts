// The CLI compiled as it is installed (scripts/build-cli.js), into a file of this test process's own
// (tests run side by side), inside the repository so its packages resolve from node_modules.
import { execFileSync } from "child_process";
import { rmSync } from "fs";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");

export function buildCli(): { file: string; remove: () => void } {
  const file = join(ROOT, "dist", "cli", `bdg-test-${process.pid}-${Date.now()}.cjs`);
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js"), file], { cwd: ROOT, stdio: "ignore" });
  return { file, remove: () => rmSync(file, { force: true }) };
}
