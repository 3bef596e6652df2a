/** @jest-environment jsdom */
// Demo mode's file picking: the App runs on the opened workbook; a bad file is said in words.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../../src/taskpane/fabricConfig";
import { registerPaneIcons } from "../../src/taskpane/icons";
import { DemoShell, type DemoWorkbook, type OpenOptions } from "../../src/taskpane/components/DemoShell";
import type { Lang } from "../../src/domain/settings";
import { FakeGateway, rosterGrids } from "./fakeGateway";

registerPaneIcons();

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

function xlsxFile(name: string): File {
  const file = new File(["PK"], name);
  // jsdom's File has no arrayBuffer(); the shell only hands the bytes on.
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(2) });
  return file;
}

test("an opened file runs the pane on its gateway", async () => {
  const opened: { name: string; lang: Lang; bytes: number }[] = [];
  const openWorkbook = async (bytes: ArrayBuffer, name: string, lang: Lang): Promise<DemoWorkbook> => {
    opened.push({ name, lang, bytes: bytes.byteLength });
    return { gateway: new FakeGateway(rosterGrids()) };
  };
  render(<DemoShell openWorkbook={openWorkbook} fetchSample={async () => new ArrayBuffer(0)} sampleName="mau.xlsx" />);
  expect(screen.getByText(/Trang này không chạy trong Excel/)).toBeTruthy();
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("ds-2026.xlsx")] } });
  expect((await screen.findByTestId("staff")).textContent).toContain("7 nữ / 16 người (43,8%)");
  expect(screen.getByTestId("demo-file").textContent).toBe("Tệp đang xem: ds-2026.xlsx");
  expect(opened).toEqual([{ name: "ds-2026.xlsx", lang: "vi", bytes: 2 }]);
  // The picker follows the pane's language switch.
  fireEvent.click(screen.getByRole("switch", { name: "English" }));
  await waitFor(() => expect(screen.getByTestId("demo-file").textContent).toBe("Viewing: ds-2026.xlsx"));
  expect(screen.getByRole("button", { name: "Open the sample file" })).toBeTruthy();
});

test("a file that is not .xlsx, or cannot be opened, is explained and nothing else happens", async () => {
  let calls = 0;
  const openWorkbook = async (): Promise<DemoWorkbook> => {
    calls++;
    throw new Error(
      "Không đọc được “cu.xlsx”: tệp ở định dạng Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    );
  };
  render(<DemoShell openWorkbook={openWorkbook} fetchSample={async () => new ArrayBuffer(0)} sampleName="mau.xlsx" />);
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("bang-luong.csv")] } });
  expect((await screen.findByTestId("message-error")).textContent).toBe(
    "Tệp này không phải sổ tính Excel (.xlsx). Hãy chọn tệp có đuôi .xlsx.",
  );
  expect(calls).toBe(0);
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("cu.xlsx")] } });
  await waitFor(() => expect(calls).toBe(1));
  expect((await screen.findByTestId("message-error")).textContent).toBe(
    "Không mở được tệp này. Hãy chắc chắn đây là tệp Excel .xlsx còn nguyên vẹn.",
  );
  expect(screen.getByText(/Chi tiết: Không đọc được “cu.xlsx”: tệp ở định dạng Excel 97–2003/)).toBeTruthy();
  expect(screen.queryByTestId("staff")).toBeNull();
});

test("the sample button fetches the bundled sample", async () => {
  const names: string[] = [];
  render(
    <DemoShell
      openWorkbook={async (_b, name) => {
        names.push(name);
        return { gateway: new FakeGateway(rosterGrids()) };
      }}
      fetchSample={async () => new ArrayBuffer(4)}
      sampleName="mau-danh-sach.xlsx"
    />,
  );
  fireEvent.click(screen.getByRole("button", { name: "Mở tệp mẫu" }));
  await screen.findByTestId("staff");
  expect(names).toEqual(["mau-danh-sach.xlsx"]);
});

test("while a file is read the pane shows how far it got, and Hủy stops it without a word of error", async () => {
  const signals: AbortSignal[] = [];
  let report: ((f: number) => void) | undefined;
  const openWorkbook = (_b: ArrayBuffer, _n: string, _l: Lang, options?: OpenOptions): Promise<DemoWorkbook> => {
    signals.push(options!.signal!);
    report = options!.onProgress;
    // Never resolves by itself: like a large file, it ends only when read or cancelled.
    return new Promise((_resolve, reject) => options!.signal!.addEventListener("abort", () => reject(new Error("cancelled"))));
  };
  render(<DemoShell openWorkbook={openWorkbook} fetchSample={async () => new ArrayBuffer(0)} sampleName="mau.xlsx" />);
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("ds-lon.xlsx")] } });
  expect(await screen.findByText("Đang đọc sổ tính… 0%")).toBeTruthy();
  act(() => report!(0.456));
  expect(screen.getByText("Đang đọc sổ tính… 45%")).toBeTruthy();
  expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("45");
  expect(screen.getByRole("button", { name: "Mở tệp .xlsx" }).hasAttribute("disabled")).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
  expect(signals[0].aborted).toBe(true);
  await waitFor(() => expect(screen.queryByTestId("demo-progress")).toBeNull());
  expect(screen.queryByTestId("message-error")).toBeNull();
  expect(console.error).not.toHaveBeenCalled();
  expect(screen.getByRole("button", { name: "Mở tệp .xlsx" }).hasAttribute("disabled")).toBe(false);
});

test("a workbook is let go when another is opened, and the one still being read when the pane closes", async () => {
  const closed: string[] = [];
  const pending: AbortSignal[] = [];
  const openWorkbook = async (_b: ArrayBuffer, name: string, _l: Lang, options?: OpenOptions): Promise<DemoWorkbook> => {
    if (name === "cham.xlsx") {
      pending.push(options!.signal!);
      return new Promise(() => undefined);
    }
    return { gateway: new FakeGateway(rosterGrids()), close: () => closed.push(name) };
  };
  const { unmount } = render(<DemoShell openWorkbook={openWorkbook} fetchSample={async () => new ArrayBuffer(0)} sampleName="mau.xlsx" />);
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("mot.xlsx")] } });
  await screen.findByTestId("staff");
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("hai.xlsx")] } });
  await waitFor(() => expect(screen.getByTestId("demo-file").textContent).toBe("Tệp đang xem: hai.xlsx"));
  expect(closed).toEqual(["mot.xlsx"]);
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsxFile("cham.xlsx")] } });
  await waitFor(() => expect(pending).toHaveLength(1));
  unmount();
  expect(pending[0].aborted).toBe(true);
  expect(closed).toEqual(["mot.xlsx", "hai.xlsx"]);
});
