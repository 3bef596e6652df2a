// Excel's date rules shared by both gateways (the .xlsx reader and office.js), so a date cell gives the same
// Date whichever door read it: which number formats show a date, and a serial's Date in either date system.

/** A custom number format shows a date or time when it has y, m, d, h, s or b outside quotes and brackets (ExcelJS's rule too). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** The Date (UTC) of an Excel serial: days since 1899-12-30, or since 1904-01-01 in the 1904 date system. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

/**
 * excelSerialToDate remembered per serial, for filling a Grid: a roster repeats its birth dates, and a Date
 * costs about 100 bytes, so the cells of one day share one Date (300,000 rows hold some 15,000 days).
 * Nothing changes a Grid's Dates once read. Bounded: past `limit` days each further one is made afresh.
 */
export function serialDates(date1904: boolean, limit = 100_000): (serial: number) => Date {
  const seen = new Map<number, Date>();
  return (serial: number): Date => {
    let d = seen.get(serial);
    if (d === undefined) {
      d = excelSerialToDate(serial, date1904);
      if (seen.size < limit) seen.set(serial, d);
    }
    return d;
  };
}
