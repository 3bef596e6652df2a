// The staff profile on a realistic workbook written by ExcelJS and read through the file gateway, as the CLI reads it.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook } from "../../src/reading";
import { readGridsFromFile } from "../../src/xlsx/readGrids";
import { d } from "../fixtures/sheet";

describe("Person.profile read from an HR export and a contract sheet", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-profile-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fills every field from its column, the kind from a Hợp đồng sheet, and nothing without a source", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("CBCCVC");
    ws.addRow(["SỞ Y TẾ HÀ TĨNH"]);
    ws.addRow(["DANH SÁCH TRÍCH NGANG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"]);
    ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Trình độ chuyên môn", "Lý luận chính trị",
      "Ngày vào Đảng", "Chức vụ Đảng", "Loại cán bộ", "Chức vụ", "Đơn vị", "Quy hoạch"]);
    ws.addRow([1, "Nguyễn Thị Hà", d(3, 4, 1975), "Nữ", "Kinh", "Tiến sĩ Y học", "Cao cấp", d(1, 9, 2000), "Bí thư chi bộ", "Công chức", "Giám đốc", "Ban Giám đốc", null]);
    ws.addRow([2, "Lò Văn Pọm", d(5, 6, 1984), "Nam", "Thái", "ThS. Quản lý bệnh viện", "Trung cấp", d(2, 3, 2010), "Đảng viên", "Viên chức", "Trưởng phòng", "Phòng Kế hoạch", "Phó Giám đốc Sở"]);
    ws.addRow([3, "Trần Thị Lụa", d(7, 8, 1992), "Nữ", "Kinh", "Cử nhân Điều dưỡng", null, null, null, "Viên chức", "Điều dưỡng", "Phòng Kế hoạch", "Trưởng phòng"]);
    ws.addRow([4, "Hoàng Văn Sử", d(9, 10, 1990), "Nam", "Mường", "Cao đẳng", "Sơ cấp", null, null, "HĐLĐ", "Bảo vệ", "Phòng Kế hoạch", null]);
    const hd = wb.addWorksheet("Hợp đồng");
    hd.addRow(["STT", "Họ và tên", "Giới tính", "Công việc"]);
    hd.addRow([1, "Phạm Văn Tài", "Nam", "Lái xe"]);
    hd.addRow([2, "Đỗ Thị Nga", "Nữ", "Tạp vụ"]);
    const file = path.join(dir, "profile.xlsx");
    await wb.xlsx.writeFile(file);

    const r = readWorkbook(await readGridsFromFile(file), { year: 2026 });
    expect(r.people.map((p) => [p.name, p.profile])).toEqual([
      ["Nguyễn Thị Hà", { education: "tienSi", politicalTheory: "caoCap", ethnicMinority: false, partyMember: true, kind: "congChuc" }],
      ["Lò Văn Pọm", { education: "thacSi", politicalTheory: "trungCap", ethnicMinority: true, partyMember: true, kind: "vienChuc", successionLevel: "agency" }],
      ["Trần Thị Lụa", { education: "daiHoc", politicalTheory: "none", ethnicMinority: false, partyMember: false, kind: "vienChuc", successionLevel: "unit" }],
      ["Hoàng Văn Sử", { education: "caoDang", politicalTheory: "soCap", ethnicMinority: true, partyMember: false, kind: "contract" }],
      ["Phạm Văn Tài", { kind: "contract" }],
      ["Đỗ Thị Nga", { kind: "contract" }],
    ]);
    expect(r.people.map((p) => p.partyCommittee)).toEqual([true, false, false, false, false, false]);
    expect(r.people.map((p) => p.successionPool)).toEqual([false, true, true, false, false, false]);
  });
});
