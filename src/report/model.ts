// The ReportModel: the annual sheet for Sở Nội vụ as data (cells, styles, merges, chart, print setup),
// written by whichever gateway read the workbook. Owned by src/report/; placeholder until issue 4 fills it.
import type { MergeArea } from "../domain/grid";

export interface ReportModel {
  /** Name of the sheet to write; a sheet of that name is replaced. */
  sheetName: string;
  /** rows[r][c] is the value of sheet row r+1, column c+1. */
  rows: (string | number | null)[][];
  merges: MergeArea[];
}
