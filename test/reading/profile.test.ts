// The staff profile (Person.profile): trình độ chuyên môn, lý luận chính trị, dân tộc, đảng viên, loại,
// and the level planned for in quy hoạch; each field undefined when the roster gives no source for it.
import { readWorkbook } from "../../src/reading";
import { roleOfHeader } from "../../src/reading/headers";
import { educationOf, ethnicMinorityOf, leaderLevelOf, politicalTheoryOf, staffKindOf, staffKindOfSheet } from "../../src/reading/profile";
import { encodeTcvn3, fold } from "../../src/reading/text";
import { grid, outcomeList } from "./gridBuilder";

describe("profile values as clerks write them", () => {
  it.each([
    ["Tiến sĩ Kinh tế", "tienSi"], ["TS", "tienSi"], ["PGS.TS", "tienSi"],
    ["Thạc sĩ", "thacSi"], ["ThS. Quản lý công", "thacSi"],
    ["Đại học", "daiHoc"], ["ĐH Luật", "daiHoc"], ["Cử nhân", "daiHoc"], ["Kỹ sư", "daiHoc"], ["Bác sĩ CKI", "daiHoc"], ["Dai hoc", "daiHoc"],
    ["Cao đẳng", "caoDang"], ["CĐ", "caoDang"],
    ["Trung cấp", "trungCap"], ["TC Kế toán", "trungCap"],
    ["12/12", "other"], ["Sơ cấp", "other"],
  ])("education %s → %s", (text, want) => {
    expect(educationOf(text)).toBe(want);
  });
  it("an empty education cell says nothing", () => {
    expect(educationOf("")).toBeUndefined();
  });

  it.each([
    ["Cử nhân", "cuNhan"], ["Cử nhân chính trị", "cuNhan"], ["Cao cấp", "caoCap"], ["CC", "caoCap"],
    ["Trung cấp", "trungCap"], ["TC", "trungCap"], ["Sơ cấp", "soCap"], ["SC", "soCap"],
    ["", "none"], ["Không", "none"], ["Chưa học", "none"],
  ])("political theory %s → %s", (text, want) => {
    expect(politicalTheoryOf(text)).toBe(want);
  });

  it("dân tộc: Kinh is no minority; any other (or DTTS) is", () => {
    expect(["Kinh", "kinh", "Mường", "Tày", "Thái", "DTTS", ""].map(ethnicMinorityOf)).toEqual([false, false, true, true, true, true, undefined]);
  });

  it.each([
    ["Công chức", "congChuc"], ["CC", "congChuc"], ["Viên chức", "vienChuc"], ["VC", "vienChuc"],
    ["Hợp đồng lao động", "contract"], ["HĐLĐ", "contract"], ["HĐ 68", "contract"], ["Lao động hợp đồng theo NĐ 111", "contract"],
    ["Hợp đồng làm việc", "vienChuc"], ["Cán bộ", "other"],
  ])("kind %s → %s", (text, want) => {
    expect(staffKindOf(text)).toBe(want);
  });
  it("a text naming several kinds names none", () => {
    expect(staffKindOf("Viên chức, lao động hợp đồng")).toBeUndefined();
    expect(staffKindOf("")).toBeUndefined();
    expect(staffKindOfSheet("Hợp đồng")).toBe("contract");
    expect(staffKindOfSheet("DS CBCCVC")).toBeUndefined();
    expect(staffKindOfSheet("CC-VC")).toBeUndefined();
  });

  it.each([
    ["Giám đốc Sở", "agency"], ["PGĐ", "agency"], ["Phó Giám đốc", "agency"], ["Lãnh đạo Sở", "agency"], ["Cấp Sở", "agency"], ["Chủ tịch UBND", "agency"],
    ["Trưởng phòng", "unit"], ["PTP", "unit"], ["Cấp phòng", "unit"], ["Giám đốc Trung tâm", "unit"], ["Phó Chi cục trưởng", "unit"],
  ])("quy hoạch level %s → %s", (text, want) => {
    expect(leaderLevelOf(text)).toBe(want);
  });
});

