// The units, flagged ones first; every column sortable by clicking its header (keyboard: Enter on the header).
import * as React from "react";
import {
  ActionButton,
  DetailsList,
  DetailsListLayoutMode,
  Icon,
  SelectionMode,
  Text,
  mergeStyleSets,
  type IColumn,
} from "@fluentui/react";
import type { UnitShare } from "../../domain/analysis";
import type { Lang } from "../../domain/settings";
import { formatShare } from "../../domain/messages";
import { STRINGS, formatCount } from "../strings";

const css = mergeStyleSets({
  flag: { color: "#a4262c", fontWeight: 600, display: "block" },
  note: { color: "#605e5c", display: "block" },
});

type SortKey = "flagged" | "name" | "total" | "female" | "share" | "femaleKeyLeader";

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

export interface UnitsViewProps {
  units: UnitShare[];
  lang: Lang;
}

export function UnitsView({ units, lang }: UnitsViewProps): React.ReactElement {
  const s = STRINGS[lang];
  const [sort, setSort] = React.useState<{ key: SortKey; descending: boolean }>({ key: "flagged", descending: true });
  const items = React.useMemo(() => sortUnits(units, sort.key, sort.descending, lang), [units, sort, lang]);

  const onColumnClick = React.useCallback((_ev?: React.MouseEvent<HTMLElement>, column?: IColumn): void => {
    if (!column) return;
    const key = column.key as SortKey;
    setSort((prev) => ({ key, descending: prev.key === key ? !prev.descending : key !== "name" }));
  }, []);

  const col = (
    key: SortKey,
    name: string,
    ariaLabel: string,
    minWidth: number,
    maxWidth: number,
    render: (u: UnitShare) => React.ReactNode,
  ): IColumn => ({
    key,
    name,
    ariaLabel,
    minWidth,
    maxWidth,
    isResizable: true,
    isMultiline: key === "name",
    isSorted: sort.key === key,
    isSortedDescending: sort.key === key && sort.descending,
    sortAscendingAriaLabel: s.sortedBy(ariaLabel, false),
    sortDescendingAriaLabel: s.sortedBy(ariaLabel, true),
    onColumnClick,
    onRender: (u: UnitShare) => render(u),
  });

  // Short headers for a narrow task pane; the full words are the columns' accessible names.
  const columns: IColumn[] = [
    col("name", s.colUnit, s.colUnit, 96, 240, (u) => (
      <div data-unit={u.name} data-flagged={u.flagged ? "true" : "false"}>
        <Text block>{u.name}</Text>
        {u.flagged && (
          <span className={css.flag} title={s.flaggedExplain}>
            <Icon iconName="Flag" aria-hidden={true} /> {s.flagged}
          </span>
        )}
        {u.womenRelated && <span className={css.note}>{s.womenRelated}</span>}
      </div>
    )),
    col("total", s.colStaffShort, s.colStaff, 50, 64, (u) => formatCount(u.total, lang)),
    col("female", s.colFemale, s.colFemale, 26, 50, (u) => formatCount(u.female, lang)),
    col("share", s.colShareShort, s.colShare, 44, 70, (u) => formatShare(u.share, lang)),
    col("femaleKeyLeader", s.colKeyLeaderShort, s.colKeyLeader, 40, 80, (u) => (u.femaleKeyLeader ? s.yes : s.no)),
  ];

  return (
    <section aria-labelledby="h-units">
      <h2 id="h-units">{s.unitsHeading}</h2>
      {units.length === 0 ? (
        <Text block>{s.unitsEmpty}</Text>
      ) : (
        <>
          {sort.key !== "flagged" && (
            <ActionButton iconProps={{ iconName: "Flag" }} onClick={() => setSort({ key: "flagged", descending: true })}>
              {s.flaggedFirst}
            </ActionButton>
          )}
          <DetailsList
            items={items}
            columns={columns}
            getKey={(u: UnitShare) => u.name}
            setKey="units"
            selectionMode={SelectionMode.none}
            layoutMode={DetailsListLayoutMode.justified}
            compact={true}
            ariaLabelForGrid={s.unitsHeading}
            // A roster has tens of units: render them all, so every flagged unit is on the page.
            onShouldVirtualize={() => false}
          />
        </>
      )}
    </section>
  );
}
