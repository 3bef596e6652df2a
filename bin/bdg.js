#!/usr/bin/env node
// `bdg` once installed: the command line compiled to JavaScript (dist/cli/bdg.cjs), which `npm install`
// builds through the prepare script (scripts/build-cli.js, esbuild). No TypeScript is compiled at run time.
const { existsSync } = require("fs");
const { join } = require("path");

const compiled = join(__dirname, "..", "dist", "cli", "bdg.cjs");
if (!existsSync(compiled)) {
  process.stderr.write("bdg chưa được biên dịch: hãy chạy npm run build:cli. / bdg is not built: run npm run build:cli.\n");
  process.exit(1);
}
require(compiled).main();
