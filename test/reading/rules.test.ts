// The rules of DOMAIN.md "Also found in real files", each on hand-built grids.
import { readWorkbook } from "../../src/reading";
import type { Roster } from "../../src/domain/roster";
import { roleOfHeader } from "../../src/reading/headers";
import { isNegativeMark } from "../../src/reading/marks";
import { encodeTcvn3, encodeVni, fold } from "../../src/reading/text";
import { fontRows, grid, outcomeList } from "./gridBuilder";

const codes = (r: Roster) => r.problems.map((p) => `${p.severity}:${p.code}@${p.sheet}!${p.row}${p.col ? `c${p.col}` : ""}`);
const header = ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"];

describe("instruction and example sheets are not rosters, even with a sample table of names", () => {
  const sample = [header, [1, "Nguyễn Văn A", "Nam", "Trưởng phòng", "Phòng X"], [2, "Trần Thị B", "Nữ", "Chuyên viên", "Phòng X"]];
  const roster = grid("DS 2026", [header, [1, "Lê Văn Cường", "Nam", "Giám đốc", "Ban Giám đốc"]]);

  it.each([
    ["Hướng dẫn", []],
    ["Hướng dẫn ghi biểu", []],
    ["Ví dụ", []],
    ["Mẫu", []],
    ["Mau ghi", []],
    ["Sheet2", [["HƯỚNG DẪN LẬP DANH SÁCH CÁN BỘ"]]],
    ["Sheet3", [["VÍ DỤ CÁCH GHI"]]],
    ["Sheet4", [["DANH SÁCH CÁN BỘ (MẪU)"]]],
  ])("%s", (name, title) => {
    const r = readWorkbook([grid(name as string, [...(title as string[][]), ...sample]), roster]);
    expect(r.people.map((p) => p.name)).toEqual(["Lê Văn Cường"]);
    const s = r.sheets.find((x) => x.sheet === name)!;
    expect(s.kind).toBe("other");
    expect(r.problems.filter((p) => p.sheet === name).map((p) => `${p.code}:${p.params?.reason}`)).toEqual(["sheetNotRoster:instructions"]);
    expect(new Set(outcomeList(r, name as string, 1, title.length + 3))).toEqual(new Set(["notRoster"]));
  });

  it("a form's number (Mẫu số 01, Mẫu 2a, Kèm theo Hướng dẫn số 12/HD-SNV) is a real roster's title", () => {
    for (const [name, title] of [["Mẫu 01", "DANH SÁCH CÁN BỘ"], ["DS", "Mẫu số 2a-BNV"], ["DS", "(Kèm theo Hướng dẫn số 12/HD-SNV)"], ["DS", "Hướng dẫn số 15/HD-SNV"]]) {
      const r = readWorkbook([grid(name, [[title], ...sample])]);
      expect({ name, title, people: r.people.length }).toEqual({ name, title, people: 2 });
    }
  });

  it("our own report sheets are never read as a roster", () => {
    const r = readWorkbook([grid("BC BĐG 2026", sample), roster]);
    expect(r.people.map((p) => p.name)).toEqual(["Lê Văn Cường"]);
    expect(r.problems.find((p) => p.sheet === "BC BĐG 2026")?.params?.reason).toBe("ownReport");
  });

  it("a summary sheet of counts by unit is not a roster", () => {
    const summary = grid("Tổng hợp", [
      ["BIỂU TỔNG HỢP SỐ LƯỢNG CÁN BỘ"],
      ["STT", "Đơn vị", "Tổng số", "Nữ", "Tỷ lệ nữ"],
      [1, "Phòng A", 10, 4, 0.4],
    ]);
    const r = readWorkbook([summary, roster]);
    expect(r.sheets[0].kind).toBe("other");
    expect(r.people.length).toBe(1);
  });
});

