// Preloaded into bench children (node -r): reports the process's peak resident set size on exit.
process.on("exit", () => {
  process.stderr.write(`\nBDG_BENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
