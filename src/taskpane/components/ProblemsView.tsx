// Problems by severity; each one is a button that takes the clerk to its cell.
import * as React from "react";
import { ActionButton, Icon, Link, Text, mergeStyleSets } from "@fluentui/react";
import type { Problem, Severity } from "../../domain/roster";
import type { Lang } from "../../domain/settings";
import { problemCell, problemMessage } from "../../domain/messages";
import { STRINGS, formatCount } from "../strings";

/** How many problems of one severity are shown before "show more". */
export const PROBLEMS_PAGE = 50;

const SEVERITIES: Severity[] = ["error", "warning", "notice"];
const ICON: Record<Severity, string> = { error: "ErrorBadge", warning: "Warning", notice: "Info" };
const COLOUR: Record<Severity, string> = { error: "#a4262c", warning: "#8a5300", notice: "#605e5c" };

const css = mergeStyleSets({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { padding: "4px 0", borderTop: "1px solid #edebe9" },
  where: { fontWeight: 600, marginRight: 6 },
  link: { textAlign: "left", display: "block" },
});

export interface ProblemsViewProps {
  problems: Problem[];
  lang: Lang;
  onSelect: (problem: Problem) => void;
}

export function ProblemsView({ problems, lang, onSelect }: ProblemsViewProps): React.ReactElement {
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

  return (
    <section aria-labelledby="h-problems">
      <h2 id="h-problems">{s.problemsHeading}</h2>
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
          {SEVERITIES.filter((sev) => bySeverity[sev].length > 0).map((sev) => {
            const group = bySeverity[sev];
            const visible = group.slice(0, shown[sev]);
            const headingId = `h-problems-${sev}`;
            return (
              <div key={sev}>
                <h3 id={headingId} style={{ color: COLOUR[sev] }}>
                  <Icon iconName={ICON[sev]} aria-hidden={true} /> {s.severity[sev]} ({formatCount(group.length, lang)})
                </h3>
                <ul className={css.list} aria-labelledby={headingId}>
                  {visible.map((p, i) => {
                    const where = `${p.sheet}!${problemCell(p)}`;
                    const message = problemMessage(p, lang);
                    return (
                      <li key={`${p.sheet}|${p.row}|${p.col ?? 0}|${p.code}|${i}`} className={css.item}>
                        <Link
                          className={css.link}
                          onClick={() => onSelect(p)}
                          aria-label={`${s.severity[sev]}: ${message} ${s.goToCell(where)}`}
                          data-problem-cell={where}
                        >
                          <span className={css.where}>{where}</span>
                          <span>{message}</span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
                {group.length > visible.length && (
                  <ActionButton
                    iconProps={{ iconName: "More" }}
                    onClick={() => setShown((prev) => ({ ...prev, [sev]: prev[sev] + PROBLEMS_PAGE }))}
                  >
                    {s.showMore(formatCount(group.length - visible.length, lang))}
                  </ActionButton>
                )}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
