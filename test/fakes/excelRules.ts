// The rules of Excel the fake follows, each from Microsoft's documentation (URL beside each rule).
// Kept apart from fakeExcel.ts so the rules can be read (and argued with) on their own.

/**
 * The ExcelApi minor version each member the add-in may call needs (1.x → x). From the API reference's
 * "[API set: ExcelApi 1.x]" remark of each member, e.g. https://learn.microsoft.com/javascript/api/excel/excel.worksheet
 * (getRangeByIndexes 1.7, getUsedRangeOrNullObject 1.4, showGridlines 1.8, pageLayout 1.9),
 * https://learn.microsoft.com/javascript/api/excel/excel.range (getMergedAreasOrNullObject 1.13, getCellProperties /
 * getRowProperties / getColumnProperties 1.9, merge 1.2, rowHidden / columnHidden 1.2, getResizedRange 1.2,
 * getAbsoluteResizedRange 1.7), https://learn.microsoft.com/javascript/api/excel/excel.rangeformat (columnWidth,
 * rowHeight 1.2), https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection (getItemOrNullObject 1.4),
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook (protection 1.7),
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection (add 1.7),
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries (setValues, setXAxisValues, chartType 1.7),
 * https://learn.microsoft.com/javascript/api/excel/excel.chart (plotVisibleOnly 1.8),
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions (delayForCellEdit 1.11).
 * Everything else the add-in uses (worksheets, getRange, values, valueTypes, text, numberFormat, format, charts.add,
 * getUsedRange, delete, activate, select, name, position, visibility read) is ExcelApi 1.1.
 */
export const API_MINOR: Record<string, number> = {
  getRangeByIndexes: 7,
  getUsedRangeOrNullObject: 4,
  getItemOrNullObject: 4,
  getResizedRange: 2,
  getAbsoluteResizedRange: 7,
  merge: 2,
  unmerge: 2,
  rowHidden: 2,
  columnHidden: 2,
  "visibility=": 2,
  showGridlines: 8,
  pageLayout: 9,
  horizontalPageBreaks: 9,
  getCellProperties: 9,
  getRowProperties: 9,
  getColumnProperties: 9,
  getMergedAreasOrNullObject: 13,
  columnWidth: 2,
  rowHeight: 2,
  protection: 7,
  plotVisibleOnly: 8,
  "series.add": 7,
  setValues: 7,
  setXAxisValues: 7,
  "series.chartType": 7,
  delayForCellEdit: 11,
};

/** The API set a recorded (not modelled) property path needs, e.g. "A:A.format.columnWidth" → 2. */
export function minorOfPath(path: string): number {
  const parts = path.split(".").map((p) => p.replace(/\(\)$/, ""));
  let need = 1;
  parts.forEach((p, i) => {
    need = Math.max(need, API_MINOR[p] ?? 1);
    // chart.series.getItemAt(0).chartType / chart.series.add(…): only on a series.
    if (parts.slice(0, i).some((q) => q.startsWith("series") || q.startsWith("getItemAt")))
      need = Math.max(need, API_MINOR[`series.${p}`] ?? 1);
  });
  return need;
}

/** Most cells one get may read, on every platform: https://learn.microsoft.com/office/dev/add-ins/excel/performance
 * ("a range is limited to five million cells for get operations"; past it Range.values may come back null). */
export const MAX_CELLS_PER_GET = 5_000_000;

/**
 * Why Excel refuses a worksheet name, or null. The reference says the name "must be fewer than 32 characters"
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member); Excel's
 * own rename rules add: not blank, none of : \ / ? * [ ], not starting or ending with an apostrophe, and not
 * "History", which Excel reserves (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > 31) return "longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "holds one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "'History' is reserved";
  return null;
}

/** What a cell holds once stored (the fake keeps dates as serial numbers, like Excel). */
export type StoredCell = string | number | boolean | { error: string } | null;

/**
 * What Excel stores when a value is written through Range.values. The reference of Range.values
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member): "If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula", and
 * ISO (YYYY-MM-DD) strings are stored as dates (locale-shaped ones such as DD-MM-YYYY as text). Numeric text is
 * converted to a number, as typing it would. A leading apostrophe keeps the rest as text and is not part of the
 * value (https://github.com/OfficeDev/office-js/issues/6687: users start an entry with ' so Excel treats it as
 * text). A formula the fake cannot evaluate (any text after = + -) becomes #NAME?, as "=- Văn phòng Sở" does.
 */
export function storeWrittenValue(v: unknown, date1904: boolean): StoredCell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (typeof v === "object" && v !== null && "error" in v) return v as { error: string };
  const s = String(v);
  if (s.startsWith("'")) return s.slice(1) === "" ? null : s.slice(1);
  if (/^[=+-]/.test(s)) return evaluateFormula(s.startsWith("=") ? s.slice(1) : s);
  const number = numericText(s);
  if (number !== null) return number;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(s);
  if (iso) return dateSerial(new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))), date1904);
  if (/^\s*(true|false)\s*$/i.test(s)) return s.trim().toLowerCase() === "true";
  return s;
}

/** "1234", "1.5", "30%", "1e3" → a number; anything else → null. (en-US: "," groups thousands.) */
function numericText(s: string): number | null {
  const m = /^\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[eE]([+-]?\d+))?(%?)\s*$/.exec(s);
  if (!m) return null;
  const n = Number(`${m[1]}${m[2].replace(/,/g, "")}${m[3] ?? ""}${m[4] ? `e${m[4]}` : ""}`);
  return m[5] ? n / 100 : n;
}

/** The fake's formula engine: a signed number ("=-5", "+84") is its value; anything else is #NAME?. */
function evaluateFormula(body: string): StoredCell {
  const n = numericText(body);
  if (n !== null) return n;
  const signed = /^\s*([+-])\s*(.*)$/.exec(body);
  if (signed) {
    const rest = numericText(signed[2]);
    if (rest !== null) return signed[1] === "-" ? -rest : rest;
  }
  return { error: "#NAME?" };
}

/**
 * Excel's serial number of a date. 1900 system: days since 1899-12-30 (Excel's 1900 leap-year bug makes serials
 * from March 1900 on line up with that origin). 1904 system (Mac workbooks of old): days since 1904-01-01, i.e.
 * 1462 fewer. https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 */
export function dateSerial(d: Date, date1904 = false): number {
  const days = (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86400000;
  return date1904 ? days - 1462 : days;
}
