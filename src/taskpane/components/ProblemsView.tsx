// Problems by severity, then by sheet; each one is a link that takes the clerk to its cell.
// Long lists show the first PROBLEMS_PAGE of a severity, then "show more". A warning may be accepted with
// a reason (giải trình): kept in the workbook's settings and printed among the phụ lục's notes.
import * as React from "react";
import { ActionButton, DefaultButton, Icon, Link, PrimaryButton, Stack, Text, TextField, mergeStyleSets } from "@fluentui/react";
import type { Problem, Severity } from "../../domain/roster";
import type { Lang } from "../../domain/settings";
import { problemCell, problemMessage } from "../../domain/messages";
import { problemKey } from "../../report/clerk";
import { STRINGS, formatCount, type UiStrings } from "../strings";

/** How many problems of one severity are shown before "show more". */
export const PROBLEMS_PAGE = 20;

const SEVERITIES: Severity[] = ["error", "warning", "notice"];
const ICON: Record<Severity, string> = { error: "ErrorBadge", warning: "Warning", notice: "Info" };
const COLOUR: Record<Severity, string> = { error: "#a4262c", warning: "#8a5300", notice: "#605e5c" };

const css = mergeStyleSets({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { padding: "4px 0", borderTop: "1px solid #edebe9" },
  // The cell is the link's visible cue; the sentence reads in the body colour, not as a wall of blue.
  where: { fontWeight: 600, marginRight: 6, textDecoration: "underline" },
  message: { color: "#323130" },
  link: { textAlign: "left", display: "block", width: "100%" },
  sheet: { fontSize: 14, fontWeight: 600, margin: "8px 0 2px", color: "#323130", overflowWrap: "anywhere" },
  explained: { color: "#107c10", display: "block", margin: "2px 0" },
});

/** A warning's giải trình: shown when given, edited in place. */
function Explanation({ reason, s, onSave }: { reason?: string; s: UiStrings; onSave: (reason: string) => void }): React.ReactElement {
  const [editing, setEditing] = React.useState(false);
  const [text, setText] = React.useState(reason ?? "");
  if (editing) {
    return (
      <Stack tokens={{ childrenGap: 4 }} style={{ margin: "4px 0" }}>
        <TextField label={s.explainLabel} multiline autoAdjustHeight value={text} onChange={(_e, v) => setText(v ?? "")} />
        <Stack horizontal tokens={{ childrenGap: 6 }}>
          <PrimaryButton
            disabled={text.trim() === ""}
            onClick={() => {
              onSave(text.trim());
              setEditing(false);
            }}
          >
            {s.explainSave}
          </PrimaryButton>
          <DefaultButton onClick={() => setEditing(false)}>{s.cancel}</DefaultButton>
        </Stack>
      </Stack>
    );
  }
  return (
    <>
      {reason && <Text className={css.explained}>{s.explained(reason)}</Text>}
      <ActionButton iconProps={{ iconName: reason ? "Edit" : "Comment" }} onClick={() => { setText(reason ?? ""); setEditing(true); }}>
        {reason ? s.explainEdit : s.explain}
      </ActionButton>
      {reason && (
        <ActionButton iconProps={{ iconName: "Cancel" }} onClick={() => onSave("")}>
          {s.explainRemove}
        </ActionButton>
      )}
    </>
  );
}

/** Problems of one severity as runs of one sheet each, in the Analysis's order (sheet order, then row). */
export function bySheet(problems: Problem[]): { sheet: string; problems: Problem[] }[] {
  const groups: { sheet: string; problems: Problem[] }[] = [];
  for (const p of problems) {
    const last = groups[groups.length - 1];
    if (last && last.sheet === p.sheet) last.problems.push(p);
    else groups.push({ sheet: p.sheet, problems: [p] });
  }
  return groups;
}

export interface ProblemsViewProps {
  problems: Problem[];
  lang: Lang;
  onSelect: (problem: Problem) => void;
  /** Giải trình of accepted warnings, by problemKey. */
  explanations?: Record<string, string>;
  /** Saves (or, with "", removes) a warning's giải trình; without it warnings cannot be explained here. */
  onExplain?: (problem: Problem, reason: string) => void;
}

interface ProblemItemProps {
  problem: Problem;
  lang: Lang;
  /** The list is grouped by sheet: the cell alone says where. */
  severalSheets: boolean;
  onSelect: (problem: Problem) => void;
  reason?: string;
  /** Only warnings can be explained (giải trình). */
  onExplain?: (reason: string) => void;
}

