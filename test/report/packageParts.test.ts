// The package writer's pieces, on the shapes real files take: zip output any reader takes, styles merged
// into a styles.xml that lacks sections or uses a prefix, workbook.xml edits that keep schema order.
import { strToU8, unzipSync, strFromU8 } from "fflate";
import { crc32, PackageArchive, writeArchive } from "../../src/xlsx/package/archive";
import { editContentTypes, relativeTarget, resolveTarget } from "../../src/xlsx/package/opc";
import { mergeStyles, renumberStyles } from "../../src/xlsx/package/stylesMerge";
import { parseWorkbookXml, writeSheetsIntoWorkbook } from "../../src/xlsx/package/workbookXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

test("CRC-32 of the check string, whole and in two pieces", () => {
  expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
  expect(crc32(strToU8("56789"), crc32(strToU8("1234")))).toBe(0xcbf43926);
});

test("the zip written is read back by another implementation (fflate), names in UTF-8, parts copied as stored", () => {
  const first = writeArchive([
    { name: "[Content_Types].xml", content: "<Types/>" },
    { name: "xl/worksheets/Danh sách.xml", content: "<worksheet/>" },
  ]);
  const files = unzipSync(first);
  expect(Object.keys(files)).toEqual(["[Content_Types].xml", "xl/worksheets/Danh sách.xml"]);
  expect(strFromU8(files["xl/worksheets/Danh sách.xml"])).toBe("<worksheet/>");
  const a = PackageArchive.open(first);
  const copy = writeArchive(a.parts.map((p) => ({ copy: p, from: a })));
  expect(Buffer.from(copy).equals(Buffer.from(first))).toBe(true);
});

test("relationship targets: relative, absolute, up a folder, %-escaped; and back", () => {
  expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("xl/workbook.xml", "/xl/notes/ghi-chu.xml")).toBe("xl/notes/ghi-chu.xml");
  expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
  expect(resolveTarget("xl/workbook.xml", "worksheets/Danh%20s%C3%A1ch.xml")).toBe("xl/worksheets/Danh sách.xml");
  expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet9.xml")).toBe("worksheets/sheet9.xml");
  expect(relativeTarget("xl/workbook.xml", "customXml/item1.xml")).toBe("../customXml/item1.xml");
});

const SCRATCH = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFCE4D6"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

test("styles: appended with counts, ids renumbered, prefix kept, sections made in schema order, nothing added twice", () => {
  // The workbook's own: x: prefix, no numFmts, dxfs self-closed.
  const original = `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="12"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs><x:dxfs count="0"/></x:styleSheet>`;
  const merged = mergeStyles(original, SCRATCH, "x:");
  // The scratch default cell format is the workbook's own first one: found, not added.
  expect(merged.xf).toEqual([0, 2, 3]);
  expect(merged.xml).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts count="2">');
  expect(merged.xml).toContain('<x:font><x:b/><x:sz val="13"/><x:name val="Times New Roman"/></x:font></x:fonts>');
  expect(merged.xml).toContain('<x:fills count="3">');
  expect(merged.xml).toContain('<x:xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1"/>');
  expect(merged.xml).toContain('<x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></x:cellXfs><x:dxfs count="0"/>');
  expect(merged.xml).not.toMatch(/<(font|fill|xf|numFmt)\b/);
  // Merged again (a second report): every style is found, none added.
  const again = mergeStyles(merged.xml, SCRATCH, "x:");
  expect(again.xml).toBe(merged.xml);
  expect(again.xf).toEqual([0, 2, 3]);
});

test("styles: a number format the workbook has keeps its id; a new one goes above every id in use", () => {
  const original = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
  const scratch = SCRATCH.replace('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>', '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>').replace('numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>', 'numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>');
  const merged = mergeStyles(original, scratch, "");
  expect(merged.xml).toContain('<numFmts count="3"><numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="dd/mm/yyyy"/><numFmt numFmtId="172" formatCode="#,##0"/></numFmts>');
  expect(merged.xml).toContain('<xf numFmtId="170" fontId="0"');
});

