// Legacy encoding by zone: the title and header rows (the head) and the data rows (the body) of a
// sheet may be written in different encodings (a header retyped in Unicode over TCVN3 data), and a
// block pasted from an old file may keep its TCVN3/VNI bytes inside a Unicode sheet. Each text cell
// is decoded by its own font when known, else by its zone's encoding, else by what the text itself says.
import type { CellValue } from "../domain/grid";
import type { TextEncoding } from "../domain/roster";
import type { SheetCells } from "./cells";
import { rawText } from "./marks";
import {
  decode,
  detectEncoding,
  encodingOfFont,
  guessEncoding,
  guessLegacyEncoding,
  hasUnicodeVietnamese,
  isUpperCaseFont,
} from "./text";

/** Text cells sampled to detect the encoding of the data rows. */
const BODY_SAMPLES = 400;

export class ZoneText {
  /** The encoding of the title block and header. */
  head: TextEncoding = "unicode";
  /** The encoding of the data rows. */
  body: TextEncoding = "unicode";
  /** Set once a cell was decoded from TCVN3/VNI: the sheet gets a notice. */
  legacyUsed: TextEncoding | null = null;
  /** The last row where a cell with no known font read as TCVN3/VNI, and that encoding. */
  private pastedRow = -1;
  private pastedEnc: TextEncoding = "unicode";

  constructor(private readonly cells: SheetCells) {}

  /** The head's encoding, from the text and fonts of rows first..scanEnd and the sheet's font. */
  detectHead(scanEnd: number): void {
    const cells = this.cells;
    const samples: string[] = [];
    const fonts: (string | null)[] = [];
    for (let r = cells.firstRow; r <= scanEnd; r++) {
      const len = cells.rowLength(r);
      for (let c = cells.firstCol; c < cells.firstCol + len; c++) {
        const v = cells.raw(r, c);
        if (typeof v === "string" && v.trim() !== "") {
          samples.push(v);
          fonts.push(cells.font(r, c));
        }
      }
    }
    if (cells.grid.sheetFont) fonts.push(cells.grid.sheetFont);
    this.head = detectEncoding(samples, fonts);
  }

  /** The body's encoding, from the text of the given columns below the header and the sheet's font. */
  detectBody(firstDataRow: number, cols: number[]): void {
    const cells = this.cells;
    const samples: string[] = [];
    const fonts: (string | null)[] = [];
    for (let r = firstDataRow; r <= cells.lastRow && samples.length < BODY_SAMPLES; r++) {
      for (const c of cols) {
        const v = cells.raw(r, c);
        if (typeof v === "string" && v.trim() !== "") {
          samples.push(v);
          const f = cells.font(r, c);
          if (f) fonts.push(f);
        }
      }
    }
    if (cells.grid.sheetFont) fonts.push(cells.grid.sheetFont);
    this.body = samples.length || fonts.length ? detectEncoding(samples, fonts) : this.head;
  }

  /** The encoding the sheet is said to be in. */
  reported(): TextEncoding {
    return this.body !== "unicode" ? this.body : this.legacyUsed ?? "unicode";
  }

  /** A head cell (merged areas included), decoded. */
  headText(r: number, c: number): string {
    return this.text(r, c, this.cells.full(r, c), this.head);
  }

  /** A body cell's value, decoded. */
  bodyText(r: number, c: number, v: CellValue): string {
    return this.text(r, c, v, this.body);
  }

  /** A text cell decoded from its encoding: its own font when known, else the zone's. */
  private text(r: number, c: number, v: CellValue, zone: TextEncoding): string {
    if (typeof v !== "string") return rawText(v);
    let enc = zone;
    let upper = false;
    const font = this.cells.font(r, c);
    if (font) {
      const byFont = encodingOfFont(font);
      if (byFont) {
        enc = byFont;
        upper = isUpperCaseFont(font);
      } else if (zone !== "unicode") {
        enc = guessEncoding(v) ?? "unicode";
      }
    } else if (zone === "unicode" && mayBeLegacy(v)) {
      // No font known (past the rows whose fonts the gateway keeps) in a Unicode sheet: a block pasted from
      // an old file keeps its TCVN3/VNI bytes ("N÷", "TrÇn"), and only the text itself can say so. A row is
      // pasted whole: a short cell that reads either way ("Baùc só") takes the encoding its row's name showed.
      const guess = guessLegacyEncoding(v);
      if (guess) {
        enc = guess;
        this.pastedRow = r;
        this.pastedEnc = guess;
      } else if (this.pastedRow === r) enc = this.pastedEnc;
    }
    if (enc !== "unicode") {
      if (hasUnicodeVietnamese(v)) enc = "unicode";
      else if (/[\u0080-\u00ff]/.test(v)) this.legacyUsed = enc;
    }
    if (enc === "unicode") return cleanText(v);
    return cleanText(decode(v, enc, upper ? { upper } : undefined));
  }
}

/**
 * NFC, one space between words, none at the ends. One scan decides; a clean string (most names)
 * is returned as it is, with no normalization or regex work.
 */
export function cleanText(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 32) {
      if (prevSpace) return slowClean(s);
      prevSpace = true;
    } else if (ch < 32 || ch === 0xa0 || ch === 0x202f || ch === 0x3000 || (ch >= 0x300 && ch <= 0x36f)) {
      return slowClean(s);
    } else prevSpace = false;
  }
  return prevSpace ? s.replace(/\s+$/, "") : s;
}

function slowClean(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u202f\u3000]+/g, " ").trim();
}

/**
 * True when a text holds a Latin-1 letter or sign (the bytes TCVN3 and VNI store their letters in) and no
 * letter only Unicode Vietnamese has. One scan, no regex: it runs on every name past the fonted rows,
 * and most Unicode names stop it at their first ă, đ, ơ, ư or toned letter.
 */
export function mayBeLegacy(s: string): boolean {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) latin1 = true;
    else if (c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 ||
      c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0 || (c >= 0x1ea0 && c <= 0x1ef9) ||
      (c >= 0x300 && c <= 0x323)) return false;
  }
  return latin1;
}

/** A sheet's cells and how its text is decoded: what every stage reads a sheet through. */
export interface SheetView {
  readonly cells: SheetCells;
  readonly text: ZoneText;
}
