// The plan's indicators and the leadership ratio, as the Analysis gives them (nothing recounted here).
import * as React from "react";
import { Icon, Stack, mergeStyleSets } from "@fluentui/react";
import type { Analysis, Indicator } from "../../domain/analysis";
import type { Lang } from "../../domain/settings";
import { INDICATOR_NAMES, formatShare } from "../../domain/messages";
import { STRINGS, formatCount } from "../strings";

const css = mergeStyleSets({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { borderTop: "1px solid #e1dfdd", padding: "8px 0" },
  name: { fontWeight: 600, display: "block", marginBottom: 2 },
  figure: { fontSize: 20, fontWeight: 600 },
  flaggedFigure: { fontSize: 16, fontWeight: 600 },
  met: { color: "#107c10", fontWeight: 600 },
  notMet: { color: "#a4262c", fontWeight: 600 },
  noData: { color: "#605e5c", fontWeight: 600 },
  detail: { color: "#605e5c", display: "block" },
  flaggedList: { margin: "4px 0 0 0", paddingLeft: 18 },
  levels: { listStyle: "none", margin: 0, padding: 0, color: "#605e5c" },
});

/** How many flagged units indicator d names; the units list below shows every one of them. */
export const FLAGGED_NAMED = 10;

/**
 * Each indicator the pane shows with its verdict, as the Analysis gives it. d is met when every unit at
 * the line has a female key leader; with no units there is nothing to judge (null).
 */
export function indicatorStatuses(analysis: Analysis): { id: string; met: boolean | null }[] {
  const { a_deputies, b_commune_council, c_party_committee, d_leadership: d, dd_training, q_succession_pool } =
    analysis.indicators;
  const out = [
    { id: "a_deputies", met: a_deputies.met },
    { id: "b_commune_council", met: b_commune_council.met },
    { id: "c_party_committee", met: c_party_committee.met },
    { id: "d_leadership", met: d.met },
    { id: "dd_training", met: dd_training.met },
  ];
  if (q_succession_pool) out.push({ id: "q_succession_pool", met: q_succession_pool.met });
  return out;
}

interface StatusProps {
  met: boolean | null;
  lang: Lang;
}

/** Đạt / Chưa đạt / Không có dữ liệu, in words and an icon (never colour alone). */
export function Status({ met, lang }: StatusProps): React.ReactElement {
  const s = STRINGS[lang];
  if (met === null)
    return (
      <span className={css.noData} data-status="noData">
        {s.noData}
      </span>
    );
  return (
    <span className={met ? css.met : css.notMet} data-status={met ? "met" : "notMet"}>
      <Icon iconName={met ? "Completed" : "Warning"} aria-hidden={true} /> {met ? s.met : s.notMet}
    </span>
  );
}

interface ShareLineProps {
  id: string;
  name: string;
  indicator: Indicator;
  lang: Lang;
  children?: React.ReactNode;
  extraTarget?: React.ReactNode;
}

function ShareItem({ id, name, indicator, lang, children, extraTarget }: ShareLineProps): React.ReactElement {
  const s = STRINGS[lang];
  const headingId = `ind-${id}`;
  return (
    <li className={css.item} aria-labelledby={headingId} data-indicator={id}>
      <span className={css.name} id={headingId}>
        {name}
      </span>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        {/* With no data the status says so; the figure would only repeat it. */}
        {indicator.share !== null && <span className={css.figure}>{formatShare(indicator.share, lang)}</span>}
        <Status met={indicator.met} lang={lang} />
      </Stack>
      <span className={css.detail}>
        {s.femaleOfTotal(formatCount(indicator.female, lang), formatCount(indicator.total, lang))} ·{" "}
        {s.target(formatShare(indicator.target, lang))}
        {extraTarget}
      </span>
      {indicator.met === null && indicator.missing && <span className={css.detail}>{s.missing[indicator.missing]}</span>}
      {children}
    </li>
  );
}

export interface IndicatorsViewProps {
  analysis: Analysis;
  lang: Lang;
}