describe("a header naming several levels stands for them", () => {
  const levels = (leaf: string) => roleOfHeader([fold("Đại biểu HĐND"), fold(leaf)], `Đại biểu HĐND / ${leaf}`).role;
  it.each([
    ["Phường, xã", "councilCommune"],
    ["Xã, thị trấn", "councilCommune"],
    ["Xã, phường, thị trấn", "councilCommune"],
    ["Huyện, thị xã", "councilDistrict"],
    ["Thị xã, thành phố", "councilDistrict"],
    ["Huyện/TP", "councilDistrict"],
    ["Cấp xã, phường", "councilCommune"],
    ["Tỉnh", "councilProvince"],
  ])("%s → %s", (leaf, role) => {
    expect(levels(leaf)).toBe(role);
  });

  it("a mark under such a column is that level", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Đại biểu HĐND", null, null],
      [null, null, null, "Tỉnh", "Huyện, thị xã", "Phường, xã"],
      [1, "Lê Thị Hoa", "Nữ", null, "x", null],
      [2, "Phan Văn Tú", "Nam", null, null, "x"],
    ], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"] });
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.council)).toEqual([["district"], ["commune"]]);
  });
});

describe("list sheets grouped under heading rows", () => {
  it("the heading gives the level of the deputies beneath it until the next heading; headings are no person nor unit", () => {
    const g = grid("DS đại biểu", [
      ["DANH SÁCH ĐẠI BIỂU HĐND"],
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      ["1. Đại biểu HĐND tỉnh"],
      [1, "Lê Thị Hoa", "Nữ", "Văn phòng"],
      ["2. Đại biểu HĐND huyện, thị xã"],
      [2, "Phan Văn Tú", "Nam", "Phòng Nội vụ"],
      [3, "Võ Thị Lan", "Nữ", "Phòng Nội vụ"],
      ["Xã, phường, thị trấn"],
      [4, "Hồ Văn Nam", "Nam", "UBND xã"],
    ]);
    const r = readWorkbook([g]);
    expect(r.listEntries.map((e) => `${e.name}:${e.council.join("+")}:${e.unit}`)).toEqual([
      "Lê Thị Hoa:province:Văn phòng",
      "Phan Văn Tú:district:Phòng Nội vụ",
      "Võ Thị Lan:district:Phòng Nội vụ",
      "Hồ Văn Nam:commune:UBND xã",
    ]);
    expect(outcomeList(r, "DS đại biểu", 1, 9)).toEqual(["title", "header", "groupHeading", "list", "groupHeading", "list", "list", "groupHeading", "list"]);
    // (A workbook of lists alone has no roster: that is the only problem.)
    expect(codes(r)).toEqual(["error:noRosterFound@DS đại biểu!1"]);
  });

  it("a course heading groups trainees: not a unit, not a person", () => {
    const g = grid("Cử đi đào tạo", [
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      ["Lớp Trung cấp LLCT khóa 45"],
      [1, "Lê Thị Hoa", "Nữ", null],
      ["Lớp bồi dưỡng QLNN ngạch chuyên viên"],
      [2, "Phan Văn Tú", "Nam", "Phòng Nội vụ"],
    ]);
    const r = readWorkbook([g]);
    expect(r.listEntries.map((e) => `${e.name}:${e.unit}:${e.course}`)).toEqual([
      "Lê Thị Hoa:null:Lớp Trung cấp LLCT khóa 45",
      "Phan Văn Tú:Phòng Nội vụ:Lớp bồi dưỡng QLNN ngạch chuyên viên",
    ]);
    expect(outcomeList(r, "Cử đi đào tạo", 1, 5)).toEqual(["header", "groupHeading", "list", "groupHeading", "list"]);
  });
});

