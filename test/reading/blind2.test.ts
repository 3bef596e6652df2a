// Rules the second blind test (test/e2e/blind2.test.ts) found missing from the reader, each on a small grid.
import { readWorkbook } from "../../src/reading";
import { listKindOf, roleOfHeader } from "../../src/reading/headers";
import { councilLevelsOf, isNegativeMark } from "../../src/reading/marks";
import { fold } from "../../src/reading/text";
import { grid, outcomeList } from "./gridBuilder";

describe("a Chức vụ Đảng column is a cấp ủy column", () => {
  const g = grid("DS", [
    ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Chức vụ Đảng", "Đơn vị"],
    [1, "Lê Thị An", "Nữ", "Chuyên viên", "Bí thư chi bộ", "Văn phòng"],
    [2, "Hồ Văn Bình", "Nam", "Trưởng phòng", "Đảng ủy viên", "Văn phòng"],
    [3, "Trần Thị Chi", "Nữ", "Chuyên viên", "Đảng viên", "Văn phòng"],
    [4, "Võ Văn Dũng", "Nam", "Chuyên viên", "", "Văn phòng"],
  ]);
  const r = readWorkbook([g]);

  it("marks the committee posts, not a plain member, and keeps Chức vụ as the title", () => {
    expect(r.people.map((p) => [p.name, p.partyCommittee, p.title])).toEqual([
      ["Lê Thị An", true, "Chuyên viên"],
      ["Hồ Văn Bình", true, "Trưởng phòng"],
      ["Trần Thị Chi", false, "Chuyên viên"],
      ["Võ Văn Dũng", false, "Chuyên viên"],
    ]);
    expect(r.coverage.partyCommittee).toBe(true);
  });

  it("reads 'Đảng viên' as no committee mark", () => {
    expect(isNegativeMark("Đảng viên")).toBe(true);
    expect(isNegativeMark("ĐẢNG VIÊN")).toBe(true);
    expect(isNegativeMark("Đảng ủy viên")).toBe(false);
  });
});

describe("a hidden column of a single role gives way to the visible one", () => {
  const rows = [
    ["STT", "Họ và tên", "Giới tính", "Chức vụ (cũ)", "Chức vụ", "Đơn vị"],
    [1, "Lê Thị An", "Nữ", "Phó Trưởng phòng", "Trưởng phòng", "Phòng A"],
    [2, "Hồ Văn Bình", "Nam", "Trưởng phòng", "Chuyên viên", "Phòng A"],
  ];

  it("takes the visible Chức vụ when the old one left of it is hidden", () => {
    const r = readWorkbook([grid("DS", rows, { hiddenColumns: [4] })]);
    expect(r.people.map((p) => p.title)).toEqual(["Trưởng phòng", "Chuyên viên"]);
    expect(r.sheets[0].columns.find((c) => c.col === 4)?.role).toBe("other");
  });

  it("still takes the first one when neither is hidden", () => {
    const r = readWorkbook([grid("DS", rows)]);
    expect(r.people.map((p) => p.title)).toEqual(["Phó Trưởng phòng", "Trưởng phòng"]);
  });
});

describe("category rows name no unit: a one-unit sheet stays one unit", () => {
  it("gives the issuing line's unit to people under 'I. CÁN BỘ' and 'II. CÔNG CHỨC'", () => {
    const g = grid("CBCC xã", [
      ["UBND HUYỆN CAN LỘC", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["UBND XÃ THIÊN LỘC", null, null, "Độc lập - Tự do - Hạnh phúc"],
      ["DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ"],
      ["TT", "Họ và tên", "Giới tính", "Chức vụ"],
      ["I", "CÁN BỘ"],
      [1, "Lê Thị Hoài", "Nữ", "Chủ tịch UBND xã"],
      [2, "Phạm Văn Sinh", "Nam", "Phó Chủ tịch UBND xã"],
      ["II", "CÔNG CHỨC"],
      [3, "Đinh Thị Huệ", "Nữ", "Công chức Văn phòng - Thống kê"],
    ], { merges: ["A1:C1", "D1:F1", "A2:C2", "D2:F2"] });
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.unit)).toEqual(["UBND XÃ THIÊN LỘC", "UBND XÃ THIÊN LỘC", "UBND XÃ THIÊN LỘC"]);
    expect(r.problems.filter((p) => p.code === "unitMissing")).toEqual([]);
    expect(outcomeList(r, "CBCC xã", 1, 9)).toEqual(["title", "title", "title", "header", "section", "person", "person",
      "section", "person"]);
  });

  it("still warns when a unit heading names some people's unit and others have none", () => {
    const g = grid("DS", [
      ["TT", "Họ và tên", "Giới tính"],
      [1, "Lê Thị Hoài", "Nữ"],
      ["I", "PHÒNG TỔ CHỨC"],
      [2, "Phạm Văn Sinh", "Nam"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.unit)).toEqual([null, "PHÒNG TỔ CHỨC"]);
    expect(r.problems.filter((p) => p.code === "unitMissing").map((p) => p.row)).toEqual([2]);
  });
});

