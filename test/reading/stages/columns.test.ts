// Stage: column roles.
import { columnsOf, kindsOf, rolesOf, takeLevelColumn } from "../../../src/reading/columns";
import { grid, viewOf } from "../gridBuilder";

const ctx = { sheet: "S", overrides: [], year: 2026, hiddenColumns: [] as number[] };

describe("column roles", () => {
  it("reads a two-row header: birth under Nam | Nữ, council levels under Đại biểu HĐND", () => {
    const view = viewOf(
      grid("S", [
        ["TT", "Họ và tên", "Ngày sinh", null, "Chức vụ", "Đại biểu HĐND", null],
        [null, null, "Nam", "Nữ", null, "Tỉnh", "Xã"],
      ], { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:G1"] }),
    );
    const columns = columnsOf(view, 1, 2);
    expect(columns.map((c) => c.role)).toEqual(["ordinal", "name", "birthMale", "birthFemale", "title", "councilProvince", "councilCommune"]);
    expect(columns[2].header).toBe("Ngày sinh / Nam");
    const roles = rolesOf(columns, ctx);
    expect(roles.councilLevels).toEqual([{ col: 6, level: "province" }, { col: 7, level: "commune" }]);
    expect(roles.hasGender).toBe(true);
    expect(roles.dataCols).toEqual([3, 4, 5, 6, 7]);
  });

  it("keeps the reporting year's training column, a visible column over a hidden one, and an override", () => {
    const view = viewOf(grid("S", [["Họ và tên", "Giới tính", "Chức vụ (cũ)", "Chức vụ", "Đào tạo năm 2025", "Đào tạo năm 2026", "Ghi chú"]]));
    const columns = columnsOf(view, 1, 1);
    const roles = rolesOf(columns, { ...ctx, hiddenColumns: [3], overrides: [{ sheet: "S", col: 7, role: "successionPool" }] });
    expect(roles.title).toBe(4);
    expect(roles.training).toEqual([6]);
    expect(roles.pool).toEqual([7]);
    expect(columns.find((c) => c.col === 7)?.overridden).toBe(true);
  });

  it("joins a name written over two columns, Họ đệm | Tên", () => {
    const columns = columnsOf(viewOf(grid("S", [["Họ đệm", "Tên", "Giới tính"]])), 1, 1);
    expect(rolesOf(columns, ctx).name).toEqual([1, 2]);
  });

  it("takes a bare Cấp column of a deputies' list as the council level", () => {
    const columns = columnsOf(viewOf(grid("S", [["Họ và tên", "Giới tính", "Cấp"]])), 1, 1);
    const roles = rolesOf(columns, ctx);
    expect(roles.council).toEqual([]);
    takeLevelColumn(columns, roles);
    expect(roles.council).toEqual([3]);
  });

  it("kindsOf: 1 for name and ordinal, 2 for data, 0 for other", () => {
    const columns = columnsOf(viewOf(grid("S", [["STT", "Họ và tên", "Ghi chú", "Giới tính"]])), 1, 1);
    expect(Array.from(kindsOf(rolesOf(columns, ctx), 1))).toEqual([1, 1, 0, 2]);
  });
});
