// What the writers add to a package: the report's sheets (the báo cáo first, then any phụ lục) and the
// very hidden settings sheet; and the clerk's settings read back from a package without loading it whole.
import type { Settings } from "../../domain/settings";
import { ownSheetKind, type ReportModel } from "../../report/model";
import { SETTINGS_SHEET } from "../cells";
import { addSheetsToPackage, type AddSheetsOptions, type SheetToAdd } from "./addSheets";
import { resolveTarget } from "./opc";
import { cellA1Text } from "./scratch";
import { WorkbookPackage } from "./workbookPackage";

/** The sheets to add for a model: the first carries the model's kind in our marker, the others "…/annex". */
export function reportSheetsToAdd(model: ReportModel): SheetToAdd[] {
  return model.sheets.map((sheet, i) => ({ model: sheet, kind: ownSheetKind(model.metadata.kind, i) }));
}

export const SETTINGS_KIND = "settings";

/** The settings, as JSON in A1 of a very hidden sheet. */
export function settingsSheetToAdd(settings: Settings): SheetToAdd {
  return { model: { sheetName: SETTINGS_SHEET, cells: [[JSON.stringify(settings)]] }, kind: SETTINGS_KIND, state: "veryHidden" };
}

/** The JSON object in A1 of the settings sheet, or null when there is none (or it is not an object). */
export function settingsOfPackage(pkg: WorkbookPackage): Settings | null {
  const sheet = pkg.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet?.part) return null;
  const xml = pkg.archive.text(sheet.part);
  if (xml === undefined) return null;
  const shared = (): string | undefined => {
    const rel = pkg.workbookRels.find((r) => r.type.endsWith("/sharedStrings"));
    return rel ? pkg.archive.text(resolveTarget(pkg.workbookPart, rel.target)) : undefined;
  };
  const text = cellA1Text(xml, shared);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    // A sheet someone edited by hand may hold anything; only an object can be settings.
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Settings) : null;
  } catch {
    return null;
  }
}

/** The settings sheet of a package is ours when it carries our marker, or (written before the marker) is very hidden and holds settings. */
export function isOwnSettingsSheet(pkg: WorkbookPackage, name: string): boolean {
  const sheet = pkg.sheets.find((s) => s.name === name);
  return sheet !== undefined && name === SETTINGS_SHEET && (sheet.ownMarker !== null || (sheet.state === "veryHidden" && settingsOfPackage(pkg) !== null));
}

/**
 * The package with the report's sheets (and, when given, the settings sheet) added; every other part
 * as it was. `ownByContent` names sheets that are ours by what they hold (the reader's marker).
 */
export async function addReportToPackage(
  input: Uint8Array | WorkbookPackage,
  model: ReportModel | null,
  opts: AddSheetsOptions & { settings?: Settings } = {},
): Promise<Uint8Array> {
  const pkg = input instanceof WorkbookPackage ? input : WorkbookPackage.open(input);
  const add = [...(model ? reportSheetsToAdd(model) : []), ...(opts.settings ? [settingsSheetToAdd(opts.settings)] : [])];
  return addSheetsToPackage(pkg, add, {
    ownByContent: (name) => (opts.ownByContent?.(name) ?? false) || isOwnSettingsSheet(pkg, name),
  });
}
