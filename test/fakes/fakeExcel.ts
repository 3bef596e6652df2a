// A faithful fake of the office.js Excel subset the add-in uses, for jest and the benchmark.
// What it keeps of real Excel: commands are queued and run only at context.sync(); a property read
// before it was load()ed AND synced throws PropertyNotLoaded; *OrNullObject proxies tell isNullObject
// only after a sync; a sync whose request or response exceeds Excel on the web's 5 MB payload throws
// RequestPayloadSizeLimitExceeded; getMergedAreasOrNullObject fails over 512 areas; proxies die with
// their Excel.run. It also counts syncs, measures each response, and logs every write with its sheet.
// The documented rules it adds (each cited where it is applied; the rules themselves are in ./excelRules):
// the response-size error, values written as formulas/numbers/dates, getUsedRange(false) counting formatted cells,
// the five-million-cell get limit, every API checked against the host's requirement sets, workbook-structure
// protection, sheet-name rules, a failure in the middle of a batch, edits between two syncs, cell-edit mode, the
// 1904 date system, and settings that live in the document until the workbook is saved.
import type { MergeArea } from "../../src/domain/grid";
import { excelSerialToDate, isDateFormat } from "../../src/domain/excelDates";
import { cellAddress, parseRange } from "../../src/domain/grid";
import { ExcelGateway, jsonByteLength as jsonBytes } from "../../src/excel/gateway";
import { readCompressedFile, type FileDocument } from "../../src/excel/savedFileMerges";
import type { OfficeHost, SettingsStore } from "../../src/excel/gateway";
import { MAX_CELLS_PER_GET, minorOfPath, sheetNameProblem, storeWrittenValue, dateSerial as serialOf } from "./excelRules";

export type FakeCell = string | number | boolean | Date | null | { error: string };
type Stored = string | number | boolean | { error: string } | null;

