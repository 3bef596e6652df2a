// The phụ lục: the statistical annex "kèm theo Báo cáo số …": the indicators a–đ (row d in units, under
// its own column heads), the units, the leaders by level, the women among the staff by age, kind and
// qualification, the notes (the profile used, what the figures mean, the giải trình of accepted
// warnings) and the biểu's own footer. Every figure is the Analysis's; this file lays them out.
import type { Analysis, Indicator } from "../domain/analysis";
import { INDICATOR_NAMES } from "../domain/messages";
import { pointsChange, shareOf, type AnnualFigures } from "./figures";
import { area, mmToChars, nd30Print, SheetBuilder, unitKey } from "./layout";
import type { ChartSpec, ReportCell, ReportSheet } from "./model";
import { biểuFooter, centredLine, keepTogether, lastCol, notes, tableRow, tableTitle, type Page } from "./sections";
import { breakdownsOf, type Count } from "./breakdowns";
import type { ReportText } from "./text";

/** The annex's columns (mm): STT, item, total, women, share, target, result, note — 163 mm in all. */
const ANNEX_MM = [8, 52, 14, 13, 14, 14, 15, 33];
export const ANNEX_PAGE: Page = { widthsMm: ANNEX_MM, leftEnd: 3, signLeft: 5 };
/** Hidden column holding the 30% line the chart draws beside the unit table. */
export const LINE_COL = ANNEX_MM.length + 2;

export interface AnnexFacts {
  year: number;
  agency: string;
  /** "(Kèm theo Báo cáo số …/BC-STC ngày … của Sở Tài chính)". */
  attachedTo: string;
  previous?: AnnualFigures;
  /** Printed notes beyond the standard ones: the giải trình of accepted warnings. */
  explained: string[];
}

const stripLetter = (name: string): string => name.replace(/^[a-zđ]\)\s*/i, "");

function resultText(met: boolean | null | undefined, T: ReportText): ReportCell {
  return met === undefined ? null : met === null ? T.noData : met ? T.met : T.notMet;
}

function shareCell(share: number | null, T: ReportText): ReportCell {
  return share === null ? T.noDataLower : share;
}

/** Table 1: the indicators, persons first, then d in units under its own heads, then đ and quy hoạch. */
function indicatorsTable(b: SheetBuilder, page: Page, analysis: Analysis, facts: AnnexFacts, T: ReportText): void {
  const last = lastCol(page);
  const ind = analysis.indicators;
  tableTitle(b, page, T.t1);
  const personsHead = (): number => b.tableHeader([T.stt, T.colIndicator, T.colTotalPeople, T.colFemalePeople, T.colShare, T.colTarget, T.colResult, T.colNote], last, 34);
  const unitsHead = (allUnits: boolean): number => {
    const r = b.tableHeader(["", "", allUnits ? T.colAllUnits : T.colUnitsConcerned, T.colUnitsWithLeader, T.colUnitsShare, "", "", ""], last, 46);
    b.style(area(r, 1, r, last), "subRow");
    return r;
  };
  personsHead();
  const line = (stt: ReportCell, label: string, s: { female: number; total: number; share: number | null }, target: number | null, met: boolean | null | undefined, note: string | null, extra: string[] = []): void => {
    tableRow(b, page, [stt, label, s.total, s.female, shareCell(s.share, T), target, resultText(met, T), note], {
      counts: [3, 4],
      shares: [5],
      centre: [7],
      extra,
    });
    if (target !== null) b.style(area(b.rows.length, 6), "pct");
  };
  const prev = facts.previous;
  const change = (now: number | null, before: { female: number; total: number } | undefined): string | null => {
    const p = prev ? pointsChange(now, shareOf(before)) : null;
    return p === null ? null : `${T.points(p)} ${T.lang === "vi" ? "điểm" : "pts"} (${prev?.year})`;
  };
  line(null, T.staffRow, analysis.staff, null, undefined, change(analysis.staff.share, prev?.staff), ["groupRow"]);
  const standard = (letter: string, id: "a_deputies" | "b_commune_council" | "c_party_committee" | "dd_training", s: Indicator, note?: string): void =>
    line(letter, stripLetter(INDICATOR_NAMES[id][T.lang]), s, s.target, s.met, note ?? change(s.share, prev?.shares[id]));
  const a = ind.a_deputies;
  const lv = a.levels;
  standard("a", "a_deputies", a, a.total > 0 ? T.levelsNote(`${lv.national.female}/${lv.national.total}`, `${lv.province.female}/${lv.province.total}`, `${lv.district.female}/${lv.district.total}`) : undefined);
  const bInd = ind.b_commune_council;
  standard("b", "b_commune_council", bInd, bInd.stretchTarget !== undefined && bInd.total > 0 ? T.stretchNote(bInd.stretchTarget, bInd.stretchMet ?? null) : undefined);
  standard("c", "c_party_committee", ind.c_party_committee);
  const d = ind.d_leadership;
  unitsHead(false);
  const withLeader = d.unitsAtThreshold - d.flagged.length;
  line("d", stripLetter(INDICATOR_NAMES.d_leadership[T.lang]), { female: withLeader, total: d.unitsAtThreshold, share: d.unitsAtThreshold > 0 ? withLeader / d.unitsAtThreshold : null }, 1, d.units === 0 ? null : d.flagged.length === 0, T.lang === "vi" ? `Tổng số đơn vị: ${T.count(d.units)}` : `All units: ${T.count(d.units)}`);
  if (d.unitsWithFemaleKeyLeaderTarget !== undefined) {
    unitsHead(true);
    line(null, T.unitsShareRow, { female: d.unitsWithFemaleKeyLeader, total: d.unitsWithStaff, share: d.unitsWithFemaleKeyLeaderShare }, d.unitsWithFemaleKeyLeaderTarget, d.unitsWithFemaleKeyLeaderMet ?? null, null, ["subRow"]);
  }
  personsHead();
  standard("đ", "dd_training", ind.dd_training);
  const q = ind.q_succession_pool;
  if (q) line(null, INDICATOR_NAMES.q_succession_pool[T.lang], q, q.target, q.met, change(q.share, prev?.shares.q_succession_pool));
}

