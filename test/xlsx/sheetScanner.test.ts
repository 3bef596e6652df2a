// The byte scanner of sheet parts: every kind of cell, prefixes, hidden rows, formulas without values,
// and the same Grid whatever the chunk boundaries (a tag, a value, an entity or a UTF-8 character cut in two).
import type { Grid } from "../../src/domain/grid";
import { GridBuilder, serialDates } from "../../src/xlsx/cells";
import { WorkbookUnreadable } from "../../src/xlsx/errors";
import type { StyleTable } from "../../src/xlsx/packageParts";
import { SharedStringsScanner } from "../../src/xlsx/sharedStrings";
import { newBudget, SheetScanner } from "../../src/xlsx/sheetScanner";

const styles: StyleTable = { isDate: [false, true], font: ["Arial", "Times New Roman"], defaultFont: "Arial" };
const sst = ["Họ và tên", "Nữ", ""];

function grid(xml: string, chunk = 1 << 16, opts: { date1904?: boolean; cells?: number; textChars?: number } = {}): Grid {
  const budget = newBudget(opts.cells ?? 1e6, opts.textChars);
  const builder = new GridBuilder("S", styles.defaultFont, 40, budget);
  const scanner = new SheetScanner({ sharedStrings: sst, styles, dateOf: serialDates(opts.date1904 ?? false), texts: new Map(), builder, budget });
  const bytes = Buffer.from(xml, "utf8");
  for (let i = 0; i < bytes.length; i += chunk) scanner.push(bytes.subarray(i, i + chunk));
  const found = scanner.end();
  return builder.finish({ ...found, hidden: false });
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const SHEET =
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><sheetPr/><dimension ref="A1:F6"/>` +
  '<cols><col min="2" max="3" hidden="1" width="0"/><col min="5" max="5" width="9"/></cols><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  // Inline rich text with a phonetic guide left out, an entity, a character reference, Excel's _x escape.
  '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><r><t>Nguyễn &amp; </t></r><r><rPr><b/></rPr><t xml:space="preserve">Thị</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></is></c>' +
  '<c r="B2" s="1"><v>32875</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="str"><f>A1</f><v>&#272;&#x1ED7;_x000D_</v></c></row>' +
  // A formula saved without its value (no <v>, or an empty one), a text formula whose value is "" (calculated).
  '<row r="4"><c r="A4"><f>SUM(A1:A2)</f></c><c r="B4"><f>1+1</f><v></v></c><c r="C4" t="str"><f>""</f><v></v></c><c r="D4" t="d"><v>1985-03-14</v></c><c r="E4"><v>-1.5E2</v></c></row>' +
  // Cells without r (after the last one), a row without r (after the last one).
  '<row><c><v>7</v></c><c t="s"><v>1</v></c></row>' +
  '<row r="6" spans="1:6"><c r="F6" s="0"/><c r="A6"><!-- a comment --><v><![CDATA[12]]></v></c></row>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><extLst><ext><x14:f xmlns:x14="u">A1</x14:f></ext></extLst></worksheet>';

describe("SheetScanner", () => {
  const g = grid(SHEET);

  it("reads shared, inline, rich, boolean, error, date (serial and ISO), text formula and number cells", () => {
    expect(g.rows).toEqual([
      ["Họ và tên", null], // B1 "Nữ" lies under the merge A1:B1: only its top-left cell holds a value
      ["Nguyễn & Thị", new Date(Date.UTC(1990, 0, 2)), true, { error: "#DIV/0!" }, "Đỗ\r"],
      [],
      [null, null, null, new Date(Date.UTC(1985, 2, 14)), -150],
      [7, "Nữ"],
      [12],
    ]);
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("gives hidden rows and columns, and the formulas saved without a value", () => {
    expect(g.hiddenColumns).toEqual([2, 3]);
    expect(g.hiddenRows).toEqual([2]);
    expect(g.uncalculated).toEqual([
      { row: 4, col: 1 },
      { row: 4, col: 2 },
    ]);
  });

  it("gives each cell its style's font (the Normal font without a style)", () => {
    expect(g.fonts?.[1]).toEqual(["Arial", "Times New Roman", "Arial", "Arial", "Arial"]);
  });

  it("reads a 1904 workbook's serial dates from 1904", () => {
    expect(grid(SHEET, 1 << 16, { date1904: true }).rows[1][1]).toEqual(new Date(Date.UTC(1994, 0, 3)));
  });

  it("reads any prefix the same", () => {
    const prefixed = SHEET.replace(/<(\/?)(?!\?|!)([a-zA-Z])/g, "<$1x:$2").replace(`<x:worksheet ${MAIN}`, '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    expect(prefixed).toContain("<x:c r=");
    expect(grid(prefixed)).toEqual(g);
  });

  it("gives the same Grid whatever the chunk boundaries", () => {
    for (const chunk of [1, 2, 3, 5, 7, 11, 13, 64, 333]) expect({ chunk, g: grid(SHEET, chunk) }).toEqual({ chunk, g });
  });

  it("refuses a DOCTYPE, a part cut inside a tag, and more cells than the budget", () => {
    expect(() => grid(`<!DOCTYPE x [<!ENTITY a "b">]>${SHEET}`)).toThrow(WorkbookUnreadable);
    expect(() => grid(SHEET.slice(0, SHEET.indexOf("<c r=\"A6\"") + 5))).toThrow(expect.objectContaining({ reason: "truncated" }));
    expect(() => grid(SHEET, 1 << 16, { cells: 10 })).toThrow(expect.objectContaining({ reason: "tooManyCells" }));
  });

  it("counts the empty slots before a far cell against the budget", () => {
    const far = `<worksheet ${MAIN}><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>`;
    expect(() => grid(far, 1 << 16, { cells: 10_000 })).toThrow(expect.objectContaining({ reason: "tooManyCells" }));
    expect(grid(far, 1 << 16, { cells: 20_000 }).rows[0]).toHaveLength(1);
  });
});

describe("SharedStringsScanner", () => {
  const xml =
    '<?xml version="1.0"?><x:sst xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" count="4">' +
    "<x:si><x:t>Họ và tên</x:t></x:si><x:si/><x:si><x:r><x:t>Phòng </x:t></x:r><x:r><x:t>Kế&#x20;toán</x:t></x:r>" +
    '<x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:si><x:si><x:t>A_x000A_B</x:t></x:si></x:sst>';
  const read = (chunk: number, budget = newBudget(100)) => {
    const s = new SharedStringsScanner(budget);
    const bytes = Buffer.from(xml, "utf8");
    for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.subarray(i, i + chunk));
    return s.end();
  };

  it("reads plain, empty and rich strings, any prefix, whatever the chunks", () => {
    const want = ["Họ và tên", "", "Phòng Kế toán", "A\nB"];
    for (const chunk of [1, 3, 17, 4096]) expect(read(chunk)).toEqual(want);
  });

  it("bounds the count of strings and their characters", () => {
    expect(() => read(4096, newBudget(3))).toThrow(expect.objectContaining({ reason: "tooManyCells" }));
    expect(() => read(4096, newBudget(100, 10))).toThrow(expect.objectContaining({ reason: "tooMuchText" }));
  });
});

describe("date cells share their Dates", () => {
  it("gives one Date per day, so a roster's repeated birth dates cost one object each", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>31048</v></c><c r="B1" s="1"><v>31048</v></c><c r="C1" s="1"><v>31049</v></c></row></sheetData></worksheet>`;
    const [[a, b, c]] = grid(xml).rows as Date[][];
    expect(a.toISOString()).toBe("1985-01-01T00:00:00.000Z");
    expect(b).toBe(a);
    expect(c.toISOString()).toBe("1985-01-02T00:00:00.000Z");
  });

  it("stops sharing past its limit, still giving the right Date", () => {
    const dateOf = serialDates(false, 2);
    const first = dateOf(31048);
    dateOf(31049);
    const third = dateOf(31050);
    expect(dateOf(31048)).toBe(first);
    expect(dateOf(31050)).not.toBe(third);
    expect(dateOf(31050).toISOString()).toBe("1985-01-03T00:00:00.000Z");
    expect(serialDates(true)(0).toISOString()).toBe("1904-01-01T00:00:00.000Z");
  });
});

