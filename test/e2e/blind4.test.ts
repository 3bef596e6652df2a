// Blind truth set 4: realistic agency workbooks (test/fixtures/blind4/*.xlsx, written by openpyxl,
// XlsxWriter, LibreOffice and ExcelJS) analysed through the CLI's own code path
// (`analyze FILE --json --year 2026`), compared with figures worked out by hand from the people
// generate.py placed (expected.json), by /work/shared/DOMAIN.md. Workbooks listed in gaps.json are known
// program gaps: the whole comparison runs as test.failing (fixing the gap shows up here: remove it from
// gaps.json), and a second test checks that nothing differs beyond the differences the gap explains.
import * as fs from "fs";
import * as path from "path";
import { analyze, differences, DIR, expected, gaps } from "../fixtures/blind4/compare";

describe("blind truth set 4: realistic workbooks from several writers", () => {
  it("has at least 15 workbooks, 6 or more not written by ExcelJS, each on disk", () => {
    expect(expected.length).toBeGreaterThanOrEqual(15);
    expect(expected.filter((e) => !e.writer.startsWith("exceljs")).length).toBeGreaterThanOrEqual(6);
    for (const e of expected) expect(fs.existsSync(path.join(DIR, e.file))).toBe(true);
    for (const g of gaps) expect(expected.map((e) => e.id)).toContain(g.file);
  });

  for (const exp of expected) {
    const gap = gaps.find((g) => g.file === exp.id);
    const name = `${exp.id} (${exp.writer}): ${exp.about}`;
    if (!gap) {
      test(name, async () => {
        expect(differences(exp, await analyze(exp))).toEqual([]);
      });
      continue;
    }
    test.failing(`[known gap, gaps.json] ${name}`, async () => {
      expect(differences(exp, await analyze(exp))).toEqual([]);
    });
    if (gap.diffs)
      test(`[known gap: nothing else differs] ${exp.id}`, async () => {
        const known = gap.diffs ?? [];
        const other = differences(exp, await analyze(exp)).filter((d) => !known.some((k) => d.includes(k)));
        expect(other).toEqual([]);
      });
  }
});
