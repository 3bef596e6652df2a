// Adds our sheets to the agency's own package and leaves everything else as it was. The new sheets get
// new parts; workbook.xml, its relationships, [Content_Types].xml and styles.xml are edited as text;
// every other part (roster sheets, charts, pivot tables, images, comments, macros, custom XML) is copied
// with its compressed bytes untouched. A sheet we wrote before, recognised by our marker (never by its
// name alone), is replaced in its place, together with the parts only it used.
import { writeArchive, type OutputPart } from "./archive";
import {
  addRelationships,
  CONTENT_TYPE,
  cutRanges,
  editContentTypes,
  freshRelId,
  prefixOf,
  NS,
  REL_TYPE,
  relativeTarget,
  relsPathOf,
} from "./opc";
import { buildScratch, type PlainSheet, type Scratch, type SheetModel } from "./scratch";
import { mergeStyles, renumberStyles, type MergedStyles } from "./stylesMerge";
import { OWN_SHEET_NAME, WorkbookPackage, type PackageSheet } from "./workbookPackage";
import { sameSheetName, writeSheetsIntoWorkbook, type SheetToWrite } from "./workbookXml";

export interface SheetToAdd {
  model: SheetModel | PlainSheet;
  /** What our marker says the sheet is: "annual-report", "annex", "provincial-summary", "settings"… */
  kind: string;
  state?: "visible" | "hidden" | "veryHidden";
}

export interface AddSheetsOptions {
  /** Sheets known to be ours by what they hold (the hidden data block the reader found), by name. */
  ownByContent?: (sheetName: string) => boolean;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

export class PackageRefused extends Error {
  constructor(readonly reason: "strict") {
    super(reason);
    this.name = "PackageRefused";
  }

