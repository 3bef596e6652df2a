// What the reader found: each sheet's kind, header rows and column roles, with a Dropdown to correct a role.
import * as React from "react";
import { ActionButton, Dropdown, IconButton, Stack, Text, mergeStyleSets, type IDropdownOption } from "@fluentui/react";
import type { ColumnOverride, ColumnRole, SheetReading } from "../../domain/roster";
import { columnLetters } from "../../domain/grid";
import type { Lang } from "../../domain/settings";
import { STRINGS, formatCount } from "../strings";

/** Every role, in the order a clerk reads a roster's columns. */
export const ROLE_ORDER: ColumnRole[] = [
  "ordinal",
  "name",
  "gender",
  "birth",
  "birthMale",
  "birthFemale",
  "maleMark",
  "femaleMark",
  "unit",
  "title",
  "council",
  "councilNational",
  "councilProvince",
  "councilDistrict",
  "councilCommune",
  "partyCommittee",
  "training",
  "successionPool",
  "other",
];

const css = mergeStyleSets({
  sheet: { borderTop: "1px solid #e1dfdd", padding: "6px 0" },
  sheetName: { fontWeight: 600 },
  detail: { color: "#605e5c", display: "block" },
  columns: { listStyle: "none", margin: "4px 0 0 0", padding: 0 },
});

/** "5", "5–6" or "5, 7" for header rows. */
function rowsText(rows: number[]): string {
  if (rows.length === 0) return "—";
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return contiguous && rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(", ");
}

export interface FoundViewProps {
  sheets: SheetReading[];
  lang: Lang;
  onRoleChange: (override: ColumnOverride) => void;
  onResetRole: (sheet: string, col: number) => void;
}

export function FoundView({ sheets, lang, onRoleChange, onResetRole }: FoundViewProps): React.ReactElement {
  const s = STRINGS[lang];
  const options: IDropdownOption[] = ROLE_ORDER.map((role) => ({ key: role, text: s.roles[role] }));
  // A sheet's column roles are folded away (a dozen dropdowns each): the clerk opens them to check or correct.
  // A sheet with a corrected column starts open, so the correction stays in sight.
  const [open, setOpen] = React.useState<Record<string, boolean>>({});
  const isOpen = (sheet: SheetReading): boolean => open[sheet.sheet] ?? sheet.columns.some((c) => c.overridden);
  return (
    <section aria-labelledby="h-found">
      <h2 id="h-found">{s.foundHeading}</h2>
      {sheets.map((sheet, sheetIndex) => {
        const kind = sheet.kind === "list" && sheet.listKind ? s.listKind[sheet.listKind] : s.sheetKind[sheet.kind];
        return (
          <div key={sheet.sheet} className={css.sheet} data-sheet={sheet.sheet}>
            <Text block>
              <span className={css.sheetName}>{sheet.sheet}</span> — {kind}
            </Text>
            {sheet.kind !== "other" && (
              <>
                <span className={css.detail}>{s.headerRows(rowsText(sheet.headerRows))}</span>
                <span className={css.detail}>
                  {s.sheetCounts(
                    formatCount(sheet.people, lang),
                    formatCount(sheet.listEntries, lang),
                    formatCount(sheet.problems, lang),
                  )}
                </span>
                {sheet.sheetUnit && <span className={css.detail}>{s.sheetUnit(sheet.sheetUnit)}</span>}
              </>
            )}
            {sheet.encoding !== "unicode" && <span className={css.detail}>{s.encoding[sheet.encoding]}</span>}
            {sheet.columns.length > 0 && (
              <ActionButton
                iconProps={{ iconName: isOpen(sheet) ? "ChevronUp" : "ChevronDown" }}
                aria-expanded={isOpen(sheet)}
                // Several sheets have such a button: the sheet's name tells them apart when heard.
                ariaLabel={`${s.showColumns(formatCount(sheet.columns.length, lang))} — ${sheet.sheet}`}
                aria-controls={isOpen(sheet) ? `columns-${sheetIndex}` : undefined}
                onClick={() => setOpen((prev) => ({ ...prev, [sheet.sheet]: !isOpen(sheet) }))}
                styles={{ root: { paddingLeft: 0, height: 32 } }}
              >
                {s.showColumns(formatCount(sheet.columns.length, lang))}
              </ActionButton>
            )}
            {sheet.columns.length > 0 && isOpen(sheet) && (
              <ul className={css.columns} id={`columns-${sheetIndex}`}>
                {sheet.columns.map((c) => {
                  const label = s.columnRoleLabel(columnLetters(c.col), c.header) + (c.overridden ? ` (${s.overridden})` : "");
                  return (
                    <li key={c.col}>
                      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 4 }}>
                        <Stack.Item grow>
                          <Dropdown
                            label={label}
                            selectedKey={c.role}
                            options={options}
                            onChange={(_e, option) => {
                              if (option && option.key !== c.role)
                                onRoleChange({ sheet: sheet.sheet, col: c.col, role: option.key as ColumnRole });
                            }}
                            data-col={c.col}
                          />
                        </Stack.Item>
                        {c.overridden && (
                          <IconButton
                            iconProps={{ iconName: "Undo" }}
                            title={s.resetOverride}
                            ariaLabel={`${s.resetOverride} — ${label}`}
                            onClick={() => onResetRole(sheet.sheet, c.col)}
                          />
                        )}
                      </Stack>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
