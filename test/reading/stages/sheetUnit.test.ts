// Stage: one-unit sheets, the unit named by the title block or the sheet.
import type { Person, SheetReading } from "../../../src/domain/roster";
import { assignSheetUnits, unitHintOf } from "../../../src/reading/sheetUnit";
import type { TitleLine } from "../../../src/reading/table";
import { fold } from "../../../src/reading/text";

const line = (text: string, row: number, col = 1): TitleLine => ({ row, col, text, folded: fold(text) });
const columns = [1, 2, 3, 4, 5, 6].map((col) => ({ col, header: "", role: "other" as const }));

describe("unitHintOf", () => {
  it("the Đơn vị line, the issuing block in capitals, the sheet's name unless generic", () => {
    expect(unitHintOf("Phòng KH", [line("UBND TỈNH HÀ TĨNH", 1), line("SỞ TÀI CHÍNH", 2), line("DANH SÁCH", 3), line("Đơn vị: Phòng Kế hoạch", 4)], columns)).toEqual({
      label: "Phòng Kế hoạch",
      issuing: "SỞ TÀI CHÍNH",
      sheetName: "Phòng KH",
    });
    expect(unitHintOf("Sheet1", [line("Đơn vị:", 1), line("Phòng A", 1, 2)], columns)).toEqual({ label: "Phòng A" });
  });
});

describe("assignSheetUnits", () => {
  const person = (row: number): Person => ({
    name: "A", gender: "male", unit: null, title: null, ref: { sheet: "S", row }, council: [], partyCommittee: false, trained: false, successionPool: false,
  });
  const reading = (sheet: string): SheetReading => ({ sheet, kind: "roster", headerRows: [3], columns: [], encoding: "unicode", people: 1, listEntries: 0, skipped: 0, problems: 0 });

  it("an issuing line several sheets share names the agency: the sheet names win", () => {
    const a = { reading: reading("Phòng A"), people: [person(4)], unitRefs: [null], problems: [], unitHint: { issuing: "SỞ X", sheetName: "Phòng A" } };
    const b = { reading: reading("Phòng B"), people: [person(4)], unitRefs: [null], problems: [], unitHint: { issuing: "SỞ X", sheetName: "Phòng B" } };
    assignSheetUnits([a, b]);
    expect([a.people[0].unit, b.people[0].unit]).toEqual(["Phòng A", "Phòng B"]);
  });

  it("no hint at all: each person gets a unitMissing warning", () => {
    const a = { reading: reading("Sheet1"), people: [person(4)], unitRefs: [null], problems: [] as never[], unitHint: {} };
    assignSheetUnits([a]);
    expect(a.problems.map((p: { code: string }) => p.code)).toEqual(["unitMissing"]);
  });
});
