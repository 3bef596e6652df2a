// What the reader takes from the package's small parts: relationships, the workbook's sheet list, the
// styles (number formats and fonts by cell style) and the shared strings table.
import { WorkbookUnreadable } from "./errors";
import { isDateFormat } from "./cells";
import { attrOf, parseXml, prefixedAttrOf } from "./xml";

export interface Relationship {
  id: string;
  /** The last segment of the type: "officeDocument", "worksheet", "sharedStrings", "styles"… */
  kind: string;
  /** The part it points to, resolved to a zip path without a leading slash. */
  target: string;
}

/** The .rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target resolved against its source part's folder (OPC part names, %-escapes undone). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not %-encoded after all
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split(/[/\\]/)) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/**
 * The internal relationships of a .rels part. Transitional and Strict types differ only before their last
 * segment (…/2006/relationships/worksheet, purl.oclc.org/ooxml/officeDocument/relationships/worksheet in Strict).
 */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(xml, {
    open(local, attrs) {
      if (local !== "Relationship" || attrOf(attrs, "TargetMode") === "External") return;
      const id = attrOf(attrs, "Id");
      const type = attrOf(attrs, "Type");
      const target = attrOf(attrs, "Target");
      if (id === undefined || !type || !target) return;
      rels.push({ id, kind: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(sourcePart, target) });
    },
  });
  return rels;
}

export interface WorkbookSheetEntry {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** The r:id of its relationship from the workbook part. */
  rid?: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
}

const on = (v: string | undefined) => v === "1" || v === "true";

/** The workbook part: its root must be <workbook> (a .docx's officeDocument is not one). */
export function parseWorkbook(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  let root: string | undefined;
  parseXml(xml, {
    open(local, attrs, path) {
      if (path.length === 0) root = local;
      if (local === "workbookPr") info.date1904 = on(attrOf(attrs, "date1904"));
      else if (local === "sheet" && path[path.length - 1] === "sheets") {
        const name = attrOf(attrs, "name");
        if (name === undefined) return;
        const state = attrOf(attrs, "state");
        const visibility = state === "hidden" || state === "veryHidden" ? state : "visible";
        info.sheets.push({ name, visibility, rid: prefixedAttrOf(attrs, "id") });
      }
    },
  });
  if (root !== "workbook") throw new WorkbookUnreadable("notXlsx");
  return info;
}

/** Per cell style (the s attribute, an index into cellXfs): is it a date format, and its font's name. */
export interface StyleTable {
  isDate: boolean[];
  font: (string | undefined)[];
  /** The first font: the Normal style's, for cells that carry no style. */
  defaultFont?: string;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, and the East Asian ones). */
function builtinIsDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

export function parseStyles(xml: string): StyleTable {
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  parseXml(xml, {
    open(local, attrs, path) {
      const parent = path[path.length - 1];
      if (local === "numFmt" && parent === "numFmts") {
        formats.set(Number(attrOf(attrs, "numFmtId")), attrOf(attrs, "formatCode") ?? "");
      } else if (local === "font" && parent === "fonts") {
        fonts.push(undefined);
      } else if (local === "name" && parent === "font" && path[path.length - 2] === "fonts") {
        fonts[fonts.length - 1] = attrOf(attrs, "val");
      } else if (local === "xf" && parent === "cellXfs") {
        xfs.push({ numFmtId: Number(attrOf(attrs, "numFmtId") ?? 0), fontId: Number(attrOf(attrs, "fontId") ?? 0) });
      }
    },
  });
  const isDate = xfs.map(({ numFmtId }) => {
    const custom = formats.get(numFmtId);
    return custom !== undefined ? isDateFormat(custom) : builtinIsDate(numFmtId);
  });
  return { isDate, font: xfs.map((x) => fonts[x.fontId]), defaultFont: fonts[0] };
}
