#!/usr/bin/env node
// Run before `npm test` and `npm start` (package.json pretest/prestart): installs what the tests need
// from Debian (Chromium, LibreOffice Calc, poppler, xmllint) when it is missing and this is root with
// apt-get. Prints nothing and does nothing when everything is present. On a machine where it cannot
// install (not root, no apt-get, no network), it says in one sentence (vi / en) what to install; the
// tests that need a missing tool are then skipped with the same sentence, every other test still runs.
// It never fails the command it runs before. BDG_NO_PROVISION=1 skips installing (the sentence still shows).
const { spawnSync } = require("child_process");
const fs = require("fs");
const { TOOLS, locate, missingSentence } = require("./system-tools");

const APT = "/usr/bin/apt-get";

/**
 * Does the provisioning with what it is handed (so a test can run it without root or apt):
 * returns the tools still missing afterwards.
 */
function provision({ tools = TOOLS, find = locate, canInstall, run, write }) {
  const missing = tools.filter((t) => !find(t));
  if (missing.length === 0) return [];
  if (canInstall) {
    const pkgs = missing.map((t) => t.pkg);
    write(`Đang cài ${pkgs.join(", ")} bằng apt-get cho kiểm thử… / Installing ${pkgs.join(", ")} with apt-get for the tests…\n`);
    if (run(["update"]) === 0) run(["install", "-y", ...pkgs]);
  }
  const still = tools.filter((t) => !find(t));
  if (still.length > 0) {
    write(
      `${missingSentence(still)} (Các kiểm thử cần chúng sẽ được bỏ qua, mọi kiểm thử khác vẫn chạy. / The tests that need them are skipped; every other test still runs.)\n`,
    );
  }
  return still;
}

function aptGet(args) {
  const r = spawnSync(APT, ["-qq", ...args], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return r.status ?? 1;
}

function main() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  provision({
    canInstall: isRoot && fs.existsSync(APT) && process.env.BDG_NO_PROVISION !== "1",
    run: aptGet,
    write: (s) => process.stderr.write(s),
  });
}

module.exports = { provision };

if (require.main === module) main();
