// One workbook opened in demo mode, where its bytes are: in the demo's Web Worker (demo.worker.ts), or on the
// main thread where there is no Worker. It reads the grids (src/xlsx), runs the first analysis (src/reading +
// src/domain), and keeps the bytes for what the clerk does later: write the report, download the copy.
import { Inflate } from "fflate";
import type { Grid } from "../domain/grid";
import type { Lang, Settings } from "../domain/settings";
import type { ReadProgress } from "../report/gateway";
import type { ReportModel } from "../report/model";
import { readGridsFromBuffer } from "../xlsx/readBuffer";
import { WorkbookUnreadable, type UnreadableReason } from "../xlsx/errors";
import { TooManyUnits } from "../domain/unitLimit";
import { zipEntriesOf, type ZipEntry } from "../xlsx/zip";
import type { XlsxGateway } from "../xlsx/gateway";
import type { PackedGrid } from "./gridTransfer";
import { completeSettings, computeAnalysis, type PaneResult } from "./engine";

/** What opening gives the pane: the grids, the saved settings, and the figures under the settings it will use. */
export interface OpenedBook {
  grids: Grid[];
  saved: Settings | null;
  /** The settings the pane starts with (the saved ones, else the defaults in the chosen language). */
  settings: Settings;
  result: PaneResult;
}

/**
 * What crosses to the page: the figures without the roster's Person records, which are nearly all of the
 * bytes (26 of 27 MB on 100,000 rows) and which the pane never shows (it shows the Analysis). The page's
 * DemoGateway makes a later read of `roster.people` fail loudly rather than see an empty list.
 */
export function forThePage(opened: OpenedBook): OpenedBook {
  const roster = { ...opened.result.roster, people: [] };
  return { ...opened, result: { ...opened.result, roster, analysis: { ...opened.result.analysis, roster } } };
}

/** The part of reading done, 0…1 (the analysis is the last few per cent). */
export type OnFraction = (fraction: number) => void;

/** What the pane asks of an opened workbook; the worker's channel and the in-thread DemoBook both do it. */
export interface BookChannel {
  open(lang: Lang, onFraction?: OnFraction): Promise<OpenedBook>;
  /** The grids again, after the report sheet was written into the copy. */
  readGrids(): Promise<Grid[]>;
  writeReport(model: ReportModel): Promise<void>;
  saveSettings(settings: Settings): Promise<void>;
  /** The copy as .xlsx bytes (with the report and settings sheets once written). */
  toBytes(): Promise<Uint8Array>;
  /** Lets go of the workbook (the worker ends); later calls reject. */
  close(): void;
}

/** Why an open failed, in a form that crosses postMessage (an Error subclass does not keep its fields). */
export interface BookFailure {
  unreadable?: UnreadableReason;
  /** The roster names more units than the reader allows (domain/unitLimit.ts). */
  tooManyUnits?: true;
  message: string;
}

export function failureOf(e: unknown): BookFailure {
  if (e instanceof WorkbookUnreadable) return { unreadable: e.reason, message: e.message };
  if (e instanceof TooManyUnits) return { tooManyUnits: true, message: e.message };
  return { message: e instanceof Error ? e.message : String(e) };
}

/** The share of reading that counts as done once the grids are read; the analysis fills the rest. */
export const READ_SHARE = 0.9;
/** The Settings sheet the ExcelJS gateway keeps the clerk's settings in. */
const SETTINGS_SHEET_MARK = 'name="_bdg_settings"';
/** Bytes of a sheet's XML inflated to find its <dimension>, which comes before the cells. */
const HEAD_BYTES = 4096;

/** Inflates (about) the first `want` bytes of a zip entry; "" when it cannot. */
function entryHead(bytes: Uint8Array, entry: ZipEntry | undefined, want: number): string {
  if (!entry) return "";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data.subarray(0, want));
  const parts: Uint8Array[] = [];
  let got = 0;
  const inflate = new Inflate((chunk) => {
    parts.push(chunk);
    got += chunk.length;
  });
  try {
    for (let i = 0; i < data.length && got < want; i += 1024) inflate.push(data.subarray(i, i + 1024), i + 1024 >= data.length);
  } catch {
    return "";
  }
  const head = new Uint8Array(got);
  let at = 0;
  for (const part of parts) {
    head.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(head);
}

