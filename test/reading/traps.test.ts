// Traps a real roster sets: repeated headers, names in capitals, family names that look like
// footer words, headers centred without merges, three-row headers, split name columns.
import { readWorkbook } from "../../src/reading";
import { grid, outcomeList } from "./gridBuilder";

describe("rows inside the table that are neither people nor headings", () => {
  const g = grid("DS", [
    ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
    ["1", "2", "3", "4"],
    ["1", "Nguyễn Văn An", "Nam", "Phòng A"],
    ["2", "NGUYỄN THỊ BÌNH", null, "Phòng A"],
    [null, "LƯU THỊ CHÂU", null, "Phòng A"],
    ["3", "Lưu Văn Dũng", null, "Phòng A"],
    ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
    ["1", "2", "3", "4"],
    ["4", "Trần Thị Én", "Nữ", "Phòng B"],
    ["Hà Tĩnh, ngày 20/11/2026"],
    ["Lưu Thị Giang"],
  ]);
  const r = readWorkbook([g]);

  it("keeps names in capitals and family names like Lưu as people, repeated headers as headers", () => {
    expect(outcomeList(r, "DS", 1, 11)).toEqual([
      "header", "columnNumbers", "person", "!genderMissing", "!genderMissing", "!genderMissing",
      "header", "columnNumbers", "person", "footer", "footer",
    ]);
    expect(r.people.map((p) => `${p.name}|${p.unit}`)).toEqual(["Nguyễn Văn An|Phòng A", "Trần Thị Én|Phòng B"]);
    expect(r.problems.map((p) => `${p.code}@${p.row}:${p.params?.name}`)).toEqual([
      "genderMissing@4:NGUYỄN THỊ BÌNH",
      "genderMissing@5:LƯU THỊ CHÂU",
      "genderMissing@6:Lưu Văn Dũng",
    ]);
  });
});

describe("headers without merges, on three rows, and split name columns", () => {
  it("reads a group header centred across empty cells", () => {
    const g = grid("DS", [
      ["TT", "Họ và tên", "Ngày sinh", null, "Chức vụ"],
      [null, null, "Nam", "Nữ", null],
      [1, "Phan Văn Hùng", 25000, null, "Trưởng phòng"],
      [2, "Đào Thị Lan", null, "1979", "Phó Trưởng phòng"],
    ]);
    const r = readWorkbook([g]);
    expect(r.sheets[0].headerRows).toEqual([1, 2]);
    expect(r.sheets[0].columns.map((c) => `${c.role}:${c.header}`)).toEqual([
      "ordinal:TT", "name:Họ và tên", "birthMale:Ngày sinh / Nam", "birthFemale:Ngày sinh / Nữ", "title:Chức vụ",
    ]);
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.birth}`)).toEqual([
      "Phan Văn Hùng|male|1968-06-11",
      "Đào Thị Lan|female|1979",
    ]);
  });

  it("reads a three-row header and training columns by year under one parent", () => {
    const g = grid(
      "DS",
      [
        ["STT", "Họ và tên", "Họ và tên", "Giới tính", "Đại biểu", null, null, "Đào tạo, bồi dưỡng", null],
        [null, "Họ đệm", "Tên", null, "HĐND", null, null, "Năm 2025", "Năm 2026"],
        [null, null, null, null, "Tỉnh", "Huyện", "Xã", null, null],
        [1, "Nguyễn Thị", "Mai", "Nữ", null, "x", "x", "x", null],
        [2, "Lê Văn", "Nam", "Nam", "x", null, null, null, "x"],
      ],
      { merges: ["A1:A3", "B1:C1", "B2:B3", "C2:C3", "D1:D3", "E1:G1", "E2:G2", "H1:I1", "H2:H3", "I2:I3"] },
    );
    const r = readWorkbook([g], { year: 2026 });
    expect(r.sheets[0].headerRows).toEqual([1, 2, 3]);
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual([
      "ordinal", "name", "name", "gender", "councilProvince", "councilDistrict", "councilCommune", "other", "training",
    ]);
    expect(r.sheets[0].columns[4].header).toBe("Đại biểu / HĐND / Tỉnh");
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.council.join("+")}|${p.trained}`)).toEqual([
      "Nguyễn Thị Mai|female|district+commune|false",
      "Lê Văn Nam|male|province|true",
    ]);
    expect(outcomeList(r, "DS", 1, 5)).toEqual(["header", "header", "header", "person", "person"]);
  });
});

