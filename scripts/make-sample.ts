// Generates assets/mau-danh-sach.xlsx, the sample workbook the task pane's demo mode opens ("Mở tệp mẫu").
// A realistic Sở roster: title block, two-row merged header, a column-number row, one section per unit,
// a unit at 30%+ women without a female key leader (flagged), a couple of data problems, a totals row
// and a signature block; plus an instructions sheet that is not a roster.
//   npx tsx scripts/make-sample.ts [OUT.xlsx]
import ExcelJS from "exceljs";
import * as path from "node:path";

type Sex = "Nam" | "Nữ";

interface Row {
  name: string;
  sex: Sex | null; // null: the birth date is missing from both columns (a data problem)
  birth: string;
  title: string;
  council?: "Tỉnh" | "Huyện" | "Xã";
  partyCommittee?: string;
  trained?: boolean;
  pool?: boolean;
}

interface Unit {
  heading: string;
  people: Row[];
}

// Văn phòng Sở: 3/6 women, a female deputy → at the line, not flagged.
// Phòng Ngân sách: 3/5 women, no woman among its leaders → flagged.
// Phòng Tài chính HCSN: 1/4 women → under 30%.
// Phòng Quản lý giá và Công sản: 2/5 women, female head → not flagged.
// Thanh tra Sở: 1/3 women (33,3%), male leaders only → flagged.
const UNITS: Unit[] = [
  {
    heading: "I. VĂN PHÒNG SỞ",
    people: [
      {
        name: "Nguyễn Văn Hùng",
        sex: "Nam",
        birth: "12/03/1968",
        title: "Giám đốc Sở",
        partyCommittee: "Tỉnh ủy viên",
        council: "Tỉnh",
      },
      {
        name: "Trần Thị Thu Hà",
        sex: "Nữ",
        birth: "05/09/1975",
        title: "Phó Giám đốc Sở",
        partyCommittee: "Đảng ủy viên",
        pool: true,
      },
      { name: "Lê Văn Minh", sex: "Nam", birth: "21/11/1972", title: "Chánh Văn phòng", partyCommittee: "x" },
      { name: "Phạm Thị Lan", sex: "Nữ", birth: "14/02/1983", title: "Phó Chánh Văn phòng", trained: true, pool: true },
      { name: "Hoàng Văn Nam", sex: "Nam", birth: "30/06/1979", title: "Kế toán trưởng" },
      { name: "Đặng Thị Mai", sex: "Nữ", birth: "08/08/1990", title: "Chuyên viên", trained: true },
    ],
  },
  {
    heading: "II. PHÒNG NGÂN SÁCH",
    people: [
      { name: "Võ Văn Thành", sex: "Nam", birth: "17/04/1970", title: "Trưởng phòng", partyCommittee: "Chi ủy viên", pool: true },
      { name: "Bùi Văn Tâm", sex: "Nam", birth: "02/12/1978", title: "Phó Trưởng phòng", trained: true },
      { name: "Ngô Thị Hằng", sex: "Nữ", birth: "25/05/1986", title: "Chuyên viên chính", trained: true, pool: true },
      { name: "Dương Thị Hoa", sex: "Nữ", birth: "11/10/1991", title: "Chuyên viên" },
      { name: "Đỗ Thị Nga", sex: "Nữ", birth: "19/01/1988", title: "Tổ trưởng công đoàn" },
    ],
  },
  {
    heading: "III. PHÒNG TÀI CHÍNH HÀNH CHÍNH SỰ NGHIỆP",
    people: [
      { name: "Phan Văn Long", sex: "Nam", birth: "03/07/1969", title: "Trưởng phòng", partyCommittee: "x", council: "Huyện" },
      { name: "Trương Văn Quang", sex: "Nam", birth: "28/09/1981", title: "Phó Trưởng phòng", trained: true },
      { name: "Lý Thị Thanh", sex: "Nữ", birth: "16/03/1993", title: "Chuyên viên", council: "Xã" },
      { name: "Hồ Văn Dũng", sex: "Nam", birth: "09/11/1985", title: "Chuyên viên" },
      // No birth date in either column: the reader cannot tell the gender (an error to fix).
      { name: "Mai Văn Khoa", sex: null, birth: "", title: "Chuyên viên" },
    ],
  },
  {
    heading: "IV. PHÒNG QUẢN LÝ GIÁ VÀ CÔNG SẢN",
    people: [
      {
        name: "Nguyễn Thị Hương",
        sex: "Nữ",
        birth: "22/06/1974",
        title: "Trưởng phòng",
        partyCommittee: "Chi ủy viên",
        council: "Huyện",
      },
      { name: "Cao Văn Tuấn", sex: "Nam", birth: "13/08/1980", title: "Phó Trưởng phòng" },
      { name: "Tạ Văn Bình", sex: "Nam", birth: "07/04/1987", title: "Chuyên viên", trained: true },
      { name: "Vũ Thị Yến", sex: "Nữ", birth: "31/12/1992", title: "Chuyên viên", trained: true },
      { name: "Lương Văn Sơn", sex: "Nam", birth: "15/05/1984", title: "Chuyên viên" },
    ],
  },
  {
    heading: "V. THANH TRA SỞ",
    people: [
      { name: "Đinh Văn Hải", sex: "Nam", birth: "26/02/1971", title: "Chánh Thanh tra", partyCommittee: "x" },
      { name: "Kiều Thị Loan", sex: "Nữ", birth: "04/10/1989", title: "Thanh tra viên", trained: true },
      { name: "Tô Văn Phúc", sex: "Nam", birth: "18/07/1983", title: "Thanh tra viên" },
      // The same person entered twice (same name and birth date): counted once, a warning.
      { name: "Tô Văn Phúc", sex: "Nam", birth: "18/07/1983", title: "Thanh tra viên" },
    ],
  },
];