describe("phrases starting with Không or Chưa are a no", () => {
  it.each(["Không có", "Không tham gia", "Không là cấp ủy", "Chưa được cử", "Chưa học", "KHÔNG", "chưa", "Khong co"])("%s", (v) => {
    expect(isNegativeMark(v)).toBe(true);
  });
  it.each(["Có", "x", "Huyện ủy viên", "Khóa 45"])("%s is a yes", (v) => {
    expect(isNegativeMark(v)).toBe(false);
  });
  it("on a roster row, and once decoded from TCVN3", () => {
    const g = grid("DS", [
      ["Họ và tên", "Giới tính", "Cấp ủy", "Đào tạo, bồi dưỡng", "Đại biểu HĐND"],
      ["Lê Thị Hoa", "Nữ", "Không là cấp ủy", "Chưa được cử", "Không"],
      ["Phan Văn Tú", "Nam", encodeTcvn3("Không tham gia"), "x", null],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => [p.partyCommittee, p.trained, p.council.length])).toEqual([[false, false, 0], [false, true, 0]]);
    expect(codes(r).filter((c) => c.startsWith("warning"))).toEqual([]);
  });
});

describe("lines that are not people are skipped with their reason", () => {
  const g = grid("DS", [
    header,
    [1, "Lê Thị Hoa", "Nữ", "Trưởng phòng", "Phòng A"],
    [null, "Tổng số: 1 người"],
    [2, "Phan Văn Tú", "Nam", "Chuyên viên", "Phòng B"],
    [null, "Tong so: 2 nguoi"],
    ["Cong", null, null, null, null],
    [null, "Số tiền bằng chữ: Năm triệu đồng chẵn"],
    [null, "Bằng chữ: hai người"],
    ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"],
    [3, "Võ Thị Lan", "Nữ", "Chuyên viên", "Phòng B"],
    ["TONG CONG", null, 1],
  ]);
  const r = readWorkbook([g]);
  it("totals with or without diacritics, amounts in words, a repeated header", () => {
    expect(outcomeList(r, "DS", 1, 11)).toEqual([
      "header", "person", "total", "person", "total", "total", "amountInWords", "amountInWords", "header", "person", "total",
    ]);
    expect(codes(r)).toEqual([]);
  });
  it("a unit heading typed without diacritics is still a heading, not a total", () => {
    const h = readWorkbook([grid("DS", [header, [null, "CONG CHUC"], [1, "Lê Thị Hoa", "Nữ", null, null], [null, "Cong ty Dien luc"], [2, "Phan Văn Tú", "Nam", null, null]])]);
    expect(outcomeList(h, "DS", 1, 5)).toEqual(["header", "section", "person", "section", "person"]);
  });
});

describe("legacy encodings apply to every column, a unit column merged down included", () => {
  it("TCVN3 unit merged down over rows whose fonts are unknown, council and title columns", () => {
    const t = encodeTcvn3;
    const rows = [
      ["Họ và tên", "Giới tính", "Đơn vị", "Chức vụ", "Đại biểu HĐND"],
      ["Lê Thị Hoa", "Nữ", t("Phòng Tài chính"), t("Trưởng phòng"), t("HĐND tỉnh")],
      ["Phan Văn Tú", "Nam", null, t("Phó Trưởng phòng"), t("HĐND huyện")],
      ["Võ Thị Lan", "Nữ", null, t("Chuyên viên"), null],
    ];
    // Fonts known for the first two rows only (as the gateways keep them), Unicode names.
    const fonts = [["Times New Roman", "Times New Roman", "Times New Roman", "Times New Roman", "Times New Roman"], ["Times New Roman", "Times New Roman", ".VnTime", ".VnTime", ".VnTime"]];
    const r = readWorkbook([grid("DS", rows, { merges: ["C2:C4"], fonts })]);
    expect(r.people.map((p) => `${p.unit}|${p.title}|${p.council.join("+")}`)).toEqual([
      "Phòng Tài chính|Trưởng phòng|province",
      "Phòng Tài chính|Phó Trưởng phòng|district",
      "Phòng Tài chính|Chuyên viên|",
    ]);
    expect(r.units.map((u) => u.name)).toEqual(["Phòng Tài chính"]);
  });

  it("VNI unit merged down where the covered cells carry another font", () => {
    const v = encodeVni;
    const rows = [
      ["Họ và tên", "Giới tính", "Đơn vị"],
      ["Lê Thị Hoa", "Nữ", v("Văn phòng Sở")],
      ["Phan Văn Tú", "Nam", null],
    ];
    const fonts = [fontRows("Arial", 1, 3)[0], ["Arial", "Arial", "VNI-Times"], ["Arial", "Arial", "Arial"]];
    const r = readWorkbook([grid("DS", rows, { merges: ["C2:C3"], fonts })]);
    expect(r.people.map((p) => p.unit)).toEqual(["Văn phòng Sở", "Văn phòng Sở"]);
  });
});

