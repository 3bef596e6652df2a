// The styles our sheets need, added to the workbook's own styles.xml: the scratch workbook's fonts,
// fills, borders, number formats and cell formats (xf) are appended (or found already there: a
// regenerated report adds nothing twice), and every style index of our sheet XML is renumbered into
// the merged table. The workbook's existing entries keep their indexes, so no other sheet changes.
import { allMatches, attributes } from "./opc";

/** schema order of the styleSheet children (CT_Stylesheet) */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

interface Section {
  /** Child elements, as text. */
  items: string[];
  /** Offsets of the section in the document: open tag start, content end (the closing tag), end. */
  start: number;
  contentEnd: number;
  end: number;
  openTag: string;
  selfClosed: boolean;
}

function escRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The direct children named `child` of the section `name` (none of these nests an element of its own name). */
function section(xml: string, prefix: string, name: string, child: string): Section | null {
  const open = new RegExp(`<${escRe(prefix)}${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const start = open.index;
  if (open[1] === "/") {
    return { items: [], start, contentEnd: start + open[0].length, end: start + open[0].length, openTag: open[0], selfClosed: true };
  }
  const closeTag = `</${prefix}${name}>`;
  const contentEnd = xml.indexOf(closeTag, start);
  const body = xml.slice(start + open[0].length, contentEnd);
  const items = allMatches(body, new RegExp(`<${escRe(prefix)}${child}\\b[^>]*?(/>|>[\\s\\S]*?</${escRe(prefix)}${child}>)`, "g")).map((m) => m[0]);
  return { items, start, contentEnd, end: contentEnd + closeTag.length, openTag: open[0], selfClosed: false };
}

/** Element names of an unprefixed fragment given the prefix of the document it goes into. */
function prefixed(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`) : fragment;
}

function unprefixed(fragment: string, prefix: string): string {
  return prefix ? fragment.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</") : fragment;
}

/** Sets (or adds) an attribute in a start tag. */
function withAttr(tag: string, name: string, value: string | number): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^(<[\w.:-]+)/, `$1 ${name}="${value}"`);
}

export interface MergedStyles {
  xml: string;
  /** Scratch cellXfs index → index in the merged styles. */
  xf: number[];
}

interface Pool {
  name: string;
  child: string;
  /** Scratch items that stand for the workbook's own first items (the defaults every styles.xml has). */
  shared: number;
}

const POOLS: Pool[] = [
  { name: "fonts", child: "font", shared: 1 },
  { name: "fills", child: "fill", shared: 2 },
  { name: "borders", child: "border", shared: 1 },
];

