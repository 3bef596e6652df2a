// A roster at the size of a large agency's, read exactly.
import { readWorkbook } from "../../src/reading";
import type { CellValue } from "../../src/domain/grid";
import { grid } from "./gridBuilder";

function bigRoster(n: number, opts: { ordinal: boolean }): CellValue[][] {
  const header = ["Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đơn vị", "Đại biểu HĐND", "Cấp ủy", "Đào tạo, bồi dưỡng", "Quy hoạch"];
  const rows: CellValue[][] = [["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"], opts.ordinal ? ["STT", ...header] : header];
  const surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Cao", "Tô"];
  for (let i = 0; i < n; i++) {
    const female = i % 5 < 2;
    const row: CellValue[] = [
      `${surnames[i % 10]} ${female ? "Thị" : "Văn"} Người ${i}`,
      female ? "Nữ" : "Nam",
      new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28))),
      i % 50 === 0 ? "Trưởng phòng" : "Chuyên viên",
      `Phòng ${Math.floor(i / 1000)}`,
      i % 97 === 0 ? "HĐND huyện" : null,
      i % 31 === 0 ? "x" : null,
      i % 7 === 0 ? "x" : "",
      i % 13 === 0 ? "x" : null,
    ];
    rows.push(opts.ordinal ? [i + 1, ...row] : row);
  }
  rows.push(["Tổng cộng"], [], ["Người lập biểu"]);
  return rows;
}

// Speed is measured by `npm run bench`, not asserted here: this checks the counts at full size.
describe("a 100,000-row roster", () => {
  it.each([true, false])("is read exactly (ordinal column: %p)", (ordinal) => {
    const r = readWorkbook([grid("DS", bigRoster(100_000, { ordinal }))]);
    expect(r.people.length).toBe(100_000);
    expect(r.people.filter((p) => p.gender === "female").length).toBe(40_000);
    expect(r.units.length).toBe(100);
    expect(r.people.filter((p) => p.council.length > 0).length).toBe(1031);
    expect(r.people.filter((p) => p.trained).length).toBe(14_286);
    expect(r.skipped.length).toBe(5);
    expect(r.problems.length).toBe(0);
  });
});
