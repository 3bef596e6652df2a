/** @jest-environment jsdom */
// The pane's narrow-width choices: the summary's answers and jumps, problems paged and grouped by sheet,
// the consolidation command shown only where there is something to consolidate.
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "../../src/taskpane/fabricConfig";
import { registerPaneIcons } from "../../src/taskpane/icons";
import { App } from "../../src/taskpane/App";
import { PROBLEMS_PAGE, ProblemsView, bySheet } from "../../src/taskpane/components/ProblemsView";
import { UNITS_PAGE, UnitsView } from "../../src/taskpane/components/UnitsView";
import type { UnitShare } from "../../src/domain/analysis";
import type { Problem } from "../../src/domain/roster";
import { FakeGateway, rosterGrids } from "./fakeGateway";

registerPaneIcons();

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

function unreadable(sheet: string, row: number): Problem {
  return { severity: "error", sheet, row, col: 3, code: "genderUnreadable", params: { value: "?", name: `Người ${row}` } };
}

describe("summary", () => {
  test("answers the clerk's questions from the Analysis, each a jump to its section", async () => {
    render(<App gateway={new FakeGateway(rosterGrids())} />);
    const summary = await screen.findByTestId("summary");
    // rosterGrids(): a and b have no data; c, đ met; d not met (2 units flagged): 2 of the 3 judged pass.
    expect(summary.querySelector('[data-summary="indicators"]')?.textContent).toBe("Đạt 2/3 chỉ tiêu");
    expect(summary.querySelector('[data-summary="flagged"]')?.textContent).toBe("2 đơn vị cần có lãnh đạo chủ chốt là nữ");
    expect(summary.querySelector('[data-summary="problems"]')?.textContent).toBe("1 lỗi cần sửa, 0 cảnh báo cần xem");
    expect(within(summary).getByTestId("staff").textContent).toBe("Cán bộ, công chức, viên chức7 nữ / 16 người (43,8%)");
    // A jump moves focus to the section's heading, so Tab and a screen reader carry on from there.
    fireEvent.click(within(summary).getByRole("button", { name: /^2 đơn vị cần có lãnh đạo chủ chốt là nữ\. Đến mục “Các đơn vị”$/ }));
    expect(document.activeElement?.id).toBe("h-units");
    fireEvent.click(within(summary).getByRole("button", { name: /^1 lỗi cần sửa/ }));
    expect(document.activeElement?.id).toBe("h-problems");
    fireEvent.click(within(summary).getByRole("button", { name: /^Đạt 2\/3 chỉ tiêu/ }));
    expect(document.activeElement?.id).toBe("h-indicators");
  });

  test("the commands are plain buttons in sight; consolidation only when the workbook holds annual sheets", async () => {
    render(<App gateway={new FakeGateway(rosterGrids())} />);
    await screen.findByTestId("summary");
    const toolbar = screen.getByRole("toolbar");
    expect(within(toolbar).getAllByRole("button").map((b) => b.textContent)).toEqual(["Quét lại sổ tính", "Cài đặt"]);
    expect(within(toolbar).getByRole("switch", { name: "English" })).toBeTruthy();
    expect(screen.queryByText(/Tổng hợp báo cáo các cơ quan/)).toBeNull();
  });
});

