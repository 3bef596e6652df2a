// Rules the blind test (test/e2e/blind.test.ts) found missing from the reader, each on a small grid.
import { readWorkbook } from "../../src/reading";
import { keyLeaderRank } from "../../src/domain/keyLeader";
import { listKindOf } from "../../src/reading/headers";
import { fold } from "../../src/reading/text";
import { grid, outcomeList } from "./gridBuilder";

describe("a unit's name holding a list's word is not a list", () => {
  it.each([
    ["VP HĐND-UBND", null],
    ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", null],
    ["Phòng Giáo dục và Đào tạo", null],
    ["DANH SÁCH CÁN BỘ, CÔNG CHỨC CƠ QUAN SỞ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2026", null],
    ["CB Huyện ủy", null],
    ["cán bộ, công chức các cơ quan tham mưu, giúp việc Huyện ủy", null],
    ["Ban Tổ chức Tỉnh ủy", null],
    ["Trung tâm Bồi dưỡng chính trị", null],
    ["Phòng Quy hoạch - Kiến trúc", null],
    // The lists themselves, also when a unit's name stands beside the list's word.
    ["DS đại biểu HĐND", "council"],
    ["HĐND", "council"],
    ["DS cấp ủy", "partyCommittee"],
    ["Huyện ủy viên", "partyCommittee"],
    ["Danh sách Đảng ủy Sở", "partyCommittee"],
    ["Cử đi đào tạo", "training"],
    ["DS ĐT-BD 2026", "training"],
    ["Phòng GD&ĐT - Cử đi bồi dưỡng", "training"],
    ["Sở Giáo dục và Đào tạo - Danh sách quy hoạch", "successionPool"],
  ])("%s → %s", (text, kind) => {
    expect(listKindOf(fold(text))).toBe(kind);
  });

  it("reads a sheet named after the Phòng Giáo dục và Đào tạo as that unit's roster", () => {
    const g = grid("Phòng Giáo dục và Đào tạo", [
      ["STT", "Họ và tên", "Giới tính", "Chức vụ"],
      [1, "Hồ Thị Giang", "Nữ", "Trưởng phòng"],
      [2, "Võ Văn Hải", "Nam", "Chuyên viên"],
    ]);
    const r = readWorkbook([g]);
    expect(r.sheets[0].kind).toBe("roster");
    expect(r.listEntries).toEqual([]);
    expect(r.people.map((p) => `${p.name}|${p.unit}`)).toEqual([
      "Hồ Thị Giang|Phòng Giáo dục và Đào tạo",
      "Võ Văn Hải|Phòng Giáo dục và Đào tạo",
    ]);
  });
});

describe("training sub-columns under the year's training group", () => {
  const g = grid("DS", [
    ["STT", "Họ và tên", "Giới tính", "Trình độ chuyên môn", "Đào tạo, bồi dưỡng năm 2026", null, null],
    [null, null, null, null, "Chuyên môn", "Lý luận chính trị", "Hình thức"],
    [1, "Trần Thị Én", "Nữ", "Cử nhân", "x", null, "Tập trung"],
    [2, "Phạm Văn Khôi", "Nam", "Kỹ sư", null, "x", "Tập trung"],
    [3, "Đỗ Văn Nhất", "Nam", "Kỹ sư", null, null, null],
  ], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"] });
  const r = readWorkbook([g], { year: 2026 });

  it("counts a mark under either field of training; the person's own degree and the training's form are not marks", () => {
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual(["ordinal", "name", "gender", "education", "training", "training", "other"]);
    expect(r.people.map((p) => p.trained)).toEqual([true, true, false]);
  });

  it("keeps the degree columns of a group that names no year and no sending as no training", () => {
    const degree = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Đào tạo", null],
      [null, null, null, "Chuyên môn", "Chuyên ngành"],
      [1, "Trần Thị Én", "Nữ", "Đại học", "Kế toán"],
    ], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] });
    const read = readWorkbook([degree], { year: 2026 });
    expect(read.sheets[0].columns.map((c) => c.role)).toEqual(["ordinal", "name", "gender", "other", "other"]);
    expect(read.people.map((p) => p.trained)).toEqual([false]);
  });
});

describe("the bullet lines of a note below the table", () => {
  it("are footer text, in the name column or in the first; a bullet line with no note above stays an error", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      [1, "Nguyễn Văn An", "Nam", "Phòng A"],
      [2, "Trần Thị Bình", "Nữ", "Phòng A"],
      [null, "- Dòng không có ghi chú phía trên."],
      [null, "Ghi chú:"],
      [null, "- Danh sách không bao gồm lao động hợp đồng."],
      [],
      ["+ Số liệu tính đến ngày 30/11/2026."],
      [3, "Lê Văn Cường", "Nam", "Phòng B"],
      [null, "- Dòng sau một người không thuộc ghi chú."],
    ]);
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 10)).toEqual([
      "header", "person", "person", "!genderMissing", "footer", "footer", "blank", "footer", "person", "!genderMissing",
    ]);
  });
});