describe("hidden sheets and hidden rows", () => {
  const visible = grid("DS 2026", [header, [1, "Lê Văn Cường", "Nam", "Giám đốc", "Ban Giám đốc"], [2, "Võ Thị Lan", "Nữ", "Chuyên viên", "Phòng A"]], { hiddenRows: [3] });
  const old = grid("DS 2025", [header, [1, "Lê Văn Cường", "Nam", "Giám đốc", "Ban Giám đốc"], [2, "Đỗ Thị Mai", "Nữ", "Chuyên viên", "Phòng A"], [3, "Hồ Văn Nam", "Nam", null, null]], { visibility: "hidden" });
  const lookup = grid("DM", [["Nam"], ["Nữ"]], { visibility: "veryHidden" });

  it("a hidden sheet is not counted: a warning names it and the people it holds; its rows are accounted for", () => {
    const r = readWorkbook([visible, old, lookup]);
    expect(r.people.map((p) => p.name)).toEqual(["Lê Văn Cường", "Võ Thị Lan"]);
    expect(r.problems.filter((p) => p.code === "hiddenSheet").map((p) => [p.severity, p.sheet, p.params])).toEqual([
      ["warning", "DS 2025", { sheet: "DS 2025", people: 3 }],
    ]);
    expect(outcomeList(r, "DS 2025", 1, 4)).toEqual(["header", "hiddenSheet", "hiddenSheet", "hiddenSheet"]);
    const s = r.sheets.find((x) => x.sheet === "DS 2025")!;
    expect([s.hidden, s.people]).toEqual([true, 0]);
    // A hidden sheet of drop-down lists holds no people: nothing to warn about.
    expect(r.problems.filter((p) => p.sheet === "DM").map((p) => p.severity)).toEqual(["notice"]);
  });

  it("includeHiddenSheets counts them", () => {
    const r = readWorkbook([visible, old], { includeHiddenSheets: true });
    expect(r.people.length).toBe(5);
    expect(r.problems.some((p) => p.code === "hiddenSheet")).toBe(false);
  });

  it("a hidden sheet's errors do not show: it is not read for figures", () => {
    const bad = grid("Cũ", [header, [1, "Lê Văn A", "?", null, null]], { hidden: true });
    const r = readWorkbook([visible, bad]);
    expect(codes(r).filter((c) => c.includes("Cũ"))).toEqual(["warning:hiddenSheet@Cũ!2"]);
    expect(outcomeList(r, "Cũ", 1, 2)).toEqual(["header", "hiddenSheet"]);
  });

  it("hidden rows are counted, with one notice listing them", () => {
    const g = grid("DS", [header, ...[1, 2, 3, 4, 5, 6].map((i) => [i, `Lê Văn Người ${i}`, i % 2 ? "Nam" : "Nữ", null, "Phòng A"])], { hiddenRows: [3, 4, 5, 7, 1] });
    const r = readWorkbook([g]);
    expect(r.people.length).toBe(6);
    expect(r.problems.filter((p) => p.code === "hiddenRows").map((p) => [p.severity, p.row, p.params])).toEqual([
      ["notice", 3, { rows: "3–5, 7", count: 4 }],
    ]);
  });
});

