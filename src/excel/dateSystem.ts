// Date cells read through office.js become Dates, as the .xlsx reader makes them: Range.values gives a date as its
// serial number, so the cell's number format (Range.numberFormat, ExcelApi 1.1) tells a date from a number, and
// the workbook's date system (1900, or 1904 in old Mac workbooks:
// https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system) turns the serial into a day.
// Workbook.use1904DateSystem says that system, but only in the preview API set ("ExcelApi BETA (PREVIEW ONLY)":
// https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member),
// which no released Excel has, so it is not used. Instead the date's text as Excel shows it (Range.text,
// ExcelApi 1.1) is compared with the two candidate days: the years differ by four.
import type { Grid } from "../domain/grid";
import { excelSerialToDate, serialDates } from "../domain/excelDates";

/** A date cell seen while reading: where it stands in its grid and its serial. */
export interface DateCell {
  row: number;
  col: number;
  serial: number;
}

/** A date cell whose text Excel showed, for telling the date system. */
export interface DateProbe {
  serial: number;
  text: string;
}

/** true: 1904, false: 1900, null: the text does not tell (no year shown, or both candidates' years in it). */
export function dateSystemFromText(probe: DateProbe): boolean | null {
  const tokens: string[] = probe.text.match(/\d+/g) ?? [];
  const y1900 = excelSerialToDate(probe.serial, false).getUTCFullYear();
  const y1904 = excelSerialToDate(probe.serial, true).getUTCFullYear();
  const shows = (y: number, digits: 4 | 2): boolean => tokens.includes(digits === 4 ? String(y) : String(y % 100).padStart(2, "0"));
  if (shows(y1900, 4) !== shows(y1904, 4)) return shows(y1904, 4);
  // Two-digit years only when no four-digit one is shown ("17/05/80").
  if (!tokens.some((t) => t.length === 4) && shows(y1900, 2) !== shows(y1904, 2)) return shows(y1904, 2);
  return null;
}

/** The first probe that tells the date system, or null when none does. */
export function dateSystemOf(probes: DateProbe[]): boolean | null {
  for (const p of probes) {
    const found = dateSystemFromText(p);
    if (found !== null) return found;
  }
  return null;
}

/** Puts a Date in place of each date cell's serial. */
export function convertDates(grid: Grid, cells: DateCell[], date1904: boolean): void {
  const dateOf = serialDates(date1904);
  for (const d of cells) grid.rows[d.row][d.col] = dateOf(d.serial);
}
