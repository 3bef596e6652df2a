// A small roster as an agency sends it: title block, one header row, the row numbering the columns,
// unit cells merged down over their people, a totals row and a signature block.
// Its figures are counted by hand in analyze.test.ts.
import ExcelJS from "exceljs";

type Row = [name: string, birth: Date, gender: string, title: string, council: string, committee: string, trained: string, pool: string];

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

export const UNITS: [unit: string, people: Row[]][] = [
  [
    "Phòng Kế toán",
    [
      ["Nguyễn Thị Hoa", d(1975, 2, 3), "Nữ", "Trưởng phòng", "HĐND tỉnh", "Huyện ủy viên", "x", ""],
      ["Trần Văn Nam", d(1980, 6, 12), "Nam", "Phó Trưởng phòng", "", "", "", ""],
      ["Lê Thị Mai", d(1988, 11, 30), "Nữ", "Chuyên viên", "", "", "x", "x"],
      ["Phạm Văn Đức", d(1990, 1, 15), "Nam", "Chuyên viên", "", "", "", ""],
    ],
  ],
  [
    "Phòng Hành chính",
    [
      ["Hoàng Văn Minh", d(1970, 4, 20), "Nam", "Trưởng phòng", "HĐND huyện", "Đảng ủy viên", "", ""],
      ["Vũ Thị Lan", d(1985, 7, 7), "Nữ", "Chuyên viên", "HĐND xã", "", "", ""],
      ["Đỗ Thị Thu", d(1992, 9, 9), "Nữ", "Chuyên viên", "", "", "x", ""],
      ["Bùi Văn Hùng", d(1983, 3, 3), "Nam", "Phó Trưởng phòng", "", "", "", "x"],
      ["Ngô Văn Tài", d(1979, 12, 1), "Nam", "Kế toán trưởng", "", "", "", ""],
    ],
  ],
  [
    "Phòng Thanh tra",
    [
      ["Đặng Văn Long", d(1972, 5, 5), "Nam", "Chánh Thanh tra", "", "x", "", ""],
      ["Phan Văn Sơn", d(1987, 8, 18), "Nam", "Chuyên viên", "", "", "x", ""],
      ["Trịnh Thị Hằng", d(1991, 10, 10), "Nữ", "Chuyên viên", "", "", "", ""],
    ],
  ],
  [
    "Phòng Tin học",
    [
      ["Lý Văn An", d(1978, 2, 28), "Nam", "Trưởng phòng", "", "", "", ""],
      ["Mai Văn Bình", d(1989, 6, 6), "Nam", "Chuyên viên", "", "", "", ""],
      ["Tạ Văn Cường", d(1993, 4, 4), "Nam", "Chuyên viên", "", "", "", ""],
      ["Hồ Thị Dung", d(1995, 12, 12), "Nữ", "Chuyên viên", "", "", "", ""],
      // No gender: an error at D22, not counted.
      ["Cao Văn Khoa", d(1996, 1, 1), "", "Chuyên viên", "", "", "", ""],
    ],
  ],
];

export const HEADERS = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Chức vụ",
  "Đơn vị",
  "Đại biểu HĐND",
  "Cấp ủy",
  "Đào tạo, bồi dưỡng",
  "Quy hoạch",
];

export async function writeSmallRoster(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS 2026");
  ws.getCell("A1").value = "SỞ TÀI CHÍNH TỈNH HÀ TĨNH";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026";
  ws.mergeCells("A2:J2");
  ws.getRow(4).values = HEADERS;
  ws.getRow(5).values = HEADERS.map((_, i) => i + 1);
  let r = 6;
  let stt = 1;
  for (const [unit, people] of UNITS) {
    const first = r;
    for (const [name, birth, gender, title, council, committee, trained, pool] of people) {
      ws.getRow(r).values = [stt++, name, birth, gender || null, title, r === first ? unit : null, council || null, committee || null, trained || null, pool || null];
      ws.getCell(r, 3).numFmt = "dd/mm/yyyy";
      r++;
    }
    ws.mergeCells(first, 6, r - 1, 6);
  }
  ws.getCell(r, 2).value = "Tổng cộng";
  r += 2;
  ws.getCell(r, 2).value = "Người lập biểu";
  ws.getCell(r, 6).value = "THỦ TRƯỞNG ĐƠN VỊ";
  r += 3;
  ws.getCell(r, 2).value = "Nguyễn Văn Lập";
  ws.getCell(r, 6).value = "Trần Văn Trưởng";
  await wb.xlsx.writeFile(path);
}
