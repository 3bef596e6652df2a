// The WorkbookGateway of demo mode over a BookChannel: the workbook itself stays where it was read (the
// demo's Web Worker); the pane keeps its grids and the figures the worker already computed for them.
import type { Grid } from "../domain/grid";
import type { CellRef } from "../domain/roster";
import type { Settings } from "../domain/settings";
import type { ReadProgress, SheetSummary, WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import type { BookChannel, OpenedBook } from "./demoBook";
import { rememberAnalysis } from "./engine";

/**
 * The worker sends the figures without the roster's people (forThePage): reading them on the page is a bug,
 * said at once. Not enumerable, so copying or serialising the roster does not trip it.
 */
function keepPeopleAway(opened: OpenedBook): void {
  const { roster } = opened.result;
  if (roster.people.length > 0 || opened.result.analysis.staff.total === 0) return;
  Object.defineProperty(roster, "people", {
    enumerable: false,
    get(): never {
      throw new Error("roster.people stays in the demo worker: the pane shows the Analysis (src/domain), not people");
    },
  });
}

export class DemoGateway implements WorkbookGateway {
  /** The cell the clerk last asked to see; a file has no visible selection to move. */
  lastSelection: CellRef | null = null;
  private grids: Grid[];
  /** True once the copy changed (a report sheet written): the next scan reads it again. */
  private stale = false;
  private settings: Settings | null;

  constructor(
    private readonly channel: BookChannel,
    opened: OpenedBook,
  ) {
    this.grids = opened.grids;
    this.settings = opened.saved;
    keepPeopleAway(opened);
    // The worker's figures for these grids: the pane's first analysis is not done a second time.
    rememberAnalysis(opened.grids, opened.settings, opened.result);
  }

  private async current(): Promise<Grid[]> {
    if (this.stale) {
      this.grids = await this.channel.readGrids();
      this.stale = false;
    }
    return this.grids;
  }

  async listSheets(): Promise<SheetSummary[]> {
    return (await this.current()).map((g) => ({
      name: g.sheet,
      hidden: Boolean(g.hidden),
      rows: g.firstRow - 1 + g.rows.length,
      cols: g.firstCol - 1 + g.rows.reduce((n, r) => Math.max(n, r.length), 0),
    }));
  }

  async readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const all = await this.current();
    // The very array the worker's figures are remembered for, when every sheet is asked for.
    const grids = !sheets || all.every((g) => sheets.includes(g.sheet)) ? all : all.filter((g) => sheets.includes(g.sheet));
    for (const g of grids) onProgress?.({ sheet: g.sheet, rowsRead: g.rows.length, rowsTotal: g.rows.length });
    return grids;
  }

  async writeReport(model: ReportModel): Promise<void> {
    await this.channel.writeReport(model);
    this.stale = true;
  }

  async select(ref: CellRef): Promise<void> {
    this.lastSelection = { ...ref };
  }

  async loadSettings(): Promise<Settings | null> {
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = { ...settings };
    await this.channel.saveSettings(settings);
  }

  /** The copy as .xlsx bytes: every sheet unchanged, plus the report (and settings) sheets written. */
  toBytes(): Promise<Uint8Array> {
    return this.channel.toBytes();
  }
}
