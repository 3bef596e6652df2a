// Preloaded (node -r) into the CLI processes of the hostile-file tests: on exit, their peak RSS and the CPU
// time they used (user + system), on stderr. CPU time, not wall time: 2 cores shared by 8 test runners
// stretch the wall clock several times over, not the work a file costs.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`BDG_TEST_USAGE ${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1e6}\n`);
});
