// Stage: table and header location.
import { findHeader, headerExtent, isColumnNumbers, isHeaderRow, titleBlock } from "../../../src/reading/table";
import { grid, viewOf } from "../gridBuilder";

const rows = [
  ["SỞ TÀI CHÍNH", null, null, null],
  ["DANH SÁCH CÁN BỘ"],
  [],
  ["STT", "Họ và tên", "Ngày sinh", null],
  [null, null, "Nam", "Nữ"],
  [1, 2, 3, 4],
  [1, "Lê Văn An", "01/01/1980", null],
];

describe("header location", () => {
  const view = viewOf(grid("S", rows, { merges: ["A4:A5", "B4:B5", "C4:D4"] }));

  it("finds the header below the title block, grown over its merges and sub-header row", () => {
    expect(findHeader(view, [], 7)).toEqual({ top: 4, bottom: 5 });
    expect(headerExtent(view, 4)).toEqual({ top: 4, bottom: 5 });
  });

  it("gives the title block's lines and which rows hold anything", () => {
    const t = titleBlock(view, 4);
    expect(t.lines.map((l) => l.folded)).toEqual(["so tai chinh", "danh sach can bo"]);
    expect(t.filled).toEqual([true, true, false]);
  });

  it("knows a row numbering the columns, and a data row is not one", () => {
    expect(isColumnNumbers(view, 6, [2])).toBe(true);
    expect(isColumnNumbers(view, 7, [2])).toBe(false);
  });

  it("knows the header again inside the table", () => {
    expect(isHeaderRow(view, 4)).toBe(true);
    expect(isHeaderRow(view, 7)).toBe(false);
  });

  it("finds no header where no row names the person column beside another header", () => {
    const v = viewOf(grid("S", [["Đơn vị", "Tổng số", "Nữ"], ["Phòng A", 3, 1]]));
    expect(findHeader(v, [], 2)).toBeNull();
  });

  it("takes the clerk's override of the name column as the person column's header", () => {
    const v = viewOf(grid("S", [["Tên gọi", "Giới tính"], ["An", "Nam"]]));
    expect(findHeader(v, [{ sheet: "S", col: 1, role: "name" }], 2)).toEqual({ top: 1, bottom: 1 });
  });
});
