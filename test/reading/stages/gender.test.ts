// Stage: a row's gender.
import type { CellValue } from "../../../src/domain/grid";
import { columnsOf, rolesOf } from "../../../src/reading/columns";
import { genderOfRow } from "../../../src/reading/gender";
import { encodeTcvn3 } from "../../../src/reading/text";
import { grid, viewOf } from "../gridBuilder";

const ctx = { sheet: "S", overrides: [], year: 2026, hiddenColumns: [] as number[] };

function read(header: CellValue[][], row: CellValue[], merges: string[] = []) {
  const view = viewOf(grid("S", [...header, row], { merges }));
  const roles = rolesOf(columnsOf(view, 1, header.length), ctx);
  return genderOfRow(view, header.length + 1, roles);
}

describe("genderOfRow", () => {
  it("a gender cell, in any spelling or a legacy encoding", () => {
    expect(read([["Họ và tên", "Giới tính"]], ["A", "Nữ"])).toMatchObject({ found: "female", strong: true });
    expect(read([["Họ và tên", "Giới tính"]], ["A", "nu"])).toMatchObject({ found: "female" });
    expect(read([["Họ và tên", "Giới tính"]], ["A", encodeTcvn3("Nữ")])).toMatchObject({ found: "female" });
    expect(read([["Họ và tên", "Giới tính"]], ["A", "?"]).reject).toEqual({ code: "genderUnreadable", col: 2, value: "?" });
    expect(read([["Họ và tên", "Giới tính"]], ["A", null]).reject).toEqual({ code: "genderMissing", col: 2 });
  });

  it("the birth date under Nam or Nữ", () => {
    const header = [["Họ và tên", "Ngày sinh", null], [null, "Nam", "Nữ"]];
    const merges = ["A1:A2", "B1:C1"];
    expect(read(header, ["A", null, "02/03/1985"], merges)).toMatchObject({ found: "female", birth: "1985-03-02", strong: true });
    expect(read(header, ["A", "1980", "1985"], merges).reject?.code).toBe("genderConflict");
    expect(read(header, ["A", "abc", null], merges)).toMatchObject({ found: "male", birthUnreadable: { col: 2, value: "abc" } });
  });

  it("an x under Nam or Nữ; a lone Nữ column: unmarked is a man", () => {
    const header = [["Họ và tên", "Giới tính", null], [null, "Nam", "Nữ"]];
    const merges = ["A1:A2", "B1:C1"];
    expect(read(header, ["A", null, "x"], merges)).toMatchObject({ found: "female", strong: true });
    expect(read(header, ["A", "x", "x"], merges).reject?.code).toBe("genderConflict");
    expect(read([["Họ và tên", "Nữ"]], ["A", null])).toMatchObject({ found: "male", strong: false });
    expect(read([["Họ và tên", "Nữ"]], ["A", "x"])).toMatchObject({ found: "female" });
  });
});
