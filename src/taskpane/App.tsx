// The task pane: scan → what was found → indicators → units → problems → report, with settings in a panel.
// It talks only to the WorkbookGateway it is handed and shows the Analysis as computed (never recounts).
import * as React from "react";
import {
  ActionButton,
  Link,
  PrimaryButton,
  Stack,
  Text,
  Toggle,
  TooltipHost,
  getTheme,
  mergeStyleSets,
} from "@fluentui/react";
import type { Grid } from "../domain/grid";
import type { Analysis } from "../domain/analysis";
import type { ColumnOverride, Problem } from "../domain/roster";
import type { Lang, Settings } from "../domain/settings";
import { TooManyUnits, tooManyUnitsSentence } from "../domain/unitLimit";
import { formatShare } from "../domain/messages";
import type { WorkbookGateway } from "../report/gateway";
import type { ReportModel } from "../report/model";
import type { AnnualFigures } from "../report/figures";
import type { ConsolidationSource } from "../report/consolidate";
import { STRINGS, formatCount, type UiStrings } from "./strings";
import { annualSources, completeSettings, errorDetail, runAnalysis, withOverride, withoutOverride, type PaneResult } from "./engine";
import { buildConsolidation, ConsolidationError } from "../report/consolidate";
import { problemKey } from "../report/clerk";
import { suggestDocument } from "../report/suggest";
import { IndicatorsView, indicatorStatuses } from "./components/IndicatorsView";
import { UnitsView } from "./components/UnitsView";
import { ProblemsView } from "./components/ProblemsView";
import { FoundView } from "./components/FoundView";
import { SettingsPanel } from "./components/SettingsPanel";
import { PaneMessages, ScanProgress, type PaneMessage, type Scan } from "./components/PaneStatus";

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

const theme = getTheme();

const css = mergeStyleSets({
  root: {
    // One font for everything: Fluent's (Segoe UI in Office), not the browser's default for plain elements.
    ...theme.fonts.medium,
    padding: "8px 12px 24px",
    maxWidth: 900,
    margin: "0 auto",
    overflowWrap: "break-word",
    selectors: {
      h2: { fontSize: 18, fontWeight: 600, margin: "18px 0 6px" },
      h3: { fontSize: 15, fontWeight: 600, margin: "12px 0 4px" },
      // Headings reached by the summary's links take focus; only a keyboard user needs to see it.
      "h2:focus": { outline: "none" },
      "h2:focus-visible": { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 },
    },
  },
  title: { margin: "4px 0 0", fontSize: 20, fontWeight: 600 },
  subtitle: { color: "#605e5c", margin: "0 0 8px" },
  toolbar: { margin: "4px 0", marginLeft: -8 },
  reportNote: { color: "#605e5c", display: "block", marginTop: 4 },
  summary: { background: "#f3f2f1", padding: "8px 10px", margin: "8px 0 0", borderRadius: 2 },
  summaryStaff: { fontSize: 16, fontWeight: 600, display: "block" },
  summaryList: { listStyle: "none", margin: "4px 0 0", padding: 0, selectors: { li: { margin: "2px 0" } } },
});

/** Brings a section's heading into view and gives it focus, so a screen reader and Tab continue there. */
function jumpTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView?.({ block: "start" });
  heading.focus();
}

interface SummaryProps {
  analysis: Analysis;
  s: UiStrings;
  lang: Lang;
}

/**
 * The clerk's four questions at a glance: how many staff and women, which indicators pass, which units
 * need a female leader, what data to fix; each answer a link to its section. All figures from the Analysis.
 */
