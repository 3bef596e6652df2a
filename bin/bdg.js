#!/usr/bin/env node
// `bdg` once installed: runs the TypeScript CLI through tsx's require hook (no build step).
require("tsx/cjs");
require("../src/cli/main.ts").main();
