// A worksheet part read straight into a GridBuilder, through the byte tokenizer of xmlBytes.ts: only
// row, c, v, f, is/t, col and mergeCell matter; only the text of <v> and <t> is decoded.
import type { CellError, CellValue } from "../domain/grid";
import { memoText } from "../domain/memo";
import type { GridBuilder } from "./cells";
import { WorkbookUnreadable } from "./errors";
import { MAX_ELEMENTS, MAX_TEXT_CHARS, ROW_CELLS } from "./limits";
import type { StyleTable } from "./packageParts";
import { unescapeOoxml } from "./xml";
import { numberOf, same, textOf, XmlByteScanner } from "./xmlBytes";

/** What the sheets read so far may still cost: cells, rows and merges kept; characters of text; elements scanned. */
export interface ReadBudget {
  cells: number;
  textChars: number;
  elements: number;
}

export function newBudget(cells: number, textChars = MAX_TEXT_CHARS, elements = MAX_ELEMENTS): ReadBudget {
  return { cells, textChars, elements };
}

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: StyleTable;
  /** Inline and formula texts already kept, over all the sheets of the workbook (see keep). */
  texts: Map<string, string>;
  /** The Date of a date cell's serial in the workbook's date system (serialDates: one Date per day). */
  dateOf: (serial: number) => Date;
  builder: GridBuilder;
  budget: ReadBudget;
  /** Called every 5,000 rows. */
  onRows?: (rowsRead: number) => void;
}

export interface SheetFindings {
  merges: string[];
  hiddenColumns: number[];
  hiddenRows: number[];
  uncalculated: { row: number; col: number }[];
  rowsRead: number;
}

/** Elements the scanner acts on, by local name. */
const enum El {
  Other = 0,
  Row,
  C,
  V,
  F,
  Is,
  T,
  RPh,
  SheetData,
  Col,
  MergeCell,
}

/** The element of a local name b[start, end): a switch on length and bytes (called for every tag). */
function elementOf(b: Uint8Array, start: number, end: number): El {
  const c = b[start];
  switch (end - start) {
    case 1:
      return c === 0x63 ? El.C : c === 0x76 ? El.V : c === 0x66 ? El.F : c === 0x74 ? El.T : El.Other; // c v f t
    case 2:
      return c === 0x69 && b[start + 1] === 0x73 ? El.Is : El.Other; // is
    case 3:
      if (c === 0x72 && b[start + 1] === 0x6f && b[start + 2] === 0x77) return El.Row; // row
      if (c === 0x72 && b[start + 1] === 0x50 && b[start + 2] === 0x68) return El.RPh; // rPh
      if (c === 0x63 && b[start + 1] === 0x6f && b[start + 2] === 0x6c) return El.Col; // col
      return El.Other;
    case 9:
      if (c === 0x73 && same(b, start, "sheetData")) return El.SheetData;
      if (c === 0x6d && same(b, start, "mergeCell")) return El.MergeCell;
      return El.Other;
    default:
      return El.Other;
  }
}

