// Files written to hurt a reader: bombs in each kind of part (their directory lying about the sizes, as
// bombs do), a DTD that expands entities, far cells that would make every row 16,384 slots, a huge sparse
// file behind an OLE2 or a zip header. Built small: a bomb's repeated deflate blocks stand for gigabytes.
import { buildZipPackage, deflateBomb, type ZipPart } from "../xlsx/zipBuilder";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const rels = (body: string) => `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

/** A valid one-sheet workbook whose parts may be replaced. */
export function workbookWith(replace: Partial<Record<"sheet" | "sharedStrings" | "styles" | "workbook", ZipPart>>): Buffer {
  const parts: Record<string, ZipPart> = {
    types: {
      name: "[Content_Types].xml",
      data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    root: { name: "_rels/.rels", data: rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`) },
    workbook: {
      name: "xl/workbook.xml",
      data: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    wbRels: {
      name: "xl/_rels/workbook.xml.rels",
      data: rels(
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
      ),
    },
    sheet: {
      name: "xl/worksheets/sheet1.xml",
      data: `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    },
    styles: { name: "xl/styles.xml", data: `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><name val="Calibri"/></font></fonts></styleSheet>` },
    sharedStrings: { name: "xl/sharedStrings.xml", data: `${HEAD}<sst xmlns="${MAIN}"><si><t>Họ và tên</t></si></sst>` },
  };
  for (const [k, v] of Object.entries(replace)) parts[k] = v!;
  return buildZipPackage(Object.values(parts));
}

/** A part that inflates to head + unit × times + tail; its directory claims `claimed` bytes (a lie, by default). */
export function bombPart(name: string, head: string, unit: string, times: number, tail: string, claimed = 4096): ZipPart {
  const bomb = deflateBomb(head, unit, times, tail);
  return { name, data: "", deflated: { data: bomb.data, size: claimed } };
}

const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">' +
  '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">' +
  '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">' +
  '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';

/**
 * A sheet of a header and `people` rows of a name and a gender (and, with `ownUnits`, a unit of each row's
 * own), built in pieces: it is some 80 MB of XML.
 */
function namesAndGenders(people: number, ownUnits = false): Buffer {
  const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
  const header = `<row>${cell("Họ và tên")}${cell("Giới tính")}${ownUnits ? cell("Đơn vị") : ""}</row>`;
  const pieces = [Buffer.from(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${header}`)];
  for (let from = 0; from < people; from += 10_000) {
    let rows = "";
    for (let i = from; i < Math.min(people, from + 10_000); i++) {
      rows += `<row>${cell(`Nguyễn Thị Hoa ${i}`)}${cell(i % 3 ? "Nữ" : "Nam")}${ownUnits ? cell(`Phòng ${i}`) : ""}</row>`;
    }
    pieces.push(Buffer.from(rows));
  }
  pieces.push(Buffer.from("</sheetData></worksheet>"));
  return Buffer.concat(pieces);
}

export interface Hostile {
  label: string;
  bytes: () => Buffer;
  /** The sentence's reason, as a pattern of its Vietnamese text. */
  vi: RegExp;
}

const TOO_LARGE = /giải nén ra quá lớn/;
const TOO_MANY = /quá nhiều ô/;
const TOO_MUCH_TEXT = /quá nhiều chữ/;
const DAMAGED = /bị hỏng/;

export const HOSTILE: Hostile[] = [
  {
    label: "a shared-strings bomb (gigabytes of <si>, the directory claiming 4 KB)",
    bytes: () => workbookWith({ sharedStrings: bombPart("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">`, "<si><t>Nguyễn Thị Hoa</t></si>", 200_000_000, "</sst>") }),
    vi: TOO_MUCH_TEXT,
  },
  {
    label: "a shared-strings bomb of tiny strings (the string count is bounded too)",
    bytes: () => workbookWith({ sharedStrings: bombPart("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">`, "<si><t>a</t></si>", 300_000_000, "</sst>") }),
    vi: TOO_LARGE,
  },
  {
    label: "a styles bomb (a million cell formats and more)",
    bytes: () => workbookWith({ styles: bombPart("xl/styles.xml", `<styleSheet xmlns="${MAIN}"><cellXfs>`, '<xf numFmtId="14" fontId="0"/>', 100_000_000, "</cellXfs></styleSheet>") }),
    vi: TOO_LARGE,
  },
  {
    label: "a sheet bomb of empty styled cells",
    bytes: () =>
      workbookWith({ sheet: bombPart("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData><row>`, '<c s="0"/>', 400_000_000, "</row></sheetData></worksheet>") }),
    vi: TOO_MANY,
  },
  {
    label: "a sheet bomb of rows of values",
    bytes: () =>
      workbookWith({ sheet: bombPart("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>`, "<row><c><v>1</v></c><c><v>2</v></c></row>", 200_000_000, "</sheetData></worksheet>") }),
    vi: TOO_MANY,
  },
  {
    // No bomb: a plain 700,000-row roster, compressed as any writer would. Its cells alone pass the budget; the
    // people each row makes (a Person, the analysis's record) are what the per-row charge of limits.ts bounds.
    label: "a roster of 700,000 people, each row only a name and a gender (read whole, it would take 440 MB)",
    bytes: () => workbookWith({ sheet: { name: "xl/worksheets/sheet1.xml", data: namesAndGenders(700_000) } }),
    vi: TOO_MANY,
  },
  {
    // Within the cell budget, but a unit of its own on every row: read whole, 895 MB (src/domain/unitLimit.ts).
    label: "a roster of 340,000 people, each in a unit of their own",
    bytes: () => workbookWith({ sheet: { name: "xl/worksheets/sheet1.xml", data: namesAndGenders(340_000, true) } }),
    vi: /hơn 10\.000 đơn vị khác nhau/,
  },
  {
    label: "a sheet of far cells (a value in column XFD of every row)",
    bytes: () =>
      workbookWith({ sheet: bombPart("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>`, '<row><c r="XFD1"><v>1</v></c></row>', 10_000_000, "</sheetData></worksheet>") }),
    vi: TOO_MANY,
  },
  {
    label: "a sheet of whitespace (nothing but a huge text between tags)",
    bytes: () => workbookWith({ sheet: bombPart("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>`, " ", 2_000_000_000, "</sheetData></worksheet>") }),
    vi: TOO_LARGE,
  },
  {
    label: "a part whose directory honestly says it inflates to 3 GB",
    bytes: () => workbookWith({ sheet: bombPart("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>`, " ", 1000, "</sheetData></worksheet>", 3_000_000_000) }),
    vi: TOO_LARGE,
  },
  {
    label: "entity expansion (billion laughs) in the shared strings",
    bytes: () => workbookWith({ sharedStrings: { name: "xl/sharedStrings.xml", data: `${HEAD}${BILLION_LAUGHS}<sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>` } }),
    vi: DAMAGED,
  },
  {
    label: "entity expansion (billion laughs) in a sheet",
    bytes: () =>
      workbookWith({
        sheet: { name: "xl/worksheets/sheet1.xml", data: `${HEAD}${BILLION_LAUGHS}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="str"><v>&lol9;</v></c></row></sheetData></worksheet>` },
      }),
    vi: DAMAGED,
  },
  {
    label: "entity expansion (billion laughs) in the workbook part",
    bytes: () =>
      workbookWith({
        workbook: { name: "xl/workbook.xml", data: `${HEAD}${BILLION_LAUGHS}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="&lol9;" sheetId="1" r:id="rId1"/></sheets></workbook>` },
      }),
    vi: DAMAGED,
  },
];
