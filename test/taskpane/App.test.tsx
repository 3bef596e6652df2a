/** @jest-environment jsdom */
// The task pane against an in-memory gateway: the real reader and analysis run on the grids.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "../../src/taskpane/fabricConfig";
import { registerPaneIcons } from "../../src/taskpane/icons";
import { App, type BuildReport } from "../../src/taskpane/App";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import { FakeGateway, grid, rosterGrids } from "./fakeGateway";
import { runAnalysis } from "../../src/taskpane/engine";
import { buildAnnualReport } from "../../src/report/annual";
import { readReportFigures } from "../../src/report/figures";
import type { CellValue, Grid } from "../../src/domain/grid";

registerPaneIcons();

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** Renders the pane and waits for the first analysis to show. */
async function open(gateway: FakeGateway, buildReport?: BuildReport): Promise<ReturnType<typeof render>> {
  const view = render(<App gateway={gateway} buildReport={buildReport} />);
  await screen.findByTestId("staff");
  return view;
}

function unitOrder(): { name: string; flagged: string }[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-unit]")).map((el) => ({
    name: el.dataset.unit ?? "",
    flagged: el.dataset.flagged ?? "",
  }));
}

function indicator(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-indicator="${id}"]`);
  if (!el) throw new Error(`no indicator ${id}`);
  return el;
}

const settingsOf = (over: Partial<Settings>): Settings => ({ ...defaultSettings(new Date(Date.UTC(2026, 5, 1))), ...over });

describe("task pane", () => {
  test("shows the staff figures and the indicators from the Analysis, in vi-VN form", async () => {
    const gw = new FakeGateway(rosterGrids());
    await open(gw);
    expect(screen.getByTestId("staff").textContent).toContain("7 nữ / 16 người (43,8%)");
    const c = indicator("c_party_committee");
    expect(c.textContent).toContain("25%");
    expect(c.textContent).toContain("1 nữ / 4");
    expect(within(c).getByText("Đạt")).toBeTruthy();
    const dd = indicator("dd_training");
    expect(dd.textContent).toContain("50%");
    expect(dd.textContent).toContain("2 nữ / 4");
    expect(within(dd).getByText("Đạt")).toBeTruthy();
    // No council column: a has no data and says which column is missing.
    const a = indicator("a_deputies");
    expect(a.textContent).toContain("Không có dữ liệu");
    expect(a.querySelector('[data-status="noData"]')).not.toBeNull();
    expect(gw.reads).toBe(1);
  });

  test("lists flagged units first, then the others in roster order", async () => {
    await open(new FakeGateway(rosterGrids()));
    expect(unitOrder()).toEqual([
      { name: "Phòng Kế hoạch", flagged: "true" },
      { name: "Thanh tra Sở", flagged: "true" },
      { name: "Văn phòng Sở", flagged: "false" },
      { name: "Phòng Tổ chức", flagged: "false" },
    ]);
    expect(screen.getByTestId("flagged-count").textContent).toBe("2 đơn vị cần có lãnh đạo chủ chốt là nữ");
    expect(screen.getAllByText("Cần lãnh đạo nữ")).toHaveLength(2);
    // Sorting by share, highest first: 60% (Kế hoạch), 50% (Văn phòng), 33,3% (Thanh tra), 25% (Tổ chức).
    fireEvent.click(screen.getByRole("combobox", { name: /^Sắp xếp/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Tỷ lệ nữ từ cao đến thấp" }));
    expect(unitOrder().map((u) => u.name)).toEqual(["Phòng Kế hoạch", "Văn phòng Sở", "Thanh tra Sở", "Phòng Tổ chức"]);
    // Each unit's figures in words, as the Analysis gives them (no column a 320 px pane would cut).
    const keHoach = document.querySelector<HTMLElement>('[data-unit="Phòng Kế hoạch"]');
    expect(keHoach?.querySelector("[data-unit-figures]")?.textContent).toBe("3 nữ / 5 người (60%)");
    expect(keHoach?.textContent).toContain("Chưa có lãnh đạo chủ chốt là nữ");
  });

  test("a problem is a link that selects its cell in the workbook", async () => {
    const gw = new FakeGateway(rosterGrids());
    await open(gw);
    expect(screen.getByTestId("problem-counts").textContent).toBe("1 lỗi, 0 cảnh báo, 0 lưu ý");
    const link = document.querySelector<HTMLElement>('[data-problem-cell="DS 2026!C12"]');
    expect(link).not.toBeNull();
    expect(link?.textContent).toContain("Trần Văn Lực");
    fireEvent.click(link as HTMLElement);
    await waitFor(() => expect(gw.selected).toEqual([{ sheet: "DS 2026", row: 12, col: 3 }]));
  });

  test("correcting a column's role saves an override and re-runs the analysis", async () => {
    const gw = new FakeGateway(rosterGrids());
    await open(gw);
    expect(within(indicator("c_party_committee")).getByText("Đạt")).toBeTruthy();
    // The column roles are folded away until the clerk opens them.
    expect(screen.queryByRole("combobox", { name: /Cột F: Cấp ủy/ })).toBeNull();
    const unfold = screen.getByRole("button", { name: "Xem, sửa vai trò 7 cột — DS 2026" });
    expect(unfold.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(unfold);
    expect(unfold.getAttribute("aria-expanded")).toBe("true");
    const dropdown = screen.getByRole("combobox", { name: /Cột F: Cấp ủy/ });
    fireEvent.click(dropdown);
    fireEvent.click(await screen.findByRole("option", { name: "Không dùng" }));
    await waitFor(() => expect(gw.saved).toHaveLength(1));
    expect(gw.saved[0].overrides).toEqual([{ sheet: "DS 2026", col: 6, role: "other" }]);
    // Without a cấp ủy column, c has no data; nothing was read again from the workbook.
    await waitFor(() => expect(indicator("c_party_committee").querySelector('[data-status="noData"]')).not.toBeNull());
    expect(indicator("c_party_committee").textContent).toContain("Sổ tính không có cột hay danh sách cấp ủy.");
    expect(gw.reads).toBe(1);
    expect(screen.getByRole("combobox", { name: /Cột F: Cấp ủy \(đã sửa\)/ })).toBeTruthy();
    // Undo: the detected role applies again.
    fireEvent.click(screen.getByRole("button", { name: /Bỏ sửa, dùng vai trò tự nhận — Cột F/ }));
    await waitFor(() => expect(gw.saved).toHaveLength(2));
    expect(gw.saved[1].overrides).toEqual([]);
    await waitFor(() => expect(within(indicator("c_party_committee")).getByText("Đạt")).toBeTruthy());
  });

  test("settings are saved in the workbook and change the analysis (heads only)", async () => {
    const gw = new FakeGateway(rosterGrids(), settingsOf({}));
    await open(gw);
    fireEvent.click(await screen.findByRole("button", { name: "Cài đặt" }));
    const panel = await screen.findByRole("dialog");
    fireEvent.click(within(panel).getByLabelText("Chỉ cấp trưởng"));
    fireEvent.change(within(panel).getByLabelText("Tên cơ quan, đơn vị báo cáo"), { target: { value: "Sở Nội vụ" } });
    fireEvent.change(within(panel).getByLabelText("Năm báo cáo"), { target: { value: "2025" } });
    fireEvent.click(within(panel).getByLabelText("Thanh tra Sở"));
    fireEvent.change(within(panel).getByLabelText("c) Nữ cấp ủy"), { target: { value: "30,5" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(gw.saved).toHaveLength(1));
    expect(gw.saved[0]).toEqual({
      ...settingsOf({}),
      keyLeaderRule: "headOnly",
      agency: "Sở Nội vụ",
      year: 2025,
      womenRelatedUnits: ["Thanh tra Sở"],
      customTargets: { c: 0.305 },
    });
    expect(await screen.findByText(/Đã ghi cài đặt vào sổ tính\. Hãy lưu sổ tính \(Ctrl\+S\)/)).toBeTruthy();
    // Heads only: Văn phòng Sở's female deputy no longer counts, so it is flagged too.
    await waitFor(() => expect(screen.getByTestId("flagged-count").textContent).toBe("3 đơn vị cần có lãnh đạo chủ chốt là nữ"));
    expect(
      unitOrder()
        .filter((u) => u.flagged === "true")
        .map((u) => u.name),
    ).toEqual(["Văn phòng Sở", "Phòng Kế hoạch", "Thanh tra Sở"]);
    // The edited target: 25% is now under 30,5%.
    expect(indicator("c_party_committee").textContent).toContain("Chỉ tiêu: 30,5%");
    expect(within(indicator("c_party_committee")).getByText("Chưa đạt")).toBeTruthy();
  });

  test("“Người ở sheet ẩn” in the settings counts a hidden sheet's people, without reading the workbook again", async () => {
    const hidden: Grid = {
      ...grid("DS 2025", [
        ["STT", "Họ và tên", "Giới tính", "Đơn vị", "Chức vụ"],
        [1, "Lưu Thị Hạnh", "Nữ", "Phòng Lưu trữ", "Chuyên viên"],
        [2, "Kiều Văn Tâm", "Nam", "Phòng Lưu trữ", "Trưởng phòng"],
      ]),
      hidden: true,
    };
    const gw = new FakeGateway([...rosterGrids(), hidden], settingsOf({}));
    await open(gw);
    expect(screen.getByTestId("staff").textContent).toContain("7 nữ / 16 người");
    fireEvent.click(await screen.findByRole("button", { name: "Cài đặt" }));
    const panel = await screen.findByRole("dialog");
    fireEvent.click(within(panel).getByLabelText(/Người ở sheet ẩn/));
    fireEvent.click(within(panel).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(gw.saved).toHaveLength(1));
    expect(gw.saved[0].includeHiddenSheets).toBe(true);
    expect(gw.saved[0].countContractWorkers).toBeUndefined();
    await waitFor(() => expect(screen.getByTestId("staff").textContent).toContain("8 nữ / 18 người"));
    expect(gw.reads).toBe(1);
  });

  test("a settings entry that is not a percent keeps the Save button disabled", async () => {
    const gw = new FakeGateway(rosterGrids());
    await open(gw);
    fireEvent.click(await screen.findByRole("button", { name: "Cài đặt" }));
    const panel = await screen.findByRole("dialog");
    fireEvent.change(within(panel).getByLabelText("a) Nữ đại biểu QH, HĐND tỉnh, huyện"), { target: { value: "ba mươi" } });
    expect((await within(panel).findAllByText("Nhập một số từ 0 đến 100, ví dụ 30 hoặc 30,5.")).length).toBe(1);
    expect((within(panel).getByRole("button", { name: "Lưu" }) as HTMLButtonElement).disabled).toBe(true);
    expect(gw.saved).toHaveLength(0);
  });

  test("reading shows its progress until the grids arrive", async () => {
    const gw = new FakeGateway(rosterGrids());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = gw.readGrids.bind(gw);
    gw.readGrids = async (sheets, onProgress) => {
      onProgress?.({ sheet: "DS 2026", rowsRead: 1000, rowsTotal: 2500 });
      await gate;
      return read(sheets, onProgress);
    };
    render(<App gateway={gw} />);
    expect(await screen.findByText("Đang đọc sheet “DS 2026”: 1.000/2.500 dòng")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("40");
    expect(screen.queryByTestId("staff")).toBeNull();
    await act(async () => release());
    await screen.findByTestId("staff");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("choosing another target profile saves it and judges against its targets", async () => {
    // The 2016–2020 plan has no target for the share of units with a female key leader.
    const gw = new FakeGateway(rosterGrids(), settingsOf({ profileId: "qd515-2016-2020" }));
    await open(gw);
    expect(document.querySelector('[data-indicator="d_leadership"]')?.textContent).not.toContain(
      "Đơn vị có lãnh đạo chủ chốt là nữ:",
    );
    fireEvent.click(await screen.findByRole("button", { name: "Cài đặt" }));
    const panel = await screen.findByRole("dialog");
    fireEvent.click(within(panel).getByRole("combobox", { name: /^Bộ chỉ tiêu/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Chiến lược 2021–2030 (NQ 28/NQ-CP, QĐ 2282/QĐ-TTg), mốc 2030" }));
    expect((within(panel).getByLabelText("Đơn vị có lãnh đạo chủ chốt là nữ") as HTMLInputElement).value).toBe("75");
    fireEvent.click(within(panel).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(gw.saved).toHaveLength(1));
    expect(gw.saved[0].profileId).toBe("nq28-2030");
    expect(gw.saved[0].customTargets).toBeUndefined();
    // Only Văn phòng Sở of the 4 units has a female key leader: 25%, under 75%.
    await waitFor(() =>
      expect(indicator("d_leadership").textContent).toContain("Đơn vị có lãnh đạo chủ chốt là nữ: 25% · Chỉ tiêu: 75%"),
    );
    expect(indicator("d_leadership").querySelectorAll('[data-status="notMet"]')).toHaveLength(2);
  });

  test("saved settings are applied when the pane opens", async () => {
    const gw = new FakeGateway(rosterGrids(), settingsOf({ keyLeaderRule: "headOnly" }));
    await open(gw);
    await waitFor(() => expect(screen.getByTestId("flagged-count").textContent).toBe("3 đơn vị cần có lãnh đạo chủ chốt là nữ"));
  });

  test("a workbook that cannot be read is said in words, with the detail, never swallowed", async () => {
    const gw = new FakeGateway(rosterGrids());
    gw.failRead = new Error("RichApi.Error: Mất kết nối với sổ tính");
    render(<App gateway={gw} />);
    const msg = await screen.findByTestId("message-error");
    expect(msg.textContent).toBe("Không đọc được sổ tính. Hãy kiểm tra tệp còn mở được trong Excel rồi bấm “Quét lại sổ tính”.");
    expect(screen.getByText("Chi tiết: RichApi.Error: Mất kết nối với sổ tính")).toBeTruthy();
    expect(screen.queryByTestId("staff")).toBeNull();
    // Rescan after the cause is gone.
    gw.failRead = null;
    fireEvent.click(await screen.findByRole("button", { name: "Quét lại sổ tính" }));
    await screen.findByTestId("staff");
    expect(gw.reads).toBe(2);
  });

  test("failures to select a cell or to save settings are shown", async () => {
    const gw = new FakeGateway(rosterGrids());
    gw.failSelect = new Error("ItemNotFound");
    gw.failSave = new Error("SettingsSaveFailed");
    await open(gw);
    fireEvent.click(document.querySelector<HTMLElement>('[data-problem-cell="DS 2026!C12"]') as HTMLElement);
    expect(await screen.findByText("Không chọn được ô này trong sổ tính (sheet có thể đã bị đổi tên hoặc xóa).")).toBeTruthy();
    expect(screen.getByText("Chi tiết: ItemNotFound")).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "English" }));
    expect(
      await screen.findByText(
        "The settings could not be saved in the workbook. The changes still apply while this pane is open.",
      ),
    ).toBeTruthy();
    expect(screen.getAllByTestId("message-error")).toHaveLength(2);
  });

  test("the English switch shows the same figures in English", async () => {
    const gw = new FakeGateway(rosterGrids());
    await open(gw);
    fireEvent.click(screen.getByRole("switch", { name: "English" }));
    await waitFor(() => expect(screen.getByTestId("staff").textContent).toContain("7 women / 16 people (43.8%)"));
    expect(screen.getByTestId("flagged-count").textContent).toBe("2 units need a female key leader");
    await waitFor(() => expect(gw.saved).toHaveLength(1));
    expect(gw.saved[0].lang).toBe("en");
  });

  test("without a report builder the report button is disabled and says why", async () => {
    await open(new FakeGateway(rosterGrids()));
    const button = screen.getByRole("button", { name: "Tạo báo cáo" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById("report-note")?.textContent).toBe("Chức năng tạo báo cáo chưa có trong phiên bản này.");
  });

  test("“Tạo báo cáo” writes the model built from the shown Analysis through the gateway", async () => {
    const gw = new FakeGateway(rosterGrids(), settingsOf({ agency: "Sở Nội vụ" }));
    const built: { staff: number; agency: string }[] = [];
    const buildReport: BuildReport = (analysis, settings) => {
      built.push({ staff: analysis.staff.total, agency: settings.agency });
      return { sheets: [{ sheetName: "BC BĐG 2026", rows: [["x"]], merges: [] }, { sheetName: "PL BĐG 2026", rows: [["y"]], merges: [] }] } as unknown as ReturnType<BuildReport>;
    };
    await open(gw, buildReport);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    });
    await waitFor(() => expect(gw.reports).toHaveLength(1));
    expect(built).toEqual([{ staff: 16, agency: "Sở Nội vụ" }]);
    expect(gw.reports[0].sheets.map((sheet) => sheet.sheetName)).toEqual(["BC BĐG 2026", "PL BĐG 2026"]);
    expect(await screen.findByText("Đã tạo báo cáo ở sheet “BC BĐG 2026” và sheet “PL BĐG 2026”.")).toBeTruthy();
  });

  test("the Sở Nội vụ's workbook: annual sheets of two agencies are consolidated into one summary sheet", async () => {
    // Two agencies' annual sheets, as the report writer lays them out, pasted into one workbook.
    const annual = (agency: string, sheet: string) => {
      const { analysis } = runAnalysis(rosterGrids(), settingsOf({ agency, year: 2026 }));
      const model = buildAnnualReport(analysis, { year: 2026, agency });
      return grid(sheet, model.sheets[0].rows as CellValue[][]);
    };
    const gw = new FakeGateway([annual("Sở Tài chính", "BC BĐG 2026"), annual("Sở Y tế", "BC BĐG 2026 (2)")], settingsOf({}));
    render(<App gateway={gw} buildReport={() => ({ sheets: [] }) as unknown as ReturnType<BuildReport>} />);
    const button = await screen.findByRole("button", { name: "Tổng hợp báo cáo các cơ quan (2)" });
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(gw.reports).toHaveLength(1));
    expect(gw.reports[0].sheets[0].sheetName).toBe("TH BĐG 2026");
    // The summary reads back as our provincial sheet: both agencies, staff summed (16 + 16, 7 + 7 women).
    const back = readReportFigures(grid("TH BĐG 2026", gw.reports[0].sheets[0].rows as CellValue[][]));
    expect(back.kind).toBe("provincial-summary");
    expect(back.staff).toEqual({ female: 14, total: 32 });
    expect(await screen.findByText("Đã tổng hợp 2 báo cáo vào sheet “TH BĐG 2026”.")).toBeTruthy();
  });
});

describe("a workbook naming more units than any roster", () => {
  test("says so in the clerk's language instead of showing figures", async () => {
    const { MAX_UNITS } = await import("../../src/domain/unitLimit");
    const rows: CellValue[][] = [["STT", "Họ và tên", "Giới tính", "Đơn vị"]];
    for (let i = 1; i <= MAX_UNITS + 1; i++) rows.push([i, `Nguyễn Thị Hoa ${i}`, "Nữ", `Phòng ${i}`]);
    render(<App gateway={new FakeGateway([grid("DS", rows)])} />);
    expect(await screen.findByText("Không tính được các chỉ tiêu từ sổ tính này.")).toBeTruthy();
    expect(screen.getByText(/Chi tiết: danh sách nêu hơn 10\.000 đơn vị khác nhau, vượt giới hạn đọc/)).toBeTruthy();
    expect(screen.queryByText(/the roster names over/)).toBeNull();
    expect(screen.queryByTestId("staff")).toBeNull();
  });
});