describe("profile column headers", () => {
  const role = (...parts: string[]) => roleOfHeader(parts.map(fold), parts.join(" / "));
  it.each([
    [["Trình độ chuyên môn"], "education"], [["Trình độ", "Chuyên môn"], "education"], [["Trình độ", "Lý luận chính trị"], "politicalTheory"],
    [["Trình độ", "Quản lý nhà nước"], "other"], [["Lý luận chính trị"], "politicalTheory"], [["LLCT"], "politicalTheory"],
    [["Dân tộc"], "ethnicity"], [["DTTS"], "ethnicity"], [["Đảng viên"], "partyMember"], [["Ngày vào Đảng"], "partyMember"],
    [["Ngày, tháng, năm vào Đảng"], "partyMember"], [["Loại cán bộ"], "staffKind"], [["Phân loại"], "staffKind"],
    [["Chuyên ngành đào tạo"], "other"], [["Ban Dân tộc"], "unit"],
  ])("%j → %s", (parts, want) => {
    expect(role(...(parts as string[])).role).toBe(want);
  });
  it("sub-columns under Loại and under Quy hoạch carry their kind and level", () => {
    expect(role("Loại", "Hợp đồng")).toEqual({ role: "staffKind", markKind: "contract" });
    expect(role("Quy hoạch", "Lãnh đạo Sở")).toEqual({ role: "successionPool", poolLevel: "agency" });
    expect(role("Quy hoạch", "Cấp phòng")).toEqual({ role: "successionPool", poolLevel: "unit" });
    expect(role("Chức vụ Đảng")).toEqual({ role: "partyCommittee", partyPost: true });
  });
});

