// Stage: person fields (unit, title, ditto marks, council levels, marks).
import type { CellValue } from "../../../src/domain/grid";
import { columnsOf, rolesOf } from "../../../src/reading/columns";
import { genderOfRow } from "../../../src/reading/gender";
import { Outcomes } from "../../../src/reading/outcomes";
import { councilOfRow, isDitto, NO_MEMORY, personOf, unitOfRow, type FieldMemory } from "../../../src/reading/personFields";
import { grid, viewOf } from "../gridBuilder";

const ctx = { sheet: "S", overrides: [], year: 2026, hiddenColumns: [] as number[] };
const HEADER = ["Họ và tên", "Giới tính", "Đơn vị", "Chức vụ", "Đại biểu HĐND", "Cấp ủy", "Đào tạo", "Quy hoạch"];

function setup(body: CellValue[][], merges: string[] = []) {
  const view = viewOf(grid("S", [HEADER, ...body], { merges }));
  const roles = rolesOf(columnsOf(view, 1, 1), ctx);
  return { view, roles, out: new Outcomes("S") };
}

describe("unitOfRow", () => {
  it("a unit column, a merge drawn down, a ditto mark, the heading above", () => {
    const { view, roles } = setup([
      ["A", "Nam", "Phòng Tổ chức"],
      ["B", "Nữ", null],
      ["C", "Nam", "nt"],
      ["D", "Nam", null],
    ], ["C2:C3"]);
    let mem: FieldMemory = NO_MEMORY;
    const units: (string | null)[] = [];
    const refRows: (number | undefined)[] = [];
    for (let r = 2; r <= 5; r++) {
      const u = unitOfRow(view, r, roles, mem);
      mem = u.memory;
      units.push(u.unit);
      refRows.push(u.ref?.row);
    }
    expect(units).toEqual(["Phòng Tổ chức", "Phòng Tổ chức", "Phòng Tổ chức", null]);
    expect(refRows).toEqual([2, 2, 2, undefined]);
    const withSection = unitOfRow(view, 5, roles, { ...NO_MEMORY, section: { name: "VĂN PHÒNG", ref: { sheet: "S", row: 1 } } });
    expect(withSection.unit).toBe("VĂN PHÒNG");
  });
});

describe("personOf", () => {
  it("reads the marks and repeats the title above for a ditto mark", () => {
    const { view, roles, out } = setup([
      ["A", "Nam", "P", "Trưởng phòng", "HĐND huyện", "Huyện ủy viên", "x", "Không"],
      ["B", "Nữ", "P", "nt", null, "0", null, "x"],
    ]);
    let mem = NO_MEMORY;
    const people = [2, 3].map((r) => {
      const read = personOf(view, out, r, { name: "n", unit: "P", gender: genderOfRow(view, r, roles) }, roles, mem, {});
      mem = read.memory;
      return read.person;
    });
    expect(people.map((p) => [p.gender, p.title, p.council, p.partyCommittee, p.trained, p.successionPool])).toEqual([
      ["male", "Trưởng phòng", ["district"], true, true, false],
      ["female", "Trưởng phòng", [], false, false, true],
    ]);
    expect(out.problems).toEqual([]);
  });

  it("a council cell naming no level is a warning", () => {
    const { view, roles, out } = setup([["A", "Nam", "P", null, "có"]]);
    expect(councilOfRow(view, out, 2, roles, "A")).toEqual({ levels: [], warned: true });
    expect(out.problems.map((p) => p.code)).toEqual(["councilLevelUnknown"]);
  });

  it("ditto marks", () => {
    expect(["nt", "Nt", "như trên", '"', "Nam"].map(isDitto)).toEqual([true, true, true, true, false]);
  });
});
