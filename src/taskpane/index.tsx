// Entry of the task pane. Inside Excel: the office.js gateway. Anywhere else (office.js missing, blocked,
// or the page opened in a plain browser): demo mode on an opened .xlsx, with the ExcelJS gateway loaded
// lazily so that it costs nothing inside Excel.
import "./fabricConfig"; // first: keeps Fluent from registering CDN fonts
import * as React from "react";
import { createRoot } from "react-dom/client";
import { registerPaneIcons } from "./icons";
import { App, type BuildReport } from "./App";
import { DemoShell } from "./components/DemoShell";
import { insideExcel } from "./host";
import { ExcelGateway } from "../excel/gateway";
import { buildAnnualReport } from "../report/annual";
import type { Lang } from "../domain/settings";
import type { DemoWorkbook, OpenOptions } from "./components/DemoShell";

/** The sample workbook, copied beside taskpane.html by the build. */
export const SAMPLE_NAME = "mau-danh-sach.xlsx";
const SAMPLE_FILE = `assets/${SAMPLE_NAME}`;

const buildReport: BuildReport = (analysis, settings, previous) =>
  buildAnnualReport(analysis, { year: settings.year, agency: settings.agency, lang: settings.lang, previous: previous ?? undefined });

async function openWorkbook(bytes: ArrayBuffer, fileName: string, lang: Lang, options?: OpenOptions): Promise<DemoWorkbook> {
  // A separate chunk: the demo's reader (in its Web Worker) is fetched only when a file is opened in demo mode.
  const { openDemoWorkbook } = await import(/* webpackChunkName: "demo-xlsx" */ "./demoWorkbook");
  return openDemoWorkbook(bytes, fileName, lang, options);
}

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_FILE);
  if (!response.ok) throw new Error(`${SAMPLE_FILE}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function main(): Promise<void> {
  registerPaneIcons();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  const root = createRoot(container);
  if (await insideExcel()) {
    root.render(<App gateway={new ExcelGateway()} buildReport={buildReport} />);
  } else {
    document.body.dataset.mode = "demo";
    root.render(
      <DemoShell openWorkbook={openWorkbook} fetchSample={fetchSample} sampleName={SAMPLE_NAME} buildReport={buildReport} />,
    );
  }
}

void main().catch((e: unknown) => {
  // Last resort: the pane could not even start; say so on the page rather than leave it blank.
  console.error(e);
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = "Không khởi động được phần bổ trợ. Hãy đóng và mở lại. / The add-in could not start. Close and reopen it.";
  document.body.appendChild(p);
});
