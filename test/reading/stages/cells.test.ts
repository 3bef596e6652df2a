// Stage: cells. A merged area's value belongs to every cell of it; rows and fonts by sheet coordinates.
import { hasLetter, isBlank, isOrdinalValue, SheetCells } from "../../../src/reading/cells";
import { grid } from "../gridBuilder";

describe("SheetCells", () => {
  const g = grid("S", [["a", null, null], ["Phòng X", "b", null], [null, "c", "d"]], { merges: ["A2:A3"], firstRow: 5, firstCol: 2 });
  const cells = new SheetCells(g);

  it("reads by sheet row and column, from the grid's first row and column", () => {
    expect(cells.raw(5, 2)).toBe("a");
    expect(cells.raw(6, 3)).toBe("b");
    expect(cells.raw(4, 2)).toBeNull();
    expect(cells.lastRow).toBe(7);
  });

  it("gives a merge's value to each of its cells; raw keeps it in the top-left only", () => {
    // A2:A3 in sheet terms is column 1, outside the grid; merges are sheet coordinates.
    const m = new SheetCells(grid("S", [["Phòng X", "b"], [null, "c"]], { merges: ["A1:A2"] }));
    expect(m.full(2, 1)).toBe("Phòng X");
    expect(m.raw(2, 1)).toBeNull();
    expect(m.originRowInColumn(2, 1)).toBe(1);
    expect(m.originRowInColumn(2, 2)).toBe(2);
    expect(m.isMergeOrigin(1, 1)).toBe(true);
  });

  it("ignores a runaway merge (millions of cells say nothing)", () => {
    const m = new SheetCells(grid("S", [["x"]], { merges: ["A1:Z200000"] }));
    expect(m.originOf(2, 1)).toBeUndefined();
  });
});

describe("cell values", () => {
  it("blank: nothing, spaces, error values", () => {
    expect([null, undefined, "  ", { error: "#N/A" }].map(isBlank)).toEqual([true, true, true, true]);
    expect(isBlank("x")).toBe(false);
    expect(isBlank(0)).toBe(false);
  });
  it("ordinal values: numbers and numeric text", () => {
    expect([1, "12", " 3. ", "I", "1a"].map(isOrdinalValue)).toEqual([true, true, true, false, false]);
  });
  it("hasLetter", () => {
    expect(["123", "-*-", "Lê", "ñ"].map(hasLetter)).toEqual([false, false, true, true]);
  });
});
