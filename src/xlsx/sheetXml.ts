// A light pass over the XML parts that ExcelJS's streaming reader ignores: merged cells, hidden columns,
// error results of formulas, the workbook's sheet list. No DOM and no SAX: indexOf over byte chunks,
// because a 300k-row sheet is 100+ MB of XML and only a few tags matter.

export interface SheetExtras {
  merges: string[];
  /** 1-based columns with hidden="1". */
  hiddenColumns: number[];
  /** Cells whose value is an error (t="e"), by A1 reference: the streaming reader turns a formula's error into NaN. */
  errors: Map<string, string>;
  /** The <dimension ref> the writer recorded, when there is one. */
  dimension?: string;
}

/** Longest tag we must see whole (an error cell with its formula); matches longer lose only their error text. */
const CARRY = 8192;
const LT = 0x3c; // "<"
const GT = 0x3e; // ">"

/**
 * Fed the inflated bytes of a sheet part in chunks (Node Buffers: the scan runs in the CLI only).
 * Searches bytes, not text, so 100+ MB of XML is never turned into strings; only matched tags are.
 */
export class SheetXmlScanner {
  private carry: Buffer | null = null;
  readonly extras: SheetExtras = { merges: [], hiddenColumns: [], errors: new Map() };

  push(chunk: Buffer): void {
    const b = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    if (b.length <= CARRY) {
      this.carry = Buffer.from(b);
      return;
    }
    // Cut at the start of the tag that straddles the limit, so a tag is seen whole in exactly one round.
    const limit = b.length - CARRY;
    const lt = b.lastIndexOf(LT, limit);
    const cut = lt > 0 ? lt : limit;
    this.scan(b, cut);
    this.carry = Buffer.from(b.subarray(cut));
  }

  end(): SheetExtras {
    if (this.carry) this.scan(this.carry, this.carry.length);
    this.carry = null;
    return this.extras;
  }

  /**
   * Where the scan stands in the part: <dimension> and <cols> come before <sheetData>, error cells
   * inside it, <mergeCells> after it. Each region is searched only for its own tags, so the 100+ MB of
   * cell data is searched once (for t="e") rather than once per tag.
   */
  private phase: "head" | "data" | "tail" = "head";

  /** Looks at tags whose '<' stands before `limit`; the rest is carried to the next chunk. */
  private scan(b: Buffer, limit: number): void {
    const x = this.extras;
    const tagAt = (p: number) => b.toString("latin1", p, Math.max(p, b.indexOf(GT, p)));
    let from = 0;
    if (this.phase === "head") {
      const sd = b.indexOf("<sheetData");
      const headEnd = sd >= 0 && sd < limit ? sd : limit;
      if (x.dimension === undefined) {
        const d = b.indexOf("<dimension ");
        if (d >= 0 && d < headEnd) x.dimension = attr(tagAt(d), "ref") ?? "";
      }
      for (let p = b.indexOf("<col "); p >= 0 && p < headEnd; p = b.indexOf("<col ", p + 5)) {
        const tag = tagAt(p);
        const hidden = attr(tag, "hidden");
        if (hidden === "1" || hidden === "true") {
          const min = Number(attr(tag, "min"));
          const max = Number(attr(tag, "max") ?? min);
          // A trailing <col max="16384"> hides "the rest of the sheet"; keep the list to real columns.
          for (let c = min; c <= Math.min(max, min + 1000); c++) x.hiddenColumns.push(c);
        }
      }
      if (headEnd === limit) return;
      // <sheetData/> holds no cells: what follows is the tail.
      const gt = b.indexOf(GT, sd);
      this.phase = gt > 0 && b[gt - 1] === 0x2f ? "tail" : "data";
      from = sd;
    }
    if (this.phase === "data") {
      const end = b.indexOf("</sheetData>", from);
      const dataEnd = end >= 0 && end < limit ? end : limit;
      for (let p = b.indexOf('t="e"', from); p >= 0; p = b.indexOf('t="e"', p + 5)) {
        const open = b.lastIndexOf(LT, p);
        if (open >= dataEnd) break;
        // Only a <c …> tag: b[open+1] is "c", b[open+2] a space.
        if (open < 0 || b[open + 1] !== 0x63 || b[open + 2] !== 0x20) continue;
        const ref = attr(b.toString("latin1", open, p), "r");
        const v = b.indexOf("<v>", p);
        const close = b.indexOf("</c>", p);
        if (!ref || v < 0 || (close >= 0 && v > close)) continue;
        const vEnd = b.indexOf("</v>", v);
        if (vEnd < 0) continue;
        x.errors.set(ref, b.toString("latin1", v + 3, vEnd));
      }
      if (dataEnd === limit) return;
      this.phase = "tail";
      from = end;
    }
    for (let p = b.indexOf("<mergeCell ", from); p >= 0 && p < limit; p = b.indexOf("<mergeCell ", p + 11)) {
      const ref = attr(tagAt(p), "ref");
      if (ref) x.merges.push(ref);
    }
  }
}

/** The value of attribute `name` in a tag's text, XML entities decoded. */
export function attr(tag: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[:]/g, "\\:")}="([^"]*)"`);
  const m = re.exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
}

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/**
 * The shared strings table (xl/sharedStrings.xml): each <si>'s text, rich-text runs joined, phonetic
 * guides (<rPh>) left out. Used when ExcelJS's streaming reader misses the table (its issue #683).
 */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const si of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) {
    const body = (si[1] ?? "").replace(/<(?:\w+:)?rPh[\s>][\s\S]*?<\/(?:\w+:)?rPh>/g, "");
    let text = "";
    for (const t of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += decodeEntities(t[1]);
    out.push(text);
  }
  return out;
}

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** Zip path of the sheet's XML, e.g. "xl/worksheets/sheet1.xml"; undefined for chart sheets. */
  path?: string;
}

/** Sheets of xl/workbook.xml in workbook order, mapped to their parts through xl/_rels/workbook.xml.rels. */
export function parseWorkbookXml(workbookXml: string, relsXml: string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    const type = attr(m[0], "Type") ?? "";
    if (id && target && /\/worksheet$/.test(type)) {
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
    }
  }
  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = attr(m[0], "name");
    if (name === undefined) continue;
    const state = attr(m[0], "state");
    const rid = attr(m[0], "r:id") ?? /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1];
    sheets.push({ name, hidden: state === "hidden" || state === "veryHidden", path: rid ? targets.get(rid) : undefined });
  }
  const pr = /<(?:\w+:)?workbookPr\s[^>]*>/.exec(workbookXml)?.[0] ?? "";
  const d = attr(pr, "date1904");
  return { sheets, date1904: d === "1" || d === "true" };
}