describe("Chủ nhiệm heads a unit (Ủy ban Kiểm tra, Văn phòng Đoàn ĐBQH, a khoa), not a project or a class", () => {
  it.each([
    ["Chủ nhiệm", "head"],
    ["Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "head"],
    ["Chủ nhiệm khoa", "head"],
    ["Phó Chủ nhiệm", "deputy"],
    ["P. Chủ nhiệm UBKT", "deputy"],
    ["Chủ nhiệm đề tài", null],
    ["Giáo viên chủ nhiệm", null],
    ["Chủ nhiệm lớp", null],
    ["Chủ nhiệm HTX", null],
  ])("%s → %s", (title, rank) => {
    expect(keyLeaderRank(title)).toBe(rank);
  });
});

describe("a TCVN3 or VNI block pasted into a Unicode sheet past the rows whose fonts are known", () => {
  it("is decoded from its text alone: names, gender and headings; Unicode rows are left as they are", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Chức vụ"],
      ["I. Khoa Nội"],
      [1, "Dương Văn Quân", "Nam", "Trưởng khoa"],
      [2, "Hà Thu", "Nữ", "Bác sĩ"],
      [3, "Café Ánh", "Nữ", "Bác sĩ"],
      ["II. Khoa S¶n"], // TCVN3 "Khoa Sản"
      [4, "NguyÔn ThÞ Thanh Hµ", "N÷", "Tr­ëng khoa"], // TCVN3
      [5, "Nguyeãn Vaên Thieän", "Nam", "Baùc só"], // VNI
    ], { fonts: [["Times New Roman", "Times New Roman", "Times New Roman", "Times New Roman"]], sheetFont: "Times New Roman" });
    const r = readWorkbook([g]);
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.unit}|${p.title}`)).toEqual([
      "Dương Văn Quân|male|Khoa Nội|Trưởng khoa",
      "Hà Thu|female|Khoa Nội|Bác sĩ",
      "Café Ánh|female|Khoa Nội|Bác sĩ",
      "Nguyễn Thị Thanh Hà|female|Khoa Sản|Trưởng khoa",
      "Nguyễn Văn Thiện|male|Khoa Sản|Bác sĩ",
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(["legacyEncoding"]);
  });
});

describe("a heading that carries its unit's head count under Nam | Nữ", () => {
  it("is a heading whichever side holds the count; a person's unreadable birth still makes a person", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Năm sinh", null, "Chức vụ"],
      [null, null, "Nam", "Nữ", null],
      ["I", "VĂN PHÒNG SỞ", 2, null],
      [1, "Phạm Văn Giàu", 1974, null, "Chánh Văn phòng"],
      [2, "Hồ Văn Hậu", 1990, null, "Chuyên viên"],
      ["II", "PHÒNG QUẢN LÝ GIÁ", null, 1],
      [3, "Võ Thị Kim", null, 1979, "Trưởng phòng"],
      [4, "Đặng Văn Long", "1986?", null, "Chuyên viên"],
    ], { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] });
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 8)).toEqual(["header", "header", "section", "person", "person", "section", "person", "person"]);
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.unit}`)).toEqual([
      "Phạm Văn Giàu|male|VĂN PHÒNG SỞ",
      "Hồ Văn Hậu|male|VĂN PHÒNG SỞ",
      "Võ Thị Kim|female|PHÒNG QUẢN LÝ GIÁ",
      "Đặng Văn Long|male|PHÒNG QUẢN LÝ GIÁ",
    ]);
    expect(r.problems.map((p) => `${p.code}@${p.row}`)).toEqual(["dateUnreadable@8"]);
  });
});

describe("a birth column of one sex written in one header cell", () => {
  it.each([
    ["Năm sinh\n(Nam)", "birthMale"],
    ["Năm sinh\n(Nữ)", "birthFemale"],
    ["Ngày sinh - Nữ", "birthFemale"],
    ["Ngày, tháng, năm sinh nam", "birthMale"],
    ["Ngày sinh Nam, Nữ", "birth"],
    ["Năm sinh", "birth"],
  ])("%j → %s", (header, role) => {
    const g = grid("DS", [["STT", "Họ và tên", header, "Giới tính"], [1, "An", 1980, "Nam"]]);
    expect(readWorkbook([g]).sheets[0].columns[2].role).toBe(role);
  });
});

describe("the header of a table's next part, laid out anew", () => {
  it("reads the rows below it by its own columns; a repeat of the header's top row alone keeps the first layout", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Năm sinh", null, "Đơn vị"],
      [null, null, "Nam", "Nữ", null],
      [1, "Nguyễn Văn Bảo", 1975, null, "Phòng Nội vụ"],
      ["STT", "Họ và tên", "Năm sinh", null, "Đơn vị"], // page 2 repeats the top row only
      [2, "Trần Thị Cúc", null, 1984, "Phòng Nội vụ"],
      ["DANH SÁCH VIÊN CHỨC"],
      ["STT", "Họ và tên", "Chức danh nghề nghiệp", "Giới tính", "Chức vụ", "Đơn vị"],
      [1, "Hoàng Văn Hiếu", "Kỹ sư", "Nam", "Giám đốc", "Trung tâm A"],
      [2, "Võ Thị Kiều", "Kỹ sư", "Nữ", null, null],
    ], { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] });
    const r = readWorkbook([g]);
    expect(outcomeList(r, "DS", 1, 9)).toEqual(["header", "header", "person", "header", "person", "title", "header", "person", "person"]);
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.unit}|${p.title}`)).toEqual([
      "Nguyễn Văn Bảo|male|Phòng Nội vụ|null",
      "Trần Thị Cúc|female|Phòng Nội vụ|null",
      "Hoàng Văn Hiếu|male|Trung tâm A|Giám đốc",
      "Võ Thị Kiều|female|null|null",
    ]);
    // The unit warning points at the unit column of the part the person stands in (F, not E).
    expect(r.problems.map((p) => `${p.code}@${p.row}c${p.col}`)).toEqual(["unitMissing@9c6"]);
  });
});
