// NFD text and the legacy encodings (TCVN3, VNI): every name, unit, title and header comes out as NFC Unicode.
import { readWorkbook } from "../../src/reading";
import { encodeTcvn3, encodeVni } from "../../src/reading/text";
import type { CellValue } from "../../src/domain/grid";
import { grid, outcomeList } from "./gridBuilder";

const rows: CellValue[][] = [
  ["UBND TỈNH HÀ TĨNH"],
  ["SỞ GIAO THÔNG VẬN TẢI"],
  ["DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2026"],
  ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"],
  [1, "Nguyễn Thị Hồng", "Nữ", "Phó Trưởng phòng", "Phòng Tổ chức"],
  [2, "Trần Văn Được", "Nam", "Trưởng phòng", "Phòng Tổ chức"],
  [3, "Lê Thị Ngọc Lan", "nữ", "Chuyên viên", "Văn phòng Sở"],
  ["Tổng cộng"],
  [null, "Người lập biểu", null, "GIÁM ĐỐC"],
  [null, "Phạm Thị Yến", null, "Hồ Văn Quý"],
];
const expectedPeople = [
  "Nguyễn Thị Hồng|female|Phòng Tổ chức|Phó Trưởng phòng",
  "Trần Văn Được|male|Phòng Tổ chức|Trưởng phòng",
  "Lê Thị Ngọc Lan|female|Văn phòng Sở|Chuyên viên",
];
const expectedOutcomes = ["title", "title", "title", "header", "person", "person", "person", "total", "footer", "footer"];

function mapText(f: (s: string) => string): CellValue[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" ? f(v) : v)));
}
const describePeople = (r: ReturnType<typeof readWorkbook>) =>
  r.people.map((p) => `${p.name}|${p.gender}|${p.unit}|${p.title}`);

describe("NFD (tổ hợp) text", () => {
  it("reads as NFC", () => {
    const r = readWorkbook([grid("DS", mapText((s) => s.normalize("NFD")))]);
    expect(outcomeList(r, "DS", 1, 10)).toEqual(expectedOutcomes);
    expect(describePeople(r)).toEqual(expectedPeople);
    expect(r.sheets[0].columns.map((c) => c.header)).toEqual(["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"]);
    expect(r.problems).toEqual([]);
  });
});

describe("TCVN3 (.VnTime) text", () => {
  const tcvn = mapText(encodeTcvn3);
  it("is stored as mojibake (the test really is legacy)", () => {
    expect(tcvn[4][2]).toBe("N÷");
    expect(tcvn[4][1]).not.toBe("Nguyễn Thị Hồng");
  });

  it("decodes with the sheet's fonts, H fonts giving capitals", () => {
    const fonts = tcvn.map((row, i) => row.map(() => (i < 3 ? ".VnTimeH" : ".VnTime")));
    const r = readWorkbook([grid("DS", tcvn, { fonts: fonts.slice(0, 4), sheetFont: ".VnTime" })]);
    expect(outcomeList(r, "DS", 1, 10)).toEqual(expectedOutcomes);
    expect(describePeople(r)).toEqual(expectedPeople);
    expect(r.sheets[0].encoding).toBe("tcvn3");
    expect(r.sheets[0].columns.map((c) => c.header)).toEqual(["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"]);
    expect(r.sheets[0].sheetUnit).toBeUndefined();
    expect(r.problems.map((p) => [p.severity, p.code, p.row, p.params])).toEqual([
      ["notice", "legacyEncoding", 1, { encoding: "TCVN3" }],
    ]);
  });

  it("decodes without any font, from the text itself", () => {
    const r = readWorkbook([grid("DS", tcvn)]);
    expect(describePeople(r)).toEqual(expectedPeople);
    expect(outcomeList(r, "DS", 1, 10)).toEqual(expectedOutcomes);
    expect(r.sheets[0].encoding).toBe("tcvn3");
  });

  it("names a one-unit sheet from its decoded issuing line", () => {
    const noUnit = tcvn.map((row) => row.slice(0, 4));
    const fonts = noUnit.slice(0, 4).map((row, i) => row.map(() => (i < 3 ? ".VnTimeH" : ".VnTime")));
    const r = readWorkbook([grid("Sheet1", noUnit, { fonts, sheetFont: ".VnTime" })]);
    expect(r.people.map((p) => p.unit)).toEqual(["SỞ GIAO THÔNG VẬN TẢI", "SỞ GIAO THÔNG VẬN TẢI", "SỞ GIAO THÔNG VẬN TẢI"]);
    expect(r.units).toEqual([{ name: "SỞ GIAO THÔNG VẬN TẢI", ref: { sheet: "Sheet1", row: 4 } }]);
  });
});