/** Table 2: every unit in roster order, the unassigned, the total. Returns the unit rows for the chart. */
function unitsTable(b: SheetBuilder, page: Page, analysis: Analysis, facts: AnnexFacts, T: ReportText): { first: number; last: number } {
  const last = lastCol(page);
  tableTitle(b, page, T.t2);
  b.tableHeader([T.stt, T.colUnit, T.colStaff, T.colFemalePeople, T.colShare, T.colFemaleLeader, T.colConcerned, T.colNote], last, 46);
  const prev = facts.previous;
  const before = new Map((prev?.units ?? []).map((u) => [unitKey(u.name), u]));
  const first = b.nextRow;
  analysis.units.forEach((u, i) => {
    const was = before.get(unitKey(u.name));
    const note: string[] = [];
    if (u.womenRelated) note.push(T.womenRelated);
    if (u.flagged) note.push(T.flaggedNote);
    if (prev && !was) note.push(T.notLastYear(prev.year));
    else if (prev && was) {
      const p = pointsChange(u.share, shareOf(was));
      if (p !== null && p !== 0) note.push(`${T.points(p)} ${T.lang === "vi" ? "điểm" : "pts"}`);
    }
    const r = tableRow(b, page, [i + 1, u.name, u.total, u.female, shareCell(u.share, T), u.femaleKeyLeader ? T.yes : T.no, u.atThreshold ? "x" : null, note.join("; ") || null], {
      counts: [3, 4],
      shares: [5],
      centre: [6, 7],
      extra: u.flagged ? ["flagged"] : [],
    });
    b.set(r, LINE_COL, 0.3);
  });
  const lastUnit = b.nextRow - 1;
  const unassigned = breakdownsOf(analysis).unassigned;
  if (unassigned && unassigned.total > 0) {
    tableRow(b, page, [null, T.noUnit, unassigned.total, unassigned.female, shareCell(shareOf(unassigned), T)], { counts: [3, 4], shares: [5], extra: ["subRow"] });
  }
  const d = analysis.indicators.d_leadership;
  tableRow(b, page, [null, T.totalRow, analysis.staff.total, analysis.staff.female, shareCell(analysis.staff.share, T), d.unitsWithFemaleKeyLeader, d.unitsAtThreshold, null], {
    counts: [3, 4, 6, 7],
    shares: [5],
    centre: [6, 7],
    extra: ["totalRow"],
  });
  if (prev) {
    const now = new Set(analysis.units.map((u) => unitKey(u.name)));
    const gone = prev.units.filter((u) => !now.has(unitKey(u.name))).map((u) => u.name);
    if (gone.length > 0) notesLine(b, page, T.goneUnits(prev.year, gone.join(", ")));
  }
  return { first, last: lastUnit };
}