test("our sheet's style indexes are renumbered on cells, rows and columns", () => {
  const xml = '<cols><col min="1" max="1" style="2"/></cols><sheetData><row r="1" s="1" customFormat="1"><c r="A1" s="2" t="inlineStr"><is><t>s="1"</t></is></c><c r="B1"/></row></sheetData>';
  expect(renumberStyles(xml, [10, 11, 12])).toBe(
    '<cols><col min="1" max="1" style="12"/></cols><sheetData><row r="1" s="11" customFormat="1"><c r="A1" s="12" t="inlineStr"><is><t>s="1"</t></is></c><c r="B1"/></row></sheetData>',
  );
});

test("workbook.xml: definedNames goes after sheets and externalReferences, before calcPr and pivotCaches", () => {
  const xml = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="7" r:id="rId50"/></pivotCaches></workbook>`;
  const out = writeSheetsIntoWorkbook(parseWorkbookXml(xml), [{ name: "BC", sheetId: 3, relId: "rId60", names: [{ name: "_xlnm.Print_Area", value: "BC!$A$1:$B$2" }] }], []);
  expect(out).toBe(
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="BC" sheetId="3" r:id="rId60"/></sheets><externalReferences><externalReference r:id="rId9"/></externalReferences><definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">BC!$A$1:$B$2</definedName></definedNames><calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="7" r:id="rId50"/></pivotCaches></workbook>`,
  );
});

test("workbook.xml: a replaced sheet keeps its place and loses only its own scoped names; an unbound r prefix is declared", () => {
  const xml = `<workbook xmlns="${MAIN}"><sheets><sheet name="A" sheetId="1" xmlns:q="${REL}" q:id="a"/><sheet name="BC" sheetId="5" xmlns:q="${REL}" q:id="b"/><sheet name="C" sheetId="6" xmlns:q="${REL}" q:id="c"/></sheets><definedNames><definedName name="X" localSheetId="1">BC!$A$1</definedName><definedName name="Y" localSheetId="2">C!$A$1</definedName><definedName name="Z">A!$A$1</definedName></definedNames></workbook>`;
  const wb = parseWorkbookXml(xml);
  expect(wb.sheets.map((s) => s.relId)).toEqual(["a", "b", "c"]);
  const out = writeSheetsIntoWorkbook(wb, [{ name: "BC", sheetId: 7, relId: "n", replaces: 1, names: [{ name: "_BDG_REPORT", value: '"annual-report"', hidden: true }] }], [1]);
  expect(out).toContain(`<sheet name="BC" sheetId="7" xmlns:r="${REL}" r:id="n"/><sheet name="C"`);
  expect(out).toContain('<definedName name="Y" localSheetId="2">C!$A$1</definedName><definedName name="Z">A!$A$1</definedName><definedName name="_BDG_REPORT" localSheetId="1" hidden="1">"annual-report"</definedName></definedNames>');
  expect(out).not.toContain('name="X"');
});

test("content types: overrides of removed parts dropped, new ones added, a prefixed Types kept prefixed", () => {
  const xml = `<?xml version="1.0"?><ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"><ct:Default Extension="xml" ContentType="application/xml"/><ct:Override PartName="/xl/worksheets/sheet3.xml" ContentType="w"/><ct:Override PartName="/xl/workbook.xml" ContentType="m"/></ct:Types>`;
  expect(editContentTypes(xml, ["xl/worksheets/sheet3.xml"], [{ part: "xl/worksheets/sheet4.xml", type: "w" }])).toBe(
    `<?xml version="1.0"?><ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"><ct:Default Extension="xml" ContentType="application/xml"/><ct:Override PartName="/xl/workbook.xml" ContentType="m"/><ct:Override PartName="/xl/worksheets/sheet4.xml" ContentType="w"/></ct:Types>`,
  );
});

test("workbook.xml: an empty <definedNames /> (openpyxl) becomes the one element holding our names", () => {
  const xml = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1" /></sheets><definedNames /><calcPr calcId="124519" /></workbook>`;
  const out = writeSheetsIntoWorkbook(parseWorkbookXml(xml), [{ name: "BC", sheetId: 2, relId: "rId9", names: [{ name: "_BDG_REPORT", value: '"annual-report"', hidden: true }] }], []);
  expect(out).toBe(
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1" /><sheet name="BC" sheetId="2" r:id="rId9"/></sheets><definedNames><definedName name="_BDG_REPORT" localSheetId="1" hidden="1">"annual-report"</definedName></definedNames><calcPr calcId="124519" /></workbook>`,
  );
});
