// workbook.xml, edited as text: the <sheet> entries of our sheets replaced in place or appended, and the
// defined names scoped to them (print area, print titles, our marker) dropped and written anew.
// Whatever else the file holds (views, calculation settings, pivot caches, extensions, a prefix such as
// the Open XML SDK's `x:`) is left byte for byte.
import { attributeByLocalName, attributes, escapeXml, NS, prefixOf, unescapeXml } from "./opc";

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: string;
  relId: string;
  start: number;
  end: number;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  /** The element's content, as XML text (still escaped). */
  value: string;
  start: number;
  end: number;
}

export interface ParsedWorkbook {
  xml: string;
  /** "x:" or "" */
  prefix: string;
  /** The prefix bound to the relationships namespace on the root, or null. */
  relPrefix: string | null;
  strict: boolean;
  sheets: SheetEntry[];
  /** Offset of the </sheets> closing tag (where new entries go). */
  sheetsClose: number;
  definedNames: DefinedName[];
  /** Where the definedNames element's content ends (before its closing tag), or null when there is none. */
  definedNamesClose: number | null;
  /** An empty `<definedNames/>` (openpyxl writes one): where it stands, to be replaced by a full element. */
  definedNamesEmpty: { start: number; end: number } | null;
}

function tagRe(prefix: string, local: string, flags = "g"): RegExp {
  return new RegExp(`<${prefix.replace(".", "\\.")}${local}\\b[^>]*?(/>|>)`, flags);
}

export function parseWorkbookXml(xml: string): ParsedWorkbook {
  const strict = prefixOf(xml, NS.strictMain) !== null;
  const prefix = prefixOf(xml, NS.main) ?? prefixOf(xml, NS.strictMain) ?? "";
  const relPrefix = prefixOf(xml, NS.rel);
  const sheetsOpen = tagRe(prefix, "sheets", "").exec(xml);
  const closeTag = `</${prefix}sheets>`;
  if (!sheetsOpen) throw new Error("workbook.xml has no <sheets>");
  const sheetsClose = sheetsOpen[1] === "/>" ? -1 : xml.indexOf(closeTag, sheetsOpen.index);
  if (sheetsClose < 0) throw new Error("workbook.xml has no sheets to add to");
  const sheets: SheetEntry[] = [];
  const within = xml.slice(0, sheetsClose);
  const sheetRe = tagRe(prefix, "sheet");
  sheetRe.lastIndex = sheetsOpen.index + sheetsOpen[0].length;
  for (let m = sheetRe.exec(within); m; m = sheetRe.exec(within)) {
    const a = attributes(m[0]);
    let end = m.index + m[0].length;
    if (m[1] === ">") end = xml.indexOf(`</${prefix}sheet>`, end) + `</${prefix}sheet>`.length;
    sheets.push({
      name: a.get("name") ?? "",
      sheetId: Number(a.get("sheetId") ?? 0),
      state: a.get("state") ?? "visible",
      relId: attributeByLocalName(a, "id") ?? "",
      start: m.index,
      end,
    });
  }
  const names: DefinedName[] = [];
  let definedNamesClose: number | null = null;
  const dnOpen = tagRe(prefix, "definedNames", "").exec(xml);
  const definedNamesEmpty = dnOpen && dnOpen[1] === "/>" ? { start: dnOpen.index, end: dnOpen.index + dnOpen[0].length } : null;
  if (dnOpen && dnOpen[1] === ">") {
    const close = xml.indexOf(`</${prefix}definedNames>`, dnOpen.index);
    definedNamesClose = close;
    const re = new RegExp(`<${prefix}definedName\\b([^>]*?)(/>|>([\\s\\S]*?)</${prefix}definedName>)`, "g");
    re.lastIndex = dnOpen.index;
    for (let m = re.exec(xml); m && m.index < close; m = re.exec(xml)) {
      const a = attributes(m[1]);
      const local = a.get("localSheetId");
      names.push({
        name: a.get("name") ?? "",
        localSheetId: local === undefined ? undefined : Number(local),
        value: m[3] ?? "",
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return { xml, prefix, relPrefix, strict, sheets, sheetsClose, definedNames: names, definedNamesClose, definedNamesEmpty };
}

/** A sheet entry to write: replacing the entry at `replaces` (its index), or appended when absent. */
export interface SheetToWrite {
  name: string;
  sheetId: number;
  relId: string;
  state?: "visible" | "hidden" | "veryHidden";
  replaces?: number;
  /** Defined names scoped to this sheet: [name, content as XML text, hidden]. */
  names: { name: string; value: string; hidden?: boolean }[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Where a new <definedNames> goes: after </sheets> and any functionGroups / externalReferences. */
function definedNamesPlace(wb: ParsedWorkbook): number {
  let at = wb.sheetsClose + `</${wb.prefix}sheets>`.length;
  for (const local of ["functionGroups", "externalReferences"]) {
    const m = new RegExp(`^\\s*<${wb.prefix}${local}\\b[^>]*?(/>|>)`).exec(wb.xml.slice(at));
    if (!m) continue;
    at += m[1] === "/>" ? m[0].length : wb.xml.indexOf(`</${wb.prefix}${local}>`, at) - at + `</${wb.prefix}${local}>`.length;
  }
  return at;
}

/**
 * workbook.xml with the sheets written: replaced entries keep their place (so no other sheet's index,
 * active tab or scoped name moves), new ones are appended; names scoped to a replaced sheet are dropped,
 * the new sheets' names added.
 */
export function writeSheetsIntoWorkbook(wb: ParsedWorkbook, sheets: SheetToWrite[], removeNamesOf: number[]): string {
  const p = wb.prefix;
  const relAttr = wb.relPrefix === null ? `xmlns:r="${NS.rel}" r:id` : `${wb.relPrefix}id`;
  const entry = (s: SheetToWrite): string =>
    `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} ${relAttr}="${escapeXml(s.relId)}"/>`;
  const splices: Splice[] = [];
  let appendedIndex = wb.sheets.length;
  const newNames: string[] = [];
  for (const s of sheets) {
    let index: number;
    if (s.replaces !== undefined) {
      index = s.replaces;
      const old = wb.sheets[index];
      splices.push({ start: old.start, end: old.end, text: entry(s) });
    } else {
      index = appendedIndex++;
      splices.push({ start: wb.sheetsClose, end: wb.sheetsClose, text: entry(s) });
    }
    for (const n of s.names) {
      newNames.push(`<${p}definedName name="${escapeXml(n.name)}" localSheetId="${index}"${n.hidden ? ` hidden="1"` : ""}>${n.value}</${p}definedName>`);
    }
  }
  const dropped = new Set(removeNamesOf);
  for (const n of wb.definedNames) {
    if (n.localSheetId !== undefined && dropped.has(n.localSheetId)) splices.push({ start: n.start, end: n.end, text: "" });
  }
  if (newNames.length > 0) {
    const element = `<${p}definedNames>${newNames.join("")}</${p}definedNames>`;
    if (wb.definedNamesClose !== null) {
      splices.push({ start: wb.definedNamesClose, end: wb.definedNamesClose, text: newNames.join("") });
    } else if (wb.definedNamesEmpty !== null) {
      splices.push({ ...wb.definedNamesEmpty, text: element });
    } else {
      const at = definedNamesPlace(wb);
      splices.push({ start: at, end: at, text: element });
    }
  }
  let out = wb.xml;
  // From the end backwards, so every offset still points where it did; appends keep their order.
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  for (const s of ordered) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** Sheet names compare as Excel compares them: without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase() === b.normalize("NFC").toLocaleLowerCase();
}

export { unescapeXml };