describe("VNI (VNI-Times) text", () => {
  const vni = mapText(encodeVni);
  it("is stored as mojibake (the test really is legacy)", () => {
    expect(vni[4][2]).toBe("Nöõ");
  });
  it("decodes from fonts", () => {
    const fonts = vni.slice(0, 4).map((row) => row.map(() => "VNI-Times"));
    const r = readWorkbook([grid("DS", vni, { fonts, sheetFont: "VNI-Times" })]);
    expect(describePeople(r)).toEqual(expectedPeople);
    expect(outcomeList(r, "DS", 1, 10)).toEqual(expectedOutcomes);
    expect(r.sheets[0].encoding).toBe("vni");
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([["legacyEncoding", { encoding: "VNI" }]]);
  });
  it("decodes from the text alone", () => {
    const r = readWorkbook([grid("DS", vni)]);
    expect(describePeople(r)).toEqual(expectedPeople);
    expect(outcomeList(r, "DS", 1, 10)).toEqual(expectedOutcomes);
  });
});

describe("a Unicode table under a TCVN3 title", () => {
  it("decodes each cell by its own font", () => {
    const mixed = rows.map((row, i) => row.map((v) => (typeof v === "string" && i < 3 ? encodeTcvn3(v) : v)));
    const fonts = mixed.slice(0, 4).map((row, i) => row.map(() => (i < 3 ? ".VnTimeH" : "Times New Roman")));
    const r = readWorkbook([grid("DS", mixed, { fonts, sheetFont: "Times New Roman" })]);
    expect(describePeople(r)).toEqual(expectedPeople);
    expect(outcomeList(r, "DS", 1, 10)).toEqual(expectedOutcomes);
    expect(r.sheets[0].encoding).toBe("tcvn3");
  });
});

describe("list sheets and sections in TCVN3", () => {
  it("recognises a council list by its decoded title and its section rows", () => {
    const list: CellValue[][] = [
      ["DANH SÁCH ĐẠI BIỂU HĐND HUYỆN"],
      ["STT", "Họ và tên", "Giới tính"],
      ["I. PHÒNG TỔ CHỨC"],
      [1, "Đặng Thị Thu", "Nữ"],
      [2, "Ngô Văn Tường", "Nam"],
    ].map((row) => row.map((v) => (typeof v === "string" ? encodeTcvn3(v) : v)));
    const fonts = [[".VnTimeH"], [".VnTime", ".VnTime", ".VnTime"], [".VnTimeH"]];
    const r = readWorkbook([grid("Sheet2", list, { fonts, sheetFont: ".VnTime" })]);
    expect(r.sheets[0].kind).toBe("list");
    expect(r.sheets[0].listKind).toBe("council");
    expect(r.listEntries.map((e) => `${e.name}|${e.gender}|${e.unit}|${e.council.join("+")}`)).toEqual([
      "Đặng Thị Thu|female|PHÒNG TỔ CHỨC|district",
      "Ngô Văn Tường|male|PHÒNG TỔ CHỨC|district",
    ]);
    expect(outcomeList(r, "Sheet2", 1, 5)).toEqual(["title", "header", "section", "list", "list"]);
  });
});

describe("TCVN3 headings below the rows whose fonts are known", () => {
  it("keep the capitals of the H font the headings above were written in", () => {
    const sheet: CellValue[][] = [
      ["STT", "Họ và tên", "Giới tính"],
      ["I. PHÒNG NỘI VỤ"],
      [1, "Lê Thị Thủy", "Nữ"],
      ["II. PHÒNG Y TẾ"],
      [2, "Hà Văn Sỹ", "Nam"],
    ].map((row) => row.map((v) => (typeof v === "string" ? encodeTcvn3(v) : v)));
    // Fonts known for the first two rows only, as a gateway gives them.
    const fonts = [[".VnTime", ".VnTime", ".VnTime"], [".VnTimeH"]];
    const r = readWorkbook([grid("DS", sheet, { fonts, sheetFont: ".VnTime" })]);
    expect(r.people.map((p) => `${p.name}|${p.unit}`)).toEqual(["Lê Thị Thủy|PHÒNG NỘI VỤ", "Hà Văn Sỹ|PHÒNG Y TẾ"]);
    expect(outcomeList(r, "DS", 1, 5)).toEqual(["header", "section", "person", "section", "person"]);
  });
});

describe("marks in legacy text", () => {
  // "không" in a cấp ủy or training column is a no, also when the sheet stores it as TCVN3 or VNI.
  const marks: CellValue[][] = [
    ["Họ và tên", "Giới tính", "Cấp ủy", "Đào tạo, bồi dưỡng"],
    ["Nguyễn Thị Hồng", "Nữ", "không", "Không"],
    ["Trần Văn Được", "Nam", "Huyện ủy viên", "có"],
  ];
  it.each([
    ["TCVN3", encodeTcvn3],
    ["VNI", encodeVni],
  ])("%s “không” is a no", (_name, encode) => {
    const r = readWorkbook([grid("DS", marks.map((row) => row.map((v) => (typeof v === "string" ? encode(v) : v))))]);
    expect(r.people.map((p) => [p.name, p.partyCommittee, p.trained])).toEqual([
      ["Nguyễn Thị Hồng", false, false],
      ["Trần Văn Được", true, true],
    ]);
  });
});
