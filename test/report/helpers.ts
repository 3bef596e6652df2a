// Reading a ReportModel the way a clerk reads the sheet: by label, by cell, by style.
import { parseRange, type Grid, type MergeArea } from "../../src/domain/grid";
import type { CellStyle, ReportCell, ReportModel } from "../../src/report/model";

/** The value at an A1 address. */
export function at(model: ReportModel, address: string): ReportCell {
  const a = parseRange(address) as MergeArea;
  return model.rows[a.top - 1]?.[a.left - 1] ?? null;
}

/** The 1-based row whose column `col` holds exactly `label` (the first such row after `after`). */
export function rowOf(model: ReportModel, label: string, col = 2, after = 0): number {
  for (let r = after; r < model.rows.length; r++) if (model.rows[r][col - 1] === label) return r + 1;
  throw new Error(`no row labelled “${label}” in column ${col}`);
}

/** The first `n` cells of a row. */
export function cells(model: ReportModel, row: number, n: number): ReportCell[] {
  return model.rows[row - 1].slice(0, n);
}

/** The style a cell ends up with, ranges applied in order (as both writers apply them). */
export function styleAt(model: ReportModel, row: number, col: number): CellStyle {
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
export function gridOf(model: ReportModel, sheet = model.sheetName): Grid {
  return { sheet, firstRow: 1, firstCol: 1, rows: model.rows.map((r) => [...r]), merges: model.merges };
}
