// The clerk's settings kept in the workbook through Office.context.document.settings.
import type { Settings } from "../domain/settings";
import { defaultSettings } from "../domain/settings";
import type { SettingsStore } from "./host";
import { excelErrors } from "./messages";

const SETTINGS_KEY = "binhDangGioi.settings";

export function loadSettingsFrom(store: SettingsStore): Settings | null {
  const raw = store.get(SETTINGS_KEY);
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!isSettingsLike(parsed)) return null;
  // Fields added in later versions take their defaults.
  return { ...defaultSettings(), ...parsed };
}

export async function saveSettingsTo(store: SettingsStore, settings: Settings): Promise<void> {
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  await new Promise<void>((resolve, reject) =>
    store.saveAsync((result) => {
      // saveAsync stores the settings in the document; they reach the file only when the workbook is saved
      // (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings): the pane says so.
      if (result.status === "failed") reject(excelErrors.settingsNotSaved(result.error?.message ?? ""));
      else resolve();
    }),
  );
}

function isSettingsLike(x: unknown): x is Partial<Settings> & { profileId: string } {
  if (!x || typeof x !== "object") return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.profileId === "string" &&
    (s.womenRelatedUnits === undefined || Array.isArray(s.womenRelatedUnits)) &&
    (s.overrides === undefined || Array.isArray(s.overrides)) &&
    (s.year === undefined || typeof s.year === "number")
  );
}