const HEADER_COLS = 11; // A..K
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export async function makeSample(out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sở Tài chính";
  wb.created = new Date(Date.UTC(2026, 10, 20));
  const ws = wb.addWorksheet("Danh sách CBCCVC", { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true } });
  ws.properties.defaultRowHeight = 18;
  ws.columns = [6, 26, 12, 12, 22, 7, 7, 7, 14, 12, 10].map((width) => ({ width }));
  const font = { name: "Times New Roman", size: 12 };

  // Title block.
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = "UBND TỈNH HÀ TĨNH";
  ws.mergeCells("F1:K1");
  ws.getCell("F1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.mergeCells("A2:D2");
  ws.getCell("A2").value = "SỞ TÀI CHÍNH";
  ws.mergeCells("F2:K2");
  ws.getCell("F2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells("A4:K4");
  ws.getCell("A4").value = "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026";
  ws.mergeCells("A5:K5");
  ws.getCell("A5").value = "(Kèm theo Báo cáo số 215/BC-STC ngày 20/11/2026 của Sở Tài chính)";
  for (const a of ["A1", "A2", "F1", "F2", "A4", "A5"]) {
    ws.getCell(a).font = { ...font, bold: a !== "A5", italic: a === "A5" || a === "F2" };
    ws.getCell(a).alignment = { horizontal: "center" };
  }

  // Two-row header with merged cells.
  const h1 = 7;
  const h2 = 8;
  const single: [string, string][] = [
    ["A", "STT"],
    ["B", "Họ và tên"],
    ["E", "Chức vụ"],
    ["I", "Cấp ủy"],
    ["J", "Đào tạo, bồi dưỡng năm 2026"],
    ["K", "Quy hoạch"],
  ];
  for (const [c, text] of single) {
    ws.mergeCells(`${c}${h1}:${c}${h2}`);
    ws.getCell(`${c}${h1}`).value = text;
  }
  ws.mergeCells(`C${h1}:D${h1}`);
  ws.getCell(`C${h1}`).value = "Ngày, tháng, năm sinh";
  ws.getCell(`C${h2}`).value = "Nam";
  ws.getCell(`D${h2}`).value = "Nữ";
  ws.mergeCells(`F${h1}:H${h1}`);
  ws.getCell(`F${h1}`).value = "Đại biểu HĐND";
  ws.getCell(`F${h2}`).value = "Tỉnh";
  ws.getCell(`G${h2}`).value = "Huyện";
  ws.getCell(`H${h2}`).value = "Xã";
  // The row numbering the columns.
  const numbers = ws.getRow(9);
  for (let c = 1; c <= HEADER_COLS; c++) numbers.getCell(c).value = c;
  for (let r = h1; r <= 9; r++)
    for (let c = 1; c <= HEADER_COLS; c++) {
      const cell = ws.getRow(r).getCell(c);
      cell.font = { ...font, bold: r < 9, italic: r === 9 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = thin;
    }

  // Sections, one per unit.
  let r = 10;
  let ordinal = 0;
  let female = 0;
  let male = 0;
  for (const unit of UNITS) {
    ws.mergeCells(`A${r}:K${r}`);
    ws.getCell(`A${r}`).value = unit.heading;
    ws.getCell(`A${r}`).font = { ...font, bold: true };
    r++;
    for (const p of unit.people) {
      const row = ws.getRow(r);
      row.getCell(1).value = ++ordinal;
      row.getCell(2).value = p.name;
      if (p.sex === "Nam") row.getCell(3).value = p.birth;
      if (p.sex === "Nữ") row.getCell(4).value = p.birth;
      row.getCell(5).value = p.title;
      if (p.council) row.getCell({ Tỉnh: 6, Huyện: 7, Xã: 8 }[p.council]).value = "x";
      if (p.partyCommittee) row.getCell(9).value = p.partyCommittee;
      if (p.trained) row.getCell(10).value = "x";
      if (p.pool) row.getCell(11).value = "x";
      for (let c = 1; c <= HEADER_COLS; c++) {
        row.getCell(c).font = font;
        row.getCell(c).border = thin;
        if (c !== 2 && c !== 5 && c !== 9) row.getCell(c).alignment = { horizontal: "center" };
      }
      if (p.sex === "Nữ") female++;
      if (p.sex === "Nam") male++;
      r++;
    }
  }
  // An error value where a training mark should be: kept apart, never read as a mark.
  ws.getCell(`J${r - 2}`).value = { error: "#N/A" } as ExcelJS.CellErrorValue;

  // Totals row, as clerks write it (with the duplicate still in: the add-in tells them).
  ws.mergeCells(`A${r}:B${r}`);
  ws.getCell(`A${r}`).value = "Tổng cộng";
  ws.getCell(`C${r}`).value = `${male} nam`;
  ws.getCell(`D${r}`).value = `${female} nữ`;
  for (const a of [`A${r}`, `C${r}`, `D${r}`]) ws.getCell(a).font = { ...font, bold: true };
  r += 2;

  // Signature block.
  ws.mergeCells(`G${r}:K${r}`);
  ws.getCell(`G${r}`).value = "Hà Tĩnh, ngày 20 tháng 11 năm 2026";
  ws.getCell(`G${r}`).font = { ...font, italic: true };
  r++;
  ws.mergeCells(`A${r}:D${r}`);
  ws.getCell(`A${r}`).value = "NGƯỜI LẬP BIỂU";
  ws.mergeCells(`G${r}:K${r}`);
  ws.getCell(`G${r}`).value = "GIÁM ĐỐC";
  for (const a of [`A${r}`, `G${r}`]) {
    ws.getCell(a).font = { ...font, bold: true };
    ws.getCell(a).alignment = { horizontal: "center" };
  }
  r += 4;
  ws.mergeCells(`A${r}:D${r}`);
  ws.getCell(`A${r}`).value = "Đặng Thị Mai";
  ws.mergeCells(`G${r}:K${r}`);
  ws.getCell(`G${r}`).value = "Nguyễn Văn Hùng";
  for (const a of [`A${r}`, `G${r}`]) {
    ws.getCell(a).font = { ...font, bold: true };
    ws.getCell(a).alignment = { horizontal: "center" };
  }

  // A sheet that is not a roster: the add-in must leave it out.
  const help = wb.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 100;
  help.getCell("A1").value = "HƯỚNG DẪN ĐIỀN DANH SÁCH";
  help.getCell("A1").font = { ...font, bold: true };
  help.getCell("A2").value = "Ghi ngày sinh vào cột Nam hoặc cột Nữ; đánh dấu x vào các cột Đại biểu HĐND, Đào tạo, Quy hoạch.";
  help.getCell("A3").value = "Cột Cấp ủy ghi chức danh cấp ủy (Tỉnh ủy viên, Đảng ủy viên, Chi ủy viên…) hoặc x.";

  await wb.xlsx.writeFile(out);
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, "..", "assets", "mau-danh-sach.xlsx");
  makeSample(out).then(
    () => console.log(`Đã tạo / written: ${out}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
