// Preloaded into bench children (node -r): reports the process's peak resident set size and CPU time on exit.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nBDG_BENCH_USAGE ${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}\n`);
});