describe("a header found only through the clerk's override", () => {
  it("uses the overridden name column to find the table", () => {
    const g = grid("Nhập", [
      ["Bảng kê"],
      ["Số", "Người", "Giới tính"],
      [1, "Võ Thị Hạnh", "Nữ"],
    ]);
    const plain = readWorkbook([g]);
    expect(plain.sheets[0].kind).toBe("other");
    const r = readWorkbook([g], { overrides: [{ sheet: "Nhập", col: 2, role: "name" }] });
    expect(r.sheets[0].kind).toBe("roster");
    expect(r.sheets[0].columns.map((c) => `${c.role}${c.overridden ? "*" : ""}`)).toEqual(["other", "name*", "gender"]);
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.unit}`)).toEqual(["Võ Thị Hạnh|female|Nhập"]);
    expect(outcomeList(r, "Nhập", 1, 3)).toEqual(["title", "header", "person"]);
  });
});

describe("names merged across two name columns, totals details, list sheets by short names", () => {
  it("reads a merged name once and skips a 'Trong đó' line as totals", () => {
    const g = grid(
      "DS",
      [
        ["STT", "Họ và tên", null, "Giới tính", "Đơn vị"],
        [1, "Nguyễn Văn Sơn", null, "Nam", "Phòng A"],
        [2, "Trần Thị", "Thu", "Nữ", "Phòng A"],
        ["Tổng số: 2 người"],
        ["Trong đó: nữ 1"],
      ],
      { merges: ["B1:C1", "B2:C2"] },
    );
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.name)).toEqual(["Nguyễn Văn Sơn", "Trần Thị Thu"]);
    expect(outcomeList(r, "DS", 1, 5)).toEqual(["header", "person", "person", "total", "total"]);
  });

  it.each([
    ["ĐT-BD 2026", "training"],
    ["DB HDND", "council"],
    ["Cấp ủy", "partyCommittee"],
    ["Quy hoạch 2026-2031", "successionPool"],
  ])("sheet %s is a %s list", (sheet, kind) => {
    const g = grid(sheet, [
      ["STT", "Họ và tên", "Giới tính", "Cấp"],
      [1, "Nguyễn Thị Vân", "Nữ", "Tỉnh"],
    ]);
    const r = readWorkbook([g]);
    expect(r.sheets[0].kind).toBe("list");
    expect(r.sheets[0].listKind).toBe(kind);
    expect(r.listEntries.length).toBe(1);
    expect(r.people.length).toBe(0);
    expect(r.problems.map((p) => p.code)).toEqual(["noRosterFound"]);
  });
});

describe("column-number formulas and a 'Trong đó nữ' column", () => {
  it("skips a numbering row with formulas and reads x under 'Trong đó nữ'", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Trong đó nữ", "Đơn vị"],
      ["(1)", "(2)", "(3)=(4)+(5)", "(6)"],
      [1, "Hoàng Văn Thắng", null, "Phòng A"],
      [2, "Hoàng Thị Thoa", "x", "Phòng A"],
    ]);
    const r = readWorkbook([g]);
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual(["ordinal", "name", "femaleMark", "unit"]);
    expect(outcomeList(r, "DS", 1, 4)).toEqual(["header", "columnNumbers", "person", "person"]);
    expect(r.people.map((p) => p.gender)).toEqual(["male", "female"]);
  });
});

describe("totals rows checked against the people counted", () => {
  it("accepts section subtotals and the grand total, and notes a figure that differs", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", null],
      [null, null, "Nam", "Nữ"],
      ["I. PHÒNG A"],
      [1, "Nguyễn Văn Tâm", "x", null],
      [2, "Nguyễn Thị Tư", null, "x"],
      ["Cộng", null, 1, 1],
      ["II. PHÒNG B"],
      [3, "Trần Thị Tươi", null, "x"],
      ["Cộng", null, 0, 1],
      ["Tổng cộng", null, "1", 3],
    ], { merges: ["A1:A2", "B1:B2", "C1:D1"] });
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 10)).toEqual([
      "header", "header", "section", "person", "person", "total", "section", "person", "total", "total",
    ]);
    expect(r.problems.map((p) => [p.severity, p.code, p.row, p.col, p.params])).toEqual([
      ["notice", "totalsMismatch", 10, 4, { written: 3, counted: 2 }],
    ]);
  });
});

describe("noise inside the table", () => {
  it("goes on after a note, a page continuation, a stray mark, and a person whose title is a signer's", () => {
    const g = grid("DS", [
      ["Họ và tên", "Giới tính", "Chức vụ"],
      ["I. VĂN PHÒNG SỞ"],
      ["Đỗ Thị Hoa", "?", "Trưởng phòng"],
      ["Ghi chú: số liệu đến 31/12/2026"],
      ["(tiếp theo)"],
      ["*"],
      ["Bùi Minh Loan", "Nữ", { error: "#N/A" }],
      ["GIÁM ĐỐC"],
      ["Lê Văn Hậu"],
    ], { merges: ["A2:C2"] });
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 9)).toEqual([
      "header", "section", "!genderUnreadable", "footer", "header", "blank", "person", "footer", "footer",
    ]);
    expect(r.people.map((p) => `${p.name}|${p.unit}|${p.title}`)).toEqual(["Bùi Minh Loan|VĂN PHÒNG SỞ|null"]);
    expect(r.problems.map((p) => `${p.severity}:${p.code}@${p.row}`)).toEqual(["error:genderUnreadable@3", "warning:errorValue@7"]);
  });

  it("keeps a data row under a group header out of the header, and a header merge inside the sheet", () => {
    const g = grid(
      "DS",
      [
        ["Giới tính", null, "Đơn vị công tác", "Họ và tên"],
        ["Nam", "Nữ", null, null],
        [null, "x", "Chi cục Kiểm lâm", "Trần Thị Nam"],
        ["x", null, "Chi cục Kiểm lâm", "Nguyễn Đức Dũng"],
      ],
      { firstCol: 3, merges: ["C1:D1", "E1:E2", "F1:F9"] },
    );
    const r = readWorkbook([g]);
    expect(r.sheets[0].headerRows).toEqual([1, 2]);
    expect(r.sheets[0].columns.map((c) => `${c.col}:${c.role}`)).toEqual(["3:maleMark", "4:femaleMark", "5:unit", "6:name"]);
    expect(outcomeList(r, "DS", 1, 4)).toEqual(["header", "header", "person", "person"]);
  });
});

describe("units written as ditto marks, or a unit column left empty", () => {
  it("reads 'nt' and '\"' as the unit above", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"],
      [1, "Cao Văn Lực", "Nam", "Trưởng phòng", "Phòng Pháp chế"],
      [2, "Cao Thị Mơ", "Nữ", "nt", "nt"],
      [3, "Cao Thị Nụ", "Nữ", "Chuyên viên", '"'],
      [4, "Cao Văn Ổn", "Nam", "Chuyên viên", "Phòng Tổng hợp"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => `${p.unit}|${p.title}`)).toEqual([
      "Phòng Pháp chế|Trưởng phòng",
      "Phòng Pháp chế|Trưởng phòng",
      "Phòng Pháp chế|Chuyên viên",
      "Phòng Tổng hợp|Chuyên viên",
    ]);
    expect(r.units.map((u) => [u.name, u.ref.row])).toEqual([["Phòng Pháp chế", 2], ["Phòng Tổng hợp", 5]]);
    expect(r.problems).toEqual([]);
  });

  it("takes the sheet as the unit when the unit column is empty throughout", () => {
    const g = grid("Phòng Tư pháp", [
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      [1, "Kha Văn Phú", "Nam", null],
      [2, "Kha Thị Quý", "Nữ", ""],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.unit)).toEqual(["Phòng Tư pháp", "Phòng Tư pháp"]);
    expect(r.sheets[0].sheetUnit).toBe("Phòng Tư pháp");
    expect(r.problems).toEqual([]);
  });
});

describe("a second title inside the table", () => {
  it("is a title, not a unit", () => {
    const g = grid("Phòng Dân tộc", [
      ["STT", "Họ và tên", "Giới tính"],
      [1, "Lộc Văn Thành", "Nam"],
      ["DANH SÁCH LAO ĐỘNG HỢP ĐỒNG"],
      [2, "Lộc Thị Uyên", "Nữ"],
    ]);
    const r = readWorkbook([g]);
    expect(outcomeList(r, "Phòng Dân tộc", 1, 4)).toEqual(["header", "person", "title", "person"]);
    expect(r.people.map((p) => p.unit)).toEqual(["Phòng Dân tộc", "Phòng Dân tộc"]);
  });
});