function Summary({ analysis, s, lang }: SummaryProps): React.ReactElement {
  const statuses = indicatorStatuses(analysis);
  const judged = statuses.filter((st) => st.met !== null);
  const met = judged.filter((st) => st.met === true);
  const flagged = analysis.indicators.d_leadership.flagged.length;
  let errors = 0;
  let warnings = 0;
  for (const p of analysis.problems) {
    if (p.severity === "error") errors++;
    else if (p.severity === "warning") warnings++;
  }
  const staff = analysis.staff;
  const jump = (id: string, text: string, section: string): React.ReactElement => (
    <Link onClick={() => jumpTo(id)} aria-label={`${text}. ${s.jumpTo(section)}`}>
      {text}
    </Link>
  );
  return (
    <section className={css.summary} aria-labelledby="h-summary" data-testid="summary">
      <h2 id="h-summary" style={{ margin: 0, fontSize: 15 }}>
        {s.summaryHeading}
      </h2>
      <div data-testid="staff">
        <span>{s.staffHeading}</span>
        <span className={css.summaryStaff}>
          {s.staffLine(formatCount(staff.female, lang), formatCount(staff.total, lang), formatShare(staff.share, lang))}
        </span>
      </div>
      <ul className={css.summaryList}>
        <li data-summary="indicators">
          {jump("h-indicators", s.summaryIndicators(formatCount(met.length, lang), formatCount(judged.length, lang)), s.indicatorsHeading)}
        </li>
        <li data-summary="flagged">
          {flagged > 0 ? jump("h-units", s.summaryFlagged(formatCount(flagged, lang)), s.unitsHeading) : s.summaryNoFlagged}
        </li>
        <li data-summary="problems">
          {errors + warnings > 0
            ? jump("h-problems", s.summaryProblems(formatCount(errors, lang), formatCount(warnings, lang)), s.problemsHeading)
            : s.summaryNoProblems}
        </li>
      </ul>
    </section>
  );
}

interface ToolbarProps {
  s: UiStrings;
  lang: Lang;
  busy: boolean;
  /** Agencies' annual sheets in this workbook (Sở Nội vụ's copy); 0 hides the command. */
  consolidateCount: number;
  consolidateBusy: boolean;
  onRescan: () => void;
  onSettings: () => void;
  onConsolidate: () => void;
  onLang: (lang: Lang) => void;
}

/** Plain buttons that wrap, not a CommandBar: at 320 px a CommandBar hides "Cài đặt" behind "…". */
function Toolbar(p: ToolbarProps): React.ReactElement {
  const { s } = p;
  return (
    <Stack horizontal wrap className={css.toolbar} role="toolbar" aria-label={s.appTitle}>
      <ActionButton iconProps={{ iconName: "Refresh" }} disabled={p.busy} onClick={p.onRescan}>
        {s.rescan}
      </ActionButton>
      <ActionButton iconProps={{ iconName: "Settings" }} onClick={p.onSettings}>
        {s.settings}
      </ActionButton>
      {/* Only Sở Nội vụ's workbook holds agencies' annual sheets; elsewhere the command would only puzzle. */}
      {p.consolidateCount > 0 && (
        <ActionButton iconProps={{ iconName: "Combine" }} disabled={p.busy || p.consolidateBusy} onClick={p.onConsolidate}>
          {s.consolidate(p.consolidateCount)}
        </ActionButton>
      )}
      {/* After the commands: the language is chosen once, the commands are used every time. */}
      <Toggle
        label={s.englishSwitch}
        inlineLabel
        checked={p.lang === "en"}
        onChange={(_e, checked) => p.onLang(checked ? "en" : "vi")}
        styles={{ root: { margin: "6px 0 0 8px" } }}
      />
    </Stack>
  );
}

/** "Tạo báo cáo", with the reason beside it when it cannot be used yet. */
function ReportButton({ s, blocked, busy, onReport }: { s: UiStrings; blocked: string | null; busy: boolean; onReport: () => void }): React.ReactElement {
  return (
    <div>
      <TooltipHost content={blocked ?? undefined} id="report-why">
        <PrimaryButton
          iconProps={{ iconName: "ReportDocument" }}
          onClick={onReport}
          disabled={blocked !== null || busy}
          allowDisabledFocus={true}
          aria-describedby={blocked ? "report-note" : undefined}
        >
          {s.makeReport}
        </PrimaryButton>
      </TooltipHost>
      {blocked && (
        <span id="report-note" className={css.reportNote}>
          {blocked}
        </span>
      )}
    </div>
  );
}

let messageIds = 0;

/** The settings with a warning's giải trình saved (or, with "", removed). */
export function withExplanation(settings: Settings, key: string, reason: string): Settings {
  const explanations = { ...(settings.explanations ?? {}) };
  if (reason.trim() === "") delete explanations[key];
  else explanations[key] = reason.trim();
  return { ...settings, explanations };
}

type Say = (type: PaneMessage["type"], text: string, error?: unknown) => void;

