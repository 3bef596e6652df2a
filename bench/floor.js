// The floor: a bare ExcelJS streaming read of every cell of every sheet, default options, nothing kept.
// bench/run.ts runs it as a child process beside `bdg analyze --json` on the same file.
const ExcelJS = require("exceljs");

(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {});
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws) {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== undefined) cells++;
      });
    }
  }
  process.stdout.write(`${cells}\n`);
})();
