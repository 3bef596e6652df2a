// The XML tokenizer of the big parts (worksheets, shared strings): a byte scanner over the inflated
// chunks, because a 100,000-row sheet is 27 MB of XML and only a few elements matter. Elements are known
// by their local name, whatever the prefix (<x:row> as the Open XML SDK writes). Only the tags asked for
// and the texts captured are decoded; a DOCTYPE is refused, so no entity is ever expanded.
import { WorkbookUnreadable } from "./errors";
import { decodeEntities } from "./xml";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QMARK = 0x3f;
const EQ = 0x3d;
const COLON = 0x3a;
export const AMP = 0x26;
export const MINUS = 0x2d;
/** A tag, or a text we must see whole, longer than this is refused (Excel's own cell text is 32,767 chars). */
const MAX_PIECE = 4 << 20;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;


export function same(b: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

const utf8 = new TextDecoder("utf-8");

/** Text of XML bytes: ASCII without entities directly, anything else through TextDecoder. */
export function textOf(b: Uint8Array, s: number, e: number): string {
  let ascii = e - s <= 64;
  let amp = false;
  for (let i = s; i < e && (ascii || !amp); i++) {
    if (b[i] >= 0x80) ascii = false;
    else if (b[i] === AMP) amp = true;
  }
  const raw = ascii ? String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]) : utf8.decode(b.subarray(s, e));
  return amp ? decodeEntities(raw) : raw;
}

export function numberOf(b: Uint8Array, s: number, e: number): number {
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

/**
 * Fed chunks; calls the subclass's open/close for each element (by the number elementOf gives it), and
 * attribute() for the attributes of the elements it wants. Text between tags is skipped, unless a
 * subclass captures it (capture set on an open): then close() gets the text's range, and CDATA inside it
 * is kept in `captured`.
 */
export abstract class XmlByteScanner {
  private carry: Uint8Array | null = null;
  /** The element whose text is being captured (0: none). */
  protected capture = 0;
  /** Text pieces of the capture kept so far (only when CDATA or a chunk boundary split it). */
  protected captured: string[] | null = null;

  /** The subclass's number for the local name b[start, end); 0 for elements it ignores. */
  protected abstract elementOf(b: Uint8Array, start: number, end: number): number;
  /** Whether attribute() should see this start tag's attributes. */
  protected abstract wantsAttributes(el: number): boolean;
  protected abstract attribute(b: Uint8Array, s: number, e: number, vs: number, ve: number): void;
  protected abstract open(el: number, b: Uint8Array, selfClosing: boolean): void;
  protected abstract close(el: number, b: Uint8Array, textStart: number, textEnd: number): void;

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

  /** Throws "truncated" when the part ends inside a tag. */
  protected finish(): void {
    if (this.carry && this.carry.length > 0) {
      // A tag cut off by the end of the part.
      const rest = this.carry;
      this.carry = null;
      if (this.scan(rest) < rest.length) throw new WorkbookUnreadable("truncated");
    }
  }

  /** Scans b; returns where the unfinished piece (carried to the next chunk) starts. */
  private scan(b: Uint8Array): number {
    const n = b.length;
    let p = 0;
    for (;;) {
      // A plain loop: indexOf costs more per call than this costs per byte, with a tag every ten bytes.
      let lt = p;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt >= n) return this.capture !== 0 ? p : n;
      const end = this.tag(b, lt, p);
      if (end < 0) return this.capture !== 0 ? p : lt;
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
    const el = this.elementOf(b, local, i);
    if (closing) {
      let gt = i;
      while (gt < n && b[gt] !== GT) gt++;
      if (gt >= n) return -1;
      this.close(el, b, textStart, lt);
      return gt + 1;
    }
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
        if (this.capture !== 0) {
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
  private attributes(b: Uint8Array, from: number, el: number): number {
    const n = b.length;
    const wanted = this.wantsAttributes(el);
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


  protected keepText(b: Uint8Array, s: number, e: number): void {
    (this.captured ??= []).push(s < e ? textOf(b, s, e) : "");
  }
}