describe("'cử đi học' (sent to study) is training", () => {
  it.each([
    ["Cử đi học 2026", "training"],
    ["DANH SÁCH CÔNG CHỨC ĐƯỢC CỬ ĐI HỌC NĂM 2026", "training"],
    ["Học sinh", null],
  ])("%s → %s", (text, kind) => {
    expect(listKindOf(fold(text))).toBe(kind);
  });

  it("reads a 'Cử đi học' sheet as a training list, its people counted for đ only", () => {
    const roster = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      [1, "Nguyễn Thị Châu", "Nữ", "Phòng A"],
      [2, "Lê Văn Dũng", "Nam", "Phòng A"],
    ]);
    const list = grid("Cử đi học 2026", [
      ["DANH SÁCH CÔNG CHỨC ĐƯỢC CỬ ĐI HỌC NĂM 2026"],
      ["STT", "Họ và tên", "Giới tính", "Chuyên ngành"],
      [1, "Nguyễn Thị Châu", "Nữ", "Thạc sĩ Kỹ thuật xây dựng"],
    ]);
    const r = readWorkbook([roster, list]);
    expect(r.people).toHaveLength(2);
    expect(r.listEntries.map((e) => [e.kind, e.name])).toEqual([["training", "Nguyễn Thị Châu"]]);
    expect(r.problems.filter((p) => p.severity !== "notice")).toEqual([]);
  });
});

describe("'Năm' (year) under a birth date is not 'Nam' (male)", () => {
  const role = (...parts: string[]) => roleOfHeader(parts.map(fold), parts.join(" / ")).role;
  it.each([
    [["Ngày sinh", "Năm"], "birth"],
    [["Ngày sinh", "Ngày"], "other"],
    [["Ngày sinh", "Tháng"], "other"],
    [["NGÀY SINH", "NĂM"], "birth"],
    [["Ngày, tháng, năm sinh", "Nam"], "birthMale"],
    [["Năm sinh", "NAM"], "birthMale"],
    [["Năm"], "other"],
    [["Nam"], "maleMark"],
  ])("%j → %s", (parts, expected) => {
    expect(role(...(parts as string[]))).toBe(expected);
  });

  it("reads the year as the birth and rejects a row whose Giới tính is empty", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Ngày sinh", null, null, "Giới tính"],
      [null, null, "Ngày", "Tháng", "Năm", null],
      [1, "Nguyễn Thị Hoa", 12, 3, 1990, "Nữ"],
      [2, "Lê Thị Thủy", 9, 9, 1992, ""],
    ], { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2"] });
    const r = readWorkbook([g]);
    expect(r.people.map((p) => [p.name, p.gender, p.birth])).toEqual([["Nguyễn Thị Hoa", "female", "1990"]]);
    expect(r.problems.map((p) => [p.code, p.row, p.col])).toEqual([["genderMissing", 4, 6]]);
  });
});

describe("a name over two columns without a group header", () => {
  it.each([
    [["Họ và tên đệm", "Tên"]],
    [["Họ đệm", "Tên"]],
    [["Họ", "Tên"]],
  ])("%j: both columns are the name, namesakes of one family name are two people", (heads) => {
    const g = grid("DS", [
      ["STT", ...heads, "Năm sinh", "Giới tính"],
      [1, "Nguyễn Thị", "Hoa", 1990, "Nữ"],
      [2, "Nguyễn Thị", "Lan", 1990, "Nữ"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.name)).toEqual(["Nguyễn Thị Hoa", "Nguyễn Thị Lan"]);
    expect(r.problems.filter((p) => p.code === "duplicatePerson")).toEqual([]);
  });

  it("leaves a 'Tên' column alone when no name column stands just before it", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Tên"],
      [1, "Nguyễn Thị Hoa", "Nữ", "Hoa"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.name)).toEqual(["Nguyễn Thị Hoa"]);
  });
});

