// The contract's workbooks, each built once with ExcelJS into .xlsx bytes; the office.js side gets the same
// content through ./intoFake (read from those bytes by ExcelJS, not by our reader), so the two sides cannot drift.
import ExcelJS from "exceljs";

export interface ContractCase {
  name: string;
  build: (wb: ExcelJS.Workbook) => void;
}

const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));

/** A roster: title, bold header, dates, a unit merged down, a hidden row and column, text Excel would misread. */
function roster(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("DS 2026");
  ws.addRow(["DANH SÁCH CÁN BỘ NĂM 2026"]);
  ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị", "Điện thoại", "Ghi chú"]);
  ws.addRow([1, "Nguyễn Thị Hương", d(1980, 5, 17), "Nữ", "- Văn phòng Sở", "0912345678", "=không phải công thức"]);
  ws.addRow([2, "Trần Văn Nam", d(1975, 12, 1), "Nam", null, "1.234", "+ kiêm nhiệm"]);
  ws.addRow([3, "Lê Thị Lan", d(1990, 3, 12), "Nữ", null, "30%", "-"]);
  ws.addRow([4, "Phạm Văn Hùng", d(1968, 1, 31), "Nam", "Phòng Kế hoạch", "", { formula: "1+1", result: 2 }]);
  ws.mergeCells("A1:G1");
  ws.mergeCells("E3:E5");
  for (let r = 3; r <= 6; r++) ws.getCell(r, 3).numFmt = "dd/mm/yyyy";
  ws.getRow(2).font = { name: "Times New Roman", bold: true };
  ws.getCell("A1").font = { name: "Times New Roman", bold: true, size: 14 };
  ws.getRow(5).hidden = true;
  ws.getColumn(6).hidden = true;
  ws.getCell("A7").value = "Tổng: 4 người";
}

export const CASES: ContractCase[] = [
  { name: "a roster with dates, a merged unit column, a bold header, hidden row and column, misreadable text", build: roster },
  {
    name: "a hidden sheet, a very hidden one, and a sheet not at A1",
    build: (wb) => {
      const notes = wb.addWorksheet("Ghi chú");
      notes.getCell("C4").value = "Bảng bắt đầu ở C4";
      notes.getCell("D5").value = 42;
      notes.getCell("D6").value = d(2026, 12, 31);
      notes.getCell("D6").numFmt = "d/m/yyyy";
      wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "ẩn";
      wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "rất ẩn";
    },
  },
  {
    name: "a workbook in the 1904 date system (an old Mac file)",
    build: (wb) => {
      wb.properties.date1904 = true;
      roster(wb);
    },
  },
];

export async function caseBytes(c: ContractCase): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  c.build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
