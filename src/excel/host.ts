// What the gateway needs of Office, and which optional APIs this host has. The core needs ExcelApi 1.1 only
// (getRange by address, values, valueTypes, getUsedRange); everything newer is asked with isSetSupported first:
// getUsedRangeOrNullObject 1.4, hidden columns 1.2 (one range a column) or 1.9 (getColumnProperties), hidden rows
// and fonts 1.9, merged areas 1.13, delayForCellEdit 1.11
// (requirement sets per member: https://learn.microsoft.com/javascript/api/excel/excel.range and excel.worksheet).

import { readCompressedFile, type FileDocument } from "./savedFileMerges";

/** Office.context.document.settings, as much of it as the gateway uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** Excel.run's options the gateway uses (ExcelApi 1.11). */
export interface RunOptions {
  delayForCellEdit?: boolean;
}

export type Platform = "web" | "desktop";

/** What the gateway needs of Office: Excel.run, the requirement sets, the settings, the platform, the file. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
  settings(): SettingsStore;
  platform: Platform;
  /** The workbook's file (.xlsx bytes) through getFileAsync, where the host has the CompressedFile set. */
  file?: () => Promise<Uint8Array>;
}

/** The add-in's host from the globals office.js defines (call after Office.onReady). */
export function officeHost(): OfficeHost {
  return {
    run: (batch, options) => (options ? Excel.run(options, (context) => batch(context)) : Excel.run((context) => batch(context))),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    settings: () => Office.context.document.settings as unknown as SettingsStore,
    platform: Office.context.platform === Office.PlatformType.OfficeOnline ? "web" : "desktop",
    file: () => readCompressedFile(Office.context.document as unknown as FileDocument),
  };
}

/** Which optional APIs a host has. */
export interface HostApi {
  nullObjects: boolean;
  valuesOnly: boolean;
  columnHidden: boolean;
  properties: boolean;
  merges: boolean;
  delay: boolean;
}

/** Asked once per call: the host does not change under us. */
export function hostApi(host: Pick<OfficeHost, "isSetSupported">): HostApi {
  const at = (v: string): boolean => host.isSetSupported("ExcelApi", v);
  return { nullObjects: at("1.4"), valuesOnly: at("1.2"), columnHidden: at("1.2"), properties: at("1.9"), merges: at("1.13"), delay: at("1.11") };
}

/** The code of an office.js error (OfficeExtension.Error.code), or "". */
export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e) return String((e as { code: unknown }).code);
  return "";
}
