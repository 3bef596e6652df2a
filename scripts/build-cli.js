#!/usr/bin/env node
// Compiles the command line into one CommonJS file, dist/cli/bdg.cjs, which bin/bdg.js (the installed `bdg`)
// runs; `npm install` builds it (the prepare script), and so does `npm run build:cli`. The benchmark uses it too:
// `node dist/cli/bdg.cjs analyze FILE.xlsx` starts without compiling TypeScript at run time.
// Packages stay in node_modules (not bundled); main.ts's own `require.main === module` starts it. Usage: node scripts/build-cli.js [OUTFILE]
const path = require("path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
const outfile = path.resolve(process.argv[2] ?? path.join(root, "dist", "cli", "bdg.cjs"));
esbuild.buildSync({
  entryPoints: [path.join(root, "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
});
console.log(path.relative(process.cwd(), outfile));
