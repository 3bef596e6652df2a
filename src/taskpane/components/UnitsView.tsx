// The units as a compact list that fits Excel's narrowest task pane (320 px): one unit per item, its name
// on a line of its own (never cut), its figures in words beneath. Flagged units first; a sort menu instead
// of column headers, which a 320 px pane cannot show without cutting them.
import * as React from "react";
import { ActionButton, Dropdown, Icon, Text, mergeStyleSets, type IDropdownOption } from "@fluentui/react";
import type { UnitShare } from "../../domain/analysis";
import type { Lang } from "../../domain/settings";
import { formatShare } from "../../domain/messages";
import { STRINGS, formatCount } from "../strings";

const css = mergeStyleSets({
  list: { listStyle: "none", margin: "4px 0 0 0", padding: 0 },
  item: { borderTop: "1px solid #edebe9", padding: "6px 0" },
  flaggedItem: { borderLeft: "3px solid #a4262c", paddingLeft: 6 },
  name: { fontWeight: 600, display: "block", overflowWrap: "anywhere" },
  flag: { color: "#a4262c", fontWeight: 600, display: "block" },
  figures: { display: "block" },
  note: { color: "#605e5c", display: "block" },
  sort: { maxWidth: 280 },
});

export type SortKey = "flagged" | "name" | "total" | "female" | "share" | "femaleKeyLeader";

interface Row {
  unit: UnitShare;
  /** Position in roster order, the tie-breaker of every sort. */
  order: number;
}

function compare(a: Row, b: Row, key: SortKey, lang: Lang): number {
  const u = a.unit;
  const v = b.unit;
  switch (key) {
    case "flagged":
      return Number(u.flagged) - Number(v.flagged);
    case "name":
      return u.name.localeCompare(v.name, lang === "vi" ? "vi" : "en");
    case "total":
      return u.total - v.total;
    case "female":
      return u.female - v.female;
    case "share":
      // Units without data sort after every share.
      return (u.share ?? -1) - (v.share ?? -1);
    case "femaleKeyLeader":
      return Number(u.femaleKeyLeader) - Number(v.femaleKeyLeader);
  }
}

/** Units sorted by key (flagged first: key "flagged", descending), roster order breaking ties. */
export function sortUnits(units: UnitShare[], key: SortKey, descending: boolean, lang: Lang): UnitShare[] {
  const rows: Row[] = units.map((unit, order) => ({ unit, order }));
  rows.sort((a, b) => {
    const c = compare(a, b, key, lang);
    return (descending ? -c : c) || a.order - b.order;
  });
  return rows.map((r) => r.unit);
}

/**
 * Units shown before "show more", as the problems list does: a 320 px pane makes no use of thousands at once
 * (a 100,000-row roster names 2,500), and drawing them all held its figures back by about a second.
 * Flagged units come first in the default order, so none of them hides behind the button.
 */
export const UNITS_PAGE = 200;

/** The orders a clerk asks for, as the sort menu offers them. */
export const UNIT_SORTS = ["flagged", "name", "share-desc", "share-asc", "total"] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

const SORT_OF: Record<UnitSort, { key: SortKey; descending: boolean }> = {
  flagged: { key: "flagged", descending: true },
  name: { key: "name", descending: false },
  "share-desc": { key: "share", descending: true },
  "share-asc": { key: "share", descending: false },
  total: { key: "total", descending: true },
};

export interface UnitsViewProps {
  units: UnitShare[];
  lang: Lang;
}

export function UnitsView({ units, lang }: UnitsViewProps): React.ReactElement {
  const s = STRINGS[lang];
  const [sort, setSort] = React.useState<UnitSort>("flagged");
  const [shown, setShown] = React.useState(UNITS_PAGE);
  const items = React.useMemo(() => {
    const { key, descending } = SORT_OF[sort];
    return sortUnits(units, key, descending, lang);
  }, [units, sort, lang]);
  const options: IDropdownOption[] = UNIT_SORTS.map((key) => ({ key, text: s.unitSorts[key] }));

  return (
    <section aria-labelledby="h-units">
      <h2 id="h-units" tabIndex={-1}>
        {s.unitsHeading}
        {units.length > 0 && ` (${formatCount(units.length, lang)})`}
      </h2>
      {units.length === 0 ? (
        <Text block>{s.unitsEmpty}</Text>
      ) : (
        <>
          <Dropdown
            className={css.sort}
            label={s.sortUnits}
            selectedKey={sort}
            options={options}
            onChange={(_e, o) => o && setSort(o.key as UnitSort)}
            data-testid="unit-sort"
          />
          <ul className={css.list} aria-labelledby="h-units">
            {items.slice(0, shown).map((u) => (
              <li
                key={u.name}
                className={u.flagged ? `${css.item} ${css.flaggedItem}` : css.item}
                data-unit={u.name}
                data-flagged={u.flagged ? "true" : "false"}
              >
                <span className={css.name}>{u.name}</span>
                {u.flagged && (
                  <span className={css.flag} title={s.flaggedExplain}>
                    <Icon iconName="Flag" aria-hidden={true} /> {s.flagged}
                  </span>
                )}
                <span className={css.figures} data-unit-figures="">
                  {s.unitFigures(formatCount(u.female, lang), formatCount(u.total, lang), formatShare(u.share, lang))}
                </span>
                <span className={css.note}>
                  {u.femaleKeyLeader ? s.hasFemaleKeyLeader : s.noFemaleKeyLeader}
                  {u.womenRelated && ` · ${s.womenRelated}`}
                </span>
              </li>
            ))}
          </ul>
          {items.length > shown && (
            <ActionButton iconProps={{ iconName: "More" }} onClick={() => setShown((n) => n + UNITS_PAGE)} data-testid="units-more">
              {s.showMore(formatCount(items.length - shown, lang))}
            </ActionButton>
          )}
        </>
      )}
    </section>
  );
}
