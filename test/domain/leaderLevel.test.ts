import { isLeadershipUnit, leaderLevel } from "../../src/domain/leaderLevel";

const level = (title: string, unit: string | null, agency?: string) => leaderLevel(title, unit, agency);

describe("leaders by level: the agency's own leadership apart from its units'", () => {
  it("puts the Giám đốc and Phó Giám đốc of a sở at the agency", () => {
    expect(level("Giám đốc", null)).toEqual({ level: "agency", rank: "head" });
    expect(level("Giám đốc Sở", "Văn phòng Sở")).toEqual({ level: "agency", rank: "head" });
    expect(level("Phó Giám đốc Sở", null)).toEqual({ level: "agency", rank: "deputy" });
    expect(level("PGĐ", "Sở Tài chính")).toEqual({ level: "agency", rank: "deputy" });
    expect(level("P.GĐ", null)).toEqual({ level: "agency", rank: "deputy" });
    expect(level("Phó Giám đốc Sở Tài chính", null, "Sở Tài chính")).toEqual({ level: "agency", rank: "deputy" });
  });

  it("puts a Giám đốc Trung tâm (or a bare Giám đốc listed under a centre) at a unit", () => {
    expect(level("Giám đốc Trung tâm Dịch vụ tài chính công", null)).toEqual({ level: "unit", rank: "head" });
    expect(level("Phó Giám đốc Trung tâm", "Trung tâm Công nghệ thông tin")).toEqual({ level: "unit", rank: "deputy" });
    expect(level("Giám đốc", "Trung tâm Kiểm soát bệnh tật")).toEqual({ level: "unit", rank: "head" });
    expect(level("Giám đốc", "Bệnh viện Đa khoa huyện")).toEqual({ level: "unit", rank: "head" });
    expect(level("Giám đốc Bệnh viện", "Sở Y tế")).toEqual({ level: "unit", rank: "head" });
  });

  it("puts the Chủ tịch and Phó Chủ tịch of a UBND at the agency, a Hội's chair at a unit", () => {
    expect(level("Chủ tịch UBND huyện", null)).toEqual({ level: "agency", rank: "head" });
    expect(level("Phó Chủ tịch UBND", "Văn phòng HĐND và UBND")).toEqual({ level: "agency", rank: "deputy" });
    expect(level("Phó Chủ tịch", null)).toEqual({ level: "agency", rank: "deputy" });
    expect(level("PCT", "UBND huyện Cẩm Xuyên")).toEqual({ level: "agency", rank: "deputy" });
    expect(level("Chủ tịch Hội Nông dân", null)).toEqual({ level: "unit", rank: "head" });
    expect(level("Chủ tịch", "Hội Chữ thập đỏ")).toEqual({ level: "unit", rank: "head" });
  });

  it("puts the Trưởng ban of a ban that is the agency at the agency, a Ban Quản lý's at a unit", () => {
    expect(level("Trưởng ban", "Văn phòng Ban", "Ban Dân tộc tỉnh")).toEqual({ level: "agency", rank: "head" });
    expect(level("Phó Trưởng ban", null, "Ban Dân tộc tỉnh")).toEqual({ level: "agency", rank: "deputy" });
    expect(level("Phó ban", "Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh")).toEqual({ level: "agency", rank: "deputy" });
    expect(level("Trưởng ban Dân tộc", null, "Ban Dân tộc tỉnh")).toEqual({ level: "agency", rank: "head" });
    expect(level("Trưởng ban Quản lý dự án", null, "UBND huyện Kỳ Anh")).toEqual({ level: "unit", rank: "head" });
    expect(level("Trưởng ban", "Ban Quản lý dự án đầu tư xây dựng", "Ban Quản lý Khu kinh tế tỉnh")).toEqual({ level: "unit", rank: "head" });
    // In a sở, a Trưởng ban of a unit is the unit's.
    expect(level("Trưởng ban", "Ban Tiếp công dân", "Sở Tài chính")).toEqual({ level: "unit", rank: "head" });
  });

  it("puts anyone listed under the agency's leadership at the agency", () => {
    for (const unit of ["Ban Giám đốc", "LÃNH ĐẠO SỞ", "Lãnh đạo UBND", "Thường trực", "Lãnh đạo", "Ban lãnh đạo"]) {
      expect(isLeadershipUnit(unit)).toBe(true);
      expect(level("Phó Trưởng phòng phụ trách", unit)).toEqual({ level: "agency", rank: "deputy" });
    }
    expect(level("Giám đốc", "Ban Giám đốc")).toEqual({ level: "agency", rank: "head" });
    expect(isLeadershipUnit("Ban Giám đốc Trung tâm Y tế")).toBe(false);
    expect(isLeadershipUnit("Lãnh đạo Chi cục")).toBe(false);
    expect(isLeadershipUnit("Phòng Tổ chức cán bộ")).toBe(false);
    expect(isLeadershipUnit(null)).toBe(false);
  });

  it("puts the heads and deputies of phòng, chi cục, trường… at a unit", () => {
    expect(level("Trưởng phòng", "Phòng Ngân sách")).toEqual({ level: "unit", rank: "head" });
    expect(level("Chánh Văn phòng", "Văn phòng Sở")).toEqual({ level: "unit", rank: "head" });
    expect(level("Chi cục trưởng", "Chi cục Thủy lợi")).toEqual({ level: "unit", rank: "head" });
    expect(level("Hiệu phó", "Trường THCS Thạch Hà")).toEqual({ level: "unit", rank: "deputy" });
    expect(level("Phó Trưởng phòng", null)).toEqual({ level: "unit", rank: "deputy" });
  });

  it("reads a title holding both posts as the agency's, at the agency post's rank", () => {
    expect(level("Phó Giám đốc Sở kiêm Chánh Văn phòng", "Văn phòng Sở")).toEqual({ level: "agency", rank: "deputy" });
    expect(level("Phó Chủ tịch UBND kiêm Trưởng phòng Tài chính", null)).toEqual({ level: "agency", rank: "deputy" });
  });

  it("gives no level to titles that lead nothing", () => {
    expect(level("Chuyên viên", "Lãnh đạo Sở")).toBeNull();
    expect(level("Kế toán trưởng", null)).toBeNull();
    expect(leaderLevel(null, null)).toBeNull();
  });
});
