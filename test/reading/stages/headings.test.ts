// Stage: heading rows (units and categories) inside a table.
import type { CellValue } from "../../../src/domain/grid";
import { columnsOf, rolesOf } from "../../../src/reading/columns";
import { headingOf } from "../../../src/reading/headings";
import { grid, viewOf } from "../gridBuilder";

const ctx = { sheet: "S", overrides: [], year: 2026, hiddenColumns: [] as number[] };

function heading(row: CellValue[], header: CellValue[] = ["STT", "Họ và tên", "Giới tính"], upper = false): string | null {
  const view = viewOf(grid("S", [header, row]));
  const roles = rolesOf(columnsOf(view, 1, 1), ctx);
  const cells = view.cells.row(2);
  const texts = cells.filter((v) => typeof v === "string" && v.trim() !== "").length;
  const nonEmpty = cells.filter((v) => v !== null && v !== "").length;
  return headingOf(view, 2, cells, roles, { gender: null, textCells: texts, nonEmpty, headingsUpper: upper }).heading;
}

describe("headingOf", () => {
  it("numbered headings and headings in capitals name a unit, numbering taken off", () => {
    expect(heading(["I.", "VĂN PHÒNG SỞ"])).toBe("VĂN PHÒNG SỞ");
    expect(heading([null, "2. Phòng Tổ chức"])).toBe("Phòng Tổ chức");
    expect(heading([null, "PHÒNG KẾ HOẠCH (5 người)"])).toBe("PHÒNG KẾ HOẠCH");
    expect(heading([null, "Đơn vị: Trung tâm Tin học"])).toBe("Trung tâm Tin học");
  });
  it("a category heading names no unit", () => {
    expect(heading([null, "II. HỢP ĐỒNG LAO ĐỘNG"])).toBe("");
    expect(heading(["I"])).toBe("");
  });
  it("a person's name, a lower-case phrase, two texts: no heading", () => {
    expect(heading([null, "Lê Văn Tâm"])).toBeNull();
    expect(heading([null, "NGUYỄN VĂN AN"])).toBeNull();
    expect(heading([null, "số liệu tạm tính"])).toBeNull();
    expect(heading([null, "PHÒNG A", "Nam"])).toBeNull();
  });
});