/** Cell types (the t attribute). */
const enum T {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

/** Fed the inflated bytes of one worksheet part in chunks; end() gives what the Grid needs beyond cells. */
export class SheetScanner extends XmlByteScanner {
  private readonly found: SheetFindings = { merges: [], hiddenColumns: [], hiddenRows: [], uncalculated: [], rowsRead: 0 };
  private inSheetData = false;
  private inIs = false;
  private rPhDepth = 0;
  private row = 0;
  /** Whether the current row has been charged for its array (it holds a value). */
  private rowKept = false;
  private col = 0;
  private cellRow = 0;
  private type = T.Number;
  private style = 0;
  private hasFormula = false;
  private hasValue = false;
  private value: CellValue = null;
  private inline = "";
  // Attribute value ranges of the tag being read ([start, end) in the buffer; -1 when absent).
  private aR = -1;
  private aREnd = -1;
  private aS = -1;
  private aSEnd = -1;
  private aT = -1;
  private aTEnd = -1;
  private aHidden = -1;
  private aHiddenEnd = -1;
  private aMin = -1;
  private aMinEnd = -1;
  private aMax = -1;
  private aMaxEnd = -1;
  private aRef = -1;
  private aRefEnd = -1;

  constructor(private readonly ctx: SheetContext) {
    super();
  }

  protected elementOf(b: Uint8Array, start: number, end: number): El {
    return elementOf(b, start, end);
  }

  protected wantsAttributes(el: El): boolean {
    if (el !== El.C && el !== El.Row && el !== El.Col && el !== El.MergeCell) return false;
    this.aR = this.aS = this.aT = this.aHidden = this.aMin = this.aMax = this.aRef = -1;
    return true;
  }

  end(): SheetFindings {
    this.finish();
    return this.found;
  }

  protected attribute(b: Uint8Array, s: number, e: number, vs: number, ve: number): void {
    const len = e - s;
    const c = b[s];
    if (len === 1) {
      if (c === 0x72) {
        this.aR = vs; // r
        this.aREnd = ve;
      } else if (c === 0x73) {
        this.aS = vs; // s
        this.aSEnd = ve;
      } else if (c === 0x74) {
        this.aT = vs; // t
        this.aTEnd = ve;
      }
    } else if (len === 6 && c === 0x68 && b[s + 1] === 0x69) {
      this.aHidden = vs; // hidden
      this.aHiddenEnd = ve;
    } else if (len === 3) {
      if (c === 0x6d && b[s + 1] === 0x69) {
        this.aMin = vs; // min
        this.aMinEnd = ve;
      } else if (c === 0x6d && b[s + 1] === 0x61) {
        this.aMax = vs; // max
        this.aMaxEnd = ve;
      } else if (c === 0x72 && b[s + 1] === 0x65) {
        this.aRef = vs; // ref
        this.aRefEnd = ve;
      }
    }
  }

  private spend(cells = 1): void {
    this.ctx.budget.cells -= cells;
    if (this.ctx.budget.cells < 0) throw new WorkbookUnreadable("tooManyCells");
  }

  /** Every <row> and <c> scanned, empty or not: the bound on time. */
  private scanned(): void {
    if (--this.ctx.budget.elements < 0) throw new WorkbookUnreadable("tooManyCells");
  }

  private flag(b: Uint8Array, s: number, e: number): boolean {
    return s >= 0 && ((e - s === 1 && b[s] === 0x31) || (e - s === 4 && b[s] === 0x74));
  }

  protected open(el: El, b: Uint8Array, selfClosing: boolean): void {
    if (!this.inSheetData) {
      if (el === El.SheetData) this.inSheetData = !selfClosing;
      else if (el === El.Col) this.openCol(b);
      else if (el === El.MergeCell && this.aRef >= 0) {
        this.spend();
        this.found.merges.push(textOf(b, this.aRef, this.aRefEnd));
      }
      return;
    }
    switch (el) {
      case El.Row:
        this.scanned();
        this.rowKept = false;
        this.row = this.aR >= 0 ? numberOf(b, this.aR, this.aREnd) : this.row + 1;
        this.col = 0;
        if (this.flag(b, this.aHidden, this.aHiddenEnd)) this.found.hiddenRows.push(this.row);
        if (++this.found.rowsRead % 5000 === 0) this.ctx.onRows?.(this.found.rowsRead);
        break;
      case El.C:
        this.openCell(b);
        break;
      case El.F:
        this.hasFormula = true;
        break;
      case El.V:
        if (!this.inIs) this.startCapture(El.V);
        break;
      case El.Is:
        this.inIs = true;
        this.inline = "";
        break;
      case El.RPh:
        if (this.inIs) this.rPhDepth++;
        break;
      case El.T:
        if (this.inIs && this.rPhDepth === 0) this.startCapture(El.T);
        break;
      default:
    }
  }

  private openCol(b: Uint8Array): void {
    if (!this.flag(b, this.aHidden, this.aHiddenEnd) || this.aMin < 0) return;
    const min = numberOf(b, this.aMin, this.aMinEnd);
    const max = this.aMax >= 0 ? numberOf(b, this.aMax, this.aMaxEnd) : min;
    // A trailing <col max="16384"> hides "the rest of the sheet"; keep the list to real columns.
    for (let c = min; c <= Math.min(max, min + 1000); c++) this.found.hiddenColumns.push(c);
  }

  private openCell(b: Uint8Array): void {
    this.scanned();
    if (this.aR >= 0) {
      let col = 0;
      let i = this.aR;
      for (; i < this.aREnd; i++) {
        const ch = b[i] | 0x20; // lower case
        if (ch < 0x61 || ch > 0x7a) break;
        col = col * 26 + (ch - 0x60);
      }
      this.col = col;
      this.cellRow = i < this.aREnd ? numberOf(b, i, this.aREnd) : this.row;
    } else {
      this.col++;
      this.cellRow = this.row;
    }
    this.type = T.Number;
    if (this.aT >= 0) {
      const len = this.aTEnd - this.aT;
      const c = b[this.aT];
      if (len === 1) this.type = c === 0x73 ? T.Shared : c === 0x62 ? T.Bool : c === 0x65 ? T.Error : c === 0x64 ? T.Date : T.Number;
      else if (len === 3 && c === 0x73) this.type = T.Str;
      else if (len === 9 && c === 0x69) this.type = T.Inline;
    }
    this.style = this.aS >= 0 ? numberOf(b, this.aS, this.aSEnd) : 0;
    this.hasFormula = false;
    this.hasValue = false;
    this.value = null;
  }

  private startCapture(el: El.V | El.T): void {
    this.capture = el;
    this.captured = null;
  }

  protected close(el: El, b: Uint8Array, textStart: number, textEnd: number): void {
    if (this.capture !== 0 && el === this.capture) {
      if (el === El.V) this.closeValue(b, textStart, textEnd);
      else {
        this.keepText(b, textStart, textEnd);
        this.inline += this.captured!.join("");
      }
      this.capture = 0;
      this.captured = null;
      return;
    }
    if (!this.inSheetData) return;
    switch (el) {
      case El.C:
        this.closeCell();
        break;
      case El.Row:
        this.ctx.builder.endRow(this.row);
        break;
      case El.Is:
        this.inIs = false;
        this.rPhDepth = 0;
        if (this.type === T.Inline) {
          this.value = this.keep(unescapeOoxml(this.inline));
          this.hasValue = true;
        }
        break;
      case El.RPh:
        if (this.rPhDepth > 0) this.rPhDepth--;
        break;
      case El.SheetData:
        this.inSheetData = false;
        break;
      default:
    }
  }

  /**
   * An inline or formula text, kept once per workbook as a shared string is: a writer that puts every text
   * inline (XlsxWriter's constant-memory mode, some HR programs) repeats the same titles and units on every
   * row. Each distinct text counts against the budget once, its characters and a cell.
   */
  private keep(text: string): string | null {
    if (text === "") return null;
    const texts = this.ctx.texts;
    const known = texts.get(text);
    if (known !== undefined) return known;
    this.ctx.budget.textChars -= text.length;
    if (this.ctx.budget.textChars < 0) throw new WorkbookUnreadable("tooMuchText");
    this.spend();
    texts.set(text, text);
    return text;
  }

  private closeValue(b: Uint8Array, s: number, e: number): void {
    let text: string | undefined;
    if (this.captured) {
      this.keepText(b, s, e);
      text = this.captured.join("");
    }
    const empty = text !== undefined ? text === "" : s === e;
    // An empty <v/> is a value only for a text result (a formula that gives "").
    this.hasValue = !empty || this.type === T.Str;
    if (empty) return;
    const ctx = this.ctx;
    switch (this.type) {
      case T.Shared: {
        const i = text !== undefined ? Number(text) : numberOf(b, s, e);
        const str = ctx.sharedStrings[i];
        this.value = str === undefined || str === "" ? null : str;
        break;
      }
      case T.Str:
        this.value = this.keep(unescapeOoxml(text ?? textOf(b, s, e)));
        break;
      case T.Bool: {
        const v = (text ?? textOf(b, s, e)).trim();
        this.value = v === "1" || v === "true";
        break;
      }
      case T.Error:
        this.value = errorValue(text ?? textOf(b, s, e));
        break;
      case T.Date:
        this.value = isoDate(text ?? textOf(b, s, e));
        break;
      case T.Inline:
        break;
      default: {
        const v = text !== undefined ? Number(text.trim() || NaN) : numberOf(b, s, e);
        if (Number.isNaN(v)) this.value = null;
        else this.value = ctx.styles.isDate[this.style] ? ctx.dateOf(v) : v;
      }
    }
  }

  private closeCell(): void {
    if (this.hasFormula && !this.hasValue) {
      this.found.uncalculated.push({ row: this.cellRow, col: this.col });
      return;
    }
    if (this.value === null || this.col < 1 || this.cellRow < 1) return;
    // Memory is spent only on what is kept: the row's array with its first value, then each value.
    if (!this.rowKept) {
      this.spend(ROW_CELLS);
      this.rowKept = true;
    }
    this.spend();
    this.ctx.builder.set(this.cellRow, this.col, this.value, this.ctx.styles.font[this.style]);
  }
}

/** One frozen CellError per error text (#N/A, #REF!…): a sheet of errors costs a slot a cell, not an object. */
const errorValue = memoText((error: string): CellError => Object.freeze({ error }), 1000);

/** A t="d" cell: an ISO 8601 date, read as UTC when it names no zone (as serial dates are). */
function isoDate(text: string): Date | null {
  const t = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(t) || !t.includes("T");
  const d = new Date(zoned ? t : `${t}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
