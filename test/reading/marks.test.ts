import { roleOfHeader } from "../../src/reading/headers";
import { fold } from "../../src/reading/text";
import { birthOf, councilLevelsOf, genderOf, isNegativeMark, isPositiveMark } from "../../src/reading/marks";

describe("councilLevelsOf", () => {
  it.each([
    ["Quốc hội", ["national"]],
    ["ĐBQH", ["national"]],
    ["Đại biểu HĐND tỉnh", ["province"]],
    ["HĐND tỉnh Hà Tĩnh", ["province"]],
    ["huyện", ["district"]],
    ["HĐND thị xã Hồng Lĩnh", ["district"]],
    ["thành phố Hà Tĩnh", ["district"]],
    ["xã", ["commune"]],
    ["HĐND phường Bắc Hà", ["commune"]],
    ["thị trấn Nghèn", ["commune"]],
    ["HĐND xã Thạch Tĩnh", ["commune"]], // "Tĩnh" (place) is not "tỉnh" (province)
    ["Tỉnh, huyện", ["province", "district"]],
    ["HDND tinh", ["province"]],
    ["HDND xa", ["commune"]],
    ["  HUYỆN ", ["district"]],
    ["HĐND Huyện".normalize("NFD"), ["district"]],
    ["x", []],
    ["", []],
  ])("%s", (text, levels) => {
    expect(councilLevelsOf(text)).toEqual(levels);
  });
});

describe("marks", () => {
  it.each(["", "0", "-", "—", "không", "Không", "k", "no", "  ", null, 0, false])("%p is negative", (v) => {
    expect(isNegativeMark(v)).toBe(true);
    expect(isPositiveMark(v)).toBe(false);
  });
  it.each(["x", "X", "Tỉnh ủy viên", "Huyện ủy viên", "HUV", "Đảng ủy viên", "Chi ủy viên", "Bí thư chi bộ", "Ủy viên BCH", 1, true])(
    "%p is positive",
    (v) => {
      expect(isNegativeMark(v)).toBe(false);
    },
  );
  it("an error value is no mark", () => {
    expect(isNegativeMark({ error: "#N/A" })).toBe(true);
  });
});

describe("genderOf", () => {
  it.each([
    ["Nam", "male"],
    ["nam", "male"],
    [" NAM ", "male"],
    ["M", "male"],
    ["Nữ", "female"],
    ["NỮ", "female"],
    ["nữ".normalize("NFD"), "female"],
    ["Nu", "female"],
    ["nữ ", "female"],
    ["F", "female"],
    ["x", null],
    ["Nam/Nữ", null],
    ["", null],
  ])("%p → %p", (text, g) => {
    expect(genderOf(text)).toBe(g);
  });
});

describe("birthOf", () => {
  it("reads real dates, text dates, years and serials", () => {
    expect(birthOf(new Date(Date.UTC(1980, 4, 17)))).toEqual({ birth: "1980-05-17" });
    expect(birthOf("17/05/1980")).toEqual({ birth: "1980-05-17" });
    expect(birthOf("7/5/1980")).toEqual({ birth: "1980-05-07" });
    expect(birthOf("17-05-1980")).toEqual({ birth: "1980-05-17" });
    expect(birthOf("17.05.1980")).toEqual({ birth: "1980-05-17" });
    expect(birthOf("1980")).toEqual({ birth: "1980" });
    expect(birthOf(1980)).toEqual({ birth: "1980" });
    expect(birthOf(29358)).toEqual({ birth: "1980-05-17" });
    expect(birthOf("29358")).toEqual({ birth: "1980-05-17" });
    expect(birthOf("05/1980")).toEqual({ birth: "1980" });
  });
  it("says unreadable or nothing", () => {
    expect(birthOf("31/02/1980")).toBe("unreadable");
    expect(birthOf("không rõ")).toBe("unreadable");
    expect(birthOf(12)).toBe("unreadable");
    expect(birthOf(null)).toBeNull();
    expect(birthOf("  ")).toBeNull();
    expect(birthOf({ error: "#N/A" })).toBeNull();
  });
});

describe("roleOfHeader", () => {
  const role = (...parts: string[]) => roleOfHeader(parts.map(fold), parts.join(" / ")).role;
  it.each([
    [["STT"], "ordinal"],
    [["Số TT"], "ordinal"],
    [["Họ và tên"], "name"],
    [["HỌ VÀ\nTÊN"], "name"],
    [["Họ tên"], "name"],
    [["Giới tính"], "gender"],
    [["Giới"], "gender"],
    [["Nam/Nữ"], "gender"],
    [["Giới thiệu"], "other"],
    [["Ngày, tháng, năm sinh"], "birth"],
    [["Năm sinh"], "birth"],
    [["Nơi sinh"], "other"],
    [["Ngày, tháng, năm sinh", "Nam"], "birthMale"],
    [["Ngày, tháng, năm sinh", "Nữ"], "birthFemale"],
    [["Giới tính", "Nam"], "maleMark"],
    [["Giới tính", "Nữ"], "femaleMark"],
    [["Nữ"], "femaleMark"],
    [["Chức vụ"], "title"],
    [["Chức danh nghề nghiệp"], "other"],
    // A column of party posts (Bí thư chi bộ, Đảng ủy viên) is a cấp ủy column, never the unit's chức vụ.
    [["Chức vụ Đảng"], "partyCommittee"],
    [["Chức vụ trong Đảng"], "partyCommittee"],
    [["Chức vụ Đảng, đoàn thể"], "other"],
    [["Chức vụ đoàn thể"], "other"],
    [["Đơn vị công tác"], "unit"],
    [["Phòng/ban"], "unit"],
    [["Cơ quan"], "unit"],
    [["Đại biểu QH, HĐND"], "council"],
    [["Đại biểu HĐND các cấp"], "council"],
    [["ĐB HĐND tỉnh"], "councilProvince"],
    [["Đại biểu Quốc hội"], "councilNational"],
    [["Đại biểu HĐND", "Tỉnh"], "councilProvince"],
    [["Đại biểu HĐND", "Huyện"], "councilDistrict"],
    [["Đại biểu HĐND", "Xã"], "councilCommune"],
    [["Cấp ủy"], "partyCommittee"],
    [["Tham gia cấp ủy"], "partyCommittee"],
    [["Đảng viên"], "partyMember"],
    [["Ngày vào Đảng"], "partyMember"],
    [["Cử đi đào tạo, bồi dưỡng năm 2026"], "training"],
    [["Cử đi học năm 2026"], "training"],
    [["Trình độ đào tạo"], "education"],
    [["Chuyên ngành đào tạo"], "other"],
    [["Quy hoạch"], "successionPool"],
    [["Ghi chú"], "other"],
  ])("%j → %s", (parts, expected) => {
    expect(role(...(parts as string[]))).toBe(expected);
  });
});