/** Rows the worksheets say they use (their <dimension>), summed: the denominator of the progress bar. */
export function estimatedRows(bytes: Uint8Array): number {
  let rows = 0;
  try {
    for (const entry of zipEntriesOf(bytes)) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
      const m = /<dimension\s+ref="(?:[A-Z]+\d+:)?[A-Z]+(\d+)"/.exec(entryHead(bytes, entry, HEAD_BYTES));
      if (m) rows += Number(m[1]);
    }
  } catch {
    return 0; // not a zip: the reader says why
  }
  return rows;
}

/** Turns the reader's per-sheet row counts into one fraction of all rows. */
export function readFraction(totalRows: number): (p: ReadProgress) => number {
  const bySheet = new Map<string, number>();
  return (p) => {
    bySheet.set(p.sheet, Math.max(bySheet.get(p.sheet) ?? 0, p.rowsRead));
    let read = 0;
    for (const n of bySheet.values()) read += n;
    return totalRows > 0 ? Math.min(1, read / totalRows) : 0;
  };
}

export class DemoBook implements BookChannel {
  private readonly bytes: Uint8Array;
  /** The ExcelJS gateway, loaded only to write the report or the settings into the copy. */
  private writer: Promise<XlsxGateway> | null = null;
  private settings: Settings | null = null;
  private closed = false;

  constructor(bytes: ArrayBuffer | Uint8Array) {
    this.bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  }

  /** onGrids has the grids as soon as they are read, before the analysis (the worker sends them on at once). */
  async open(lang: Lang, onFraction?: OnFraction, onGrids?: (grids: Grid[]) => void): Promise<OpenedBook> {
    onFraction?.(0);
    const fraction = readFraction(estimatedRows(this.bytes));
    const grids = await readGridsFromBuffer(this.bytes, {
      onProgress: (p) => onFraction?.(READ_SHARE * fraction(p)),
    });
    onFraction?.(READ_SHARE);
    onGrids?.(grids);
    const saved = await this.savedSettings();
    // As the App starts: the saved settings completed, else the defaults in the clerk's language.
    const settings = saved ? completeSettings(saved) : { ...completeSettings(null), lang };
    const result = computeAnalysis(grids, settings);
    onFraction?.(1);
    return { grids, saved, settings, result };
  }

  /** Settings saved in the copy by an earlier demo session (a hidden sheet); null in nearly every file. */
  private async savedSettings(): Promise<Settings | null> {
    const workbook = zipEntriesOf(this.bytes).find((e) => e.name === "xl/workbook.xml");
    if (!entryHead(this.bytes, workbook, 1 << 20).includes(SETTINGS_SHEET_MARK)) return null;
    return (await this.loadWriter()).loadSettings();
  }

  private loadWriter(): Promise<XlsxGateway> {
    if (this.closed) return Promise.reject(new Error("workbook closed"));
    if (!this.writer) {
      this.writer = (async () => {
        // ExcelJS only now, in a chunk of its own: reading never needs it.
        const { XlsxGateway } = await import(/* webpackChunkName: "demo-writer" */ "../xlsx/gateway");
        const writer = await XlsxGateway.fromBuffer(this.bytes);
        if (this.settings) await writer.saveSettings(this.settings);
        return writer;
      })();
    }
    return this.writer;
  }

  async readGrids(): Promise<Grid[]> {
    if (this.writer) return (await this.writer).readGrids();
    return readGridsFromBuffer(this.bytes);
  }

  async writeReport(model: ReportModel): Promise<void> {
    await (await this.loadWriter()).writeReport(model);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
    if (this.writer) await (await this.writer).saveSettings(settings);
  }

  async toBytes(): Promise<Uint8Array> {
    return (await this.loadWriter()).toBuffer();
  }

  close(): void {
    this.closed = true;
    this.writer = null;
  }
}

/** A request to the demo's worker; `id` pairs it with its replies. */
export type BookRequest =
  | { id: number; op: "open"; bytes: ArrayBuffer; lang: Lang }
  | { id: number; op: "readGrids" }
  | { id: number; op: "writeReport"; model: ReportModel }
  | { id: number; op: "saveSettings"; settings: Settings }
  | { id: number; op: "toBytes" };

export type BookReply =
  | { id: number; kind: "progress"; fraction: number }
  /**
   * An open's grids, packed (gridTransfer.ts) and sent as soon as they are read: the page unpacks them while
   * the worker analyses, and the open's "done" then comes without them (grids: []).
   */
  | { id: number; kind: "grids"; packed: PackedGrid[] }
  | { id: number; kind: "done"; value: unknown }
  | { id: number; kind: "failed"; failure: BookFailure };