export interface FakeSheetSpec {
  name: string;
  /** rows[r][c] is the cell at sheet row startRow + r, column startCol + c. */
  rows: FakeCell[][];
  startRow?: number;
  startCol?: number;
  /** Merged areas as A1 ranges ("A1:F1"). */
  merges?: string[];
  /** Font of every cell not covered by `fonts`. */
  font?: string;
  /** Fonts of ranges, later entries win ("A1:F3" → ".VnTimeH"). */
  fonts?: { range: string; name: string }[];
  /** Hidden columns, 1-based. */
  hiddenColumns?: number[];
  /** Hidden rows, 1-based. */
  hiddenRows?: number[];
  /** Ranges that carry a format but no value (they count in getUsedRange(false), not in getUsedRange(true)). */
  formatted?: string[];
  /** Number formats of ranges ("C6:D20" → "dd/mm/yyyy"); cells written from a Date get "dd/mm/yyyy" by default. */
  numberFormats?: { range: string; format: string }[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Worksheet-scoped names (name → formula, e.g. "_BDG_REPORT" → '="annual-report"'), hidden. */
  names?: Record<string, string>;
}

export interface FakeExcelOptions {
  /** Bytes a request or a response may hold; default 5 MB on the web, none on the desktop. null: no limit. */
  payloadLimit?: number | null;
  /** Highest ExcelApi 1.x set the host supports (e.g. 13 for 1.13). */
  apiMinor?: number;
  /**
   * Which merged areas getMergedAreasOrNullObject reports for a range. "topLeft" (the default, what Excel does):
   * whole areas whose top-left cell is inside the range, not others that merely overlap it
   * (https://github.com/OfficeDev/office-js/issues/3611; the reference,
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1),
   * says only "the merged areas in this range"). "full": every overlapping area, whole; "clipped": their parts inside.
   */
  mergedAreas?: "topLeft" | "full" | "clipped";
  platform?: "web" | "desktop";
  /** The workbook uses the 1904 date system: Date cells are stored as 1904 serials. */
  date1904?: boolean;
  /** The host has the CompressedFile requirement set (Document.getFileAsync(Office.FileType.Compressed)). */
  compressedFile?: boolean;
}

export interface WriteLogEntry {
  sheet: string;
  op: string;
  address?: string;
  detail?: unknown;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_MERGED_AREAS = 512;

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/** Excel's serial number of a date in the 1900 date system (what office.js returns for a date cell). */
export function dateSerial(d: Date): number {
  return serialOf(d, false);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaAddress(a: MergeArea): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

function intersect(a: MergeArea, b: MergeArea): MergeArea | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** How a date-formatted serial shows (dd/mm/yyyy), in the workbook's date system. */
function dateText(serial: number, date1904: boolean): string {
  const d = new Date(Date.UTC(1899, 11, 30) + (serial + (date1904 ? 1462 : 0)) * 86400000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A1 ranges as Excel takes them: cells ("B3", "B3:D4"), whole columns ("A:C") and whole rows ("3:5"). */
function mustRange(ref: string): MergeArea {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (cols) {
    const a = parseRange(`${cols[1]}1:${cols[2]}1`) as MergeArea;
    return { ...a, top: 1, bottom: MAX_ROW };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) {
    const [p, q] = [Number(rows[1]), Number(rows[2])];
    return { top: Math.min(p, q), left: 1, bottom: Math.max(p, q), right: MAX_COL };
  }
  const a = parseRange(ref);
  if (!a) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${ref}`);
  return a;
}

/** One sheet of the fake workbook: the stored cells and what Excel keeps beside them. */
export class FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Stored[][] = [];
  merges: MergeArea[] = [];
  defaultFont: string;
  fonts: { area: MergeArea; name: string }[] = [];
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  formatted: MergeArea[];
  /** Number formats of ranges (the spec's), and of single cells (dates, writes), each with its order: the latest wins. */
  numberFormats: { area: MergeArea; format: string; seq: number }[];
  private cellFormats: ({ format: string; seq: number } | undefined)[][] = [];
  private formatSeq = 0;
  /** Worksheet-scoped defined names: they stay with the sheet through a rename and go when it is deleted. */
  names = new Map<string, { formula: string; visible: boolean }>();
  private used: MergeArea | null | undefined;

  constructor(spec: FakeSheetSpec, date1904 = false) {
    this.name = spec.name;
    this.visibility = spec.visibility ?? "Visible";
    this.defaultFont = spec.font ?? "Times New Roman";
    this.hiddenColumns = new Set(spec.hiddenColumns ?? []);
    this.hiddenRows = new Set(spec.hiddenRows ?? []);
    this.formatted = (spec.formatted ?? []).map(mustRange);
    this.numberFormats = [];
    const r0 = spec.startRow ?? 1;
    const c0 = spec.startCol ?? 1;
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        if (v instanceof Date) {
          this.setCell(r0 + r, c0 + c, serialOf(v, date1904));
          this.setNumberFormat(r0 + r, c0 + c, "dd/mm/yyyy");
        } else this.setCell(r0 + r, c0 + c, v);
      }),
    );
    for (const f of spec.numberFormats ?? []) this.numberFormats.push({ area: mustRange(f.range), format: f.format, seq: ++this.formatSeq });
    this.merges = (spec.merges ?? []).map(mustRange);
    this.fonts = (spec.fonts ?? []).map((f) => ({ area: mustRange(f.range), name: f.name }));
    for (const [n, formula] of Object.entries(spec.names ?? {})) this.names.set(n.toLowerCase(), { formula, visible: false });
  }

  cell(row: number, col: number): Stored {
    return this.cells[row - 1]?.[col - 1] ?? null;
  }

  setCell(row: number, col: number, v: Stored): void {
    (this.cells[row - 1] ??= [])[col - 1] = v === "" ? null : v;
    this.used = undefined;
  }

  numberFormatAt(row: number, col: number): string {
    let best = this.cellFormats[row - 1]?.[col - 1];
    for (let i = this.numberFormats.length - 1; i >= 0; i--) {
      const f = this.numberFormats[i];
      const a = f.area;
      if (best && best.seq > f.seq) break;
      if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) {
        best = f;
        break;
      }
    }
    return best?.format ?? "General";
  }

  setNumberFormat(row: number, col: number, format: string): void {
    (this.cellFormats[row - 1] ??= [])[col - 1] = { format, seq: ++this.formatSeq };
  }

  /** The user inserts `count` rows above sheet row `at`: cells, merges and hidden rows below move down. */
  insertRows(at: number, count: number): void {
    const blank: Stored[][] = Array.from({ length: count }, () => []);
    this.cells.splice(at - 1, 0, ...blank);
    const move = (a: MergeArea): MergeArea =>
      a.top >= at ? { ...a, top: a.top + count, bottom: a.bottom + count } : a.bottom >= at ? { ...a, bottom: a.bottom + count } : a;
    this.merges = this.merges.map(move);
    this.numberFormats = this.numberFormats.map((f) => ({ ...f, area: move(f.area) }));
    this.cellFormats.splice(at - 1, 0, ...Array.from({ length: count }, () => []));
    this.hiddenRows = new Set([...this.hiddenRows].map((r) => (r >= at ? r + count : r)));
    this.used = undefined;
  }

  /**
   * getUsedRange(valuesOnly): with valuesOnly the cells holding values; without it (the default) also the cells
   * that only carry a format: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
   * ("valuesOnly: Only considers cells with values as used cells (ignoring formatting)").
   */
  usedAreaOf(valuesOnly: boolean): MergeArea | null {
    const values = this.usedArea();
    if (valuesOnly) return values;
    let a = values;
    for (const f of this.formatted)
      a = a
        ? { top: Math.min(a.top, f.top), left: Math.min(a.left, f.left), bottom: Math.max(a.bottom, f.bottom), right: Math.max(a.right, f.right) }
        : { ...f };
    return a;
  }

  fontAt(row: number, col: number): string {
    for (let i = this.fonts.length - 1; i >= 0; i--) {
      const a = this.fonts[i].area;
      if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return this.fonts[i].name;
    }
    return this.defaultFont;
  }

  /** The bounding box of the cells that hold values (getUsedRange(true)). */
  usedArea(): MergeArea | null {
    if (this.used !== undefined) return this.used;
    let top = 0;
    let bottom = 0;
    let left = Infinity;
    let right = 0;
    this.cells.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (!top) top = r + 1;
        bottom = r + 1;
        left = Math.min(left, c + 1);
        right = Math.max(right, c + 1);
      });
    });
    this.used = top ? { top, left, bottom, right } : null;
    return this.used;
  }
}

type Op = { kind: "load"; proxy: FakeProxy; props: string[] } | { kind: "action"; run: () => void; requestBytes: number };

/** The RequestContext: a queue of commands run at sync. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  alive = true;
  private queue: Op[] = [];

  constructor(
    readonly excel: FakeExcel,
    /** Excel.run's RunOptions.delayForCellEdit (ExcelApi 1.11). */
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  checkAlive(): void {
    if (!this.alive)
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: the object was used outside its Excel.run batch.",
      );
  }

  queueLoad(proxy: FakeProxy, props: string[]): void {
    this.checkAlive();
    this.queue.push({ kind: "load", proxy, props });
  }

  queueAction(run: () => void, requestBytes = 64): void {
    this.checkAlive();
    this.queue.push({ kind: "action", run, requestBytes });
  }

  /**
   * A member of a newer API set fails at sync, as the host rejects it with ApiNotFound ("It may be available in a
   * newer version of the Office application": https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  requireApi(minor: number, method: string): void {
    this.excel.apiUsed.set(method, Math.max(this.excel.apiUsed.get(method) ?? 1, minor));
    if (this.excel.apiMinor >= minor) return;
    this.queueAction(() => {
      throw new FakeOfficeError("ApiNotFound", `${method} needs ExcelApi 1.${minor}; this host has 1.${this.excel.apiMinor}.`);
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.checkAlive();
    // The user's own actions between two syncs (typing, inserting rows): the hook of a test.
    this.excel.beforeSync?.(this.excel.syncs);
    if (this.excel.editingCell) {
      // While the user edits a cell, a batch fails, unless Excel.run was given delayForCellEdit (ExcelApi 1.11),
      // in which case it waits until the edit ends: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
      // The code is InvalidOperationInCellEditMode: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
      if (this.delayForCellEdit && this.excel.apiMinor >= 11) this.excel.editingCell = false;
      else {
        this.queue = [];
        this.excel.unresolved.splice(0);
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
        );
      }
    }
    const ops = this.queue;
    this.queue = [];
    // Null objects and client results are resolved by the sync after their creation; a failed sync drops them.
    const nullables = this.excel.unresolved.splice(0);
    this.excel.syncs++;
    const limit = this.excel.options.payloadLimit;
    const requestBytes = ops.reduce((n, op) => n + (op.kind === "action" ? op.requestBytes : 48), 0);
    this.excel.requestBytes.push(requestBytes);
    if (limit !== null && requestBytes > limit)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    const results: { proxy: FakeProxy; values: Map<string, unknown> }[] = [];
    let responseBytes = 0;
    for (const op of ops) {
      if (op.kind === "action") {
        op.run();
        continue;
      }
      const values = new Map<string, unknown>();
      for (const p of op.props) {
        const v = op.proxy.compute(p);
        values.set(p, v);
        responseBytes += jsonBytes(v) + p.length + 4;
      }
      results.push({ proxy: op.proxy, values });
    }
    this.excel.responseBytes.push(responseBytes);
    // Excel on the web limits requests and responses to 5 MB (https://learn.microsoft.com/office/dev/add-ins/excel/performance);
    // a response over it is ResponsePayloadSizeLimitExceeded, a request RequestPayloadSizeLimitExceeded
    // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
    if (limit !== null && responseBytes > limit)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    for (const r of results) r.proxy.deliver(r.values);
    for (const p of nullables) p.resolveAfterSync();
    await Promise.resolve();
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
abstract class FakeProxy {
  private loaded = new Map<string, unknown>();
  constructor(readonly ctx: FakeRequestContext) {}

  /** The property names this proxy can load. */
  protected abstract loadable(): string[];
  /** The property's value at sync time. */
  abstract compute(prop: string): unknown;

  load(props?: string | string[] | { select?: string }): this {
    this.ctx.checkAlive();
    let list: string[];
    if (props === undefined) list = this.loadable();
    else if (Array.isArray(props)) list = props;
    else if (typeof props === "string") list = props.split(",");
    else list = (props.select ?? "").split(",");
    list = list.map((p) => p.trim()).filter((p) => p.length > 0);
    for (const p of list)
      if (!this.loadable().includes(p))
        throw new FakeOfficeError("InvalidArgument", `The property '${p}' cannot be loaded on this object.`);
    this.ctx.queueLoad(this, list);
    return this;
  }

  deliver(values: Map<string, unknown>): void {
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  protected read<T>(prop: string): T {
    this.ctx.checkAlive();
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as T;
  }
}

export class FakeClientResult<T> {
  private result: { value: T } | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly compute: () => T,
  ) {
    // Queued as a load so its bytes count against the response.
    ctx.queueLoad(new ClientResultLoad(ctx, this), ["value"]);
  }
  computeValue(): T {
    return this.compute();
  }
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    this.ctx.checkAlive();
    if (!this.result)
      throw new FakeOfficeError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Call context.sync().");
    return this.result.value;
  }
}

class ClientResultLoad extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly target: FakeClientResult<unknown>,
  ) {
    super(ctx);
  }
  protected loadable(): string[] {
    return ["value"];
  }
  compute(): unknown {
    return this.target.computeValue();
  }
  override deliver(values: Map<string, unknown>): void {
    this.target.set(values.get("value"));
  }
}

/** A proxy that may be a null object (from an *OrNullObject method). */
abstract class NullableProxy extends FakeProxy {
  // Initialised so the recorder proxy sees the field before the first sync.
  private nullState: boolean | undefined = undefined;
  constructor(
    ctx: FakeRequestContext,
    readonly orNull: boolean,
  ) {
    super(ctx);
    if (orNull) ctx.excel.unresolved.push(this);
  }
  protected abstract exists(): boolean;
  resolveAfterSync(): void {
    this.nullState = !this.exists();
  }
  get isNullObject(): boolean {
    this.ctx.checkAlive();
    if (!this.orNull) return false;
    if (this.nullState === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'isNullObject' is not available before context.sync().");
    return this.nullState;
  }
}

/** A recorder's path now, for naming the member called (the range it starts from may resolve only at sync). */
function safePath(path: () => string): string {
  try {
    return path();
  } catch {
    return "?";
  }
}

/**
 * Records every property set and method call on a part of the API the fake does not model
 * (format, charts, page layout…) as a write on its sheet, at sync time like Excel.
 */
function recorder(ctx: FakeRequestContext, sheet: () => string, path: () => string): unknown {
  const target = function () {
    /* callable */
  };
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop !== "string" || prop === "then" || prop === "toJSON") return undefined;
      if (prop === "load") return () => recorder(ctx, sheet, path);
      return recorder(ctx, sheet, () => `${path()}.${prop}`);
    },
    set(_t, prop, value) {
      const member = `${safePath(path)}.${String(prop)}`;
      ctx.requireApi(minorOfPath(member), member.replace(/^[^.]*\./, ""));
      ctx.queueAction(() => ctx.excel.logWrite({ sheet: sheet(), op: "set", address: `${path()}.${String(prop)}`, detail: value }), jsonBytes(value) + 64);
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      ctx.requireApi(minorOfPath(safePath(path)), safePath(path).replace(/^[^.]*\./, ""));
      // Proxies passed as arguments (a chart's source range) are logged by their address.
      const described = () => args.map((a) => (a instanceof FakeRange ? { range: a.logAddress() } : a instanceof FakeProxy ? "[proxy]" : a));
      ctx.queueAction(() => ctx.excel.logWrite({ sheet: sheet(), op: "call", address: path(), detail: described() }), 64 * (args.length + 1));
      return recorder(ctx, sheet, () => `${path()}()`);
    },
  });
}

/** Unknown properties of a proxy become recorders (sets and calls are logged as writes, at sync). */
function withRecorder<T extends object>(obj: T, ctx: FakeRequestContext, sheet: () => string, path: () => string): T {
  return new Proxy(obj, {
    get(t, prop, receiver) {
      if (typeof prop !== "string" || prop in t) return Reflect.get(t, prop, receiver);
      if (prop === "then" || prop === "toJSON") return undefined;
      return recorder(ctx, sheet, () => `${path()}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop !== "string" || prop in t) return Reflect.set(t, prop, value, receiver);
      ctx.requireApi(minorOfPath(prop), prop);
      ctx.queueAction(() => ctx.excel.logWrite({ sheet: sheet(), op: "set", address: `${path()}.${prop}`, detail: value }), jsonBytes(value) + 64);
      return true;
    },
  });
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  /** Workbook.protection (ExcelApi 1.7): https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-protection-member */
  get protection(): FakeWorkbookProtection {
    this.ctx.checkAlive();
    this.ctx.requireApi(7, "protection");
    return new FakeWorkbookProtection(this.ctx);
  }
}

/**
 * Workbook-structure protection: while it is on, worksheets cannot be added, deleted, moved or renamed
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-workbook-structure).
 */
export class FakeWorkbookProtection extends FakeProxy {
  protected loadable(): string[] {
    return ["protected"];
  }
  compute(): unknown {
    return this.ctx.excel.structureProtected;
  }
  get protected(): boolean {
    return this.read<boolean>("protected");
  }
}

export class FakeWorksheetCollection extends FakeProxy {
  protected loadable(): string[] {
    return ["items/name", "items/visibility", "items/position", "count"];
  }
  compute(prop: string): unknown {
    const sheets = this.ctx.excel.sheets;
    if (prop === "count") return sheets.length;
    const key = prop.slice("items/".length);
    return sheets.map((s, i) => (key === "name" ? s.name : key === "visibility" ? s.visibility : i));
  }
  override deliver(values: Map<string, unknown>): void {
    super.deliver(values);
    const names = (values.get("items/name") as string[] | undefined) ?? this.ctx.excel.sheets.map((s) => s.name);
    const items = names.map((name, i) => {
      const ws = new FakeWorksheet(this.ctx, () => name, false);
      const own = new Map<string, unknown>();
      for (const [k, v] of values) if (k.startsWith("items/")) own.set(k.slice(6), (v as unknown[])[i]);
      ws.deliver(own);
      return ws;
    });
    this.itemsList = items;
  }
  private itemsList: FakeWorksheet[] | null = null;
  get items(): FakeWorksheet[] {
    if (!this.itemsList) return this.read<FakeWorksheet[]>("items");
    return this.itemsList;
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.checkAlive();
    return new FakeWorksheet(this.ctx, () => name, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.checkAlive();
    this.ctx.requireApi(4, "getItemOrNullObject");
    return new FakeWorksheet(this.ctx, () => name, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.checkAlive();
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.activeSheet, false);
  }
  add(name: string): FakeWorksheet {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => this.ctx.excel.addSheet(name));
    return new FakeWorksheet(this.ctx, () => name, false);
  }
}

export class FakeWorksheet extends NullableProxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly nameOf: () => string,
    orNull: boolean,
  ) {
    super(ctx, orNull);
    return withRecorder(this, ctx, () => this.sheet().name, () => this.sheet().name);
  }
  protected exists(): boolean {
    return this.ctx.excel.findSheet(this.nameOf()) !== null;
  }
  /** The sheet this proxy stands for, at sync time. */
  sheet(): FakeSheet {
    const s = this.ctx.excel.findSheet(this.nameOf());
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${this.nameOf()}'.`);
    return s;
  }
  protected loadable(): string[] {
    return ["name", "visibility", "position"];
  }
  compute(prop: string): unknown {
    if (this.orNull && !this.exists()) return null;
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    return this.ctx.excel.sheets.indexOf(s);
  }
  get name(): string {
    return this.read<string>("name");
  }
  /** Renaming: the same name rules as adding, and refused under workbook-structure protection. */
  set name(next: string) {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => this.ctx.excel.renameSheet(this.sheet(), next));
  }
  get visibility(): string {
    return this.read<string>("visibility");
  }
  set visibility(v: string) {
    this.ctx.requireApi(2, "visibility="); // reading is 1.1, setting 1.2
    this.ctx.queueAction(() => {
      this.ctx.excel.checkStructure("hide or show a worksheet");
      const s = this.sheet();
      s.visibility = v as FakeSheet["visibility"];
      this.ctx.excel.logWrite({ sheet: s.name, op: "visibility", detail: v });
    });
  }
  get position(): number {
    return this.read<number>("position");
  }
  set position(p: number) {
    this.ctx.queueAction(() => {
      this.ctx.excel.checkStructure("move a worksheet");
      const s = this.sheet();
      const list = this.ctx.excel.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(p, list.length), 0, s);
      this.ctx.excel.logWrite({ sheet: s.name, op: "position", detail: p });
    });
  }
  /** Worksheet.names, the sheet's scoped names (ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member). */
  get names(): FakeNamedItemCollection {
    this.ctx.checkAlive();
    this.ctx.requireApi(4, "Worksheet.names");
    return new FakeNamedItemCollection(this.ctx, this);
  }
  /** ExcelApi 1.4; valuesOnly defaults to false, so formatted cells count unless it is true. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.checkAlive();
    this.ctx.requireApi(4, "getUsedRangeOrNullObject");
    return new FakeRange(this.ctx, this, () => this.sheet().usedAreaOf(valuesOnly), true);
  }
  /** ExcelApi 1.1 (valuesOnly 1.2); an empty sheet's used range is A1 (the OrNullObject form tells it apart). */
  getUsedRange(valuesOnly = false): FakeRange {
    this.ctx.checkAlive();
    if (valuesOnly) this.ctx.requireApi(2, "getUsedRange(valuesOnly)");
    return new FakeRange(this.ctx, this, () => this.sheet().usedAreaOf(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }, false);
  }
  getRange(address?: string): FakeRange {
    this.ctx.checkAlive();
    const area = address ? mustRange(address) : { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
    return new FakeRange(this.ctx, this, () => area, false);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.ctx.checkAlive();
    this.ctx.requireApi(7, "getRangeByIndexes");
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    const area = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new FakeRange(this.ctx, this, () => area, false);
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  activate(): void {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw new FakeOfficeError("GeneralException", "A hidden sheet cannot be activated.");
      this.ctx.excel.activeSheet = s.name;
    });
  }
  delete(): void {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => this.ctx.excel.deleteSheet(this.sheet()));
  }
}

