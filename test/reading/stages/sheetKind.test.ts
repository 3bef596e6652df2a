// Stage: sheet kind.
import { listOfSheet } from "../../../src/reading/sheetKind";
import type { TitleLine } from "../../../src/reading/table";
import { fold } from "../../../src/reading/text";

const line = (text: string, row = 1): TitleLine => ({ row, col: 1, text, folded: fold(text) });

describe("listOfSheet", () => {
  it("a list by the sheet's name, with the levels it names", () => {
    expect(listOfSheet("ĐB HĐND tỉnh", [])).toEqual({ kind: "council", levels: ["province"] });
    expect(listOfSheet("Cấp ủy", [])).toEqual({ kind: "partyCommittee", levels: [] });
  });
  it("a list by a Danh sách title line when the name says nothing", () => {
    expect(listOfSheet("Sheet3", [line("UBND HUYỆN"), line("DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG", 2)])).toEqual({ kind: "training", levels: [] });
  });
  it("a unit's name holding a list's word is no list", () => {
    expect(listOfSheet("Phòng Giáo dục và Đào tạo", [])).toBeNull();
    expect(listOfSheet("DS CBCCVC", [line("DANH SÁCH CÁN BỘ CÔNG CHỨC")])).toBeNull();
  });
});