describe("Person.profile on a roster", () => {
  it("reads every profile column; a field is undefined where its column is empty", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Giới tính", "Trình độ chuyên môn", "Lý luận chính trị", "Dân tộc", "Ngày vào Đảng", "Loại cán bộ", "Quy hoạch"],
      [1, "Lê Thị Hoa", "Nữ", "Thạc sĩ", "Cao cấp", "Kinh", "03/02/2005", "Công chức", "Phó Giám đốc Sở"],
      [2, "Phan Văn Tú", "Nam", "Đại học", null, "Mường", null, "Viên chức", "Trưởng phòng"],
      [3, "Võ Văn Lâm", "Nam", null, "Sơ cấp", null, null, "HĐLĐ", null],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => p.profile)).toEqual([
      { education: "thacSi", politicalTheory: "caoCap", ethnicMinority: false, partyMember: true, kind: "congChuc", successionLevel: "agency" },
      { education: "daiHoc", politicalTheory: "none", ethnicMinority: true, partyMember: false, kind: "vienChuc", successionLevel: "unit" },
      { politicalTheory: "soCap", partyMember: false, kind: "contract" },
    ]);
  });

  it("no profile column, no profile", () => {
    const r = readWorkbook([grid("DS", [["Họ và tên", "Giới tính"], ["Lê Thị Hoa", "Nữ"]])]);
    expect(r.people[0].profile).toBeUndefined();
  });

  it("'Đảng viên' in a party-post column is a party member with no committee post; a post is a member too", () => {
    const r = readWorkbook([grid("DS", [
      ["Họ và tên", "Giới tính", "Chức vụ Đảng"],
      ["Lê Thị Hoa", "Nữ", "Đảng viên"],
      ["Phan Văn Tú", "Nam", "Bí thư chi bộ"],
      ["Võ Văn Lâm", "Nam", null],
    ])]);
    expect(r.people.map((p) => [p.partyCommittee, p.profile?.partyMember])).toEqual([[false, true], [true, true], [false, false]]);
  });

  it("a DTTS mark column and TCVN3 values", () => {
    const r = readWorkbook([grid("DS", [
      ["Họ và tên", "Giới tính", "DTTS", "Trình độ chuyên môn"],
      ["Lê Thị Hoa", "Nữ", "x", encodeTcvn3("Thạc sĩ")],
      ["Phan Văn Tú", "Nam", null, encodeTcvn3("Đại học")],
    ])]);
    expect(r.people.map((p) => [p.profile?.ethnicMinority, p.profile?.education])).toEqual([[true, "thacSi"], [false, "daiHoc"]]);
  });

  it("marks under Loại | Công chức | Viên chức | Hợp đồng, and under Quy hoạch | Lãnh đạo Sở | Lãnh đạo phòng", () => {
    const g = grid("DS", [
      ["Họ và tên", "Giới tính", "Loại", null, null, "Quy hoạch", null],
      [null, null, "Công chức", "Viên chức", "Hợp đồng", "Lãnh đạo Sở", "Lãnh đạo phòng"],
      ["Lê Thị Hoa", "Nữ", "x", null, null, "x", null],
      ["Phan Văn Tú", "Nam", null, null, "x", null, null],
      ["Võ Thị Lan", "Nữ", null, "x", null, null, "x"],
    ], { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:G1"] });
    const r = readWorkbook([g]);
    expect(r.people.map((p) => [p.profile?.kind, p.successionPool, p.profile?.successionLevel])).toEqual([
      ["congChuc", true, "agency"], ["contract", false, undefined], ["vienChuc", true, "unit"],
    ]);
  });

  it("a sheet named Hợp đồng: everyone on it is a contract worker", () => {
    const header = ["Họ và tên", "Giới tính", "Chức vụ"];
    const r = readWorkbook([
      grid("CBCC", [header, ["Lê Thị Hoa", "Nữ", "Chuyên viên"]]),
      grid("Hợp đồng", [header, ["Phan Văn Tú", "Nam", "Lái xe"], ["Võ Thị Lan", "Nữ", "Tạp vụ"]]),
    ]);
    expect(r.people.map((p) => `${p.name}:${p.profile?.kind}`)).toEqual(["Lê Thị Hoa:undefined", "Phan Văn Tú:contract", "Võ Thị Lan:contract"]);
  });

  it("a category heading HỢP ĐỒNG LAO ĐỘNG marks the rows under it: within a unit until the next unit heading, over units until the next category", () => {
    const header = ["STT", "Họ và tên", "Giới tính", "Chức vụ"];
    const g = grid("DS", [
      header,
      ["I", "VĂN PHÒNG SỞ"],
      [1, "Lê Thị Hoa", "Nữ", "Chánh Văn phòng"],
      [null, "Hợp đồng lao động"],
      [2, "Phan Văn Tú", "Nam", "Lái xe"],
      ["II", "PHÒNG KẾ HOẠCH"],
      [3, "Võ Thị Lan", "Nữ", "Trưởng phòng"],
      ["III", "HỢP ĐỒNG LAO ĐỘNG (NĐ 111/2022/NĐ-CP)"],
      ["1", "Văn phòng Sở"],
      [4, "Hồ Văn Nam", "Nam", "Bảo vệ"],
      ["2", "Phòng Kế hoạch"],
      [5, "Đỗ Thị Mai", "Nữ", "Tạp vụ"],
    ]);
    const r = readWorkbook([g]);
    expect(r.people.map((p) => `${p.name}:${p.unit}:${p.profile?.kind}`)).toEqual([
      "Lê Thị Hoa:VĂN PHÒNG SỞ:undefined",
      "Phan Văn Tú:VĂN PHÒNG SỞ:contract",
      "Võ Thị Lan:PHÒNG KẾ HOẠCH:undefined",
      // (Units by folded name: "Văn phòng Sở" is the unit first spelled "VĂN PHÒNG SỞ".)
      "Hồ Văn Nam:VĂN PHÒNG SỞ:contract",
      "Đỗ Thị Mai:PHÒNG KẾ HOẠCH:contract",
    ]);
    expect(outcomeList(r, "DS", 1, 12).filter((o) => o === "section").length).toBe(6);
  });
});