describe("a formula cell saved without its calculated value", () => {
  it("is a problem that says so, not an empty cell", () => {
    const g = grid("DS", [
      header,
      [1, "Lê Thị Hoa", null, "Trưởng phòng", "Phòng A"],
      [2, "Phan Văn Tú", "Nam", null, "Phòng A"],
      [3, null, null, null, null],
      [4, null, null, null, null],
    ], { uncalculated: [{ row: 2, col: 3 }, { row: 3, col: 4 }, { row: 4, col: 2 }, { row: 4, col: 3 }, { row: 5, col: 1 }] });
    const r = readWorkbook([g]);
    expect(r.people.map((p) => `${p.name}|${p.title}`)).toEqual(["Phan Văn Tú|null"]);
    // (The STT formula of the unfilled row is a notice: nothing passes as an empty cell.)
    expect(codes(r)).toEqual(["error:formulaUncalculated@DS!2c3", "warning:formulaUncalculated@DS!3c4", "error:formulaUncalculated@DS!4c2", "notice:formulaUncalculated@DS!5c1"]);
    expect(r.problems.filter((p) => p.rejectsRow).map((p) => p.row)).toEqual([2, 4]);
    // A formula left in the STT column of an unfilled row is a template row: blank.
    expect(outcomeList(r, "DS", 1, 5)).toEqual(["header", "!formulaUncalculated", "person", "!formulaUncalculated", "blank"]);
  });
});

describe("Chức vụ is the post; a Chức danh column beside it is the professional title", () => {
  it("reads the key leader's post from Chức vụ wherever Chức danh stands", () => {
    const r = readWorkbook([grid("DS", [
      ["Họ và tên", "Giới tính", "Chức danh", "Chức vụ", "Đơn vị"],
      ["Lê Thị Hoa", "Nữ", "Bác sĩ", "Giám đốc", "Trung tâm Y tế"],
      ["Phan Văn Tú", "Nam", "Điều dưỡng", null, "Trung tâm Y tế"],
    ])]);
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual(["name", "gender", "other", "title", "unit"]);
    expect(r.people.map((p) => p.title)).toEqual(["Giám đốc", null]);
  });
});

describe("one sheet per unit: a sheet named for a unit is that unit, not the agency above its title", () => {
  const header = ["STT", "Họ và tên", "Giới tính", "Chức vụ"];
  it("the sheet's name wins over an issuing line naming the agency", () => {
    const r = readWorkbook([grid("Khoa Dược", [["TRUNG TÂM Y TẾ HUYỆN HƯƠNG SƠN"], ["DANH SÁCH NHÂN LỰC KHOA DƯỢC"], header, [1, "Lê Thị Hoa", "Nữ", "Trưởng khoa"]])]);
    expect(r.people[0].unit).toBe("Khoa Dược");
  });
  it("an issuing line that is the sheet's name in capitals keeps its spelling; a generic sheet name takes the issuing line", () => {
    const same = readWorkbook([grid("Phòng Nội vụ", [["PHÒNG NỘI VỤ"], ["DANH SÁCH"], header, [1, "Lê Thị Hoa", "Nữ", null]])]);
    expect(same.people[0].unit).toBe("PHÒNG NỘI VỤ");
    const generic = readWorkbook([grid("DS 2026", [["SỞ TÀI CHÍNH"], ["DANH SÁCH"], header, [1, "Lê Thị Hoa", "Nữ", null]])]);
    expect(generic.people[0].unit).toBe("SỞ TÀI CHÍNH");
  });
});

describe("formulas without values in columns the reader does not use", () => {
  it("give one notice per column, so none passes as an empty cell", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Tuổi"],
      [1, "Lê Thị Hoa", "Nữ", null],
      [2, "Phan Văn Tú", "Nam", null],
      [null, "Tổng cộng", null, null],
    ], { uncalculated: [{ row: 2, col: 4 }, { row: 3, col: 4 }, { row: 4, col: 3 }] });
    const r = readWorkbook([g]);
    expect(r.people.length).toBe(2);
    expect(r.problems.map((p) => [p.severity, p.code, p.row, p.col, p.params])).toEqual([
      ["notice", "formulaUncalculated", 2, 4, { count: 2 }],
      ["notice", "formulaUncalculated", 4, 3, { count: 1 }],
    ]);
  });
});