/** The scan of the workbook: on opening the saved settings, then every sheet; again on "Quét lại sổ tính". */
function useScan(
  gateway: WorkbookGateway,
  say: Say,
  sRef: React.MutableRefObject<UiStrings>,
  setSettings: (settings: Settings) => void,
): { scan: Scan; scanWorkbook: () => Promise<void> } {
  const [scan, setScan] = React.useState<Scan>({ state: "idle" });
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
  return { scan, scanWorkbook };
}

interface ReportInputs {
  buildReport?: BuildReport;
  analysis: Analysis | null;
  settings: Settings;
  previous: AnnualFigures | null;
  sources: ConsolidationSource[];
  s: UiStrings;
}

/** "Tạo báo cáo" and "Tổng hợp": each writes through the gateway and says how it went. */
function useReportCommands(
  gateway: WorkbookGateway,
  say: Say,
  { buildReport, analysis, settings, previous, sources, s }: ReportInputs,
): { busyReport: boolean; onReport: () => Promise<void>; onConsolidate: () => Promise<void> } {
  const [busyReport, setBusyReport] = React.useState(false);
  const onReport = async (): Promise<void> => {
    if (!buildReport || !analysis) return;
    setBusyReport(true);
    try {
      const model = buildReport(analysis, settings, previous);
      await gateway.writeReport(model);
      say("success", s.reportDone(model.sheets.map((sheet) => sheet.sheetName)));
    } catch (e) {
      say("error", s.errReport, e);
    } finally {
      setBusyReport(false);
    }
  };

  const onConsolidate = async (): Promise<void> => {
    setBusyReport(true);
    try {
      const model = buildConsolidation(sources, { lang: settings.lang });
      await gateway.writeReport(model);
      say("success", s.consolidateDone(model.sheets[0].sheetName, sources.length));
    } catch (e) {
      say("error", e instanceof ConsolidationError ? e.text(settings.lang) : s.errConsolidate, e);
    } finally {
      setBusyReport(false);
    }
  };
  return { busyReport, onReport, onConsolidate };
}

interface ResultsProps {
  result: PaneResult;
  settings: Settings;
  s: UiStrings;
  /** The report button, between the indicators and the units. */
  report: React.ReactNode;
  onSelect: (problem: Problem) => void;
  onExplain: (problem: Problem, reason: string) => void;
  onRoleChange: (override: ColumnOverride) => void;
  onResetRole: (sheet: string, col: number) => void;
}

/** The figures, in the clerk's order: summary, indicators, report, units, problems, what was found. */
function Results({ result, settings, s, report, onSelect, onExplain, onRoleChange, onResetRole }: ResultsProps): React.ReactElement {
  const { analysis } = result;
  const lang = settings.lang;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Summary analysis={analysis} s={s} lang={lang} />
      <IndicatorsView analysis={analysis} lang={lang} />
      {report}
      <UnitsView units={analysis.units} lang={lang} />
      <ProblemsView problems={analysis.problems} lang={lang} onSelect={onSelect} explanations={settings.explanations} onExplain={onExplain} />
      <FoundView sheets={result.roster.sheets} lang={lang} onRoleChange={onRoleChange} onResetRole={onResetRole} />
    </Stack>
  );
}

/** The pane's messages: a new success replaces an old one; errors stay until dismissed. */
function useMessages(): { messages: PaneMessage[]; say: Say; dismiss: (id: number) => void } {
  const [messages, setMessages] = React.useState<PaneMessage[]>([]);
  const say = React.useCallback((type: PaneMessage["type"], text: string, error?: unknown) => {
    const message: PaneMessage = { id: ++messageIds, type, text, detail: error === undefined ? undefined : errorDetail(error) };
    if (type === "error") console.error(text, error);
    setMessages((prev) => [...prev.filter((m) => m.type === "error"), message]);
  }, []);
  const dismiss = React.useCallback((id: number) => setMessages((prev) => prev.filter((x) => x.id !== id)), []);
  return { messages, say, dismiss };
}

/** Why the figures could not be made: a roster naming too many units says so in the clerk's language. */
function analysisErrorText(error: unknown, lang: Lang): string {
  return error instanceof TooManyUnits ? tooManyUnitsSentence(lang) : errorDetail(error);
}

