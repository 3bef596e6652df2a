// Stage: totals rows checked against the people counted.
import { SheetCells } from "../../../src/reading/cells";
import { columnsOf, rolesOf } from "../../../src/reading/columns";
import { Outcomes } from "../../../src/reading/outcomes";
import { checkTotals, count, newSegment, newTally } from "../../../src/reading/totals";
import { grid, viewOf } from "../gridBuilder";

describe("checkTotals", () => {
  const g = grid("S", [["Họ và tên", "Nam", "Nữ"], ["Cộng", 2, "1"], ["Tổng cộng", 3, 2]]);
  const view = viewOf(g);
  const roles = rolesOf(columnsOf(view, 1, 1), { sheet: "S", overrides: [], year: undefined, hiddenColumns: [] });

  it("matches the part since the last heading or the whole table; else a notice", () => {
    const t = newTally();
    count(t, "male");
    count(t, "male");
    count(t, "female");
    const out = new Outcomes("S");
    checkTotals(new SheetCells(g), out, 2, roles, t);
    expect(out.problems).toEqual([]);
    newSegment(t);
    count(t, "female");
    checkTotals(new SheetCells(g), out, 3, roles, t);
    expect(out.problems.map((p) => [p.code, p.col, p.params])).toEqual([["totalsMismatch", 2, { written: 3, counted: 2 }]]);
  });
});
