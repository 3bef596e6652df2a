// The phụ lục: the statistical annex "kèm theo Báo cáo số …": the indicators a–đ (row d in units, under
// its own column heads), the units, the leaders by level, the women among the staff by age, kind and
// qualification, the notes (the profile used, what the figures mean, the giải trình of accepted
// warnings) and the biểu's own footer. Every figure is the Analysis's; this file lays them out.
import type { Analysis, Indicator } from "../domain/analysis";
import type { HeadsDeputies } from "../domain/leadership";
import { INDICATOR_NAMES } from "../domain/messages";
import { pointsChange, share, sumCounts, UNIT_THRESHOLD } from "../domain/share";
import { ANNEX_MARKER_RECORD, type AnnualFigures } from "./figures";
import { area, mmToChars, nd30Print, SheetBuilder, unitKey } from "./layout";
import type { ChartSpec, ReportCell, ReportSheet } from "./model";
import { biểuFooter, centredLine, keepTogether, lastCol, notes, tableRow, tableTitle, type Page } from "./sections";
import { breakdownCounts, LEVELS, STAFF_GROUPS, type Count } from "./breakdowns";
import type { ReportText } from "./text";

/** The annex's columns (mm): STT, item, total, women, share, target, result, note — 163 mm in all. */
const ANNEX_MM = [8, 52, 14, 13, 14, 14, 15, 33];
export const ANNEX_PAGE: Page = { widthsMm: ANNEX_MM, leftEnd: 3, signLeft: 5 };
/** Hidden column holding the 30% line the chart draws beside the unit table. */
export const LINE_COL = ANNEX_MM.length + 2;
/** Hidden columns, right of the chart, holding the marker that tells a reader this sheet is ours, not a roster. */
const MARKER_COL = LINE_COL + 10;

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

