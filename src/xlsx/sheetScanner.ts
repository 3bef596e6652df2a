// A worksheet part read straight into a GridBuilder: a byte scanner over the inflated XML, because a
// 100,000-row sheet is 27 MB of it and only a few elements matter (row, c, v, f, is/t, col, mergeCell).
// Elements are known by their local name, whatever the prefix (<x:row> as the Open XML SDK writes).
// Only tags and the text of <v> and <t> are decoded; a DOCTYPE is refused (no entity is ever expanded).
import type { CellValue } from "../domain/grid";
import { excelSerialToDate, type GridBuilder } from "./cells";
import { WorkbookUnreadable } from "./errors";
import { MAX_TEXT_CHARS } from "./limits";
import type { StyleTable } from "./packageParts";
import { decodeEntities, unescapeOoxml } from "./xml";

/** What the sheets read so far may still cost: cells, rows and merges; characters of text. */
export interface ReadBudget {
  cells: number;
  textChars: number;
}

export function newBudget(cells: number, textChars = MAX_TEXT_CHARS): ReadBudget {
  return { cells, textChars };
}

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: StyleTable;
  date1904: boolean;
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

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QMARK = 0x3f;
const EQ = 0x3d;
const COLON = 0x3a;
const AMP = 0x26;
const MINUS = 0x2d;
/** A tag, or a text we must see whole, longer than this is refused (Excel's own cell text is 32,767 chars). */
const MAX_PIECE = 4 << 20;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Elements the scanner acts on, by local name. */
const enum El {
  Other,
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

function same(b: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[at + k] !== name.charCodeAt(k)) return false;
  return true;
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

const utf8 = new TextDecoder("utf-8");

/** Text of XML bytes: ASCII without entities directly, anything else through TextDecoder. */
function textOf(b: Uint8Array, s: number, e: number): string {
  let ascii = e - s <= 64;
  let amp = false;
  for (let i = s; i < e && (ascii || !amp); i++) {
    if (b[i] >= 0x80) ascii = false;
    else if (b[i] === AMP) amp = true;
  }
  const raw = ascii ? String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]) : utf8.decode(b.subarray(s, e));
  return amp ? decodeEntities(raw) : raw;
}

