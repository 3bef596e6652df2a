// Demo mode, outside Excel: the clerk opens a .xlsx file (or the bundled sample) and the same App runs on it.
import * as React from "react";
import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Stack,
  Text,
  Toggle,
  getTheme,
  mergeStyleSets,
} from "@fluentui/react";
import type { WorkbookGateway } from "../../report/gateway";
import type { Lang } from "../../domain/settings";
import { App, type BuildReport } from "../App";
import { STRINGS, formatCount } from "../strings";
import { errorDetail } from "../engine";

/** A workbook opened in the browser: its gateway, and its bytes back (with the report sheet once written). */
export interface DemoWorkbook {
  gateway: WorkbookGateway;
  toBytes?: () => Promise<Uint8Array>;
  /** Lets go of the workbook (its worker ends) when another is opened or the pane closes. */
  close?: () => void;
}

export interface OpenOptions {
  /** The part read so far, 0…1. */
  onProgress?: (fraction: number) => void;
  /** Aborted when the clerk cancels: the reading stops and the promise rejects. */
  signal?: AbortSignal;
}

export interface DemoShellProps {
  /** Opens a workbook's bytes (the ExcelJS gateway, loaded lazily); rejects with the clerk's sentence when known. */
  openWorkbook: (bytes: ArrayBuffer, fileName: string, lang: Lang, options?: OpenOptions) => Promise<DemoWorkbook>;
  /** Fetches the bundled sample workbook. */
  fetchSample: () => Promise<ArrayBuffer>;
  sampleName: string;
  buildReport?: BuildReport;
}

interface Opened extends DemoWorkbook {
  fileName: string;
  /** Changes with every opening, so the App starts afresh on each file. */
  key: number;
}

const css = mergeStyleSets({
  bar: { ...getTheme().fonts.medium, padding: "8px 12px", background: "#f3f2f1", borderBottom: "1px solid #e1dfdd" },
  hidden: { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

let openings = 0;

/** Hands the bytes to the browser as a download named after the opened file: "x.xlsx" → "x.bao-cao.xlsx". */
function downloadCopy(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName.replace(/\.xlsx$/i, "") + ".bao-cao.xlsx";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

type DemoError = { text: string; detail?: string };

/**
 * Opening a workbook: one at a time (a new opening or "Hủy" aborts the one under way), its progress, and the
 * workbook open now (let go of when another replaces it or the pane goes).
 */
function useOpening(openWorkbook: DemoShellProps["openWorkbook"], lang: Lang, setError: (e: DemoError | null) => void) {
  const [opened, setOpened] = React.useState<Opened | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [fraction, setFraction] = React.useState(0);
  const reading = React.useRef<AbortController | null>(null);
  const current = React.useRef<Opened | null>(null);

  React.useEffect(
    () => () => {
      reading.current?.abort();
      current.current?.close?.();
    },
    [],
  );

  const cancel = (): void => {
    reading.current?.abort();
    reading.current = null;
    setLoading(false);
  };

  const open = async (bytes: () => Promise<ArrayBuffer>, fileName: string, failure: string): Promise<void> => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setLoading(true);
    setFraction(0);
    setError(null);
    try {
      const workbook = await openWorkbook(await bytes(), fileName, lang, { onProgress: setFraction, signal: controller.signal });
      if (controller.signal.aborted) {
        workbook.close?.();
        return;
      }
      current.current?.close?.();
      current.current = { ...workbook, fileName, key: ++openings };
      setOpened(current.current);
    } catch (e) {
      if (controller.signal.aborted) return; // cancelled: nothing to say
      console.error(failure, e);
      setError({ text: failure, detail: errorDetail(e) });
    } finally {
      if (reading.current === controller) {
        reading.current = null;
        setLoading(false);
      }
    }
  };
  return { opened, loading, fraction, open, cancel };
}

interface PickerProps {
  lang: Lang;
  setLang: (lang: Lang) => void;
  opened: Opened | null;
  loading: boolean;
  fraction: number;
  error: DemoError | null;
  onChoose: () => void;
  onSample: () => void;
  onDownload: () => void;
  onCancel: () => void;
  onDismissError: () => void;
  children: React.ReactNode;
}

/** The demo's bar above the pane: open a file or the sample, download the copy, the read's progress, errors. */
function Picker(p: PickerProps): React.ReactElement {
  const s = STRINGS[p.lang];
  const percent = s.demoReading(formatCount(Math.floor(p.fraction * 100), p.lang));
  return (
    <div className={css.bar} role="group" aria-label={s.demoTitle}>
      <Text block variant="mediumPlus">
        <strong>{s.demoTitle}</strong>
      </Text>
      {!p.opened && (
        <Text block style={{ margin: "4px 0 8px" }}>
          {s.demoExplain}
        </Text>
      )}
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton iconProps={{ iconName: "OpenFile" }} onClick={p.onChoose} disabled={p.loading}>
          {s.demoOpenFile}
        </PrimaryButton>
        <DefaultButton iconProps={{ iconName: "Page" }} onClick={p.onSample} disabled={p.loading}>
          {s.demoOpenSample}
        </DefaultButton>
        {p.opened?.toBytes && (
          <DefaultButton iconProps={{ iconName: "Download" }} onClick={p.onDownload} disabled={p.loading}>
            {s.demoDownload}
          </DefaultButton>
        )}
        {!p.opened && <Toggle label={s.englishSwitch} inlineLabel checked={p.lang === "en"} onChange={(_e, c) => p.setLang(c ? "en" : "vi")} />}
      </Stack>
      {p.children}
      {p.loading && (
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} data-testid="demo-progress">
          <Stack.Item grow>
            <ProgressIndicator label={percent} percentComplete={p.fraction} ariaValueText={percent} />
          </Stack.Item>
          <DefaultButton onClick={p.onCancel}>{s.demoCancel}</DefaultButton>
        </Stack>
      )}
      {p.opened && (
        <Text block style={{ marginTop: 4 }} data-testid="demo-file">
          {s.demoFileLabel(p.opened.fileName)}
        </Text>
      )}
      {p.error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} onDismiss={p.onDismissError} dismissButtonAriaLabel={s.dismiss}>
          <span data-testid="message-error">{p.error.text}</span>
          {p.error.detail && <span style={{ display: "block", opacity: 0.8 }}>{s.errDetail(p.error.detail)}</span>}
        </MessageBar>
      )}
    </div>
  );
}

