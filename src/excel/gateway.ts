// The WorkbookGateway over the open workbook: the only code that touches Excel.* (with the modules beside it).
// Reads each sheet's used range as a Grid in row blocks (./readWorkbook, ./blockPlan, ./cellBlocks,
// ./sheetLayout), selects a cell, keeps settings in the workbook (./settingsStore), and hands the report sheets
// to ./writeReport. Roster sheets are only ever read. Which APIs a host has: ./host.
import type { Grid } from "../domain/grid";
import { cellAddress } from "../domain/grid";
import type { CellRef } from "../domain/roster";
import type { Settings } from "../domain/settings";
import type { ReadProgress, SheetSummary, WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import { BLOCK_SIZES, isNull, type BlockSizes } from "./blockPlan";
import { errorCode, hostApi, officeHost, type HostApi, type OfficeHost } from "./host";
import { excelErrors } from "./messages";
import { readOnce, usedRange, WorkbookChanged, type ReadStats } from "./readWorkbook";
import { takeSavedMerges } from "./savedFileMerges";
import { loadSettingsFrom, saveSettingsTo } from "./settingsStore";
import { writeReportSheets } from "./writeReport";

export { BLOCK_SIZES, jsonByteLength, type BlockSizes } from "./blockPlan";
export { cellValue } from "./cellBlocks";
export { officeHost, type OfficeHost, type Platform, type RunOptions, type SettingsStore } from "./host";
export { USED_RANGE_CAP, type ReadStats } from "./readWorkbook";
export { joinMergeParts, parseAreas } from "./sheetLayout";

/** Whole re-reads allowed when the workbook changes while it is read. */
const MAX_RESTARTS = 1;

export class ExcelGateway implements WorkbookGateway {
  readonly sizes: BlockSizes;
  /** What the last readGrids cost. */
  lastRead: ReadStats | null = null;

  constructor(
    private readonly host: OfficeHost = officeHost(),
    sizes?: Partial<BlockSizes>,
    /** The .xlsx reader for the saved file's merges below ExcelApi 1.13 (the pane hands it in, loaded lazily). */
    private readonly readSavedFile?: (bytes: Uint8Array) => Promise<Grid[]>,
  ) {
    this.sizes = { ...BLOCK_SIZES[host.platform], ...sizes };
  }

  private api(): HostApi {
    return hostApi(this.host);
  }

  /**
   * Excel.run, waiting out cell-edit mode where the host can (delayForCellEdit, ExcelApi 1.11:
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit) and otherwise saying
   * plainly what to do when Excel refuses because a cell is being edited.
   */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options = this.api().delay ? { delayForCellEdit: true } : undefined;
    try {
      return await this.host.run(batch, options);
    } catch (e) {
      if (errorCode(e) === "InvalidOperationInCellEditMode") throw excelErrors.cellEditMode();
      throw e;
    }
  }

  async listSheets(): Promise<SheetSummary[]> {
    const api = this.api();
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const found = sheets.items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible" }));
      const used = found.map((s) => {
        const range = usedRange(context.workbook.worksheets.getItem(s.name), api);
        range.load("rowCount,columnCount");
        return range;
      });
      await context.sync();
      return found.map((s, i): SheetSummary => {
        const range = used[i];
        return isNull(range) ? { ...s, rows: 0, cols: 0 } : { ...s, rows: range.rowCount, cols: range.columnCount };
      });
    });
  }

  async readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const api = this.api();
    const stats: ReadStats = { syncs: 0, blocks: 0, batches: 0, retries: 0, mergesUnavailable: !api.merges, restarts: 0 };
    for (;;) {
      try {
        const grids = await this.run((context) => readOnce(context, { api, sizes: this.sizes, sheets, stats, onProgress }));
        if (!api.merges) await this.savedFileMerges(grids, stats);
        this.lastRead = stats;
        return grids;
      } catch (e) {
        if (!(e instanceof WorkbookChanged)) throw e;
        if (stats.restarts >= MAX_RESTARTS) throw excelErrors.changedWhileReading();
        stats.restarts++;
      }
    }
  }

  /** Below ExcelApi 1.13: merges from the workbook's saved file, for the sheets it holds unchanged (./savedFileMerges). */
  private async savedFileMerges(grids: Grid[], stats: ReadStats): Promise<void> {
    if (!this.readSavedFile || !this.host.file || !this.host.isSetSupported("CompressedFile", "1.1")) return;
    try {
      const saved = await this.readSavedFile(await this.host.file());
      stats.mergesFromFile = takeSavedMerges(grids, saved);
      stats.mergesUnavailable = stats.mergesFromFile.stale.length > 0;
    } catch {
      // No file (a new workbook never saved, a host refusing): the merges stay missing, as the pane already says.
    }
  }

  async writeReport(model: ReportModel): Promise<void> {
    // Excel.run flushes whatever writeReportSheet left queued.
    await this.run((context) => writeReportSheets(context, model, (set, version) => this.host.isSetSupported(set, version)));
  }

  async select(ref: CellRef): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(cellAddress(ref.row, ref.col ?? 1)).select();
      await context.sync();
    });
  }

  async loadSettings(): Promise<Settings | null> {
    return loadSettingsFrom(this.host.settings());
  }

  async saveSettings(settings: Settings): Promise<void> {
    await saveSettingsTo(this.host.settings(), settings);
  }
}