describe("'TX' is thị xã, a district-level council", () => {
  it.each([
    ["HĐND TX Kỳ Anh", ["district"]],
    ["HĐND TX. Hồng Lĩnh", ["district"]],
    ["HDND TX Hong Linh", ["district"]],
    ["HĐND thị xã, phường", ["district", "commune"]],
    ["HĐND xã Thuận Lộc", ["commune"]],
  ])("%s → %j", (text, levels) => {
    expect(councilLevelsOf(text)).toEqual(levels);
  });
});

describe("an Ông/Bà column gives the gender", () => {
  it.each([
    [["Ông/Bà"], "gender"],
    [["Ông (Bà)"], "gender"],
    [["ÔNG, BÀ"], "gender"],
  ])("%j → %s", (parts, expected) => {
    expect(roleOfHeader(parts.map(fold), parts.join(" / ")).role).toBe(expected);
  });

  it("reads Ông as a man and Bà as a woman, anything else as unreadable", () => {
    const g = grid("DS", [
      ["STT", "Ông/Bà", "Họ và tên", "Chức vụ"],
      [1, "Ông", "Trần Văn Nhân", "Trưởng phòng"],
      [2, "Bà", "Nguyễn Thị Quyên", "Trưởng phòng"],
      [3, "BÀ ", "Lê Thị Oanh", "Chuyên viên"],
      [4, "Cô", "Mai Thị Sâm", "Chuyên viên"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => [p.name, p.gender])).toEqual([
      ["Trần Văn Nhân", "male"],
      ["Nguyễn Thị Quyên", "female"],
      ["Lê Thị Oanh", "female"],
    ]);
    expect(r.problems.map((p) => [p.code, p.row, p.col])).toEqual([["genderUnreadable", 5, 2]]);
  });
});

describe("a person numbered under a heading is no heading when only the gender is missing", () => {
  it("rejects '1.2 | Lê Văn Tâm' for its missing gender and keeps the unit above for the rows below", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ"],
      ["1", "Phòng Tổ chức"],
      ["1.1", "Nguyễn Thị Hoa", "Nữ", 1990, "Trưởng phòng"],
      ["1.2", "Lê Văn Tâm", "", 1985, ""],
      ["1.3", "Trần Văn Bình", "Nam", 1991, ""],
      ["2", "PHÒNG KẾ HOẠCH"],
      ["2.1", "Hồ Thị Lan", "Nữ", 1991, "Chuyên viên"],
    ]);
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 7)).toEqual(["header", "section", "person", "!genderMissing", "person", "section", "person"]);
    expect(r.people.map((p) => p.unit)).toEqual(["Phòng Tổ chức", "Phòng Tổ chức", "PHÒNG KẾ HOẠCH"]);
  });
});

describe("a heading's bullet or 'Đơn vị:' label is not part of the unit's name", () => {
  it.each([
    ["* Phòng Tổ chức", "Phòng Tổ chức"],
    ["- Văn phòng Sở", "Văn phòng Sở"],
    ["• Bảo tàng tỉnh", "Bảo tàng tỉnh"],
    ["Đơn vị: Chi cục Kiểm lâm", "Chi cục Kiểm lâm"],
    ["ĐƠN VỊ: PHÒNG TỔ CHỨC", "PHÒNG TỔ CHỨC"],
  ])("%s → %s", (heading, unit) => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ"],
      [heading],
      [1, "Nguyễn Thị Hoa", "Nữ", 1990, "Trưởng phòng"],
    ], { merges: ["A2:E2"] });
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 3)).toEqual(["header", "section", "person"]);
    expect(r.people.map((p) => p.unit)).toEqual([unit]);
  });

  it("a bullet alone makes no heading of a line that names no unit", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Đơn vị"],
      [1, "Nguyễn Thị Hoa", "Nữ", 1990, "Phòng A"],
      [null, "- chuyển công tác tháng 10/2026"],
      [2, "Lê Văn Tâm", "Nam", 1985, "Phòng A"],
    ]);
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 4)[2]).not.toBe("section");
    expect(r.people.map((p) => p.unit)).toEqual(["Phòng A", "Phòng A"]);
    expect(r.units.map((u) => u.name)).toEqual(["Phòng A"]);
  });
});
