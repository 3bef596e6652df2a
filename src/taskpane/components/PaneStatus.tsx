// What the pane is doing and what it has to say: the scan's progress (a polite live region) and the
// messages (each MessageBar its own live region), errors kept until the clerk dismisses them.
import * as React from "react";
import { MessageBar, MessageBarType, ProgressIndicator } from "@fluentui/react";
import type { Grid } from "../../domain/grid";
import type { Lang } from "../../domain/settings";
import type { ReadProgress } from "../../report/gateway";
import { formatCount, type UiStrings } from "../strings";

/** A message shown to the clerk: a sentence from strings.ts, plus the technical detail when there is one. */
export interface PaneMessage {
  id: number;
  type: "error" | "success";
  text: string;
  detail?: string;
}

export type Scan =
  | { state: "idle" }
  | { state: "listing" }
  | { state: "reading"; progress: ReadProgress; sheetIndex: number; sheetCount: number }
  | { state: "done"; grids: Grid[] }
  | { state: "failed" };

/** How far the read is, over all sheets: each sheet an equal part, the current one by its rows read. */
function fractionDone(scan: Extract<Scan, { state: "reading" }>): number | undefined {
  if (scan.sheetCount === 0) return undefined;
  const { rowsRead, rowsTotal } = scan.progress;
  return (scan.sheetIndex + (rowsTotal ? Math.min(1, rowsRead / rowsTotal) : 0)) / scan.sheetCount;
}

export function ScanProgress({ scan, s, lang }: { scan: Scan; s: UiStrings; lang: Lang }): React.ReactElement {
  return (
    <div role="status" aria-live="polite">
      {scan.state === "listing" && <ProgressIndicator label={s.scanning} description={s.listingSheets} />}
      {scan.state === "reading" && (
        <ProgressIndicator
          label={s.scanning}
          description={s.readingSheet(
            scan.progress.sheet,
            formatCount(scan.progress.rowsRead, lang),
            scan.progress.rowsTotal === undefined ? undefined : formatCount(scan.progress.rowsTotal, lang),
          )}
          percentComplete={fractionDone(scan)}
        />
      )}
    </div>
  );
}

export interface PaneMessagesProps {
  messages: PaneMessage[];
  s: UiStrings;
  onDismiss: (id: number) => void;
  /** The analysis failed: its own message, gone once an analysis succeeds. */
  analysisError?: string;
}

export function PaneMessages({ messages, s, onDismiss, analysisError }: PaneMessagesProps): React.ReactElement {
  return (
    <div data-testid="messages">
      {messages.map((m) => (
        <MessageBar
          key={m.id}
          messageBarType={m.type === "error" ? MessageBarType.error : MessageBarType.success}
          isMultiline={true}
          onDismiss={() => onDismiss(m.id)}
          dismissButtonAriaLabel={s.dismiss}
        >
          <span data-testid={`message-${m.type}`}>{m.text}</span>
          {m.detail && <span style={{ display: "block", opacity: 0.8 }}>{s.errDetail(m.detail)}</span>}
        </MessageBar>
      ))}
      {analysisError !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          <span data-testid="message-error">{s.errAnalyse}</span>
          <span style={{ display: "block", opacity: 0.8 }}>{s.errDetail(analysisError)}</span>
        </MessageBar>
      )}
    </div>
  );
}
