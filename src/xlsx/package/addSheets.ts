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
import { buildScratch, type PlainSheet, type SheetModel } from "./scratch";
import { mergeStyles, renumberStyles } from "./stylesMerge";
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

function nameTaken(pkg: WorkbookPackage, name: string, planned: string[]): boolean {
  return pkg.sheets.some((s) => sameSheetName(s.name, name)) || planned.some((p) => sameSheetName(p, name));
}

/** Each new sheet replaces our sheet of its name; a sheet of the clerk's own by that name keeps it, ours takes "… (2)". */
function plan(pkg: WorkbookPackage, add: SheetToAdd[], own: (s: PackageSheet) => boolean): Plan[] {
  const plans: Plan[] = [];
  for (const a of add) {
    const wanted = a.model.sheetName;
    const existing = pkg.sheets.find((s) => sameSheetName(s.name, wanted));
    if (existing && own(existing) && existing.part !== null && !plans.some((p) => p.replaces === existing)) {
      plans.push({ add: a, name: wanted, replaces: existing });
      continue;
    }
    let name = wanted;
    for (let k = 2; nameTaken(pkg, name, plans.map((p) => p.name)); k++) {
      const suffix = ` (${k})`;
      name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    plans.push({ add: a, name });
  }
  return plans;
}

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

  const replaced = plans.flatMap((p) => (p.replaces?.part ? [p.replaces.part] : []));
  const gone = pkg.partsGoingWith(replaced);
  const wbRelsPath = relsPathOf(pkg.workbookPart);
  const keptRels = pkg.workbookRels.filter((r) => !plans.some((p) => p.replaces?.relId === r.id));
  const newRels: { id: string; type: string; target: string }[] = [];
  const taken = new Set<string>();
  const newParts: { name: string; content: string }[] = [];
  let nextSheetId = Math.max(0, ...pkg.workbook.sheets.map((s) => s.sheetId)) + 1;

  const toWrite: SheetToWrite[] = plans.map((p, i) => {
    const part = pkg.freshSheetPart(taken);
    taken.add(part);
    const id = freshRelId(pkg.workbookRels, new Set(newRels.map((r) => r.id)));
    newRels.push({ id, type: REL_TYPE.worksheet, target: relativeTarget(pkg.workbookPart, part) });
    newParts.push({ name: part, content: renumberStyles(scratch.sheets[i].xml, merged.xf) });
    return {
      name: p.name,
      sheetId: nextSheetId++,
      relId: id,
      state: p.add.state,
      replaces: p.replaces?.index,
      names: [...scratch.sheets[i].names, { name: OWN_SHEET_NAME, value: `"${p.add.kind}"`, hidden: true }],
    };
  });

  let newStylesPart: string | null = null;
  if (!stylesPart) {
    newStylesPart = `${pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1)}styles.xml`;
    const id = freshRelId(pkg.workbookRels, new Set(newRels.map((r) => r.id)));
    newRels.push({ id, type: REL_TYPE.styles, target: relativeTarget(pkg.workbookPart, newStylesPart) });
    newParts.push({ name: newStylesPart, content: merged.xml });
  }

  const wbRelsXml = pkg.archive.text(wbRelsPath);
  const droppedRels = pkg.workbookRels.filter((r) => !keptRels.includes(r));
  const relsOut = addRelationships(wbRelsXml === undefined ? undefined : cutRanges(wbRelsXml, droppedRels), newRels);
  const typesOut = editContentTypes(
    pkg.archive.text("[Content_Types].xml") ?? "",
    [...gone],
    [
      ...toWrite.map((_, i) => ({ part: newParts[i].name, type: CONTENT_TYPE.worksheet })),
      ...(newStylesPart ? [{ part: newStylesPart, type: CONTENT_TYPE.styles }] : []),
    ],
  );
  const changed = new Map<string, string>([
    [pkg.workbookPart, writeSheetsIntoWorkbook(pkg.workbook, toWrite, plans.flatMap((p) => (p.replaces ? [p.replaces.index] : [])))],
    [pkg.partName(wbRelsPath), relsOut],
    [pkg.partName("[Content_Types].xml"), typesOut],
  ]);
  if (stylesPart) changed.set(stylesPart, merged.xml);

  const out: OutputPart[] = [];
  for (const part of pkg.archive.parts) {
    if (gone.has(part.name)) continue;
    const text = changed.get(part.name);
    if (text !== undefined) {
      out.push({ name: part.name, content: text });
      changed.delete(part.name);
    } else {
      out.push({ copy: part, from: pkg.archive });
    }
  }
  // A workbook without relationships part for its workbook (never seen, but possible): made here.
  for (const [name, content] of changed) out.push({ name, content });
  for (const p of newParts) out.push(p);
  return writeArchive(out);
}

