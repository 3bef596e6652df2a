// The bound on units (src/domain/unitLimit.ts): a workbook whose people name more than MAX_UNITS units is
// refused at the first past the line, whatever sheet it stands on; a unit named again costs nothing.
import type { CellValue, Grid } from "../../src/domain/grid";
import { MAX_UNITS, TooManyUnits, tooManyUnitsSentence } from "../../src/domain/unitLimit";
import { readWorkbook } from "../../src/reading";

function sheet(name: string, people: number, unitOf: (i: number) => string): Grid {
  const rows: CellValue[][] = [["STT", "Họ và tên", "Giới tính", "Đơn vị"]];
  for (let i = 1; i <= people; i++) rows.push([i, `Nguyễn Thị Hoa ${i}`, i % 2 ? "Nữ" : "Nam", unitOf(i)]);
  return { sheet: name, firstRow: 1, firstCol: 1, rows, merges: [] };
}

describe("the bound on units", () => {
  it("reads a workbook naming exactly MAX_UNITS units, over two sheets", () => {
    const half = MAX_UNITS / 2;
    const roster = readWorkbook([sheet("A", half, (i) => `Phòng ${i}`), sheet("B", half, (i) => `Phòng ${half + i}`)]);
    expect(roster.units).toHaveLength(MAX_UNITS);
    expect(roster.people).toHaveLength(MAX_UNITS);
  });

  it("refuses the workbook at the first unit past it", () => {
    const half = MAX_UNITS / 2;
    expect(() => readWorkbook([sheet("A", half, (i) => `Phòng ${i}`), sheet("B", half + 1, (i) => `Phòng ${half + i}`)])).toThrow(TooManyUnits);
  });

  it("counts a unit named on many rows once", () => {
    const roster = readWorkbook([sheet("A", 3 * MAX_UNITS, (i) => `Phòng ${i % 7}`)]);
    expect(roster.units).toHaveLength(7);
  });

  it("says why in Vietnamese, then English, with the bound in each one's number form", () => {
    expect(tooManyUnitsSentence("vi")).toContain("hơn 10.000 đơn vị");
    expect(tooManyUnitsSentence("en")).toContain("over 10,000 different units");
    expect(new TooManyUnits().message).toBe(`${tooManyUnitsSentence("vi")} / ${tooManyUnitsSentence("en")}`);
  });
});