function notesLine(b: SheetBuilder, page: Page, text: string): void {
  const r = b.append();
  b.span(r, 1, lastCol(page), text, "base", "note", "subRow");
  b.height(r, 18);
}

/** Table 3: the agency's own leadership apart from its units' leaders, heads and deputies, quy hoạch by level. */
function leadersTable(b: SheetBuilder, page: Page, analysis: Analysis, T: ReportText): void {
  const last = lastCol(page);
  const x = breakdownsOf(analysis);
  const levels = x.leadershipLevels;
  tableTitle(b, page, T.t3);
  const byLevel = levels?.successionByLevel === true;
  const head = b.tableHeader([T.stt, T.colLevel, T.colTotalPeople, T.colFemalePeople, T.colShare, byLevel ? T.colPoolTotal : T.colNote, byLevel ? T.colPoolFemale : "", byLevel ? T.colPoolShare : ""], last, 46);
  if (!byLevel) b.merge(head, 6, head, last);
  const row = (stt: ReportCell, label: string, c: Count, pool: Count | undefined, extra: string[] = []): void => {
    const cells: ReportCell[] = [stt, label, c.total, c.female, shareCell(shareOf(c), T)];
    if (byLevel && pool) cells.push(pool.total, pool.female, shareCell(shareOf(pool), T));
    tableRow(b, page, cells, { counts: [3, 4, 6, 7], shares: byLevel ? [5, 8] : [5], extra, merges: byLevel ? [] : [[6, last]] });
  };
  if (levels) {
    const group = (stt: string, label: string, l: { heads: Count; deputies: Count; successionPool?: Count }): void => {
      row(stt, label, x.sum([l.heads, l.deputies]), l.successionPool, ["groupRow"]);
      row(null, T.heads, l.heads, undefined, ["subRow"]);
      row(null, T.deputies, l.deputies, undefined, ["subRow"]);
    };
    group("1", T.levelAgency, levels.agency);
    group("2", T.levelUnits, levels.units);
  }
  const leaders = analysis.indicators.d_leadership.leaders;
  row(null, T.levelAll, leaders, analysis.indicators.q_succession_pool, ["totalRow"]);
  if (!levels) {
    row(null, T.heads, leaders.heads, undefined, ["subRow"]);
    row(null, T.deputies, leaders.deputies, undefined, ["subRow"]);
  }
}

/** Table 4: women among the staff by age band, kind, professional level, political theory, DTTS, party; retiring; contract workers. */
function staffTable(b: SheetBuilder, page: Page, analysis: Analysis, facts: AnnexFacts, T: ReportText): void {
  const last = lastCol(page);
  const x = breakdownsOf(analysis);
  tableTitle(b, page, T.t4);
  const head = b.tableHeader([T.stt, T.colContent, T.colTotalPeople, T.colFemalePeople, T.colShare, T.colNote, "", ""], last, 34);
  b.merge(head, 6, head, last);
  const row = (stt: ReportCell, label: string, c: Count | null, extra: string[] = [], note: string | null = null): void => {
    const cells: ReportCell[] = c ? [stt, label, c.total, c.female, shareCell(shareOf(c), T), note] : [stt, label, T.noDataLower, null, null, note];
    const r = tableRow(b, page, cells, { counts: [3, 4], shares: [5], extra, merges: c ? [[6, last]] : [[3, 5], [6, last]] });
    if (!c) b.style(area(r, 3, r, 5), "tdCenter", "noData");
  };
  row(null, T.staffRow, analysis.staff, ["totalRow"]);
  const group = (stt: string, label: string, groups: Record<string, Count> | null, labels: Record<string, string>, omitEmpty: string[]): void => {
    if (!groups) return row(stt, label, null, ["groupRow"]);
    row(stt, label, x.sum(Object.values(groups)), ["groupRow"]);
    for (const [key, c] of Object.entries(groups)) {
      if (omitEmpty.includes(key) && c.total === 0) continue;
      row(null, `– ${labels[key] ?? key}`, c, ["subRow"]);
    }
  };
  const p = x.staffProfile;
  group("1", T.ageGroup, p?.age ?? null, T.age, ["unknown"]);
  group("2", T.kindGroup, p?.kind ? { congChuc: p.kind.congChuc, vienChuc: p.kind.vienChuc, other: p.kind.other } : null, T.kind, ["other"]);
  group("3", T.educationGroup, p?.education ?? null, T.education, ["other"]);
  group("4", T.theoryGroup, p?.politicalTheory ?? null, T.theory, []);
  row("5", T.ethnicMinority, p?.ethnicMinority ?? null, ["groupRow"]);
  row("6", T.partyMember, p?.partyMember ?? null, ["groupRow"]);
  const retiring = x.retiring;
  row("7", T.retiring(facts.year), retiring, ["groupRow"]);
  const contract = x.contractWorkers;
  if (contract && !contract.countedIn) row("8", T.contractWorkers, contract, ["groupRow"]);
}