/** Row d: the units at or over 30% women (or concerning women) without a female key leader. */
function LeadershipItem({ analysis, lang }: { analysis: Analysis; lang: Lang }): React.ReactElement {
  const s = STRINGS[lang];
  const d = analysis.indicators.d_leadership;
  const dMet = indicatorStatuses(analysis).find((st) => st.id === "d_leadership")?.met ?? null;
  const named = d.flagged.slice(0, FLAGGED_NAMED);
  return (
    <li className={css.item} aria-labelledby="ind-d_leadership" data-indicator="d_leadership">
      <span className={css.name} id="ind-d_leadership">
        {INDICATOR_NAMES.d_leadership[lang]}
      </span>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <span className={css.flaggedFigure} data-testid="flagged-count">
          {s.flaggedCount(formatCount(d.flagged.length, lang))}
        </span>
        <Status met={dMet} lang={lang} />
      </Stack>
      <span className={css.detail}>
        {s.unitsAtThreshold(formatCount(d.unitsAtThreshold, lang), formatCount(d.units, lang))}
      </span>
      <span className={css.detail}>{s.unitsWithFemaleKeyLeader(formatCount(d.unitsWithFemaleKeyLeader, lang))}</span>
      {named.length > 0 && (
        <ul className={css.flaggedList} aria-label={s.flagged}>
          {named.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      )}
      {d.flagged.length > named.length && (
        <span className={css.detail} data-testid="flagged-more">
          {s.flaggedMore(formatCount(d.flagged.length - named.length, lang))}
        </span>
      )}
      {d.unitsWithFemaleKeyLeaderTarget !== undefined && (
        <span className={css.detail}>
          {s.unitsWithFemaleKeyLeaderShare}: {formatShare(d.unitsWithFemaleKeyLeaderShare, lang)} ·{" "}
          {s.target(formatShare(d.unitsWithFemaleKeyLeaderTarget, lang))}{" "}
          <Status met={d.unitsWithFemaleKeyLeaderMet ?? null} lang={lang} />
        </span>
      )}
    </li>
  );
}

/** Women among the key leaders, heads and deputies apart. */
function LeadersItem({ leaders, lang }: { leaders: Analysis["indicators"]["d_leadership"]["leaders"]; lang: Lang }): React.ReactElement {
  const s = STRINGS[lang];
  return (
    <li className={css.item} aria-labelledby="ind-leaders" data-indicator="leaders">
      <span className={css.name} id="ind-leaders">
        {s.leadersHeading}
      </span>
      <span className={css.figure}>{formatShare(leaders.share, lang)}</span>
      <span className={css.detail}>
        {s.leadersAll}: {s.femaleOfTotal(formatCount(leaders.female, lang), formatCount(leaders.total, lang))}
      </span>
      <span className={css.detail}>
        {s.heads}: {s.femaleOfTotal(formatCount(leaders.heads.female, lang), formatCount(leaders.heads.total, lang))}
      </span>
      <span className={css.detail}>
        {s.deputies}: {s.femaleOfTotal(formatCount(leaders.deputies.female, lang), formatCount(leaders.deputies.total, lang))}
      </span>
    </li>
  );
}

export function IndicatorsView({ analysis, lang }: IndicatorsViewProps): React.ReactElement {
  const s = STRINGS[lang];
  const { indicators } = analysis;
  const a = indicators.a_deputies;
  const b = indicators.b_commune_council;
  const d = indicators.d_leadership;
  const q = indicators.q_succession_pool;
  const name = (id: string): string => INDICATOR_NAMES[id][lang];

  return (
    <section aria-labelledby="h-indicators">
      <h2 id="h-indicators" tabIndex={-1}>
        {s.indicatorsHeading}
      </h2>
      <ul className={css.list}>
        <ShareItem id="a_deputies" name={name("a_deputies")} indicator={a} lang={lang}>
          {/* One level a line: joined on one line they broke mid-figure at 320 px. */}
          <ul className={css.levels}>
            {(["national", "province", "district"] as const).map((lvl) => (
              <li key={lvl}>
                {s.levels[lvl]}: {s.femaleOfTotal(formatCount(a.levels[lvl].female, lang), formatCount(a.levels[lvl].total, lang))}
              </li>
            ))}
          </ul>
        </ShareItem>
        <ShareItem
          id="b_commune_council"
          name={name("b_commune_council")}
          indicator={b}
          lang={lang}
          extraTarget={b.stretchTarget !== undefined ? ` (${s.stretchTarget(formatShare(b.stretchTarget, lang))})` : null}
        />
        <ShareItem id="c_party_committee" name={name("c_party_committee")} indicator={indicators.c_party_committee} lang={lang} />
        <LeadershipItem analysis={analysis} lang={lang} />
        <ShareItem id="dd_training" name={name("dd_training")} indicator={indicators.dd_training} lang={lang} />
        {q && <ShareItem id="q_succession_pool" name={name("q_succession_pool")} indicator={q} lang={lang} />}
        <LeadersItem leaders={d.leaders} lang={lang} />
      </ul>
    </section>
  );
}
