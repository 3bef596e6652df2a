// Stage: row kind. Each row of a table is classified once; the kinds that are not people carry their reason.
import type { CellValue } from "../../../src/domain/grid";
import { columnsOf, kindsOf, rolesOf } from "../../../src/reading/columns";
import { classifyRow, type RowKind, type RowState } from "../../../src/reading/rowKind";
import { grid, viewOf } from "../gridBuilder";

const ctx = { sheet: "S", overrides: [], year: 2026, hiddenColumns: [] as number[] };

function kinds(body: CellValue[][], header: CellValue[] = ["STT", "Họ và tên", "Giới tính", "Chức vụ"]): string[] {
  const view = viewOf(grid("S", [header, ...body]));
  const roles = rolesOf(columnsOf(view, 1, 1), ctx);
  const state: RowState = { roles, list: null, kindAt: kindsOf(roles, 1), noteOpen: false, headingsUpper: false };
  const out: string[] = [];
  for (let r = 2; r <= body.length + 1; r++) {
    const c = classifyRow(view, r, state, ctx);
    out.push(kindName(c.row));
    state.noteOpen = c.row.kind === "note";
  }
  return out;
}

function kindName(k: RowKind): string {
  switch (k.kind) {
    case "person":
      return `person:${k.name}:${k.gender.found ?? "-"}`;
    case "section":
      return `section:${k.unit}`;
    case "unreadable":
      return `!${k.code}`;
    default:
      return k.kind;
  }
}

describe("classifyRow", () => {
  it("tells people from the lines that are not people", () => {
    expect(
      kinds([
        ["I", "VĂN PHÒNG SỞ"],
        [1, "Lê Văn An", "Nam", "Chánh Văn phòng"],
        [2, "Trần Thị Bình", "Nữ"],
        ["STT", "Họ và tên", "Giới tính", "Chức vụ"],
        [1, 2, 3, 4],
        [3, null, null, null],
        [],
        ["2. Phòng Tổ chức"],
        ["", "Cộng", 2],
        [null, null, "Nam", "Chuyên viên"],
        ["Ghi chú: số liệu đến 30/11"],
        ["- Không tính hợp đồng"],
        ["Người lập biểu"],
      ]),
    ).toEqual([
      "section:VĂN PHÒNG SỞ",
      "person:Lê Văn An:male",
      "person:Trần Thị Bình:female",
      "repeatedHeader",
      "columnNumbers",
      "blank",
      "blank",
      "section:Phòng Tổ chức",
      "total",
      "!nameMissing",
      "note",
      "note",
      "footer",
    ]);
  });

  it("a person row with no gender is still a person (its stage rejects it); a family name is no heading", () => {
    expect(kinds([[1, "NGUYỄN VĂN AN", null]])).toEqual(["person:NGUYỄN VĂN AN:-"]);
    expect(kinds([[null, "NGUYỄN VĂN AN", null]])).toEqual(["person:NGUYỄN VĂN AN:-"]);
  });

  it("a second DANH SÁCH title inside the table, (tiếp theo), a text outside the columns", () => {
    expect(kinds([["DANH SÁCH HỢP ĐỒNG LAO ĐỘNG"], ["(tiếp theo)"], [null, null, null, null, "lorem ipsum dolor"]])).toEqual([
      "title",
      "repeatedHeader",
      "!rowUnreadable",
    ]);
  });
});
