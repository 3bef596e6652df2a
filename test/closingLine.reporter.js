// Prints the run's closing line in the plain form CI reads: "Tests: N passed, N failed, N skipped".
// Before it, once each, the sentences of tests skipped because a system program is missing
// (test/support/systemTools.ts titles them "Bỏ qua / skipped: … — what to install").
const SKIPPED_PREFIX = "Bỏ qua / skipped:";

class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const sentences = new Set();
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status !== "pending") continue;
        const title = [...t.ancestorTitles, t.title].find((s) => s.startsWith(SKIPPED_PREFIX));
        if (title) sentences.add(title.slice(title.indexOf(" — ") + 3));
      }
    }
    for (const s of sentences) process.stdout.write(`${s}\n`);
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = ClosingLineReporter;