/** The phụ lục sheet, with the share-by-unit chart beside the print area (drawn by the office.js writer). */
export function buildAnnexSheet(sheetName: string, analysis: Analysis, facts: AnnexFacts, T: ReportText): ReportSheet {
  const page = ANNEX_PAGE;
  const last = lastCol(page);
  const b = new SheetBuilder();
  let r = b.append();
  b.span(r, 1, last, T.annexNo, "base", "annexNo");
  b.height(r, 20);
  r = b.append();
  b.span(r, 1, last, T.annexTitle(facts.year), "base", "annexTitle");
  b.height(r, 36);
  centredLine(b, page, facts.attachedTo, "annexOf", 13);
  r = b.append();
  b.style(area(r, 3, r, 6), "rule");
  b.height(r, 3);
  indicatorsTable(b, page, analysis, facts, T);
  const units = unitsTable(b, page, analysis, facts, T);
  leadersTable(b, page, analysis, T);
  staffTable(b, page, analysis, facts, T);
  notes(b, page, annexNotes(analysis, facts, T), T);
  const footer = biểuFooter(b, page, T);
  const lastPrinted = b.rows.length;
  const rowBreaks = keepTogether(b, footer - 1, lastPrinted);
  const chart: ChartSpec | undefined =
    analysis.units.length > 0
      ? {
          type: "columnClustered",
          title: T.lang === "vi" ? "Tỷ lệ nữ theo đơn vị so với ngưỡng 30%" : "Women's share by unit against the 30% line",
          categories: area(units.first, 2, units.last, 2),
          values: area(units.first, 5, units.last, 5),
          valuesName: T.colShare,
          line: area(units.first, LINE_COL, units.last, LINE_COL),
          lineName: T.lang === "vi" ? "Ngưỡng 30%" : "30% line",
          anchor: area(units.first, LINE_COL + 1, units.first + 18, LINE_COL + 8),
        }
      : undefined;
  return b.toSheet({
    sheetName,
    columnWidths: [...ANNEX_MM.map(mmToChars), 2, 6, ...new Array<number>(8).fill(10)],
    hiddenColumns: [LINE_COL],
    print: { ...nd30Print(last), rowBreaks, printRows: { first: 1, last: lastPrinted } },
    chart,
  });
}

function annexNotes(analysis: Analysis, facts: AnnexFacts, T: ReportText): string[] {
  const x = breakdownsOf(analysis);
  const lines = [T.noteProfile(analysis.profile.name), T.noteShare, analysis.keyLeaderRule === "headOnly" ? T.noteDHeadsOnly : T.noteD];
  const c = x.contractWorkers;
  if (c && !c.countedIn && c.total > 0) lines.push(T.noteContract(c.total, c.female));
  if (x.retiring && x.retiring.unknownDate > 0) lines.push(T.noteUnknownRetirement(x.retiring.unknownDate));
  return [...lines, ...facts.explained];
}