/** One problem: a link to its cell, its sentence, and for a warning its giải trình. */
function ProblemItem({ problem: p, lang, severalSheets, onSelect, reason, onExplain }: ProblemItemProps): React.ReactElement {
  const s = STRINGS[lang];
  const where = `${p.sheet}!${problemCell(p)}`;
  const message = problemMessage(p, lang);
  return (
    <li className={css.item}>
      <Link className={css.link} onClick={() => onSelect(p)} aria-label={`${s.severity[p.severity]}: ${message} ${s.goToCell(where)}`} data-problem-cell={where}>
        <span className={css.where}>{severalSheets ? problemCell(p) : where}</span>
        <span className={css.message}>{message}</span>
      </Link>
      {onExplain && <Explanation reason={reason} s={s} onSave={onExplain} />}
    </li>
  );
}

interface SeverityGroupProps {
  severity: Severity;
  group: Problem[];
  /** How many of the group are listed; "Xem thêm" lists more. */
  shown: number;
  lang: Lang;
  item: (p: Problem, sev: Severity, i: number, severalSheets: boolean) => React.ReactElement;
  onMore: () => void;
}

/** The problems of one severity, under a sub-heading per sheet when they come from several sheets. */
function SeverityGroup({ severity: sev, group, shown, lang, item, onMore }: SeverityGroupProps): React.ReactElement {
  const s = STRINGS[lang];
  const visible = group.slice(0, shown);
  const headingId = `h-problems-${sev}`;
  const severalSheets = new Set(group.map((p) => p.sheet)).size > 1;
  return (
    <div data-severity={sev}>
      <h3 id={headingId} style={{ color: COLOUR[sev] }}>
        <Icon iconName={ICON[sev]} aria-hidden={true} /> {s.severity[sev]} ({formatCount(group.length, lang)})
      </h3>
      {severalSheets ? (
        bySheet(visible).map((g, gi) => {
          const total = group.filter((p) => p.sheet === g.sheet).length;
          const sheetId = `${headingId}-${gi}`;
          return (
            <div key={`${g.sheet}|${gi}`} data-problem-sheet={g.sheet}>
              <h4 id={sheetId} className={css.sheet}>
                {s.sheetGroup(g.sheet, formatCount(total, lang))}
              </h4>
              <ul className={css.list} aria-labelledby={`${headingId} ${sheetId}`}>
                {g.problems.map((p, i) => item(p, sev, i, true))}
              </ul>
            </div>
          );
        })
      ) : (
        <ul className={css.list} aria-labelledby={headingId}>
          {visible.map((p, i) => item(p, sev, i, false))}
        </ul>
      )}
      {group.length > visible.length && (
        <ActionButton iconProps={{ iconName: "More" }} onClick={onMore}>
          {s.showMore(formatCount(group.length - visible.length, lang))}
        </ActionButton>
      )}
    </div>
  );
}

export function ProblemsView({ problems, lang, onSelect, explanations, onExplain }: ProblemsViewProps): React.ReactElement {
  const s = STRINGS[lang];
  const [shown, setShown] = React.useState<Record<Severity, number>>({
    error: PROBLEMS_PAGE,
    warning: PROBLEMS_PAGE,
    notice: PROBLEMS_PAGE,
  });
  const bySeverity = React.useMemo(() => {
    const groups: Record<Severity, Problem[]> = { error: [], warning: [], notice: [] };
    for (const p of problems) groups[p.severity].push(p);
    return groups;
  }, [problems]);
  const item = (p: Problem, sev: Severity, i: number, severalSheets: boolean): React.ReactElement => (
    <ProblemItem
      key={`${p.sheet}|${p.row}|${p.col ?? 0}|${p.code}|${i}`}
      problem={p}
      lang={lang}
      severalSheets={severalSheets}
      onSelect={onSelect}
      reason={explanations?.[problemKey(p)]}
      onExplain={sev === "warning" && onExplain ? (reason) => onExplain(p, reason) : undefined}
    />
  );

  return (
    <section aria-labelledby="h-problems">
      <h2 id="h-problems" tabIndex={-1}>
        {s.problemsHeading}
      </h2>
      {problems.length === 0 ? (
        <Text block>{s.problemsNone}</Text>
      ) : (
        <>
          <Text block data-testid="problem-counts">
            {s.problemsCount(
              formatCount(bySeverity.error.length, lang),
              formatCount(bySeverity.warning.length, lang),
              formatCount(bySeverity.notice.length, lang),
            )}
          </Text>
          {SEVERITIES.filter((sev) => bySeverity[sev].length > 0).map((sev) => (
            <SeverityGroup
              key={sev}
              severity={sev}
              group={bySeverity[sev]}
              shown={shown[sev]}
              lang={lang}
              item={item}
              onMore={() => setShown((prev) => ({ ...prev, [sev]: prev[sev] + PROBLEMS_PAGE }))}
            />
          ))}
        </>
      )}
    </section>
  );
}
