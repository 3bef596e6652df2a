// Reading a ReportModel the way a clerk reads the sheet: by label, by cell, by style.
import { parseRange, type Grid, type MergeArea } from "../../src/domain/grid";
import type { CellStyle, ReportCell, ReportModel, ReportSheet } from "../../src/report/model";

/** A sheet, or a whole report (then its first sheet, the báo cáo or the summary). */
type Sheetish = ReportSheet | ReportModel;
const sheetOf = (m: Sheetish): ReportSheet => ("sheets" in m ? m.sheets[0] : m);

/** The value at an A1 address. */
export function at(m: Sheetish, address: string): ReportCell {
  const model = sheetOf(m);
  const a = parseRange(address) as MergeArea;
  return model.rows[a.top - 1]?.[a.left - 1] ?? null;
}

/** The 1-based row whose column `col` holds exactly `label` (the first such row after `after`). */
export function rowOf(m: Sheetish, label: string, col = 2, after = 0): number {
  const model = sheetOf(m);
  for (let r = after; r < model.rows.length; r++) if (model.rows[r][col - 1] === label) return r + 1;
  throw new Error(`no row labelled “${label}” in column ${col}`);
}

/** The first `n` cells of a row. */
export function cells(m: Sheetish, row: number, n: number): ReportCell[] {
  const model = sheetOf(m);
  return model.rows[row - 1].slice(0, n);
}

/** The style a cell ends up with, ranges applied in order (as both writers apply them). */
export function styleAt(m: Sheetish, row: number, col: number): CellStyle {
  const model = sheetOf(m);
  let out: CellStyle = {};
  for (const { range, style } of model.styleRanges) {
    if (row < range.top || row > range.bottom || col < range.left || col > range.right) continue;
    const s = model.styles[style];
    out = {
      font: s.font ? { ...out.font, ...s.font } : out.font,
      alignment: s.alignment ? { ...out.alignment, ...s.alignment } : out.alignment,
      border: s.border ?? out.border,
      fill: s.fill ?? out.fill,
      numberFormat: s.numberFormat ?? out.numberFormat,
    };
  }
  return out;
}

/** The sheet as a gateway would read it back (what readAnnualFigures and the consolidation receive). */
export function gridOf(m: Sheetish, sheet = sheetOf(m).sheetName): Grid {
  const model = sheetOf(m);
  return { sheet, firstRow: 1, firstCol: 1, rows: model.rows.map((r) => [...r]), merges: model.merges };
}
