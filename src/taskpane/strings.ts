// Every string the task pane shows: Vietnamese first, English second. The catalogue lives in strings/
// (types.ts, the shape; vi.ts and en.ts, one file per language); this module is what the pane imports.
import { localeNumber } from "../domain/numberFormat";
import type { Lang } from "../domain/settings";
import type { UiStrings } from "./strings/types";
import { vi } from "./strings/vi";
import { en } from "./strings/en";

export type { UiStrings } from "./strings/types";

export const STRINGS: Record<Lang, UiStrings> = { vi, en };

/** A count in the clerk's number format: 1234 → "1.234" (vi) or "1,234" (en). */
export function formatCount(n: number, lang: Lang): string {
  return localeNumber(n, lang);
}

/** A target or share as a percent for an input box: 0.305 → "30,5" (vi). */
export function formatPercentInput(share: number, lang: Lang): string {
  const pct = Math.round(share * 10000) / 100;
  return localeNumber(pct, lang, { maximumFractionDigits: 2, useGrouping: false });
}

/** Reads "30", "30,5", "30.5" or "30,5%" as a share (0.305); null when it is not a percent 0–100. */
export function parsePercentInput(text: string): number | null {
  const t = text.trim().replace(/%$/, "").trim().replace(",", ".");
  if (!/^\d{1,3}(\.\d+)?$/.test(t)) return null;
  const pct = Number(t);
  if (!(pct >= 0 && pct <= 100)) return null;
  return Math.round(pct * 100) / 10000;
}
