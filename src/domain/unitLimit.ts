// The reader's bound on the units a workbook names. A unit costs about 2 KB through the reading, the analysis
// and its figures (a roster naming a unit on every one of 340,000 rows took 895 MB; 390,000 rows in 19,500
// units 319 MB); a real roster names a few hundred, a whole province's a few thousand (the 300,000-row bench
// roster: 7,567). Past MAX_UNITS the workbook is refused with one sentence, as the .xlsx reader refuses too
// many cells, so that no input takes much over 300 MB. Both doors share it.
import { localeNumber } from "./numberFormat";
import type { Lang } from "./settings";

/** Distinct unit names (as written) one workbook's people may name. */
export const MAX_UNITS = 10_000;

/** Thrown by the reader (src/reading/) at the first unit past MAX_UNITS. */
export class TooManyUnits extends Error {
  constructor() {
    super(`${tooManyUnitsSentence("vi")} / ${tooManyUnitsSentence("en")}`);
    this.name = "TooManyUnits";
  }
}

/** What is wrong, for "Không đọc được “tệp”: …". */
export function tooManyUnitsSentence(lang: Lang): string {
  const max = localeNumber(MAX_UNITS, lang);
  return lang === "vi"
    ? `danh sách nêu hơn ${max} đơn vị khác nhau, vượt giới hạn đọc (một danh sách thật có vài trăm đến vài nghìn đơn vị)`
    : `the roster names over ${max} different units, beyond what can be read (a real roster names a few hundred to a few thousand)`;
}

/** The whole line, as the .xlsx reader's refusals read: "Không đọc được “tệp”: …". */
export function tooManyUnitsMessage(lang: Lang, file: string): string {
  return lang === "vi" ? `Không đọc được “${file}”: ${tooManyUnitsSentence("vi")}.` : `Cannot read “${file}”: ${tooManyUnitsSentence("en")}.`;
}

/** The unit names met so far in one workbook; note() throws TooManyUnits at the first past the bound. */
export class UnitTally {
  private readonly seen = new Set<string>();

  note(unit: string): void {
    if (this.seen.has(unit)) return;
    if (this.seen.size >= MAX_UNITS) throw new TooManyUnits();
    this.seen.add(unit);
  }
}
