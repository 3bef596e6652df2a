// Generates a large roster the way agencies lay them out: a title block, a two-row merged header
// (birth date split under Nam | Nữ), the row numbering the columns, the unit column merged down over
// its people, a totals row and a signature block. Written with ExcelJS's streaming writer so 300k
// rows stay within memory. Deterministic: the same size gives the same file.
import ExcelJS from "exceljs";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE_F = ["Thị", "Thị Thu", "Thị Minh", "Ngọc", "Thị Hồng", "Thanh"];
const MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công"];
const GIVEN_F = ["Hoa", "Lan", "Mai", "Hằng", "Thu", "Hương", "Nga", "Trang", "Linh", "Yến", "Dung", "Huyền"];
const GIVEN_M = ["Nam", "Hùng", "Dũng", "Minh", "Tuấn", "Long", "Sơn", "Hải", "Đức", "Bình", "Cường", "Quân"];
const UNIT_KINDS = ["Phòng Tổ chức", "Phòng Kế hoạch", "Phòng Tài chính", "Văn phòng", "Thanh tra", "Trung tâm Dịch vụ", "Chi cục Quản lý", "Ban Quản lý dự án"];
const STAFF_TITLES = ["Chuyên viên", "Chuyên viên chính", "Kế toán", "Nhân viên", "Cán sự", "Kế toán trưởng", "Tổ trưởng chuyên môn"];
const LEVELS = ["HĐND tỉnh", "HĐND huyện", "HĐND xã", "Đại biểu Quốc hội"];
const COMMITTEE = ["Huyện ủy viên", "Đảng ủy viên", "Chi ủy viên", "x"];

/** A small deterministic PRNG (mulberry32), so every run writes the same file. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedRoster {
  path: string;
  people: number;
  units: number;
  rows: number;
}

export async function writeBenchRoster(path: string, people: number): Promise<GeneratedRoster> {
  const rnd = prng(people);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("DS CBCCVC 2026");
  const title = { bold: true, name: "Times New Roman", size: 13 };
  const put = (r: number, values: (string | number | Date | null)[], font?: Partial<ExcelJS.Font>) => {
    const row = ws.getRow(r);
    row.values = values;
    if (font) row.font = font;
    return row;
  };

  put(1, ["UBND TỈNH HÀ TĨNH", null, null, null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], title);
  put(2, ["SỞ NỘI VỤ", null, null, null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"], title);
  put(4, ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026"], title);
  put(5, ["(Kèm theo báo cáo số 123/BC-SNV ngày 01/12/2026)"]);
  ws.mergeCells("A1:C1");
  ws.mergeCells("J1:L1");
  ws.mergeCells("A2:C2");
  ws.mergeCells("J2:L2");
  ws.mergeCells("A4:L4");
  ws.mergeCells("A5:L5");
  const h1 = ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Chức vụ", "Đơn vị công tác", "Trình độ chuyên môn",
    "Đại biểu HĐND", "Cấp ủy", "Đào tạo, bồi dưỡng năm 2026", "Quy hoạch", "Ghi chú"];
  put(7, h1, { bold: true });
  put(8, [null, null, "Nam", "Nữ"], { bold: true });
  for (const col of [1, 2, 5, 6, 7, 8, 9, 10, 11, 12]) ws.mergeCells(7, col, 8, col);
  ws.mergeCells(7, 3, 7, 4);
  put(9, Array.from({ length: 12 }, (_, i) => i + 1));
  // The streaming writer merges only rows not yet committed: merge first, then commit.
  for (let i = 1; i <= 9; i++) ws.getRow(i).commit();

  let r = 10;
  let stt = 0;
  let units = 0;
  while (stt < people) {
    units++;
    const unit = `${pick(UNIT_KINDS)} số ${units}`;
    const size = Math.min(people - stt, 15 + Math.floor(rnd() * 50));
    const first = r;
    // Some units are mostly women: their share decides indicator d.
    const femaleRate = rnd() < 0.5 ? 0.2 : 0.55;
    for (let i = 0; i < size; i++, r++) {
      stt++;
      const female = rnd() < femaleRate;
      const name = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
      const birth = new Date(Date.UTC(1965 + Math.floor(rnd() * 35), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
      const title = i === 0 ? "Trưởng phòng" : i <= 2 ? "Phó Trưởng phòng" : pick(STAFF_TITLES);
      // One row in 5,000 has its birth date under neither column: the reader must report it.
      const noGender = stt % 5000 === 0;
      const row = ws.getRow(r);
      row.values = [
        stt,
        name,
        !noGender && !female ? birth : null,
        !noGender && female ? birth : null,
        title,
        i === 0 ? unit : null,
        pick(["Đại học", "Thạc sĩ", "Cao đẳng", "Tiến sĩ"]),
        rnd() < 0.03 ? pick(LEVELS) : null,
        rnd() < 0.08 ? pick(COMMITTEE) : null,
        rnd() < 0.2 ? "x" : null,
        rnd() < 0.1 ? "x" : null,
        null,
      ];
      row.getCell(3).numFmt = "dd/mm/yyyy";
      row.getCell(4).numFmt = "dd/mm/yyyy";
    }
    if (r - 1 > first) ws.mergeCells(first, 6, r - 1, 6);
    for (let i = first; i < r; i++) ws.getRow(i).commit();
  }
  put(r, [null, "Tổng cộng: " + people + " người"], { bold: true }).commit();
  r += 2;
  put(r, [null, "Người lập biểu", null, null, null, null, null, null, null, "GIÁM ĐỐC"], { bold: true }).commit();
  r += 4;
  put(r, [null, "Nguyễn Thị Lập", null, null, null, null, null, null, null, "Trần Văn Giám"]).commit();
  ws.commit();
  await wb.commit();
  return { path, people, units, rows: r };
}

/**
 * The roster that costs the most memory per cell: only STT, a distinct name and a gender on each row, so the
 * reader's per-row charge (src/xlsx/limits.ts), not its cells, is what bounds it. `people` near the limit gives
 * the largest roster any input can make the reader and the analysis keep.
 */
export async function writeThinRoster(path: string, people: number): Promise<GeneratedRoster> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Giới tính"]).commit();
  for (let i = 1; i <= people; i++) {
    const female = i % 3 !== 0;
    const name = `${FAMILY[i % FAMILY.length]} ${(female ? MIDDLE_F : MIDDLE_M)[i % 6]} ${(female ? GIVEN_F : GIVEN_M)[i % 12]} ${i}`;
    ws.addRow([i, name, female ? "Nữ" : "Nam"]).commit();
  }
  ws.commit();
  await wb.commit();
  return { path, people, units: 0, rows: people + 1 };
}
