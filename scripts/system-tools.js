// The programs some tests need from the system (not from npm), where each is looked for, the Debian
// package that provides it, and the sentence that says how to install it (vi first, en second).
// Shared by scripts/provision-system.js (pretest/prestart) and the tests that need a tool
// (test/support/systemTools.ts), so both say exactly the same thing.
const fs = require("fs");
const path = require("path");

/** @typedef {{ id: string, name: string, pkg: string, paths: string[], command: string, use: { vi: string, en: string } }} SystemTool */

/** @type {SystemTool[]} */
const TOOLS = [
  {
    id: "chromium",
    name: "Chromium",
    pkg: "chromium",
    // playwright-core is pointed at Debian's binary.
    paths: ["/usr/bin/chromium"],
    command: "chromium",
    use: { vi: "kiểm thử ngăn tác vụ trong trình duyệt", en: "the browser tests of the task pane" },
  },
  {
    id: "soffice",
    name: "LibreOffice Calc",
    pkg: "libreoffice-calc-nogui",
    paths: ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"],
    command: "soffice",
    use: { vi: "kiểm thử in báo cáo ra PDF và mở bản sao báo cáo", en: "the tests that print the report to PDF and open report copies" },
  },
  {
    id: "pdftoppm",
    name: "poppler (pdftoppm, pdfinfo)",
    pkg: "poppler-utils",
    paths: [],
    command: "pdftoppm",
    use: { vi: "kiểm thử đếm trang và chụp trang báo cáo", en: "the tests that count and picture the report's pages" },
  },
  {
    id: "xmllint",
    name: "xmllint",
    pkg: "libxml2-utils",
    paths: [],
    command: "xmllint",
    use: { vi: "kiểm thử XML của manifest và của bản sao báo cáo", en: "the tests that check the XML of the manifest and of report copies" },
  },
];

/**
 * The tool's program on this machine: one of its known paths, else the command found on PATH; or null.
 * BDG_TOOLS_MISSING=chromium,soffice treats those as absent (to see the skip path on a full machine).
 */
function locate(tool, env = process.env) {
  if ((env.BDG_TOOLS_MISSING || "").split(",").includes(tool.id)) return null;
  for (const p of tool.paths) if (isExecutable(p)) return p;
  for (const dir of (env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, tool.command);
    if (isExecutable(p)) return p;
  }
  return null;
}

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The one command that installs these tools on Debian, as root. */
function installCommand(tools) {
  return `apt-get update && apt-get install -y ${tools.map((t) => t.pkg).join(" ")}`;
}

/** "Thiếu Chromium (…): với quyền root chạy `apt-get …`, rồi chạy lại npm test. / Chromium is missing (…): …" */
function missingSentence(tools) {
  const names = tools.map((t) => t.name).join(", ");
  const vi = `Thiếu ${names} (cần cho ${tools.map((t) => t.use.vi).join("; ")}): với quyền root, chạy \`${installCommand(tools)}\` rồi chạy lại npm test.`;
  const en = `${names} ${tools.length > 1 ? "are" : "is"} missing (needed for ${tools.map((t) => t.use.en).join("; ")}): as root, run \`${installCommand(tools)}\`, then npm test again.`;
  return `${vi} / ${en}`;
}

function toolById(id) {
  const t = TOOLS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown system tool ${id}`);
  return t;
}

module.exports = { TOOLS, locate, installCommand, missingSentence, toolById };
