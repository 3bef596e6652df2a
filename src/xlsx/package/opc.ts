// The Open Packaging Conventions as far as adding and removing sheets needs them: relationship parts,
// part names resolved from targets, and [Content_Types].xml. Edits are textual: every other byte of an
// XML part stays as the application that wrote it left it (namespace prefixes included).

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

export const REL_TYPE = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
};

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

/** XML text for an attribute value or element content. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

/**
 * Every match of a global regular expression, like String.prototype.matchAll, which EdgeHTML (Office 2016/2019
 * retail) lacks: the pane is built for ES2017 built-ins (tsconfig.es2017.json).
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(m);
    if (m[0] === "") g.lastIndex++;
  }
  return out;
}

/** The attributes of a start tag's text, by their qualified name (prefix kept), values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of allMatches(tag, /([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** The first attribute among the qualified names whose local name is `local` (e.g. r:id, x:id). */
export function attributeByLocalName(attrs: Map<string, string>, local: string, notPrefixed = false): string | undefined {
  for (const [k, v] of attrs) {
    const i = k.indexOf(":");
    if (i < 0 ? k === local : !notPrefixed && k.slice(i + 1) === local && k.slice(0, i) !== "xmlns") return v;
  }
  return undefined;
}

/** The prefix ("x:" or "") a namespace is bound to on the document's root element; null when unbound. */
export function prefixOf(xml: string, ns: string): string | null {
  const root = /<([\w.-]+:)?[\w.-]+(\s[^>]*)?>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (m) => " ".repeat(m.length)));
  if (!root) return null;
  for (const m of allMatches(root[2] ?? "", /xmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    if ((m[3] ?? m[4]) === ns) return m[1] ? `${m[1]}:` : "";
  }
  return null;
}

// The reader's part naming, so that reading and writing resolve a relationship the same way.
export { relsPathOf, resolveTarget } from "../packageParts";

/** The relative target from a part to another (both zip names), as written in a relationship. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Where the element stands in the rels text. */
  start: number;
  end: number;
}

const REL_ELEMENT = /<([\w.-]+:)?Relationship\b[^>]*?(\/>|>[\s\S]*?<\/\1?Relationship>)/g;

export function parseRels(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const m of allMatches(xml, REL_ELEMENT)) {
    const a = attributes(m[0].slice(0, m[0].indexOf(">") + 1));
    rels.push({
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return rels;
}

/** An Id not used in the rels: rId{n} after the highest. */
export function freshRelId(rels: Relationship[], taken: Set<string> = new Set()): string {
  const used = new Set([...rels.map((r) => r.id), ...taken]);
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Inserts text before the closing tag of the root element (any prefix). */
export function beforeRootEnd(xml: string, root: string, text: string): string {
  const m = new RegExp(`</([\\w.-]+:)?${root}\\s*>\\s*$`).exec(xml);
  if (m) return xml.slice(0, m.index) + text + xml.slice(m.index);
  // A root written as an empty element: <Relationships …/>.
  const empty = new RegExp(`<(([\\w.-]+:)?${root})\\b([^>]*?)\\s*/>\\s*$`).exec(xml);
  if (!empty) throw new Error(`no <${root}> root`);
  return `${xml.slice(0, empty.index)}<${empty[1]}${empty[3]}>${text}</${empty[1]}>`;
}

/** Removes the elements at the ranges (sorted or not) from the text. */
export function cutRanges(xml: string, ranges: { start: number; end: number }[]): string {
  let out = xml;
  for (const r of [...ranges].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + out.slice(r.end);
  return out;
}

/** Adds relationships to a rels part (or makes one when it did not exist). */
export function addRelationships(xml: string | undefined, rels: { id: string; type: string; target: string }[]): string {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const prefix = prefixOf(base, "http://schemas.openxmlformats.org/package/2006/relationships") ?? "";
  const text = rels
    .map((r) => `<${prefix}Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  return beforeRootEnd(base, "Relationships", text);
}

const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** [Content_Types].xml: drops the Overrides of removed parts and adds those of new parts. */
export function editContentTypes(xml: string, remove: string[], add: { part: string; type: string }[]): string {
  const gone = new Set(remove.map((p) => `/${p}`.toLowerCase()));
  const cut: { start: number; end: number }[] = [];
  for (const m of allMatches(xml, /<([\w.-]+:)?Override\b[^>]*?(\/>|>[\s\S]*?<\/\1?Override>)/g)) {
    const name = attributes(m[0]).get("PartName");
    if (name !== undefined && gone.has(name.toLowerCase())) cut.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const prefix = prefixOf(xml, CT_NS) ?? "";
  const text = add.map((a) => `<${prefix}Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`).join("");
  return beforeRootEnd(cutRanges(xml, cut), "Types", text);
}