/** The analysis follows the grids and the settings: a role override or a setting re-runs it at once. */
function useAnalysis(grids: Grid[] | null, settings: Settings): { result: PaneResult } | { error: unknown } | null {
  return React.useMemo(() => {
    if (!grids) return null;
    try {
      return { result: runAnalysis(grids, settings) };
    } catch (e) {
      console.error(e);
      return { error: e };
    }
  }, [grids, settings]);
}

/** The settings in force, and their saving into the workbook (the pane goes on with them if that fails). */
function useSettings(gateway: WorkbookGateway, say: Say, initialLang: Lang | undefined) {
  const [settings, setSettings] = React.useState<Settings>(() => ({ ...completeSettings(null), lang: initialLang ?? "vi" }));
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
  return { settings, setSettings, persist };
}

export function App({ gateway, buildReport, header, initialLang, onLangChange }: AppProps): React.ReactElement {
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const { messages, say, dismiss } = useMessages();
  const { settings, setSettings, persist } = useSettings(gateway, say, initialLang);
  const s: UiStrings = STRINGS[settings.lang];
  const sRef = React.useRef(s);
  sRef.current = s;

  React.useEffect(() => onLangChange?.(settings.lang), [settings.lang, onLangChange]);

  const { scan, scanWorkbook } = useScan(gateway, say, sRef, setSettings);

  const grids = scan.state === "done" ? scan.grids : null;
  const outcome = useAnalysis(grids, settings);
  const result = outcome && "result" in outcome ? outcome.result : null;
  const analysis = result?.analysis ?? null;

  // What the roster's own title and signature blocks say, offered in the settings.
  const suggestions = React.useMemo(() => (grids && result ? suggestDocument(grids, result.roster) : undefined), [grids, result]);

  const onRoleChange = (override: ColumnOverride): void => void persist(withOverride(settings, override));
  const onResetRole = (sheet: string, col: number): void => void persist(withoutOverride(settings, sheet, col));

  const onSelect = async (problem: Problem): Promise<void> => {
    try {
      await gateway.select({ sheet: problem.sheet, row: problem.row, col: problem.col });
    } catch (e) {
      say("error", s.errSelect, e);
    }
  };

  const sources = React.useMemo(() => (grids ? annualSources(grids) : []), [grids]);
  const { busyReport, onReport, onConsolidate } = useReportCommands(gateway, say, { buildReport, analysis, settings, previous: result?.previous ?? null, sources, s });

  const busy = scan.state === "listing" || scan.state === "reading";
  const reportBlocked = !buildReport ? s.reportNotReady : !analysis ? s.reportNoAnalysis : null;

  return (
    <main className={css.root} lang={settings.lang}>
      <h1 className={css.title}>{s.appTitle}</h1>
      <p className={css.subtitle}>{s.appSubtitle}</p>
      {header}
      <Toolbar
        s={s}
        lang={settings.lang}
        busy={busy}
        consolidateCount={sources.length}
        consolidateBusy={busyReport}
        onRescan={() => void scanWorkbook()}
        onSettings={() => setSettingsOpen(true)}
        onConsolidate={() => void onConsolidate()}
        onLang={(lang) => void persist({ ...settings, lang })}
      />

      <ScanProgress scan={scan} s={s} lang={settings.lang} />
      <PaneMessages
        messages={messages}
        s={s}
        onDismiss={dismiss}
        analysisError={outcome && "error" in outcome ? analysisErrorText(outcome.error, settings.lang) : undefined}
      />

      {scan.state === "idle" && <Text block>{s.noWorkbookYet}</Text>}

      {analysis && result && (
        <Results
          result={{ ...result, analysis }}
          settings={settings}
          s={s}
          report={<ReportButton s={s} blocked={reportBlocked} busy={busyReport} onReport={() => void onReport()} />}
          onSelect={(p) => void onSelect(p)}
          onExplain={(p, reason) => void persist(withExplanation(settings, problemKey(p), reason))}
          onRoleChange={onRoleChange}
          onResetRole={onResetRole}
        />
      )}

      <SettingsPanel
        isOpen={settingsOpen}
        settings={settings}
        unitNames={analysis ? analysis.units.map((u) => u.name) : []}
        suggestions={suggestions}
        onDismiss={() => setSettingsOpen(false)}
        onSave={(next) => {
          setSettingsOpen(false);
          void persist(next, STRINGS[next.lang].settingsSaved);
        }}
      />
    </main>
  );
}