/** A share, or "—" for a group with nobody in it (no share: not 0%, not 100%; the notes say so). */
function shareCell(share: number | null, _T: ReportText): ReportCell {
  return share === null ? "—" : share;
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
    const p = prev ? pointsChange(now, share(before)) : null;
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
  const withLeader = d.atThresholdWithFemaleKeyLeader;
  line("d", stripLetter(INDICATOR_NAMES.d_leadership[T.lang]), { ...withLeader, share: share(withLeader) }, 1, d.met, T.allUnits(d.units));
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
    if (u.smallUnit) note.push(T.smallUnit);
    if (prev && !was) note.push(T.notLastYear(prev.year));
    else if (prev && was) {
      const p = pointsChange(u.share, share(was));
      if (p !== null && p !== 0) note.push(`${T.points(p)} ${T.lang === "vi" ? "điểm" : "pts"}`);
    }
    const r = tableRow(b, page, [i + 1, u.name, u.total, u.female, shareCell(u.share, T), u.femaleKeyLeader ? T.yes : T.no, u.atThreshold ? "x" : null, note.join("; ") || null], {
      counts: [3, 4],
      shares: [5],
      centre: [6, 7],
      extra: u.flagged ? ["flagged"] : [],
    });
    b.set(r, LINE_COL, UNIT_THRESHOLD);
  });
  const lastUnit = b.nextRow - 1;
  const unassigned = analysis.indicators.d_leadership.staffWithoutUnit;
  if (unassigned.total > 0) {
    tableRow(b, page, [null, T.noUnit, unassigned.total, unassigned.female, shareCell(share(unassigned), T)], { counts: [3, 4], shares: [5], extra: ["subRow"] });
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

/** What tables 3 and 4 are drawn from: an agency's Analysis, or the province's sums of them. */
export interface BreakdownSource {
  /** breakdowns.ts ids → counts; a group the roster lacks is absent. */
  counts: Record<string, Count>;
  staff: Count;
  leaders: Count & HeadsDeputies;
  /** Quy hoạch as a whole, when the roster has it. */
  pool?: Count;
  year: number;
}

export function breakdownSourceOf(analysis: Analysis, year: number): BreakdownSource {
  return {
    counts: breakdownCounts(analysis),
    staff: analysis.staff,
    leaders: analysis.indicators.d_leadership.leaders,
    pool: analysis.indicators.q_succession_pool,
    year,
  };
}

/** Table 3: the agency's own leadership apart from its units' leaders, heads and deputies, quy hoạch by level. */
export function leadersTable(b: SheetBuilder, page: Page, src: BreakdownSource, T: ReportText, title = T.t3): void {
  const last = lastCol(page);
  const c = src.counts;
  tableTitle(b, page, title);
  const byLevel = c["lvl:agency:pool"] !== undefined;
  const head = b.tableHeader([T.stt, T.colLevel, T.colTotalPeople, T.colFemalePeople, T.colShare, byLevel ? T.colPoolTotal : T.colNote, byLevel ? T.colPoolFemale : "", byLevel ? T.colPoolShare : ""], last, 46);
  if (!byLevel) b.merge(head, 6, head, last);
  const row = (stt: ReportCell, label: string, n: Count, pool: Count | undefined, extra: string[] = []): void => {
    const cells: ReportCell[] = [stt, label, n.total, n.female, shareCell(share(n), T)];
    if (byLevel && pool) cells.push(pool.total, pool.female, shareCell(share(pool), T));
    tableRow(b, page, cells, { counts: [3, 4, 6, 7], shares: byLevel ? [5, 8] : [5], extra, merges: byLevel ? [] : [[6, last]] });
  };
  const label = { agency: T.levelAgency, units: T.levelUnits };
  LEVELS.forEach((level, i) => {
    const heads = c[`lvl:${level}:heads`];
    const deputies = c[`lvl:${level}:deputies`];
    if (!heads || !deputies) return;
    row(String(i + 1), label[level], sumCounts([heads, deputies]), c[`lvl:${level}:pool`], ["groupRow"]);
    row(null, T.heads, heads, undefined, ["subRow"]);
    row(null, T.deputies, deputies, undefined, ["subRow"]);
  });
  row(null, T.levelAll, src.leaders, src.pool, ["totalRow"]);
}

/** Table 4: women among the staff by age band, kind, professional level, political theory, DTTS, party; retiring; contract workers. */
export function staffTable(b: SheetBuilder, page: Page, src: BreakdownSource, T: ReportText, title = T.t4): void {
  const last = lastCol(page);
  const c = src.counts;
  tableTitle(b, page, title);
  const head = b.tableHeader([T.stt, T.colContent, T.colTotalPeople, T.colFemalePeople, T.colShare, T.colNote, "", ""], last, 34);
  b.merge(head, 6, head, last);
  const row = (stt: ReportCell, label: string, n: Count | undefined, extra: string[] = []): void => {
    const cells: ReportCell[] = n ? [stt, label, n.total, n.female, shareCell(share(n), T)] : [stt, label, T.noDataLower];
    const r = tableRow(b, page, cells, { counts: [3, 4], shares: [5], extra, merges: n ? [[6, last]] : [[3, 5], [6, last]] });
    if (!n) b.style(area(r, 3, r, 5), "tdCenter", "noData");
  };
  row(null, T.staffRow, src.staff, ["totalRow"]);
  // A band nobody falls in that stands for "other" or "unknown" is left out; the named bands always print.
  const omitEmpty = ["unknown", "other"];
  const labels = { age: T.age, kind: T.kind, edu: T.education, llct: T.theory };
  const titles = { age: T.ageGroup, kind: T.kindGroup, edu: T.educationGroup, llct: T.theoryGroup };
  STAFF_GROUPS.forEach(({ id, keys }, i) => {
    const present = keys.filter((k) => c[`${id}:${k}`] !== undefined);
    if (present.length === 0) return row(String(i + 1), titles[id], undefined, ["groupRow"]);
    row(String(i + 1), titles[id], sumCounts(present.map((k) => c[`${id}:${k}`])), ["groupRow"]);
    for (const k of present) {
      const n = c[`${id}:${k}`];
      if (omitEmpty.includes(k) && n.total === 0) continue;
      row(null, `– ${labels[id][k] ?? k}`, n, ["subRow"]);
    }
  });
  row("5", T.ethnicMinority, c.dtts, ["groupRow"]);
  row("6", T.partyMember, c.party, ["groupRow"]);
  row("7", T.retiring(src.year), c.retiring, ["groupRow"]);
  if (c.contract) row("8", T.contractWorkers, c.contract, ["groupRow"]);
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
  const breakdowns = breakdownSourceOf(analysis, facts.year);
  leadersTable(b, page, breakdowns, T);
  staffTable(b, page, breakdowns, T);
  notes(b, page, annexNotes(analysis, facts, T), T);
  const footer = biểuFooter(b, page, T);
  const lastPrinted = b.rows.length;
  // The biểu's footer stays whole on one page.
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
  ANNEX_MARKER_RECORD.forEach((v, j) => b.set(1, MARKER_COL + j, v));
  b.style(area(1, MARKER_COL, 1, MARKER_COL + ANNEX_MARKER_RECORD.length - 1), "hiddenData");
  const markerCols = ANNEX_MARKER_RECORD.map((_, j) => MARKER_COL + j);
  return b.toSheet({
    sheetName,
    columnWidths: [...ANNEX_MM.map(mmToChars), 2, 6, ...new Array<number>(9).fill(10), ...markerCols.map(() => 6)],
    hiddenColumns: [LINE_COL, ...markerCols],
    print: { ...nd30Print(last), rowBreaks, printRows: { first: 1, last: lastPrinted } },
    chart,
  });
}

function annexNotes(analysis: Analysis, facts: AnnexFacts, T: ReportText): string[] {
  const lines = [T.noteProfile(analysis.profile.name), T.noteShare, analysis.keyLeaderRule === "headOnly" ? T.noteDHeadsOnly : T.noteD];
  const c = analysis.contractWorkers;
  if (c && !c.countedIn && c.total > 0) lines.push(T.noteContract(c.total, c.female));
  if (c?.countedIn) lines.push(T.noteContractIn(c.total));
  if (analysis.retiring && analysis.retiring.unknownDate > 0) lines.push(T.noteUnknownRetirement(analysis.retiring.unknownDate));
  if (analysis.units.some((u) => u.smallUnit)) lines.push(T.noteSmallUnits);
  return [...lines, ...facts.explained];
}
