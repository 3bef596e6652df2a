// The WorkbookGateway over an .xlsx held in memory: the task pane's demo mode and the CLI's report.
// Browser-safe (no fs): the caller gives the bytes and takes them back with toBuffer().
import type ExcelJS from "exceljs";
import type { Grid } from "../domain/grid";
import type { CellRef } from "../domain/roster";
import type { Settings } from "../domain/settings";
import type { ReadProgress, SheetSummary, WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import { gridsOfWorkbook, loadWorkbook, type LoadedWorkbook } from "./readBuffer";
import { isReportGrid } from "../report/figures";
import { addReportToPackage } from "./package/reportSheets";
import { SETTINGS_SHEET } from "./cells";

export { SETTINGS_SHEET };

export class XlsxGateway implements WorkbookGateway {
  private settings: Settings | null = null;
  /** The cell the clerk last asked to see; a file has no visible selection to move. */
  lastSelection: CellRef | null = null;

  private constructor(
    private loaded: LoadedWorkbook,
    /** The package as it stands: the bytes given, plus what writeReport and saveSettings added. */
    private bytes: Uint8Array,
  ) {}

  /** Loads the bytes of an .xlsx; throws WorkbookUnreadable when they are not one. */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array): Promise<XlsxGateway> {
    const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
    return new XlsxGateway(await loadWorkbook(bytes), bytes);
  }

  get workbook(): ExcelJS.Workbook {
    return this.loaded.workbook;
  }

  private worksheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET);
  }

  async listSheets(): Promise<SheetSummary[]> {
    return this.worksheets().map((ws) => ({
      name: ws.name,
      hidden: ws.state !== "visible",
      rows: ws.rowCount,
      cols: ws.columnCount,
    }));
  }

  async readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const names = sheets ?? this.worksheets().map((ws) => ws.name);
    return gridsOfWorkbook(this.loaded, { sheets: names, onProgress });
  }

  /** Adds the report's sheets to the package (replacing our earlier ones); every other part stays as it was. */
  async writeReport(model: ReportModel): Promise<void> {
    const own = new Set((await this.readGrids()).filter(isReportGrid).map((g) => g.sheet));
    await this.rewrite(addReportToPackage(this.bytes, model, { ownByContent: (name) => own.has(name) }));
  }

  /** The package changed: read it again, so what the pane reads next is what the file holds. */
  private async rewrite(next: Promise<Uint8Array>): Promise<void> {
    const bytes = await next;
    this.loaded = await loadWorkbook(bytes);
    this.bytes = bytes;
  }

  async select(ref: CellRef): Promise<void> {
    this.lastSelection = { ...ref };
  }

  async loadSettings(): Promise<Settings | null> {
    if (this.settings) return this.settings;
    const cell = this.workbook.getWorksheet(SETTINGS_SHEET)?.getCell("A1").value;
    if (typeof cell !== "string") return null;
    try {
      const parsed: unknown = JSON.parse(cell);
      // A sheet someone edited by hand may hold anything; only an object can be settings.
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return null;
      this.settings = parsed as Settings;
      return this.settings;
    } catch {
      return null;
    }
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = { ...settings };
    await this.rewrite(addReportToPackage(this.bytes, null, { settings: this.settings }));
  }

  /** The workbook as .xlsx bytes: every part as it came, plus the report (and settings) sheets written. */
  async toBuffer(): Promise<Uint8Array> {
    return this.bytes;
  }
}
