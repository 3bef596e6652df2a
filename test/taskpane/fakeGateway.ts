// An in-memory WorkbookGateway over Grids, recording what the pane asks of it.
import type { Grid, CellValue } from "../../src/domain/grid";
import type { CellRef } from "../../src/domain/roster";
import type { Settings } from "../../src/domain/settings";
import type { ReadProgress, SheetSummary, WorkbookGateway } from "../../src/report/gateway";
import type { ReportModel } from "../../src/report/model";

export function grid(sheet: string, rows: CellValue[][]): Grid {
  return { sheet, firstRow: 1, firstCol: 1, rows, merges: [] };
}

export class FakeGateway implements WorkbookGateway {
  selected: CellRef[] = [];
  saved: Settings[] = [];
  reports: ReportModel[] = [];
  reads = 0;
  failRead: Error | null = null;
  failSelect: Error | null = null;
  failSave: Error | null = null;

  constructor(
    private readonly grids: Grid[],
    private stored: Settings | null = null,
  ) {}

  async listSheets(): Promise<SheetSummary[]> {
    return this.grids.map((g) => ({ name: g.sheet, hidden: g.hidden ?? false, rows: g.rows.length }));
  }

  async readGrids(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    this.reads++;
    if (this.failRead) throw this.failRead;
    const wanted = this.grids.filter((g) => !sheets || sheets.includes(g.sheet));
    for (const g of wanted) onProgress?.({ sheet: g.sheet, rowsRead: g.rows.length, rowsTotal: g.rows.length });
    return wanted;
  }

  async writeReport(model: ReportModel): Promise<void> {
    this.reports.push(model);
  }

  async select(ref: CellRef): Promise<void> {
    if (this.failSelect) throw this.failSelect;
    this.selected.push(ref);
  }

  async loadSettings(): Promise<Settings | null> {
    return this.stored;
  }

  async saveSettings(settings: Settings): Promise<void> {
    if (this.failSave) throw this.failSave;
    this.saved.push(settings);
    this.stored = settings;
  }
}

/**
 * A small Sở roster: 16 people of known gender (7 women), one row without gender, four units.
 *   Văn phòng Sở   2/4 women, a female deputy            → at the line, not flagged
 *   Phòng Tổ chức  1/4 women                             → under the line
 *   Phòng Kế hoạch 3/5 women, male head only             → flagged
 *   Thanh tra Sở   1/3 women, male head only             → flagged
 * Cấp ủy: 1 woman of 4 (25%); đào tạo: 2 women of 4 (50%).
 */
export function rosterGrids(): Grid[] {
  const rows: CellValue[][] = [
    ["SỞ NỘI VỤ TỈNH HÀ TĨNH"],
    ["DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2026"],
    [],
    ["STT", "Họ và tên", "Giới tính", "Đơn vị", "Chức vụ", "Cấp ủy", "Đào tạo, bồi dưỡng"],
    [1, "Lê Văn Minh", "Nam", "Văn phòng Sở", "Chánh Văn phòng", "x", null],
    [2, "Phạm Thị Lan", "Nữ", "Văn phòng Sở", "Phó Chánh Văn phòng", "x", "x"],
    [3, "Đặng Thị Mai", "Nữ", "Văn phòng Sở", "Chuyên viên", null, "x"],
    [4, "Hoàng Văn Nam", "Nam", "Văn phòng Sở", "Kế toán trưởng", null, null],
    [5, "Võ Văn Thành", "Nam", "Phòng Tổ chức", "Trưởng phòng", "x", null],
    [6, "Bùi Văn Tâm", "Nam", "Phòng Tổ chức", "Phó Trưởng phòng", null, "x"],
    [7, "Ngô Thị Hằng", "Nữ", "Phòng Tổ chức", "Chuyên viên", null, null],
    [8, "Trần Văn Lực", null, "Phòng Tổ chức", "Chuyên viên", null, null],
    [9, "Hồ Văn Dũng", "Nam", "Phòng Tổ chức", "Chuyên viên", null, null],
    [10, "Phan Văn Long", "Nam", "Phòng Kế hoạch", "Trưởng phòng", "x", null],
    [11, "Lý Thị Thanh", "Nữ", "Phòng Kế hoạch", "Chuyên viên", null, null],
    [12, "Vũ Thị Yến", "Nữ", "Phòng Kế hoạch", "Chuyên viên", null, null],
    [13, "Tạ Văn Bình", "Nam", "Phòng Kế hoạch", "Chuyên viên", null, "x"],
    [14, "Dương Thị Hoa", "Nữ", "Phòng Kế hoạch", "Kế toán trưởng", null, null],
    [15, "Đinh Văn Hải", "Nam", "Thanh tra Sở", "Chánh Thanh tra", null, null],
    [16, "Kiều Thị Loan", "Nữ", "Thanh tra Sở", "Thanh tra viên", null, null],
    [17, "Tô Văn Phúc", "Nam", "Thanh tra Sở", "Thanh tra viên", null, null],
  ];
  return [grid("DS 2026", rows)];
}