function numberOf(b: Uint8Array, s: number, e: number): number {
  let i = s;
  const neg = b[i] === MINUS;
  if (neg) i++;
  const digits = i;
  let v = 0;
  for (; i < e; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  if (i === e && i > digits && i - digits <= 15) return neg ? -v : v;
  if (e === s) return NaN;
  const text = textOf(b, s, e).trim();
  return text === "" ? NaN : Number(text);
}

/** Fed the inflated bytes of one worksheet part in chunks; end() gives what the Grid needs beyond cells. */
export class SheetScanner {
  private carry: Uint8Array | null = null;
  private readonly found: SheetFindings = { merges: [], hiddenColumns: [], hiddenRows: [], uncalculated: [], rowsRead: 0 };
  private inSheetData = false;
  private inIs = false;
  private rPhDepth = 0;
  /** What text is being captured: the <v> of a cell, or a <t> of an inline string. */
  private capture: El.V | El.T | null = null;
  private captured: string[] | null = null;
  private row = 0;
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

  constructor(private readonly ctx: SheetContext) {}

  push(chunk: Uint8Array): void {
    let b = chunk;
    if (this.carry) {
      b = new Uint8Array(this.carry.length + chunk.length);
      b.set(this.carry);
      b.set(chunk, this.carry.length);
      this.carry = null;
    }
    const rest = this.scan(b);
    if (rest < b.length) {
      if (b.length - rest > MAX_PIECE) throw new WorkbookUnreadable("tooLarge");
      this.carry = b.slice(rest);
    }
  }

  end(): SheetFindings {
    if (this.carry && this.carry.length > 0) {
      // A tag cut off by the end of the part.
      const rest = this.carry;
      this.carry = null;
      if (this.scan(rest) < rest.length) throw new WorkbookUnreadable("truncated");
    }
    return this.found;
  }

  /** Scans b; returns where the unfinished piece (carried to the next chunk) starts. */
  private scan(b: Uint8Array): number {
    const n = b.length;
    let p = 0;
    for (;;) {
      // A plain loop: indexOf costs more per call than this costs per byte, with a tag every ten bytes.
      let lt = p;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt >= n) return this.capture !== null ? p : n;
      const end = this.tag(b, lt, p);
      if (end < 0) return this.capture !== null ? p : lt;
      p = end;
    }
  }

  /**
   * The markup at b[lt] ("<"); text runs from textStart to lt. Returns the index past it, or -1 when it
   * does not end within b.
   */
  private tag(b: Uint8Array, lt: number, textStart: number): number {
    const n = b.length;
    if (lt + 1 >= n) return -1;
    const c1 = b[lt + 1];
    if (c1 === BANG || c1 === QMARK) return this.special(b, lt, textStart);
    const closing = c1 === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    let i = nameStart;
    let local = nameStart;
    while (i < n) {
      const ch = b[i];
      if (ch === GT || ch === SLASH || isSpace(ch)) break;
      if (ch === COLON) local = i + 1;
      i++;
    }
    if (i >= n) return -1;
    const el = elementOf(b, local, i);
    if (closing) {
      let gt = i;
      while (gt < n && b[gt] !== GT) gt++;
      if (gt >= n) return -1;
      this.close(el, b, textStart, lt);
      return gt + 1;
    }
    this.aR = this.aS = this.aT = this.aHidden = this.aMin = this.aMax = this.aRef = -1;
    const gt = this.attributes(b, i, el);
    if (gt < 0) return -1;
    const selfClosing = b[gt - 1] === SLASH;
    this.open(el, b, selfClosing);
    if (selfClosing) this.close(el, b, gt + 1, gt + 1);
    return gt + 1;
  }

  /** Comments, CDATA and processing instructions are skipped (CDATA inside a captured text is kept); DOCTYPE refused. */
  private special(b: Uint8Array, lt: number, textStart: number): number {
    const n = b.length;
    if (b[lt + 1] === QMARK) {
      const q = b.indexOf(GT, lt + 2);
      return q < 0 ? -1 : q + 1;
    }
    if (lt + 3 >= n) return -1;
    if (b[lt + 2] === MINUS && b[lt + 3] === MINUS) {
      for (let q = b.indexOf(GT, lt + 4); q >= 0; q = b.indexOf(GT, q + 1)) if (b[q - 1] === MINUS && b[q - 2] === MINUS) return q + 1;
      return -1;
    }
    if (lt + 9 > n) return -1;
    if (b[lt + 2] === 0x5b) {
      // <![CDATA[ … ]]>
      for (let q = b.indexOf(GT, lt + 9); q >= 0; q = b.indexOf(GT, q + 1)) {
        if (b[q - 1] !== 0x5d || b[q - 2] !== 0x5d) continue;
        if (this.capture !== null) {
          this.keepText(b, textStart, lt);
          this.captured!.push(utf8.decode(b.subarray(lt + 9, q - 2)));
        }
        return q + 1;
      }
      return -1;
    }
    throw new WorkbookUnreadable("truncated", undefined, "a DOCTYPE in a sheet");
  }

  /** Reads a start tag's attributes (those we use, into aX ranges); returns the index of its ">" or -1. */
  private attributes(b: Uint8Array, from: number, el: El): number {
    const n = b.length;
    const wanted = el === El.C || el === El.Row || el === El.Col || el === El.MergeCell;
    let i = from;
    for (;;) {
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) return -1;
      const ch = b[i];
      if (ch === GT) return i;
      if (ch === SLASH) {
        if (i + 1 >= n) return -1;
        if (b[i + 1] !== GT) throw new WorkbookUnreadable("truncated", undefined, "a malformed tag");
        return i + 1;
      }
      const nameStart = i;
      let local = i;
      while (i < n && b[i] !== EQ && b[i] !== GT && !isSpace(b[i])) {
        if (b[i] === COLON) local = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) return -1;
      if (b[i] !== EQ) throw new WorkbookUnreadable("truncated", undefined, "a malformed attribute");
      i++;
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) return -1;
      const quote = b[i];
      if (quote !== 0x22 && quote !== 0x27) throw new WorkbookUnreadable("truncated", undefined, "a malformed attribute");
      const vs = i + 1;
      let ve = vs;
      while (ve < n && b[ve] !== quote) ve++;
      if (ve >= n) return -1;
      if (wanted && nameEnd > nameStart) this.attribute(b, local, nameEnd, vs, ve);
      i = ve + 1;
    }
  }

  private attribute(b: Uint8Array, s: number, e: number, vs: number, ve: number): void {
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

  private spend(): void {
    if (--this.ctx.budget.cells < 0) throw new WorkbookUnreadable("tooManyCells");
  }

  private flag(b: Uint8Array, s: number, e: number): boolean {
    return s >= 0 && ((e - s === 1 && b[s] === 0x31) || (e - s === 4 && b[s] === 0x74));
  }

  private open(el: El, b: Uint8Array, selfClosing: boolean): void {
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
        this.spend();
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
    this.spend();
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

  private keepText(b: Uint8Array, s: number, e: number): void {
    (this.captured ??= []).push(s < e ? textOf(b, s, e) : "");
  }

  private close(el: El, b: Uint8Array, textStart: number, textEnd: number): void {
    if (this.capture !== null && el === this.capture) {
      if (el === El.V) this.closeValue(b, textStart, textEnd);
      else {
        this.keepText(b, textStart, textEnd);
        this.inline += this.captured!.join("");
      }
      this.capture = null;
      this.captured = null;
      return;
    }
    if (!this.inSheetData) return;
    switch (el) {
      case El.C:
        this.closeCell();
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

  /** Counts text the Grid will hold against the budget. */
  private keep(text: string): string | null {
    if (text === "") return null;
    this.ctx.budget.textChars -= text.length;
    if (this.ctx.budget.textChars < 0) throw new WorkbookUnreadable("tooLarge");
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
        this.value = this.keep(text ?? textOf(b, s, e));
        break;
      case T.Bool: {
        const v = (text ?? textOf(b, s, e)).trim();
        this.value = v === "1" || v === "true";
        break;
      }
      case T.Error:
        this.value = { error: text ?? textOf(b, s, e) };
        break;
      case T.Date:
        this.value = isoDate(text ?? textOf(b, s, e));
        break;
      case T.Inline:
        break;
      default: {
        const v = text !== undefined ? Number(text.trim() || NaN) : numberOf(b, s, e);
        if (Number.isNaN(v)) this.value = null;
        else this.value = ctx.styles.isDate[this.style] ? excelSerialToDate(v, ctx.date1904) : v;
      }
    }
  }

  private closeCell(): void {
    if (this.hasFormula && !this.hasValue) {
      this.found.uncalculated.push({ row: this.cellRow, col: this.col });
      return;
    }
    if (this.value === null || this.col < 1 || this.cellRow < 1) return;
    this.ctx.builder.set(this.cellRow, this.col, this.value, this.ctx.styles.font[this.style]);
  }
}

/** A t="d" cell: an ISO 8601 date, read as UTC when it names no zone (as serial dates are). */
function isoDate(text: string): Date | null {
  const t = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(t) || !t.includes("T");
  const d = new Date(zoned ? t : `${t}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