/** The five-million-cell limit of one get (https://learn.microsoft.com/office/dev/add-ins/excel/performance). */
function overGetLimit(a: MergeArea): boolean {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1) > MAX_CELLS_PER_GET;
}

export class FakeRange extends NullableProxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    private readonly areaOf: () => MergeArea | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
    return withRecorder(this, ctx, () => this.ws.sheet().name, () => this.address$());
  }
  protected exists(): boolean {
    return this.areaOf() !== null;
  }
  private area(): MergeArea {
    const a = this.areaOf();
    if (!a) throw new FakeOfficeError("InvalidObjectPath", "The range is a null object.");
    return a;
  }
  private address$(): string {
    return areaAddress(this.area());
  }
  /** "Sheet!A1:B2" for the write log, at sync time. */
  logAddress(): string {
    return `${quoteSheet(this.ws.sheet().name)}!${this.address$()}`;
  }
  protected loadable(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "valueTypes", "text", "columnHidden", "rowHidden", "numberFormat"];
  }
  override load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : [];
    if (list.some((p) => p.trim() === "columnHidden")) this.ctx.requireApi(2, "columnHidden");
    if (list.some((p) => p.trim() === "rowHidden")) this.ctx.requireApi(2, "rowHidden");
    return super.load(props);
  }
  compute(prop: string): unknown {
    const a = this.areaOf();
    if (!a) return null;
    const s = this.ws.sheet();
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: T[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoteSheet(s.name)}!${areaAddress(a)}`;
      case "rowIndex":
        return a.top - 1;
      case "columnIndex":
        return a.left - 1;
      case "rowCount":
        return a.bottom - a.top + 1;
      case "columnCount":
        return a.right - a.left + 1;
      case "values":
        // "When a get operation using Range.values exceeds the five-million-cell limit, the API doesn't always
        // throw an error. In some cases, Range.values returns null instead." (the performance page above)
        if (overGetLimit(a)) return null;
        return grid((r, c) => {
          const v = s.cell(r, c);
          return v === null ? "" : typeof v === "object" ? v.error : v;
        });
      case "text":
        if (overGetLimit(a)) throw new FakeOfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
        return grid((r, c) => {
          const v = s.cell(r, c);
          if (typeof v === "number" && /[dy]/i.test(s.numberFormatAt(r, c))) return dateText(v, this.ctx.excel.options.date1904);
          return v === null ? "" : typeof v === "object" ? v.error : String(v);
        });
      case "valueTypes":
        if (overGetLimit(a)) throw new FakeOfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
        return grid((r, c) => {
          const v = s.cell(r, c);
          if (v === null) return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "string" ? "String" : typeof v === "boolean" ? "Boolean" : "Double";
        });
      case "numberFormat":
        if (overGetLimit(a)) throw new FakeOfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
        return grid((r, c) => s.numberFormatAt(r, c));
      case "rowHidden": {
        let hidden = 0;
        for (let r = a.top; r <= a.bottom; r++) if (s.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === a.bottom - a.top + 1 ? true : null;
      }
      case "columnHidden": {
        let hidden = 0;
        for (let c = a.left; c <= a.right; c++) if (s.hiddenColumns.has(c)) hidden++;
        return hidden === 0 ? false : hidden === a.right - a.left + 1 ? true : null;
      }
    }
    return undefined;
  }
  get address(): string {
    return this.read<string>("address");
  }
  get rowIndex(): number {
    return this.read<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.read<number>("columnIndex");
  }
  get rowCount(): number {
    return this.read<number>("rowCount");
  }
  get columnCount(): number {
    return this.read<number>("columnCount");
  }
  get values(): unknown[][] {
    return this.read<unknown[][]>("values");
  }
  set values(v: unknown[][]) {
    this.writeCells("values", v);
  }
  get formulas(): unknown[][] {
    return this.read<unknown[][]>("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v);
  }
  get valueTypes(): string[][] {
    return this.read<string[][]>("valueTypes");
  }
  get text(): string[][] {
    return this.read<string[][]>("text");
  }
  get rowHidden(): boolean | null {
    return this.read<boolean | null>("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.read<boolean | null>("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.ctx.requireApi(2, "columnHidden");
    this.ctx.queueAction(() => {
      const a = this.area();
      const s = this.ws.sheet();
      for (let c = a.left; c <= a.right; c++) (v ? s.hiddenColumns.add(c) : s.hiddenColumns.delete(c));
      this.ctx.excel.logWrite({ sheet: s.name, op: "columnHidden", address: areaAddress(a), detail: v });
    });
  }
  get numberFormat(): unknown[][] {
    return this.read<unknown[][]>("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queueAction(() => {
      const a = this.area();
      this.checkShape(a, v);
      const sheet = this.ws.sheet();
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) {
          const f = Array.isArray(v) ? (v[r - a.top] as unknown[])[c - a.left] : v;
          sheet.setNumberFormat(r, c, String(f));
        }
      this.ctx.excel.logWrite({ sheet: sheet.name, op: "numberFormat", address: areaAddress(a), detail: v });
    }, jsonBytes(v) + 64);
  }

  private checkShape(a: MergeArea, v: unknown): void {
    if (!Array.isArray(v)) return; // a single value is applied to every cell
    const rows = a.bottom - a.top + 1;
    const cols = a.right - a.left + 1;
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
  }

  private writeCells(op: string, v: unknown): void {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => {
      const a = this.area();
      this.checkShape(a, v);
      const s = this.ws.sheet();
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) {
          const x = Array.isArray(v) ? (v[r - a.top] as unknown[])[c - a.left] : v;
          // Through values, Excel parses what it is given (=, +, - start a formula; numeric and ISO date text
          // become numbers): see storeWrittenValue. Through formulas, the fake stores the text as given.
          s.setCell(r, c, op === "values" ? storeWrittenValue(x, this.ctx.excel.options.date1904) : x === undefined || x === null ? null : x instanceof Date ? dateSerial(x) : (x as Stored));
        }
      this.ctx.excel.logWrite({ sheet: s.name, op, address: areaAddress(a) });
    }, jsonBytes(v) + 64);
  }

  merge(across = false): void {
    this.ctx.checkAlive();
    this.ctx.requireApi(2, "merge");
    this.ctx.queueAction(() => {
      const a = this.area();
      const s = this.ws.sheet();
      const added = across
        ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ top: a.top + i, left: a.left, bottom: a.top + i, right: a.right }))
        : [a];
      s.merges = s.merges.filter((m) => !added.some((n) => intersect(m, n)));
      s.merges.push(...added);
      this.ctx.excel.logWrite({ sheet: s.name, op: "merge", address: areaAddress(a), detail: { across } });
    });
  }
  unmerge(): void {
    this.ctx.checkAlive();
    this.ctx.requireApi(2, "unmerge");
    this.ctx.queueAction(() => {
      const a = this.area();
      const s = this.ws.sheet();
      s.merges = s.merges.filter((m) => !intersect(m, a));
      this.ctx.excel.logWrite({ sheet: s.name, op: "unmerge", address: areaAddress(a) });
    });
  }
  clear(applyTo?: string): void {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => {
      const a = this.area();
      const s = this.ws.sheet();
      if (applyTo !== "Formats")
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) s.setCell(r, c, null);
      this.ctx.excel.logWrite({ sheet: s.name, op: "clear", address: areaAddress(a), detail: applyTo ?? "All" });
    });
  }
  select(): void {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => {
      const s = this.ws.sheet();
      this.ctx.excel.activeSheet = s.name;
      this.ctx.excel.selection = { sheet: s.name, address: areaAddress(this.area()) };
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived((a) => ({ top: a.top + row, left: a.left + column, bottom: a.top + row, right: a.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.ctx.requireApi(2, "getResizedRange");
    return this.derived((a) => ({ ...a, bottom: a.bottom + deltaRows, right: a.right + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    this.ctx.requireApi(7, "getAbsoluteResizedRange");
    return this.derived((a) => ({ ...a, bottom: a.top + numRows - 1, right: a.left + numColumns - 1 }));
  }
  private derived(f: (a: MergeArea) => MergeArea): FakeRange {
    this.ctx.checkAlive();
    return new FakeRange(this.ctx, this.ws, () => f(this.area()), false);
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.checkAlive();
    return new FakeRangeAreas(this.ctx, this.ws, () => this.area());
  }
  getCellProperties(options: { format?: { font?: { name?: boolean } }; address?: boolean }): FakeClientResult<unknown[][]> {
    this.ctx.checkAlive();
    this.ctx.requireApi(9, "getCellProperties");
    return new FakeClientResult(this.ctx, () => {
      const a = this.area();
      const s = this.ws.sheet();
      const out: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const cell: Record<string, unknown> = {};
          if (options.address) cell.address = `${quoteSheet(s.name)}!${cellAddress(r, c)}`;
          if (options.format?.font?.name) cell.format = { font: { name: s.fontAt(r, c) } };
          row.push(cell);
        }
        out.push(row);
      }
      return out;
    });
  }
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean }): FakeClientResult<unknown[]> {
    this.ctx.checkAlive();
    this.ctx.requireApi(9, "getRowProperties");
    return new FakeClientResult(this.ctx, () => {
      const a = this.area();
      const s = this.ws.sheet();
      const out: unknown[] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: Record<string, unknown> = {};
        if (options.rowIndex) row.rowIndex = r - 1;
        if (options.rowHidden) row.rowHidden = s.hiddenRows.has(r);
        out.push(row);
      }
      return out;
    });
  }
  getColumnProperties(options: { columnIndex?: boolean; columnHidden?: boolean }): FakeClientResult<unknown[]> {
    this.ctx.checkAlive();
    this.ctx.requireApi(9, "getColumnProperties");
    return new FakeClientResult(this.ctx, () => {
      const a = this.area();
      const s = this.ws.sheet();
      const out: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const col: Record<string, unknown> = {};
        if (options.columnIndex) col.columnIndex = c - 1;
        if (options.columnHidden) col.columnHidden = s.hiddenColumns.has(c);
        out.push(col);
      }
      return out;
    });
  }
}

export class FakeRangeAreas extends NullableProxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    private readonly within: () => MergeArea,
  ) {
    super(ctx, true);
    ctx.requireApi(13, "getMergedAreasOrNullObject");
  }
  private areas(): MergeArea[] {
    const w = this.within();
    const found: MergeArea[] = [];
    const mode = this.ctx.excel.options.mergedAreas;
    for (const m of this.ws.sheet().merges) {
      const part = intersect(m, w);
      if (!part) continue;
      if (mode === "topLeft" && (part.top !== m.top || part.left !== m.left)) continue;
      found.push(mode === "clipped" ? part : m);
    }
    if (found.length > MAX_MERGED_AREAS)
      throw new FakeOfficeError("GeneralException", `There are more than ${MAX_MERGED_AREAS} merged areas in the range.`);
    return found;
  }
  protected exists(): boolean {
    return this.areas().length > 0;
  }
  protected loadable(): string[] {
    return ["address", "areaCount", "cellCount"];
  }
  compute(prop: string): unknown {
    const areas = this.areas();
    if (areas.length === 0) return null;
    const name = quoteSheet(this.ws.sheet().name);
    if (prop === "address") return areas.map((a) => `${name}!${areaAddress(a)}`).join(",");
    if (prop === "areaCount") return areas.length;
    return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
  }
  get address(): string {
    return this.read<string>("address");
  }
  get areaCount(): number {
    return this.read<number>("areaCount");
  }
}

/**
 * A worksheet's NamedItemCollection (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection):
 * add(name, reference) and getItemOrNullObject(name) (ExcelApi 1.4). Names compare without case, as Excel's do.
 */
export class FakeNamedItemCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {}
  add(name: string, reference: string): FakeNamedItem {
    this.ctx.checkAlive();
    this.ctx.requireApi(4, "NamedItemCollection.add");
    this.ctx.queueAction(() => {
      const s = this.ws.sheet();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `The name '${name}' is not valid.`);
      if (s.names.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      s.names.set(name.toLowerCase(), { formula: reference, visible: true });
      this.ctx.excel.logWrite({ sheet: s.name, op: "name", address: name, detail: reference });
    });
    return new FakeNamedItem(this.ctx, this.ws, name, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.checkAlive();
    this.ctx.requireApi(4, "NamedItemCollection.getItemOrNullObject");
    return new FakeNamedItem(this.ctx, this.ws, name, true);
  }
}

/** A NamedItem: value (its formula's result, here a string constant) and visible (ExcelApi 1.1). */
export class FakeNamedItem extends NullableProxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    private readonly key: string,
    orNull: boolean,
  ) {
    super(ctx, orNull);
  }
  private entry(): { formula: string; visible: boolean } | undefined {
    return this.ws.sheet().names.get(this.key.toLowerCase());
  }
  protected exists(): boolean {
    return this.entry() !== undefined;
  }
  protected loadable(): string[] {
    return ["name", "value", "visible"];
  }
  compute(prop: string): unknown {
    const e = this.entry();
    if (!e) return null;
    if (prop === "name") return this.key;
    if (prop === "visible") return e.visible;
    return /^="(.*)"$/.exec(e.formula)?.[1] ?? e.formula.replace(/^=/, "");
  }
  get value(): unknown {
    return this.read<unknown>("value");
  }
  get visible(): boolean {
    return this.read<boolean>("visible");
  }
  set visible(v: boolean) {
    this.ctx.checkAlive();
    this.ctx.queueAction(() => {
      const e = this.entry();
      if (!e) throw new FakeOfficeError("ItemNotFound", `The name '${this.key}' does not exist.`);
      e.visible = v;
    });
  }
}

/**
 * Office.context.document.settings: get/set work on an in-memory copy; saveAsync stores it in the document
 * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings). The document is
 * the open workbook: what saveAsync stored survives only if the workbook itself is then saved (saveFile()).
 */
export class FakeSettings implements SettingsStore {
  private values = new Map<string, unknown>();
  /** What the open workbook holds after the last saveAsync. */
  saved = new Map<string, unknown>();
  /** What the workbook's file on disk holds (after the user saved the workbook). */
  file = new Map<string, unknown>();
  saves = 0;
  failNextSave = false;
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    setTimeout(() => {
      if (this.failNextSave) {
        this.failNextSave = false;
        callback?.({ status: "failed", error: { message: "The settings could not be saved." } });
        return;
      }
      this.saves++;
      this.saved = new Map(this.values);
      callback?.({ status: "succeeded" });
    }, 0);
  }
  /** The user saves the workbook (Ctrl+S): the document's settings reach the file. */
  saveFile(): void {
    this.file = new Map(this.saved);
  }
  /** The workbook closed and opened again: what the file holds comes back; anything not saved in the file is lost. */
  reopen(): FakeSettings {
    const s = new FakeSettings();
    s.values = new Map(this.file);
    s.saved = new Map(this.file);
    s.file = new Map(this.file);
    return s;
  }
}

/**
 * Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }) and its File
 * (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1),
 * https://learn.microsoft.com/javascript/api/office/office.file): the file comes in slices of at most sliceSize bytes
 * (at most 4 MB), each slice's data a byte array; "no more than two documents are allowed to be in memory", so a third
 * getFileAsync before closeAsync fails. Here the file is the workbook's last save (savedFile): whether Excel includes
 * unsaved edits is not documented, and the fake takes the stricter reading.
 */
export class FakeDocument implements FileDocument {
  open = 0;
  constructor(private readonly excel: FakeExcel) {}
  getFileAsync(
    fileType: "compressed",
    options: { sliceSize: number },
    callback: Parameters<FileDocument["getFileAsync"]>[2],
  ): void {
    const fail = (message: string) => setTimeout(() => callback({ status: "failed", value: undefined as never, error: { message } }), 0);
    if (!this.excel.options.compressedFile || fileType !== "compressed") return void fail("The API is not supported on this host.");
    if (this.open >= 2) return void fail("No more than two documents are allowed to be in memory.");
    const bytes = this.excel.savedFile;
    if (!bytes) return void fail("The file is not available.");
    const size = Math.min(options.sliceSize, 4 * 1024 * 1024);
    this.open++;
    let closed = false;
    const file = {
      size: bytes.length,
      sliceCount: Math.max(1, Math.ceil(bytes.length / size)),
      getSliceAsync: (index: number, cb: (r: { status: string; value: { data: number[]; index: number; size: number } }) => void) => {
        const data = Array.from(bytes.subarray(index * size, (index + 1) * size));
        setTimeout(() => cb({ status: closed ? "failed" : "succeeded", value: { data, index, size: data.length } }), 0);
      },
      closeAsync: (cb?: () => void) => {
        if (!closed) this.open--;
        closed = true;
        setTimeout(() => cb?.(), 0);
      },
    };
    setTimeout(() => callback({ status: "succeeded", value: file }), 0);
  }
}

/** The fake Excel application holding one workbook. */
export class FakeExcel {
  sheets: FakeSheet[];
  readonly options: Required<FakeExcelOptions>;
  syncs = 0;
  /** Response bytes of each sync, in order. */
  responseBytes: number[] = [];
  requestBytes: number[] = [];
  writes: WriteLogEntry[] = [];
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  settings = new FakeSettings();
  runs = 0;
  unresolved: NullableProxy[] = [];
  /** The user is typing in a cell: batches fail (InvalidOperationInCellEditMode) unless delayed. */
  editingCell = false;
  /** Workbook-structure protection is on. */
  structureProtected = false;
  /** Called at the start of every sync with the number of syncs so far: the user acting between two syncs. */
  beforeSync?: (syncsSoFar: number) => void;
  /** A write for which this returns true fails, after the commands before it in its batch were applied. */
  failWrite?: (entry: WriteLogEntry) => boolean;
  /** Every member that needs more than ExcelApi 1.1, with the set it needs (what the add-in asked of the host). */
  apiUsed = new Map<string, number>();

  constructor(sheets: FakeSheetSpec[], options: FakeExcelOptions = {}) {
    this.options = {
      // Only Excel on the web limits payloads; desktop Excel takes what it is given.
      payloadLimit: options.payloadLimit !== undefined ? options.payloadLimit : options.platform === "desktop" ? null : WEB_PAYLOAD_LIMIT,
      apiMinor: options.apiMinor ?? 17,
      mergedAreas: options.mergedAreas ?? "topLeft",
      platform: options.platform ?? "web",
      date1904: options.date1904 ?? false,
      compressedFile: options.compressedFile ?? false,
    };
    this.sheets = sheets.map((s) => new FakeSheet(s, this.options.date1904));
    this.activeSheet = this.sheets.find((s) => s.visibility === "Visible")?.name ?? "";
  }

  get apiMinor(): number {
    return this.options.apiMinor;
  }

  findSheet(name: string): FakeSheet | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /**
   * Logs a write, or fails it when the test says so. Commands run in order at sync, so a failure leaves the
   * commands before it in the batch applied and skips the rest: Excel has no transaction
   * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model: undo is only partial).
   */
  logWrite(entry: WriteLogEntry): void {
    if (this.failWrite?.(entry)) throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request (${entry.op}).`);
    this.writes.push(entry);
    const sheet = this.findSheet(entry.sheet);
    if (sheet) this.writtenTo.set(entry, sheet);
  }
  /** Which sheet each logged write went to, so that a rename relabels the sheet's earlier writes. */
  private writtenTo = new WeakMap<WriteLogEntry, FakeSheet>();

  /** Workbook-structure protection refuses adding, deleting, moving, renaming and hiding sheets. */
  checkStructure(what: string): void {
    // The documentation names what is refused, not the error code: AccessDenied is the fake's choice.
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", `The workbook's structure is protected: cannot ${what}.`);
  }

  private checkNewName(name: string, except?: FakeSheet): void {
    const problem = sheetNameProblem(name);
    if (problem) throw new FakeOfficeError("InvalidArgument", `The worksheet name '${name}' is invalid: ${problem}.`);
    const same = this.findSheet(name);
    if (same && same !== except) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
  }

  addSheet(name: string): void {
    this.checkStructure("add a worksheet");
    this.checkNewName(name);
    this.sheets.push(new FakeSheet({ name, rows: [] }, this.options.date1904));
    this.logWrite({ sheet: name, op: "add" });
  }

  renameSheet(s: FakeSheet, name: string): void {
    this.checkStructure("rename a worksheet");
    this.checkNewName(name, s);
    const old = s.name;
    s.name = name;
    if (this.activeSheet === old) this.activeSheet = name;
    // The log names sheets by their current names: a sheet's writes follow it through a rename.
    for (const w of this.writes)
      if (this.writtenTo.get(w) === s) {
        w.sheet = name;
        if (w.address?.startsWith(`${old}.`)) w.address = `${name}${w.address.slice(old.length)}`;
      }
    this.logWrite({ sheet: name, op: "rename", detail: old });
  }

  deleteSheet(s: FakeSheet): void {
    this.checkStructure("delete a worksheet");
    if (this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
      throw new FakeOfficeError("GeneralException", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(s), 1);
    if (this.activeSheet === s.name) this.activeSheet = this.sheets.find((x) => x.visibility === "Visible")?.name ?? "";
    this.logWrite({ sheet: s.name, op: "delete" });
  }

  /** Excel.run: the batch gets a fresh context; queued commands are flushed when it ends. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>, options: { delayForCellEdit?: boolean } = {}): Promise<T> {
    this.runs++;
    if (options.delayForCellEdit) this.apiUsed.set("delayForCellEdit", 11);
    const ctx = new FakeRequestContext(this, options.delayForCellEdit === true);
    try {
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.alive = false;
      this.unresolved = [];
    }
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name === "CompressedFile") return this.options.compressedFile;
    if (name !== "ExcelApi") return false;
    const minor = Number((version ?? "1.1").split(".")[1] ?? 0);
    return minor <= this.options.apiMinor;
  }

  /** The gateway's view of this fake, as Office and Excel would give it. */
  host(): OfficeHost {
    return {
      run: (batch, options) => this.run((ctx) => batch(ctx as unknown as Excel.RequestContext), options),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      settings: () => this.settings,
      platform: this.options.platform,
      file: () => readCompressedFile(this.document),
    };
  }

  /** What the workbook's file on disk holds (its last save), as getFileAsync gives it; null: never saved. */
  savedFile: Uint8Array | null = null;
  readonly document = new FakeDocument(this);

  /**
   * Defines a global `Office` (requirements, settings, platform) as office.js would, for code that
   * asks Office directly (the report writer's optional API checks). Returns the undo.
   */
  installOfficeGlobal(): () => void {
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    g.Office = {
      context: {
        requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) },
        document: { settings: this.settings },
        platform: this.options.platform === "web" ? "OfficeOnline" : "PC",
      },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    };
    return () => {
      g.Office = before;
    };
  }

  /** As valuesOf, with each date-formatted number as the Date it shows (UTC midnight), as a Grid holds it. */
  gridValuesOf(name: string): (Stored | Date)[][] {
    const s = this.sheet(name);
    const v = this.valuesOf(name);
    return v.rows.map((row, r) =>
      row.map((x, c) =>
        typeof x === "number" && isDateFormat(s.numberFormatAt(v.firstRow + r, v.firstCol + c)) ? excelSerialToDate(x, this.options.date1904) : x,
      ),
    );
  }

  /** Rows × columns of every sheet's values (rectangular, "" read as null), for comparing with a Grid. */
  valuesOf(name: string): { firstRow: number; firstCol: number; rows: Stored[][] } {
    const s = this.sheet(name);
    const a = s.usedArea();
    if (!a) return { firstRow: 1, firstCol: 1, rows: [] };
    const rows: Stored[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: Stored[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(s.cell(r, c));
      rows.push(row);
    }
    return { firstRow: a.top, firstCol: a.left, rows };
  }
}