describe("inline texts", () => {
  const rows = (n: number, text: (i: number) => string) =>
    `<worksheet><sheetData>${Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${text(i)}</t></is></c></row>`).join("")}</sheetData></worksheet>`;

  it("are kept once per distinct text, and only the distinct ones count against the text budget", () => {
    // 1,000 rows of the same 16-character title would be 16,000 characters if each counted.
    const g = grid(rows(1000, () => "Phó Trưởng phòng"), 1 << 16, { cells: 1e6 });
    expect(g.rows).toHaveLength(1000);
    expect(g.rows[999][0]).toBe(g.rows[0][0]);
    const budget = newBudget(1e6, 100);
    const builder = new GridBuilder("S", styles.defaultFont, 40, budget);
    const scanner = new SheetScanner({ sharedStrings: sst, styles, dateOf: serialDates(false), texts: new Map(), builder, budget });
    scanner.push(Buffer.from(rows(1000, () => "Phó Trưởng phòng")));
    scanner.end();
    expect(budget.textChars).toBe(100 - 16);
  });

  it("past the text budget stop with their own reason, not as a bomb", () => {
    expect(() => grid(rows(100, (i) => `Nguyễn Thị Hoa ${i}`), 1 << 16, { cells: 1e6, textChars: 500 })).toThrow(
      expect.objectContaining({ reason: "tooMuchText" }),
    );
  });
});