export function DemoShell({ openWorkbook, fetchSample, sampleName, buildReport }: DemoShellProps): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>("vi");
  const [error, setError] = React.useState<DemoError | null>(null);
  const { opened, loading, fraction, open, cancel } = useOpening(openWorkbook, lang, setError);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const s = STRINGS[lang];

  const onFile = (e: React.ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = ""; // the same file may be chosen again after it is fixed
    if (!file) return;
    if (!/\.xlsx$/i.test(file.name)) {
      setError({ text: s.demoNotXlsx });
      return;
    }
    void open(() => file.arrayBuffer(), file.name, s.errOpenFile);
  };

  const download = async (): Promise<void> => {
    if (!opened?.toBytes) return;
    try {
      downloadCopy(await opened.toBytes(), opened.fileName);
    } catch (e) {
      console.error(s.errDownload, e);
      setError({ text: s.errDownload, detail: errorDetail(e) });
    }
  };

  const picker = (
    <Picker
      lang={lang}
      setLang={setLang}
      opened={opened}
      loading={loading}
      fraction={fraction}
      error={error}
      onChoose={() => inputRef.current?.click()}
      onSample={() => void open(fetchSample, sampleName, s.errSample)}
      onDownload={() => void download()}
      onCancel={cancel}
      onDismissError={() => setError(null)}
    >
      <input
        ref={inputRef}
        className={css.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        // Reached through the visible button; hidden from assistive technology so it is not announced twice.
        aria-hidden={true}
        tabIndex={-1}
        onChange={onFile}
        data-testid="file-input"
      />
    </Picker>
  );

  if (!opened) return <main>{picker}</main>;
  return <App key={opened.key} gateway={opened.gateway} buildReport={buildReport} header={picker} initialLang={lang} onLangChange={setLang} />;
}
