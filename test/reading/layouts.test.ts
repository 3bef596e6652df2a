// The agency's workbook in every layout DOMAIN.md lists, read from in-memory grids.
import { readWorkbook } from "../../src/reading";
import type { Roster } from "../../src/domain/roster";
import { grid, outcomeList } from "./gridBuilder";

const names = (r: Roster) => r.people.map((p) => p.name);
const females = (r: Roster) => r.people.filter((p) => p.gender === "female").length;
const codes = (r: Roster) => r.problems.map((p) => `${p.severity}:${p.code}@${p.sheet}!${p.row}${p.col ? `c${p.col}` : ""}`);

describe("a roster with title block, two-row merged header, column numbers, totals and signatures", () => {
  const g = grid(
    "DS 2026",
    [
      ["UBND TỈNH HÀ TĨNH", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["SỞ TÀI CHÍNH", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
      [],
      ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026"],
      ["(Kèm theo báo cáo số 123/BC-STC ngày 20/11/2026)"],
      ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Chức vụ", "Đơn vị", "Đại biểu HĐND", null, null, "Cấp ủy", "Cử đi đào tạo, bồi dưỡng năm 2026", "Quy hoạch"],
      [null, null, "Nam", "Nữ", null, null, "Tỉnh", "Huyện", "Xã"],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      [1, "Nguyễn Văn An", "12/03/1975", null, "Giám đốc", "Văn phòng Sở", "x", null, null, "Tỉnh ủy viên", "x", null],
      [2, "Trần Thị Bình", null, 28000, "Chánh Văn phòng", null, null, null, null, "0", "không", "x"],
      [3, "Lê Thị Cúc", null, "1985", "Trưởng phòng", "Phòng Tổ chức", null, null, "x", "-", null, "—"],
      [4, "Phạm Văn Dũng", null, null, "Chuyên viên", "Phòng Tổ chức"],
      [5, "Võ Thị Em", "01/01/1990", "02/02/1991", "Chuyên viên", "Phòng Tổ chức"],
      ["Tổng cộng", null, 1, 2],
      [],
      [null, "Người lập biểu", null, null, null, "GIÁM ĐỐC"],
      [null, "(Ký, ghi rõ họ tên)"],
      [null, "Hoàng Thị Giang", null, null, null, "Nguyễn Văn An"],
    ],
    { merges: ["A1:C1", "A6:A7", "B6:B7", "C6:D6", "E6:E7", "F6:F7", "G6:I6", "J6:J7", "K6:K7", "L6:L7", "F9:F10"] },
  );
  const r = readWorkbook([g], { year: 2026 });

  it("accounts for every row", () => {
    expect(outcomeList(r, "DS 2026", 1, 18)).toEqual([
      "title", "title", "blank", "title", "title", "header", "header", "columnNumbers",
      "person", "person", "person", "!genderMissing", "!genderConflict", "total", "blank", "footer", "footer", "footer",
    ]);
  });

  it("reads people, genders, units, marks", () => {
    expect(names(r)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Thị Cúc"]);
    expect(females(r)).toBe(2);
    expect(r.people.map((p) => p.unit)).toEqual(["Văn phòng Sở", "Văn phòng Sở", "Phòng Tổ chức"]);
    expect(r.people.map((p) => p.birth)).toEqual(["1975-03-12", "1976-08-28", "1985"]);
    expect(r.people.map((p) => p.council)).toEqual([["province"], [], ["commune"]]);
    expect(r.people.map((p) => p.partyCommittee)).toEqual([true, false, false]);
    expect(r.people.map((p) => p.trained)).toEqual([true, false, false]);
    expect(r.people.map((p) => p.successionPool)).toEqual([false, true, false]);
    expect(r.people.map((p) => p.title)).toEqual(["Giám đốc", "Chánh Văn phòng", "Trưởng phòng"]);
    expect(r.units.map((u) => u.name)).toEqual(["Văn phòng Sở", "Phòng Tổ chức"]);
    expect(r.units[0].ref).toEqual({ sheet: "DS 2026", row: 9, col: 6 });
  });

  it("reports the gender problems at the gender cells", () => {
    expect(codes(r)).toEqual(["error:genderMissing@DS 2026!12c3", "error:genderConflict@DS 2026!13c4"]);
    expect(r.problems[0].params).toEqual({ name: "Phạm Văn Dũng" });
  });

  it("describes the sheet", () => {
    const s = r.sheets[0];
    expect(s.kind).toBe("roster");
    expect(s.headerRows).toEqual([6, 7]);
    expect(s.dataRows).toEqual({ first: 9, last: 14 });
    expect(s.columns.map((c) => c.role)).toEqual([
      "ordinal", "name", "birthMale", "birthFemale", "title", "unit",
      "councilProvince", "councilDistrict", "councilCommune", "partyCommittee", "training", "successionPool",
    ]);
    expect(s.columns[2].header).toBe("Ngày, tháng, năm sinh / Nam");
    expect(s.encoding).toBe("unicode");
    expect([s.people, s.listEntries, s.skipped, s.problems]).toEqual([3, 0, 13, 2]);
    expect(r.coverage).toEqual({ council: true, partyCommittee: true, training: true, successionPool: true, title: true });
  });
});

describe("gender column, section rows and odd values", () => {
  const g = grid(
    "Sheet1",
    [
      ["DANH SÁCH CÁN BỘ CÔNG CHỨC"],
      ["TT", "HỌ VÀ\nTÊN", "giới  tính", "Năm sinh", "Chức vụ"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["A. KHỐI QUẢN LÝ NHÀ NƯỚC"],
      ["I", "VĂN PHÒNG SỞ"],
      ["1", "Nguyễn Văn Hải", "Nam", "1970", "Chánh Văn phòng"],
      ["2", "Lê Thị Hoa", " NỮ ", 1982, "Phó Chánh Văn phòng"],
      ["3", "Đặng Thị Hà", "Nu", "03/04/1988", { error: "#N/A" }],
      ["II", "Phòng Tổ chức"],
      [null, "Công chức"],
      [1, "Trương Văn Ích", "M", "x/y/1980", "Trưởng phòng"],
      [2, "Hồ Thị Kim", "F", null, null],
      [3, "Mai Văn Long", "x", "1979"],
      [4, "Ngô Văn Minh", null, "1979"],
      ["2. Phòng Kế hoạch - Tài chính"],
      [1, "Bùi Thị Nga", "nữ"],
      [2, null, "Nam", "1990"],
      [3, null, null, null, null, "lạc dòng"],
      [4],
      ["Cộng", null, 12],
      ["Hà Tĩnh, ngày 20 tháng 11 năm 2026"],
      ["TM. ỦY BAN NHÂN DÂN"],
      ["KT. CHỦ TỊCH"],
      ["Trần Văn Phúc"],
    ],
    { merges: ["A4:E4", "B5:E5", "A15:E15"] },
  );
  const r = readWorkbook([g]);

  it("accounts for every row", () => {
    expect(outcomeList(r, "Sheet1", 1, 24)).toEqual([
      "title", "header", "columnNumbers", "section", "section",
      "person", "person", "person", "section", "section",
      "person", "person", "!genderUnreadable", "!genderMissing", "section",
      "person", "!nameMissing", "!rowUnreadable", "blank", "total",
      "footer", "footer", "footer", "footer",
    ]);
  });

  it("takes the innermost heading as unit, keeps categories out, strips numbering", () => {
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.unit}`)).toEqual([
      "Nguyễn Văn Hải|male|VĂN PHÒNG SỞ",
      "Lê Thị Hoa|female|VĂN PHÒNG SỞ",
      "Đặng Thị Hà|female|VĂN PHÒNG SỞ",
      "Trương Văn Ích|male|Phòng Tổ chức",
      "Hồ Thị Kim|female|Phòng Tổ chức",
      "Bùi Thị Nga|female|Phòng Kế hoạch - Tài chính",
    ]);
    expect(r.units.map((u) => [u.name, u.ref.row])).toEqual([
      ["VĂN PHÒNG SỞ", 5],
      ["Phòng Tổ chức", 9],
      ["Phòng Kế hoạch - Tài chính", 15],
    ]);
    expect(r.sheets[0].sheetUnit).toBeUndefined();
  });

  it("reads the header whatever its case and spacing", () => {
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual(["ordinal", "name", "gender", "birth", "title"]);
    expect(r.sheets[0].columns[1].header).toBe("HỌ VÀ TÊN");
  });

  it("reports each problem once, with its cell", () => {
    expect(codes(r)).toEqual([
      "warning:errorValue@Sheet1!8c5",
      "notice:dateUnreadable@Sheet1!11c4",
      "error:genderUnreadable@Sheet1!13c3",
      "error:genderMissing@Sheet1!14c3",
      "error:nameMissing@Sheet1!17c2",
      "error:rowUnreadable@Sheet1!18c6",
    ]);
    expect(r.problems[2].params).toEqual({ name: "Mai Văn Long", value: "x" });
    expect(r.problems[0].params).toEqual({ value: "#N/A" });
    expect(r.people[2].title).toBeNull();
    expect(r.people[2].birth).toBe("1988-04-03");
    expect(r.people[3].birth).toBeUndefined();
  });
});

describe("x under Nam | Nữ, unit merged down, hidden gender column", () => {
  const g = grid(
    "Nhân sự",
    [
      ["STT", "Họ tên", "Giới tính", null, "Đơn vị công tác", "Ghi chú"],
      [null, null, "Nam", "Nữ"],
      [1, "Phan Văn Quang", "x", null, "Phòng Hành chính"],
      [2, "Lý Thị Quyên", null, "X"],
      [3, "Cao Thị Sen", "", "x"],
      [4, "Tô Văn Tài", "x", "x", "Phòng Kỹ thuật"],
      [5, "Đỗ Thị Uyên", "0", "x", "Phòng Kỹ thuật"],
      [null, null, null, null, null],
      [6, "Vũ Văn Việt", "-", "không", "Phòng Kỹ thuật"],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "E3:E5", "E7:E8"], hiddenColumns: [3, 4] },
  );
  const r = readWorkbook([g]);

  it("reads marks and the merged unit", () => {
    expect(outcomeList(r, "Nhân sự", 1, 9)).toEqual([
      "header", "header", "person", "person", "person", "!genderConflict", "person", "blank", "!genderMissing",
    ]);
    expect(r.people.map((p) => `${p.name}|${p.gender}|${p.unit}`)).toEqual([
      "Phan Văn Quang|male|Phòng Hành chính",
      "Lý Thị Quyên|female|Phòng Hành chính",
      "Cao Thị Sen|female|Phòng Hành chính",
      "Đỗ Thị Uyên|female|Phòng Kỹ thuật",
    ]);
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual(["ordinal", "name", "maleMark", "femaleMark", "unit", "other"]);
    expect(codes(r)).toEqual(["error:genderConflict@Nhân sự!6c4", "error:genderMissing@Nhân sự!9c3"]);
    expect(r.units.map((u) => [u.name, u.ref.row])).toEqual([["Phòng Hành chính", 3], ["Phòng Kỹ thuật", 7]]);
  });
});

describe("a lone Nữ column marks the women", () => {
  const g = grid("CB", [
    ["STT", "Họ và tên", "Nữ", "Phòng/ban"],
    [1, "Hà Văn Xuân", null, "Phòng A"],
    [2, "Kiều Thị Yến", "x", "Phòng A"],
    ["I. PHÒNG B"],
    [3, "Lò Văn Bảy", "", null],
  ]);
  const r = readWorkbook([g]);
  it("counts an unmarked row as a man", () => {
    expect(outcomeList(r, "CB", 1, 5)).toEqual(["header", "person", "person", "section", "person"]);
    expect(r.people.map((p) => `${p.gender}|${p.unit}`)).toEqual(["male|Phòng A", "female|Phòng A", "male|PHÒNG B"]);
  });
});

describe("one sheet per unit, list sheets and a sheet that is no roster", () => {
  const header = ["STT", "Họ và tên", "Giới tính", "Chức vụ"];
  const unitSheet = (name: string, people: [string, string, string][]) =>
    grid(name, [
      ["SỞ NỘI VỤ"],
      ["DANH SÁCH CÁN BỘ"],
      header,
      ...people.map(([n, gd, t], i) => [i + 1, n, gd, t]),
    ]);
  const instructions = grid("Hướng dẫn", [["Hướng dẫn điền biểu"], ["1. Ghi đủ họ tên"], [], ["2. Giới tính ghi Nam hoặc Nữ"]]);
  const a = unitSheet("Phòng Kế hoạch", [["An Văn Bắc", "Nam", "Trưởng phòng"], ["Bạch Thị Cẩm", "Nữ", "Phó Trưởng phòng"]]);
  const b = unitSheet("Phòng Tổ chức", [["Chu Thị Diệu", "Nữ", "Trưởng phòng"]]);
  const labelled = grid("Sheet3", [
    ["SỞ NỘI VỤ"],
    ["Đơn vị: Trung tâm Lưu trữ"],
    header,
    [1, "Đinh Văn Giáp", "Nam", "Giám đốc"],
  ]);
  const council = grid("Danh sách đại biểu HĐND", [
    ["STT", "Họ và tên", "Giới tính", "Đơn vị", "Đại biểu HĐND cấp"],
    [1, "Chu Thị Diệu", "Nữ", "phòng tổ chức", "Tỉnh"],
    [2, "An Văn Bắc", "Nam", "Phòng Kế hoạch", "huyện"],
    [3, "Lạc Thị Én", "Nữ", null, "xã"],
    [4, "Mạc Văn Phong", "Nam", null, "x"],
    [5, "Nông Thị Quế", null, null, "xã"],
  ]);
  const committee = grid("Sheet5", [
    ["DANH SÁCH CẤP ỦY CƠ SỞ NHIỆM KỲ 2025-2030"],
    ["STT", "Họ và tên", "Giới tính", "Chức vụ đảng"],
    [1, "Bạch Thị Cẩm", "Nữ", "Bí thư"],
    [2, "Đinh Văn Giáp", "Nam", "Đảng ủy viên"],
  ]);
  const trainees = grid("Cử đi đào tạo", [
    ["STT", "Họ và tên", "Nam/Nữ", "Khóa học"],
    [1, "Bạch Thị Cẩm", "Nữ", "Bồi dưỡng QLNN"],
  ]);
  const pool = grid("QH", [
    ["DANH SÁCH QUY HOẠCH CÁN BỘ LÃNH ĐẠO 2026-2031"],
    ["STT", "Họ và tên", "Giới tính"],
    [1, "Chu Thị Diệu", "nữ"],
    [2, "An Văn Bắc", "nam"],
  ]);
  const r = readWorkbook([instructions, a, b, labelled, council, committee, trainees, pool]);

  it("names each unit sheet's unit: a line shared by every sheet is the agency, so the sheet name", () => {
    expect(r.people.map((p) => `${p.name}|${p.unit}`)).toEqual([
      "An Văn Bắc|Phòng Kế hoạch",
      "Bạch Thị Cẩm|Phòng Kế hoạch",
      "Chu Thị Diệu|Phòng Tổ chức",
      "Đinh Văn Giáp|Trung tâm Lưu trữ",
    ]);
    expect(r.units.map((u) => u.name)).toEqual(["Phòng Kế hoạch", "Phòng Tổ chức", "Trung tâm Lưu trữ"]);
    expect(r.sheets.map((s) => s.sheetUnit)).toEqual([
      undefined, "Phòng Kế hoạch", "Phòng Tổ chức", "Trung tâm Lưu trữ", undefined, undefined, undefined, undefined,
    ]);
  });

  it("reads list sheets as lists, never as staff", () => {
    expect(r.sheets.map((s) => `${s.kind}${s.listKind ? `:${s.listKind}` : ""}`)).toEqual([
      "other", "roster", "roster", "roster", "list:council", "list:partyCommittee", "list:training", "list:successionPool",
    ]);
    expect(r.people.length).toBe(4);
    expect(r.listEntries.map((e) => `${e.kind}|${e.name}|${e.gender}|${e.unit}|${e.council.join("+")}`)).toEqual([
      "council|Chu Thị Diệu|female|Phòng Tổ chức|province",
      "council|An Văn Bắc|male|Phòng Kế hoạch|district",
      "council|Lạc Thị Én|female|null|commune",
      "council|Mạc Văn Phong|male|null|",
      "partyCommittee|Bạch Thị Cẩm|female|null|",
      "partyCommittee|Đinh Văn Giáp|male|null|",
      "training|Bạch Thị Cẩm|female|null|",
      "successionPool|Chu Thị Diệu|female|null|",
      "successionPool|An Văn Bắc|male|null|",
    ]);
    expect(outcomeList(r, "Danh sách đại biểu HĐND", 1, 6)).toEqual(["header", "list", "list", "list", "list", "!genderMissing"]);
    expect(outcomeList(r, "Hướng dẫn", 1, 4)).toEqual(["notRoster", "notRoster", "notRoster", "notRoster"]);
    expect(outcomeList(r, "Sheet5", 1, 4)).toEqual(["title", "header", "list", "list"]);
  });

  it("says what it found", () => {
    expect(codes(r)).toEqual([
      "notice:sheetNotRoster@Hướng dẫn!1",
      "warning:councilLevelUnknown@Danh sách đại biểu HĐND!5c5",
      "error:genderMissing@Danh sách đại biểu HĐND!6c3",
    ]);
    expect(r.coverage).toEqual({ council: true, partyCommittee: true, training: true, successionPool: true, title: true });
  });
});

describe("council level as text, party marks, training by year", () => {
  const g = grid("DS", [
    ["STT", "Họ và tên", "Giới tính", "Đại biểu QH, HĐND", "Tham gia cấp ủy", "Đào tạo năm 2025", "Đào tạo năm 2026", "Trình độ đào tạo"],
    [1, "A Văn Một", "Nam", "Quốc hội", "HUV", "x", null, "Đại học"],
    [2, "B Thị Hai", "Nữ", "ĐBQH, HĐND tỉnh", "Chi ủy viên", null, "x", "Thạc sĩ"],
    [3, "C Thị Ba", "Nữ", "HĐND thị xã", "không", "x", "k", "Đại học"],
    [4, "D Văn Bốn", "Nam", "x", "Bí thư chi bộ", null, "1", null],
    [5, "E Thị Năm", "Nữ", "phường", "", null, null, null],
  ]);
  it("reads levels, marks and the reporting year's training column", () => {
    const r = readWorkbook([g], { year: 2026 });
    expect(r.sheets[0].columns.map((c) => c.role)).toEqual(["ordinal", "name", "gender", "council", "partyCommittee", "other", "training", "education"]);
    expect(r.people.map((p) => p.profile?.education)).toEqual(["daiHoc", "thacSi", "daiHoc", undefined, undefined]);
    expect(r.people.map((p) => p.council)).toEqual([["national"], ["national", "province"], ["district"], [], ["commune"]]);
    expect(r.people.map((p) => p.partyCommittee)).toEqual([true, true, false, true, false]);
    expect(r.people.map((p) => p.trained)).toEqual([false, true, false, true, false]);
    expect(codes(r)).toEqual(["warning:councilLevelUnknown@DS!5c4"]);
    expect(r.sheets[0].sheetUnit).toBe("DS");
    expect(r.problems[0].params).toEqual({ name: "D Văn Bốn", value: "x" });
    expect(r.coverage.successionPool).toBe(false);
  });
  it("takes the latest year when no year is given", () => {
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.trained)).toEqual([false, true, false, true, false]);
  });
  it("takes the year asked for", () => {
    const r = readWorkbook([g], { year: 2025 });
    expect(r.people.map((p) => p.trained)).toEqual([true, false, true, false, false]);
  });
});

describe("overrides, offsets, no gender column, no roster", () => {
  it("applies the clerk's column roles", () => {
    const g = grid(
      "Sheet1",
      [
        ["STT", "Họ và tên", "Giới tính", "Ghi chú"],
        [1, "An", "Nam", "x"],
        [2, "Bình", "Nữ", null],
      ],
      { firstRow: 3, firstCol: 2 },
    );
    const r = readWorkbook([g], { overrides: [{ sheet: "Sheet1", col: 5, role: "partyCommittee" }] });
    expect(r.sheets[0].columns[3]).toEqual({ col: 5, header: "Ghi chú", role: "partyCommittee", overridden: true });
    expect(r.people.map((p) => [p.ref.row, p.ref.col, p.partyCommittee])).toEqual([[4, 3, true], [5, 3, false]]);
    expect(r.coverage.partyCommittee).toBe(true);
    expect(outcomeList(r, "Sheet1", 3, 5)).toEqual(["header", "person", "person"]);
    // No unit anywhere and a default sheet name: counted, with a warning each.
    expect(codes(r)).toEqual(["warning:unitMissing@Sheet1!4c3", "warning:unitMissing@Sheet1!5c3"]);
    expect(r.people.map((p) => p.unit)).toEqual([null, null]);
  });

  it("flags a roster without a gender column, and rejects its rows", () => {
    const g = grid("DS", [["STT", "Họ và tên", "Chức vụ"], [1, "An", "Chuyên viên"]]);
    const r = readWorkbook([g]);
    expect(codes(r)).toEqual(["error:noGenderColumn@DS!1", "error:genderMissing@DS!2"]);
    expect(r.problems[1].col).toBeUndefined();
    expect(outcomeList(r, "DS", 1, 2)).toEqual(["header", "!genderMissing"]);
  });

  it("says when the workbook holds no roster", () => {
    const r = readWorkbook([grid("Tổng hợp", [["Đơn vị", "Tổng số", "Nữ"], ["Phòng A", 10, 4]]), grid("Trống", [])]);
    expect(r.sheets.map((s) => s.kind)).toEqual(["other", "other"]);
    expect(codes(r)).toEqual(["notice:sheetNotRoster@Tổng hợp!1", "error:noRosterFound@Tổng hợp!1"]);
    expect(r.problems[1].rejectsRow).toBeUndefined();
  });

  it("joins units written in another case under the first spelling", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      [1, "An", "Nam", "VĂN PHÒNG SỞ"],
      [2, "Bình", "Nữ", "Văn phòng  Sở"],
      [3, "Chi", "Nữ", null],
    ]);
    const r = readWorkbook([g]);
    // A blank unit cell is no unit (only a merge draws a unit down): counted, with a warning.
    expect(r.people.map((p) => p.unit)).toEqual(["VĂN PHÒNG SỞ", "VĂN PHÒNG SỞ", null]);
    expect(r.units.length).toBe(1);
    expect(codes(r)).toEqual(["warning:unitMissing@DS!4c4"]);
  });

  it("warns for a person before any unit", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Đơn vị"],
      [1, "An", "Nam", null],
      [2, "Bình", "Nữ", "Phòng A"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.unit)).toEqual([null, "Phòng A"]);
    expect(codes(r)).toEqual(["warning:unitMissing@DS!2c4"]);
  });
});
