#!/usr/bin/env node
// Lets a fresh clone run `npm start` or `npm test` directly: installs the locked dependencies
// once when node_modules is missing. Prints nothing otherwise.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const marker = path.join(root, "node_modules", ".package-lock.json");
if (!fs.existsSync(marker)) {
  process.stderr.write("Đang cài các gói phụ thuộc (npm ci)… / Installing dependencies (npm ci)…\n");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
