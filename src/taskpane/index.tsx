// Entry of the task pane. Inside Excel: the office.js gateway. In a plain browser (or office.js missing
// outside Office): demo mode on an opened .xlsx, with the ExcelJS gateway loaded lazily so that it costs
// nothing inside Excel. Opened by Office but office.js missing: a plain message (and demo mode on request).
// Which door, and when, is decided by ./host (a slow Excel is waited for, never taken for a browser).
import "./fabricConfig"; // first: keeps Fluent from registering CDN fonts
import "./polyfills"; // ES2019 built-ins the code calls, for EdgeHTML (before any of it runs)
import * as React from "react";
import { createRoot } from "react-dom/client";
import { registerPaneIcons } from "./icons";
import { App, type BuildReport } from "./App";
import { DemoShell } from "./components/DemoShell";
import { browserHostEnv, chooseDoor, type Door } from "./host";
import { STRINGS, type UiStrings } from "./strings";
import { ExcelGateway } from "../excel/gateway";
import { MERGES_FROM_SAVED_FILE, MERGES_UNAVAILABLE } from "../excel/messages";
import type { Grid } from "../domain/grid";
import { MessageBar, MessageBarType } from "@fluentui/react";
import { buildAnnualReport, reportOptionsOf } from "../report/annual";
import type { Lang } from "../domain/settings";
import type { DemoWorkbook, OpenOptions } from "./components/DemoShell";

/** The sample workbook, copied beside taskpane.html by the build. */
export const SAMPLE_NAME = "mau-danh-sach.xlsx";
const SAMPLE_FILE = `assets/${SAMPLE_NAME}`;

const buildReport: BuildReport = (analysis, settings, previous) =>
  buildAnnualReport(analysis, reportOptionsOf(settings, previous));

async function openWorkbook(bytes: ArrayBuffer, fileName: string, lang: Lang, options?: OpenOptions): Promise<DemoWorkbook> {
  // A separate chunk: the demo's reader (in its Web Worker) is fetched only when a file is opened in demo mode.
  const { openDemoWorkbook } = await import(/* webpackChunkName: "demo-xlsx" */ "./demoWorkbook");
  return openDemoWorkbook(bytes, fileName, lang, options);
}

/** The demo's reader and its worker, started while the clerk chooses a file (a failure shows at the opening). */
function warmDemoReader(): void {
  void import(/* webpackChunkName: "demo-xlsx" */ "./demoWorkbook").then((m) => m.warmUp(), () => undefined);
}

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_FILE);
  if (!response.ok) throw new Error(`${SAMPLE_FILE}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** What the pane shows before a door is open: waiting for Excel, or office.js missing. */
function BootNotice(props: { text: (s: UiStrings) => string; help?: (s: UiStrings) => string; onDemo?: () => void }): React.JSX.Element {
  const { vi, en } = STRINGS;
  return (
    <div role={props.onDemo ? "alert" : "status"} style={{ padding: 12 }}>
      <p>{props.text(vi)}</p>
      {props.help && <p>{props.help(vi)}</p>}
      {props.onDemo && (
        <button type="button" onClick={props.onDemo}>
          {vi.bootUseDemo}
        </button>
      )}
      <p lang="en" style={{ color: "#555" }}>
        {props.text(en)}
        {props.help ? ` ${props.help(en)}` : ""}
      </p>
    </div>
  );
}

/**
 * Below ExcelApi 1.13 (Excel 2016, 2019, early 2021 builds) merged areas cannot be read
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * Where the CompressedFile set exists, the gateway takes them from the saved file for the sheets it holds unchanged
 * (src/excel/savedFileMerges.ts: the documentation does not say whether unsaved edits are in that file); the pane
 * says so, or, without the set, which figures may miss merged units.
 */
function MergesNotice(props: { fromSavedFile: boolean }): React.JSX.Element {
  const text = props.fromSavedFile ? MERGES_FROM_SAVED_FILE : MERGES_UNAVAILABLE;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {text.vi}
      <span lang="en" style={{ display: "block", marginTop: 4 }}>
        {text.en}
      </span>
    </MessageBar>
  );
}

/** The .xlsx reader for the saved file's merges, in its own chunk: fetched only on hosts below ExcelApi 1.13. */
async function readSavedFile(bytes: Uint8Array): Promise<Grid[]> {
  const { readGridsFromBuffer } = await import(/* webpackChunkName: "saved-file" */ "../xlsx/readBuffer");
  return readGridsFromBuffer(bytes);
}

async function main(): Promise<void> {
  // boot.js found Trident and showed its message: leave it (the bundle does not even parse in IE11).
  if ((window as unknown as { bdgBoot?: { legacy?: boolean } }).bdgBoot?.legacy) return;
  registerPaneIcons();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  const root = createRoot(container);
  let opened: Door | null = null;
  const open = (door: Door): void => {
    // Excel, once open, stays; demo mode gives way to a late Excel.
    if (opened === "excel" || opened === door) return;
    opened = door;
    if (door === "excel") {
      delete document.body.dataset.mode;
      root.render(
        <>
          {!Office.context.requirements.isSetSupported("ExcelApi", "1.13") && (
            <MergesNotice fromSavedFile={Office.context.requirements.isSetSupported("CompressedFile", "1.1")} />
          )}
          <App gateway={new ExcelGateway(undefined, undefined, readSavedFile)} buildReport={buildReport} />
        </>,
      );
    } else if (door === "demo") {
      document.body.dataset.mode = "demo";
      warmDemoReader();
      root.render(
        <DemoShell openWorkbook={openWorkbook} fetchSample={fetchSample} sampleName={SAMPLE_NAME} buildReport={buildReport} />,
      );
    } else {
      document.body.dataset.mode = "office-missing";
      root.render(<BootNotice text={(s) => s.bootOfficeMissing} help={(s) => s.bootOfficeMissingHelp} onDemo={() => open("demo")} />);
    }
  };
  await chooseDoor(browserHostEnv(), {
    open,
    slow: () => {
      if (opened === null) root.render(<BootNotice text={(s) => s.bootWaitingExcel} />);
    },
  });
}

void main().catch((e: unknown) => {
  // Last resort: the pane could not even start; say so on the page rather than leave it blank.
  console.error(e);
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = "Không khởi động được phần bổ trợ. Hãy đóng và mở lại. / The add-in could not start. Close and reopen it.";
  document.body.appendChild(p);
});