describe("problems", () => {
  test("a long list shows a page per severity, then more; sheets get a heading when there are several", () => {
    const problems: Problem[] = [
      ...Array.from({ length: 30 }, (_, i) => unreadable("DS 1", 10 + i)),
      ...Array.from({ length: 15 }, (_, i) => unreadable("DS 2", 5 + i)),
      { severity: "warning", sheet: "DS 1", row: 7, col: 4, code: "errorValue", params: { value: "#N/A" } },
    ];
    const selected: Problem[] = [];
    render(<ProblemsView problems={problems} lang="vi" onSelect={(p) => selected.push(p)} />);
    expect(PROBLEMS_PAGE).toBe(20);
    const errors = (): HTMLElement => document.querySelector<HTMLElement>('[data-severity="error"]') as HTMLElement;
    const sheets = (): string[] => Array.from(errors().querySelectorAll("h4")).map((h) => h.textContent ?? "");
    expect(errors().querySelectorAll("[data-problem-cell]")).toHaveLength(20);
    // The heading counts the sheet's problems of this severity, shown or not yet.
    expect(sheets()).toEqual(["Sheet “DS 1” (30)"]);
    fireEvent.click(within(errors()).getByRole("button", { name: "Hiện thêm (25 còn lại)" }));
    expect(errors().querySelectorAll("[data-problem-cell]")).toHaveLength(40);
    expect(sheets()).toEqual(["Sheet “DS 1” (30)", "Sheet “DS 2” (15)"]);
    fireEvent.click(within(errors()).getByRole("button", { name: "Hiện thêm (5 còn lại)" }));
    expect(errors().querySelectorAll("[data-problem-cell]")).toHaveLength(45);
    expect(within(errors()).queryByRole("button", { name: /Hiện thêm/ })).toBeNull();
    // Under a sheet heading the link shows the cell alone; its accessible name keeps sheet and cell.
    const last = errors().querySelector<HTMLElement>('[data-problem-cell="DS 2!C19"]') as HTMLElement;
    expect(last.textContent).toBe("C19Không đọc được giới tính “?” của “Người 19” (cần Nam hoặc Nữ).");
    expect(last.getAttribute("aria-label")).toBe(
      "Lỗi: Không đọc được giới tính “?” của “Người 19” (cần Nam hoặc Nữ). Đến ô DS 2!C19",
    );
    fireEvent.click(last);
    expect(selected).toEqual([problems[44]]);
    // The one warning comes from one sheet: no sheet heading, the link names sheet and cell.
    const warnings = document.querySelector<HTMLElement>('[data-severity="warning"]') as HTMLElement;
    expect(warnings.querySelectorAll("h4")).toHaveLength(0);
    expect(warnings.querySelector("[data-problem-cell]")?.textContent?.startsWith("DS 1!D7")).toBe(true);
  });

  test("runs of one sheet keep the Analysis's order", () => {
    const ps = [unreadable("A", 1), unreadable("A", 2), unreadable("B", 1), unreadable("A", 9)];
    expect(bySheet(ps).map((g) => `${g.sheet}:${g.problems.length}`)).toEqual(["A:2", "B:1", "A:1"]);
  });
});

describe("units", () => {
  const unit = (i: number, flagged: boolean): UnitShare => ({
    name: `Phòng số ${i}`,
    female: 1,
    total: 3,
    share: 1 / 3,
    femaleKeyLeader: !flagged,
    keyLeaders: [],
    womenRelated: false,
    reachesLine: true,
    atThreshold: true,
    flagged,
    smallUnit: true,
  });

  test("a long list shows a page of units (flagged first), then more", () => {
    registerPaneIcons();
    const units = Array.from({ length: UNITS_PAGE + 250 }, (_, i) => unit(i + 1, i % 100 === 99));
    render(<UnitsView units={units} lang="vi" />);
    const shown = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>("[data-unit]"));
    expect(UNITS_PAGE).toBe(200);
    expect(shown()).toHaveLength(200);
    // Every flagged unit is on the first page.
    expect(shown().slice(0, 4).map((el) => el.dataset.flagged)).toEqual(["true", "true", "true", "true"]);
    fireEvent.click(screen.getByRole("button", { name: "Hiện thêm (250 còn lại)" }));
    expect(shown()).toHaveLength(400);
    fireEvent.click(screen.getByRole("button", { name: "Hiện thêm (50 còn lại)" }));
    expect(shown()).toHaveLength(450);
    expect(screen.queryByRole("button", { name: /Hiện thêm/ })).toBeNull();
  });
});