/** A minimal styles.xml for a package that had none: the scratch workbook's own is used whole. */
export function mergeStyles(original: string | undefined, scratch: string, prefix: string): MergedStyles {
  if (original === undefined) {
    const n = section(scratch, "", "cellXfs", "xf")?.items.length ?? 0;
    return { xml: scratch, xf: Array.from({ length: n }, (_, i) => i) };
  }
  const edits = new Map<string, { items: string[]; count: number }>();
  const maps = new Map<string, number[]>();
  for (const pool of POOLS) {
    const mine = section(original, prefix, pool.name, pool.child);
    const theirs = section(scratch, "", pool.name, pool.child)?.items ?? [];
    const existing = (mine?.items ?? []).map((i) => unprefixed(i, prefix));
    const added: string[] = [];
    const map = theirs.map((item, i) => {
      if (i < pool.shared && existing.length > i) return i;
      const known = existing.indexOf(item);
      if (known >= 0) return known;
      const again = added.indexOf(item);
      if (again >= 0) return existing.length + again;
      added.push(item);
      return existing.length + added.length - 1;
    });
    maps.set(pool.name, map);
    edits.set(pool.name, { items: added, count: existing.length + added.length });
  }

  // Number formats: a code the workbook already has keeps its id; others get ids above every id in use.
  const mineFmts = (section(original, prefix, "numFmts", "numFmt")?.items ?? []).map((t) => attributes(t));
  const theirFmts = (section(scratch, "", "numFmts", "numFmt")?.items ?? []).map((t) => attributes(t));
  let nextId = Math.max(163, ...mineFmts.map((a) => Number(a.get("numFmtId") ?? 0))) + 1;
  const fmtMap = new Map<string, string>();
  const addedFmts: string[] = [];
  for (const a of theirFmts) {
    const code = a.get("formatCode") ?? "";
    const same = mineFmts.find((m) => m.get("formatCode") === code);
    const id = same ? (same.get("numFmtId") ?? "0") : String(nextId++);
    fmtMap.set(a.get("numFmtId") ?? "", id);
    if (!same) addedFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
  }
  edits.set("numFmts", { items: addedFmts, count: mineFmts.length + addedFmts.length });

  // Cell formats: the scratch xf with its font, fill, border and number format renumbered.
  const mineXfs = (section(original, prefix, "cellXfs", "xf")?.items ?? []).map((i) => unprefixed(i, prefix));
  const theirXfs = section(scratch, "", "cellXfs", "xf")?.items ?? [];
  const addedXfs: string[] = [];
  const xf = theirXfs.map((item) => {
    const a = attributes(item.slice(0, item.indexOf(">") + 1));
    const end = item.indexOf(">") + 1;
    let tag = item.slice(0, end);
    tag = withAttr(tag, "fontId", maps.get("fonts")?.[Number(a.get("fontId") ?? 0)] ?? 0);
    tag = withAttr(tag, "fillId", maps.get("fills")?.[Number(a.get("fillId") ?? 0)] ?? 0);
    tag = withAttr(tag, "borderId", maps.get("borders")?.[Number(a.get("borderId") ?? 0)] ?? 0);
    const fmt = a.get("numFmtId") ?? "0";
    tag = withAttr(tag, "numFmtId", fmtMap.get(fmt) ?? fmt);
    // Our cells rest on the workbook's Normal style.
    tag = withAttr(tag, "xfId", 0);
    const text = tag + item.slice(end);
    const known = mineXfs.indexOf(text);
    if (known >= 0) return known;
    const again = addedXfs.indexOf(text);
    if (again >= 0) return mineXfs.length + again;
    addedXfs.push(text);
    return mineXfs.length + addedXfs.length - 1;
  });
  edits.set("cellXfs", { items: addedXfs, count: mineXfs.length + addedXfs.length });

  return { xml: applyEdits(original, prefix, edits), xf };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

const CHILD: Record<string, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };

/** Appends the new items to each section (making the section when the workbook had none) and sets its count. */
function applyEdits(xml: string, prefix: string, edits: Map<string, { items: string[]; count: number }>): string {
  let out = xml;
  // Sections in reverse document order, so earlier offsets stay valid.
  for (const name of [...ORDER].reverse()) {
    const edit = edits.get(name);
    if (!edit || edit.items.length === 0) continue;
    const text = prefixed(edit.items.join(""), prefix);
    const sec = section(out, prefix, name, CHILD[name]);
    if (sec) {
      const open = withAttr(sec.selfClosed ? sec.openTag.replace(/\s*\/>$/, ">") : sec.openTag, "count", edit.count);
      const body = sec.selfClosed ? "" : out.slice(sec.start + sec.openTag.length, sec.contentEnd);
      out = `${out.slice(0, sec.start)}${open}${body}${text}</${prefix}${name}>${out.slice(sec.end)}`;
    } else {
      const at = insertionPoint(out, prefix, name);
      out = `${out.slice(0, at)}<${prefix}${name} count="${edit.count}">${text}</${prefix}${name}>${out.slice(at)}`;
    }
  }
  return out;
}

/** Before the first section that comes after `name` in schema order, else before </styleSheet>. */
function insertionPoint(xml: string, prefix: string, name: string): number {
  for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const m = new RegExp(`<${escRe(prefix)}${later}\\b`).exec(xml);
    if (m) return m.index;
  }
  const close = xml.lastIndexOf(`</${prefix}styleSheet>`);
  if (close < 0) throw new Error("styles.xml has no </styleSheet>");
  return close;
}

/** Our sheet XML with every style index (cells, rows, columns) renumbered into the merged styles. */
export function renumberStyles(sheetXml: string, xf: number[]): string {
  const map = (v: string): string => String(xf[Number(v)] ?? 0);
  return sheetXml
    .replace(/<(c|row)\b[^>]*>/g, (tag) => tag.replace(/(\ss=")(\d+)(")/, (_, a: string, v: string, b: string) => a + map(v) + b))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/(\sstyle=")(\d+)(")/, (_, a: string, v: string, b: string) => a + map(v) + b));
}
