// Numbers in the clerk's form: 1.234 and 30,5 (vi-VN), 1,234 and 30.5 (en-US). Number#toLocaleString
// builds an ICU formatter on every call (tens of microseconds); the pane formats a few numbers for each of
// thousands of units, so each form's formatter is built once and kept. Same output: toLocaleString is
// defined as formatting with a new Intl.NumberFormat of the same locale and options.
import type { Lang } from "./settings";

export interface NumberForm {
  maximumFractionDigits?: number;
  useGrouping?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** n as toLocaleString would write it in the language's locale, with the form's options. */
export function localeNumber(n: number, lang: Lang, form: NumberForm = {}): string {
  const key = `${lang}|${form.maximumFractionDigits ?? ""}|${form.useGrouping ?? ""}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", form);
    formatters.set(key, f);
  }
  return f.format(n);
}