  text(lang: "vi" | "en"): string {
    return lang === "vi"
      ? "Sổ tính được lưu ở dạng “Strict Open XML”; hãy mở bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) thường rồi thử lại."
      : "The workbook is saved as “Strict Open XML”; open it in Excel, save it as a plain Excel Workbook (.xlsx) and try again.";
  }
}

interface Plan {
  add: SheetToAdd;
  name: string;
  replaces?: PackageSheet;
}

/**
 * Each new sheet replaces our sheet of its name. A clerk's own sheet of that name keeps it: ours is then
 * "… (2)" (or the first "… (k)" that is ours or free), so a second run replaces that one in turn.
 */
function plan(pkg: WorkbookPackage, add: SheetToAdd[], own: (s: PackageSheet) => boolean): Plan[] {
  const plans: Plan[] = [];
  for (const a of add) {
    const wanted = a.model.sheetName;
    for (let k = 1; ; k++) {
      const suffix = k === 1 ? "" : ` (${k})`;
      const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
      if (plans.some((p) => sameSheetName(p.name, name))) continue;
      const existing = pkg.sheets.find((s) => sameSheetName(s.name, name));
      if (!existing) {
        plans.push({ add: a, name });
        break;
      }
      if (own(existing) && existing.part !== null) {
        plans.push({ add: a, name, replaces: existing });
        break;
      }
    }
  }
  return plans;
}

interface NewParts {
  sheets: SheetToWrite[];
  /** New parts with their content and content type. */
  parts: { name: string; content: string; type: string }[];
  rels: { id: string; type: string; target: string }[];
}

/** Fresh part names, relationship ids and sheet ids for our sheets (and a styles part when there was none). */
function newParts(pkg: WorkbookPackage, plans: Plan[], scratch: Scratch, merged: MergedStyles, hadStyles: boolean): NewParts {
  const out: NewParts = { sheets: [], parts: [], rels: [] };
  const relTo = (type: string, part: string): string => {
    const id = freshRelId(pkg.workbookRels, new Set(out.rels.map((r) => r.id)));
    out.rels.push({ id, type, target: relativeTarget(pkg.workbookPart, part) });
    return id;
  };
  let nextSheetId = Math.max(0, ...pkg.workbook.sheets.map((s) => s.sheetId)) + 1;
  plans.forEach((p, i) => {
    const part = pkg.freshSheetPart(new Set(out.parts.map((x) => x.name)));
    out.parts.push({ name: part, content: renumberStyles(scratch.sheets[i].xml, merged.xf), type: CONTENT_TYPE.worksheet });
    out.sheets.push({
      name: p.name,
      sheetId: nextSheetId++,
      relId: relTo(REL_TYPE.worksheet, part),
      state: p.add.state,
      replaces: p.replaces?.index,
      names: [...scratch.sheets[i].names, { name: OWN_SHEET_NAME, value: `"${p.add.kind}"`, hidden: true }],
    });
  });
  if (!hadStyles) {
    const part = `${pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1)}styles.xml`;
    relTo(REL_TYPE.styles, part);
    out.parts.push({ name: part, content: merged.xml, type: CONTENT_TYPE.styles });
  }
  return out;
}

/** The edited text of workbook.xml, its relationships and [Content_Types].xml (and styles.xml, when it was there). */
function editedParts(pkg: WorkbookPackage, plans: Plan[], added: NewParts, gone: Set<string>, merged: MergedStyles): Map<string, string> {
  const relsPath = pkg.partName(relsPathOf(pkg.workbookPart));
  const relsXml = pkg.archive.text(relsPath);
  const dropped = pkg.workbookRels.filter((r) => plans.some((p) => p.replaces?.relId === r.id));
  const edited = new Map<string, string>([
    [pkg.workbookPart, writeSheetsIntoWorkbook(pkg.workbook, added.sheets, plans.map((p) => p.replaces?.index).filter((i): i is number => i !== undefined))],
    [relsPath, addRelationships(relsXml === undefined ? undefined : cutRanges(relsXml, dropped), added.rels)],
    [
      pkg.partName("[Content_Types].xml"),
      editContentTypes(pkg.archive.text("[Content_Types].xml") ?? "", [...gone], added.parts.map((p) => ({ part: p.name, type: p.type }))),
    ],
  ]);
  const styles = pkg.stylesPart();
  if (styles) edited.set(styles, merged.xml);
  return edited;
}

/** Adds the sheets to the package: the bytes of the new package. */
export async function addSheetsToPackage(input: Uint8Array | WorkbookPackage, add: SheetToAdd[], opts: AddSheetsOptions = {}): Promise<Uint8Array> {
  const pkg = input instanceof WorkbookPackage ? input : WorkbookPackage.open(input);
  if (pkg.workbook.strict) throw new PackageRefused("strict");
  const own = (s: PackageSheet): boolean => s.ownMarker !== null || (opts.ownByContent?.(s.name) ?? false);
  const plans = plan(pkg, add, own);
  const scratch = await buildScratch(plans.map((p) => ({ ...p.add.model, sheetName: p.name })));

  // Styles: the scratch's appended to the workbook's own (or the scratch's whole when it has none).
  const stylesPart = pkg.stylesPart();
  const stylesXml = stylesPart ? pkg.archive.text(stylesPart) : undefined;
  const merged = mergeStyles(stylesXml, scratch.styles, stylesXml ? (prefixOf(stylesXml, NS.main) ?? "") : "");

  const gone = pkg.partsGoingWith(plans.map((p) => p.replaces?.part).filter((part): part is string => part !== undefined && part !== ""));
  const added = newParts(pkg, plans, scratch, merged, stylesXml !== undefined);
  const edited = editedParts(pkg, plans, added, gone, merged);

  // Every part in its order: edited ones rewritten, the replaced sheets' own parts left out, all others copied as stored.
  const out: OutputPart[] = [];
  for (const part of pkg.archive.parts) {
    if (gone.has(part.name)) continue;
    const text = edited.get(part.name);
    out.push(text === undefined ? { copy: part, from: pkg.archive } : { name: part.name, content: text });
    edited.delete(part.name);
  }
  // A workbook without a relationships part of its own (possible, never seen): made here.
  for (const [name, content] of edited) out.push({ name, content });
  for (const p of added.parts) out.push({ name: p.name, content: p.content });
  return writeArchive(out);
}