/** A roster of `rows` people (with a title block, a two-row merged header and units merged down). */
export function bigRosterSpec(rows: number, name = "DS 2026"): FakeSheetSpec {
  const header1 = ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Đơn vị", "Chức vụ", "Đại biểu HĐND", "Cấp ủy", "Đào tạo, bồi dưỡng năm 2026", "Quy hoạch", "Trình độ", "Ghi chú"];
  const header2 = [null, null, "Nam", "Nữ", null, null, null, null, null, null, null, null];
  const data: FakeCell[][] = [
    ["SỞ TÀI CHÍNH TỈNH HÀ TĨNH"],
    ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026"],
    [],
    header1,
    header2,
  ];
  const merges = ["A1:L1", "A2:L2", "C4:D4", "A4:A5", "B4:B5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "J4:J5", "K4:K5", "L4:L5"];
  const given = ["Hương", "Lan", "Minh", "Tuấn", "Hà", "Dũng", "Thảo", "Nam"];
  const family = ["Nguyễn Thị", "Trần Văn", "Lê Thị", "Phạm Văn", "Hoàng Thị", "Vũ Văn"];
  const unitSize = 40;
  for (let i = 0; i < rows; i++) {
    const female = i % 5 < 2;
    const born = new Date(1965 + (i % 35), i % 12, 1 + (i % 28));
    const unit = Math.floor(i / unitSize);
    data.push([
      i + 1,
      `${family[i % family.length]} ${given[i % given.length]}`,
      female ? null : born,
      female ? born : null,
      i % unitSize === 0 ? `Phòng Nghiệp vụ ${unit + 1}` : null,
      i % unitSize === 0 ? "Trưởng phòng" : i % unitSize === 1 ? "Phó Trưởng phòng" : "Chuyên viên",
      i % 97 === 0 ? "HĐND tỉnh" : null,
      i % 31 === 0 ? "Đảng ủy viên" : null,
      i % 7 === 0 ? "x" : null,
      i % 13 === 0 ? "x" : null,
      i % 3 === 0 ? "Thạc sĩ" : "Đại học",
      i % 101 === 0 ? { error: "#N/A" } : null,
    ]);
    if (i % unitSize === 0) {
      const top = 6 + i;
      const bottom = Math.min(top + unitSize - 1, 5 + rows);
      if (bottom > top) merges.push(`E${top}:E${bottom}`);
    }
  }
  return { name, rows: data, merges, font: "Times New Roman", hiddenColumns: [11] };
}

/** What the benchmark reports: reading a 100,000-row roster through the real gateway on this fake. */
export interface FakeReadBenchmark {
  rows: number;
  platform: "web" | "desktop";
  syncs: number;
  blocks: number;
  bytesPerSync: number[];
  maxBytesPerSync: number;
  /** The web's limit, which the desktop does not have but is shown against. */
  payloadLimit: number;
  retries: number;
  milliseconds: number;
}

export async function benchmarkFakeRead(rows = 100_000, platform: "web" | "desktop" = "web"): Promise<FakeReadBenchmark> {
  const excel = new FakeExcel([bigRosterSpec(rows)], { platform });
  const gateway = new ExcelGateway(excel.host());
  const started = Date.now();
  await gateway.readGrids();
  const stats = gateway.lastRead;
  if (!stats) throw new Error("the gateway kept no statistics");
  return {
    rows,
    platform,
    syncs: excel.syncs,
    blocks: stats.blocks,
    bytesPerSync: excel.responseBytes,
    maxBytesPerSync: Math.max(...excel.responseBytes),
    payloadLimit: WEB_PAYLOAD_LIMIT,
    retries: stats.retries,
    milliseconds: Date.now() - started,
  };
}
