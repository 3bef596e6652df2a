// The task pane: scan → what was found → indicators → units → problems → report, with settings in a panel.
// It talks only to the WorkbookGateway it is handed and shows the Analysis as computed (never recounts).
import * as React from "react";
import {
  CommandBar,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Stack,
  Text,
  Toggle,
  TooltipHost,
  mergeStyleSets,
  type ICommandBarItemProps,
} from "@fluentui/react";
import type { Grid } from "../domain/grid";
import type { Analysis } from "../domain/analysis";
import type { ColumnOverride, Problem } from "../domain/roster";
import type { Lang, Settings } from "../domain/settings";
import type { ReadProgress, WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import type { AnnualFigures } from "../report/figures";
import { STRINGS, formatCount, type UiStrings } from "./strings";
import { annualSources, completeSettings, errorDetail, runAnalysis, withOverride, withoutOverride, type PaneResult } from "./engine";
import { buildConsolidation, ConsolidationError } from "../report/consolidate";
import { IndicatorsView } from "./components/IndicatorsView";
import { UnitsView } from "./components/UnitsView";
import { ProblemsView } from "./components/ProblemsView";
import { FoundView } from "./components/FoundView";
import { SettingsPanel } from "./components/SettingsPanel";

export type BuildReport = (analysis: Analysis, settings: Settings, previous: AnnualFigures | null) => ReportModel;

export interface AppProps {
  gateway: WorkbookGateway;
  /** Builds the annual sheet from the Analysis; absent until the report module ships (the button says why). */
  buildReport?: BuildReport;
  /** Shown above the results (the demo's file picker). */
  header?: React.ReactNode;
  /** Language to start in when the workbook has no saved settings. */
  initialLang?: Lang;
  /** Told whenever the clerk's language changes (the demo's picker follows it). */
  onLangChange?: (lang: Lang) => void;
}

/** A message shown to the clerk: a sentence from strings.ts, plus the technical detail when there is one. */
export interface PaneMessage {
  id: number;
  type: "error" | "success";
  text: string;
  detail?: string;
}

type Scan =
  | { state: "idle" }
  | { state: "listing" }
  | { state: "reading"; progress: ReadProgress; sheetIndex: number; sheetCount: number }
  | { state: "done"; grids: Grid[] }
  | { state: "failed" };

const css = mergeStyleSets({
  root: {
    padding: "8px 12px 24px",
    maxWidth: 900,
    margin: "0 auto",
    selectors: { h2: { fontSize: 18, margin: "18px 0 6px" }, h3: { fontSize: 15, margin: "12px 0 4px" } },
  },
  title: { margin: "4px 0 0", fontSize: 20 },
  subtitle: { color: "#605e5c", margin: "0 0 8px" },
  reportNote: { color: "#605e5c", display: "block", marginTop: 4 },
});

let messageIds = 0;

export function App({ gateway, buildReport, header, initialLang, onLangChange }: AppProps): React.ReactElement {
  const [settings, setSettings] = React.useState<Settings>(() => ({ ...completeSettings(null), lang: initialLang ?? "vi" }));
  const [scan, setScan] = React.useState<Scan>({ state: "idle" });
  const [messages, setMessages] = React.useState<PaneMessage[]>([]);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const [busyReport, setBusyReport] = React.useState(false);
  const s: UiStrings = STRINGS[settings.lang];
  const sRef = React.useRef(s);
  sRef.current = s;

  React.useEffect(() => onLangChange?.(settings.lang), [settings.lang, onLangChange]);

  const say = React.useCallback((type: PaneMessage["type"], text: string, error?: unknown) => {
    const message: PaneMessage = { id: ++messageIds, type, text, detail: error === undefined ? undefined : errorDetail(error) };
    if (type === "error") console.error(text, error);
    // A new success replaces an old one; errors stay until dismissed.
    setMessages((prev) => [...prev.filter((m) => m.type === "error"), message]);
  }, []);

  const scanWorkbook = React.useCallback(async (): Promise<void> => {
    setScan({ state: "listing" });
    try {
      const sheets = await gateway.listSheets();
      const names = sheets.map((sh) => sh.name);
      const grids = await gateway.readGrids(names, (progress) => {
        const index = Math.max(0, names.indexOf(progress.sheet));
        setScan({ state: "reading", progress, sheetIndex: index, sheetCount: names.length });
      });
      setScan({ state: "done", grids });
    } catch (e) {
      setScan({ state: "failed" });
      say("error", sRef.current.errRead, e);
    }
  }, [gateway, say]);

  // On opening: the saved settings, then a scan.
  React.useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const saved = await gateway.loadSettings();
        if (!cancelled && saved) setSettings(completeSettings(saved));
      } catch (e) {
        if (!cancelled) say("error", sRef.current.errLoadSettings, e);
      }
      if (!cancelled) await scanWorkbook();
    })();
    return () => {
      cancelled = true;
    };
  }, [gateway, scanWorkbook, say]);

  const grids = scan.state === "done" ? scan.grids : null;
  // The analysis follows the grids and the settings: a role override or a setting re-runs it at once.
  const outcome = React.useMemo((): { result: PaneResult } | { error: unknown } | null => {
    if (!grids) return null;
    try {
      return { result: runAnalysis(grids, settings) };
    } catch (e) {
      console.error(e);
      return { error: e };
    }
  }, [grids, settings]);
  const result = outcome && "result" in outcome ? outcome.result : null;
  const analysis = result?.analysis ?? null;

  const persist = React.useCallback(
    async (next: Settings, successText?: string): Promise<void> => {
      setSettings(next);
      try {
        await gateway.saveSettings(next);
        if (successText) say("success", successText);
      } catch (e) {
        say("error", STRINGS[next.lang].errSaveSettings, e);
      }
    },
    [gateway, say],
  );

  const onRoleChange = (override: ColumnOverride): void => void persist(withOverride(settings, override));
  const onResetRole = (sheet: string, col: number): void => void persist(withoutOverride(settings, sheet, col));

  const onSelect = async (problem: Problem): Promise<void> => {
    try {
      await gateway.select({ sheet: problem.sheet, row: problem.row, col: problem.col });
    } catch (e) {
      say("error", s.errSelect, e);
    }
  };

  const onReport = async (): Promise<void> => {
    if (!buildReport || !analysis) return;
    setBusyReport(true);
    try {
      const model = buildReport(analysis, settings, result?.previous ?? null);
      await gateway.writeReport(model);
      say("success", s.reportDone(model.sheetName));
    } catch (e) {
      say("error", s.errReport, e);
    } finally {
      setBusyReport(false);
    }
  };

  const sources = React.useMemo(() => (grids ? annualSources(grids) : []), [grids]);
  const onConsolidate = async (): Promise<void> => {
    setBusyReport(true);
    try {
      const model = buildConsolidation(sources, { lang: settings.lang });
      await gateway.writeReport(model);
      say("success", s.consolidateDone(model.sheetName, sources.length));
    } catch (e) {
      say("error", e instanceof ConsolidationError ? e.text(settings.lang) : s.errConsolidate, e);
    } finally {
      setBusyReport(false);
    }
  };

  const busy = scan.state === "listing" || scan.state === "reading";
  const commands: ICommandBarItemProps[] = [
    {
      key: "rescan",
      text: s.rescan,
      iconProps: { iconName: "Refresh" },
      disabled: busy,
      onClick: () => void scanWorkbook(),
    },
    {
      key: "consolidate",
      text: s.consolidate(sources.length),
      title: sources.length === 0 ? s.consolidateNone : undefined,
      iconProps: { iconName: "Combine" },
      disabled: busy || busyReport || sources.length === 0,
      onClick: () => void onConsolidate(),
    },
    {
      key: "settings",
      text: s.settings,
      iconProps: { iconName: "Settings" },
      onClick: () => setSettingsOpen(true),
    },
  ];

  const reportBlocked = !buildReport ? s.reportNotReady : !analysis ? s.reportNoAnalysis : null;

  return (
    <main className={css.root} lang={settings.lang}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="start" wrap>
        <div>
          <h1 className={css.title}>{s.appTitle}</h1>
          <p className={css.subtitle}>{s.appSubtitle}</p>
        </div>
        <Toggle
          label={s.englishSwitch}
          inlineLabel
          checked={settings.lang === "en"}
          onChange={(_e, checked) => void persist({ ...settings, lang: checked ? "en" : "vi" })}
        />
      </Stack>
      {header}
      <CommandBar items={commands} ariaLabel={s.appTitle} />

      <div role="status" aria-live="polite">
        {scan.state === "listing" && <ProgressIndicator label={s.scanning} description={s.listingSheets} />}
        {scan.state === "reading" && (
          <ProgressIndicator
            label={s.scanning}
            description={s.readingSheet(
              scan.progress.sheet,
              formatCount(scan.progress.rowsRead, settings.lang),
              scan.progress.rowsTotal === undefined ? undefined : formatCount(scan.progress.rowsTotal, settings.lang),
            )}
            percentComplete={
              scan.sheetCount > 0
                ? (scan.sheetIndex +
                    (scan.progress.rowsTotal ? Math.min(1, scan.progress.rowsRead / scan.progress.rowsTotal) : 0)) /
                  scan.sheetCount
                : undefined
            }
          />
        )}
      </div>

      {/* Each MessageBar is its own live region (role alert/status). */}
      <div data-testid="messages">
        {messages.map((m) => (
          <MessageBar
            key={m.id}
            messageBarType={m.type === "error" ? MessageBarType.error : MessageBarType.success}
            isMultiline={true}
            onDismiss={() => setMessages((prev) => prev.filter((x) => x.id !== m.id))}
            dismissButtonAriaLabel={s.dismiss}
          >
            <span data-testid={`message-${m.type}`}>{m.text}</span>
            {m.detail && <span style={{ display: "block", opacity: 0.8 }}>{s.errDetail(m.detail)}</span>}
          </MessageBar>
        ))}
        {outcome && "error" in outcome && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            <span data-testid="message-error">{s.errAnalyse}</span>
            <span style={{ display: "block", opacity: 0.8 }}>{s.errDetail(errorDetail(outcome.error))}</span>
          </MessageBar>
        )}
      </div>

      {scan.state === "idle" && <Text block>{s.noWorkbookYet}</Text>}

      {analysis && result && (
        <Stack tokens={{ childrenGap: 8 }}>
          <IndicatorsView analysis={analysis} lang={settings.lang} />
          <div>
            <TooltipHost content={reportBlocked ?? undefined} id="report-why">
              <PrimaryButton
                iconProps={{ iconName: "ReportDocument" }}
                onClick={() => void onReport()}
                disabled={reportBlocked !== null || busyReport}
                allowDisabledFocus={true}
                aria-describedby={reportBlocked ? "report-note" : undefined}
              >
                {s.makeReport}
              </PrimaryButton>
            </TooltipHost>
            {reportBlocked && (
              <span id="report-note" className={css.reportNote}>
                {reportBlocked}
              </span>
            )}
          </div>
          <UnitsView units={analysis.units} lang={settings.lang} />
          <ProblemsView problems={analysis.problems} lang={settings.lang} onSelect={(p) => void onSelect(p)} />
          <FoundView sheets={result.roster.sheets} lang={settings.lang} onRoleChange={onRoleChange} onResetRole={onResetRole} />
        </Stack>
      )}

      <SettingsPanel
        isOpen={settingsOpen}
        settings={settings}
        unitNames={analysis ? analysis.units.map((u) => u.name) : []}
        onDismiss={() => setSettingsOpen(false)}
        onSave={(next) => {
          setSettingsOpen(false);
          void persist(next, STRINGS[next.lang].settingsSaved);
        }}
      />
    </main>
  );
}
