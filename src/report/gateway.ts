// The seam between the task pane / CLI and a workbook: one interface, two gateways
// (src/excel/ over office.js, src/xlsx/ over ExcelJS). The task pane is written once against it.
import type { Grid } from "../domain/grid";
import type { CellRef } from "../domain/roster";
import type { Settings } from "../domain/settings";
import type { ReportModel } from "./model";

export interface SheetSummary {
  name: string;
  hidden: boolean;
  /** Rows × columns of the used range, when known without reading it. */
  rows?: number;
  cols?: number;
}

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal?: number;
}

export interface WorkbookGateway {
  /** Sheets in workbook order. */
  listSheets(): Promise<SheetSummary[]>;
  /** Reads the used range of each named sheet (all sheets when omitted). Never writes. */
  readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]>;
  /** Writes the report sheet, replacing a sheet of the same name; touches no other sheet. */
  writeReport(model: ReportModel): Promise<void>;
  /** Activates the sheet and selects the cell (a problem the clerk clicked). */
  select(ref: CellRef): Promise<void>;
  loadSettings(): Promise<Settings | null>;
  saveSettings(settings: Settings): Promise<void>;
}
