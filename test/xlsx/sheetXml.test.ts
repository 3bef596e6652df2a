import { parseWorkbookXml, SheetXmlScanner } from "../../src/xlsx/sheetXml";

/** A sheet part as Excel writes it: cols before sheetData, mergeCells after. */
function sheetXml(rows: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F',
    String(rows),
    '"/><cols><col min="1" max="1" width="5"/><col min="3" max="4" width="0" hidden="1" customWidth="1"/>',
    '<col min="6" max="6" hidden="true"/></cols><sheetData>',
  ];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>${r % 7}</v></c>`);
    if (r % 250 === 0) parts.push(`<c r="E${r}" t="e"><f>VLOOKUP(B${r},Sheet2!A:B,2,0)</f><v>#N/A</v></c>`);
    parts.push("</row>");
  }
  parts.push('</sheetData><mergeCells count="3"><mergeCell ref="A1:F1"/><mergeCell ref="B2:B3"/>');
  parts.push(`<mergeCell ref="A${rows}:C${rows}"/></mergeCells></worksheet>`);
  return parts.join("");
}

describe("SheetXmlScanner", () => {
  const xml = Buffer.from(sheetXml(3000));

  function scanInChunks(size: number) {
    const scanner = new SheetXmlScanner();
    for (let i = 0; i < xml.length; i += size) scanner.push(xml.subarray(i, i + size));
    return scanner.end();
  }

  it("finds merges, hidden columns, error values and the dimension", () => {
    const x = scanInChunks(xml.length);
    expect(x.merges).toEqual(["A1:F1", "B2:B3", "A3000:C3000"]);
    expect(x.hiddenColumns).toEqual([3, 4, 6]);
    expect(x.dimension).toBe("A1:F3000");
    expect(x.errors.size).toBe(12);
    expect(x.errors.get("E250")).toBe("#N/A");
    expect(x.errors.get("E3000")).toBe("#N/A");
  });

  it.each([1, 7, 100, 8191, 8192, 8193, 65536])("gives the same result fed in chunks of %i", (size) => {
    const whole = scanInChunks(xml.length);
    const chunked = scanInChunks(size);
    expect(chunked.merges).toEqual(whole.merges);
    expect(chunked.hiddenColumns).toEqual(whole.hiddenColumns);
    expect([...chunked.errors]).toEqual([...whole.errors]);
    expect(chunked.dimension).toBe(whole.dimension);
  });
});

describe("parseWorkbookXml", () => {
  it("maps sheets to their parts in workbook order, with states and escaped names", () => {
    const workbook =
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr date1904="1"/><sheets>' +
      '<sheet name="Tổng hợp" sheetId="3" r:id="rId3"/>' +
      '<sheet name="DS &amp; HĐND" sheetId="1" state="hidden" r:id="rId1"/>' +
      '<sheet name="Ẩn hẳn" sheetId="2" state="veryHidden" r:id="rId2"/>' +
      '<sheet name="Biểu đồ" sheetId="4" r:id="rId4"/></sheets></workbook>';
    const rels =
      "<Relationships>" +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>' +
      "</Relationships>";
    expect(parseWorkbookXml(workbook, rels)).toEqual({
      date1904: true,
      sheets: [
        { name: "Tổng hợp", hidden: false, path: "xl/worksheets/sheet3.xml" },
        { name: "DS & HĐND", hidden: true, path: "xl/worksheets/sheet1.xml" },
        { name: "Ẩn hẳn", hidden: true, path: "xl/worksheets/sheet2.xml" },
        { name: "Biểu đồ", hidden: false, path: undefined },
      ],
    });
  });
});
