/** @jest-environment jsdom */
// The report's own settings in the pane: a warning accepted with a giải trình, and the báo cáo's header
// and signer fields, offered from the roster's signature block.
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import "../../src/taskpane/fabricConfig";
import { registerPaneIcons } from "../../src/taskpane/icons";
import { withExplanation } from "../../src/taskpane/App";
import { ProblemsView } from "../../src/taskpane/components/ProblemsView";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import { problemKey } from "../../src/report/clerk";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import type { Problem } from "../../src/domain/roster";

registerPaneIcons();

const duplicate: Problem = { severity: "warning", sheet: "DS", row: 12, code: "duplicatePerson", params: { name: "Trần C", otherRow: 11 } };
const error: Problem = { severity: "error", sheet: "DS", row: 9, col: 3, code: "genderMissing", params: { name: "Lê D" } };

describe("giải trình of a warning", () => {
  test("a warning can be explained, the reason handed back with the problem; errors cannot", () => {
    const onExplain = jest.fn();
    render(<ProblemsView problems={[error, duplicate]} lang="vi" onSelect={() => undefined} onExplain={onExplain} />);
    const buttons = screen.getAllByRole("button", { name: "Giải trình" });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    fireEvent.change(screen.getByLabelText(/Lý do chấp nhận cảnh báo này/), { target: { value: "  Hai người trùng tên  " } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu giải trình" }));
    expect(onExplain).toHaveBeenCalledWith(duplicate, "Hai người trùng tên");
  });

  test("an explained warning shows its reason and can be removed", () => {
    const onExplain = jest.fn();
    render(
      <ProblemsView
        problems={[duplicate]}
        lang="vi"
        onSelect={() => undefined}
        explanations={{ [problemKey(duplicate)]: "Đã đối chiếu hồ sơ" }}
        onExplain={onExplain}
      />,
    );
    expect(screen.getByText("Đã giải trình: Đã đối chiếu hồ sơ")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ giải trình" }));
    expect(onExplain).toHaveBeenCalledWith(duplicate, "");
  });

  test("saved into the settings by the problem's key, removed with an empty reason", () => {
    const s = withExplanation(defaultSettings(new Date(2026, 0, 1)), problemKey(duplicate), " Lý do ");
    expect(s.explanations).toEqual({ "duplicatePerson|DS|12|": "Lý do" });
    expect(withExplanation(s, problemKey(duplicate), "").explanations).toEqual({});
  });
});

describe("the báo cáo's header and signer in the settings", () => {
  test("fields saved as typed (empty ones left out); the roster's signer offered and taken with one click", () => {
    const onSave = jest.fn();
    const settings: Settings = { ...defaultSettings(new Date(2026, 0, 1)), agency: "Sở Tài chính" };
    render(
      <SettingsPanel
        isOpen={true}
        settings={settings}
        unitNames={[]}
        onSave={onSave}
        onDismiss={() => undefined}
        suggestions={{ signerTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn Hùng", agency: "Sở Tài chính" }}
      />,
    );
    expect(screen.getByText("Theo khối chữ ký của danh sách: “Nguyễn Văn Hùng”")).toBeTruthy();
    // The agency already holds what the roster says: nothing to offer there.
    expect(screen.queryByText("Theo khối chữ ký của danh sách: “Sở Tài chính”")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dùng: Nguyễn Văn Hùng" }));
    fireEvent.change(screen.getByLabelText("Số văn bản"), { target: { value: " 125 " } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].document).toEqual({ docNumber: "125", signerName: "Nguyễn Văn Hùng" });
  });
});
