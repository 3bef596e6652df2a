// The báo cáo: the signed report, in the form of NĐ 30/2020/NĐ-CP (Phụ lục I): header, DỰ THẢO while
// errors remain, "BÁO CÁO" and its trích yếu, Kính gửi, the Căn cứ of the reporting year's profile, one
// sentence per indicator with its figures, the flagged units by name, the change since last year, the
// clerk's paragraphs as marked placeholders prefilled with the facts that call for them, the signature
// block and Nơi nhận. Every figure comes from the Analysis; nothing about cells, sheets or commands prints.
import { reachesShare, type Analysis, type Indicator } from "../domain/analysis";
import { INDICATOR_NAMES } from "../domain/messages";
import { shareOf, pointsChange, type AnnualFigures } from "./figures";
import { mmToChars, nd30Print, PRINT_WIDTH_MM } from "./layout";
import type { ReportSheet } from "./model";
import { SheetBuilder } from "./layout";
import {
  centredLine,
  documentTitle,
  heading,
  keepTogether,
  lastCol,
  officialHeader,
  paragraph,
  signatureBlock,
  type Page,
  type Signer,
} from "./sections";
import type { ReportText } from "./text";
import { clerkBlock, DATA_WIDTH, type ClerkBlockInput } from "./clerk";

/** The báo cáo's grid: 24 equal columns filling the text block, so rules and halves fall where NĐ 30 puts them. */
export const DOC_COLUMNS = 24;
const COL_MM = (PRINT_WIDTH_MM - 2) / DOC_COLUMNS;
export const DOC_PAGE: Page = { widthsMm: new Array<number>(DOC_COLUMNS).fill(COL_MM), leftEnd: 9, signLeft: 12 };

/** Everything the document says besides the figures: who issues it, to whom, who signs. */
export interface DocumentFacts {
  year: number;
  /** "Sở Tài chính". */
  agency: string;
  /** Capitals, as printed above the agency; "" when the agency has none above it (a UBND). */
  governingBody: string;
  /** The agency's name as printed (capitals; may hold a line break). */
  agencyHeader: string;
  numberLine: string;
  dateLine: string;
  recipient: string;
  signer: Signer;
  /** Last year's figures, for the change since last year. */
  previous?: AnnualFigures;
}

/** The indicators measured against a target, in the plan's order, with their catalogue names. */
type ShareIndicatorId = "a_deputies" | "b_commune_council" | "c_party_committee" | "dd_training" | "q_succession_pool";

function named(id: ShareIndicatorId, T: ReportText): string {
  return INDICATOR_NAMES[id][T.lang];
}

function indicatorSentence(id: ShareIndicatorId, s: Indicator, T: ReportText, extra?: string): string {
  return T.indicatorSentence(named(id, T), s.female, s.total, s.share, s.total === 0 ? null : s.target, s.met, extra);
}

/** Section II's sentences: the staff, a–đ, the flagged units, the leadership, the change since last year. */
function resultParagraphs(b: SheetBuilder, page: Page, analysis: Analysis, facts: DocumentFacts, T: ReportText): void {
  const ind = analysis.indicators;
  const d = ind.d_leadership;
  heading(b, page, T.h1Results);
  const contract = contractWorkersOf(analysis);
  paragraph(b, page, `1. ${T.staffLine(analysis.staff.total, analysis.staff.female, analysis.staff.share, contract)}`);
  paragraph(b, page, indicatorSentence("a_deputies", ind.a_deputies, T));
  const bInd = ind.b_commune_council;
  const stretch = bInd.stretchTarget !== undefined && bInd.total > 0 ? T.stretch(bInd.stretchTarget, bInd.stretchMet ?? null) : undefined;
  paragraph(b, page, indicatorSentence("b_commune_council", bInd, T, stretch));
  paragraph(b, page, indicatorSentence("c_party_committee", ind.c_party_committee, T));
  const dName = INDICATOR_NAMES.d_leadership[T.lang];
  paragraph(b, page, d.units === 0 ? T.dNoUnits(dName) : T.dSentence(dName, d.unitsAtThreshold, d.unitsAtThreshold - d.flagged.length, d.units));
  const flagged = analysis.units.filter((u) => u.flagged);
  if (flagged.length > 0) paragraph(b, page, T.flaggedList(flaggedNames(analysis, T)));
  if (d.unitsWithFemaleKeyLeaderTarget !== undefined) {
    paragraph(b, page, T.unitsSentence(d.unitsWithFemaleKeyLeader, d.unitsWithStaff, d.unitsWithFemaleKeyLeaderShare, d.unitsWithFemaleKeyLeaderTarget, d.unitsWithFemaleKeyLeaderMet ?? null));
  }
  paragraph(b, page, indicatorSentence("dd_training", ind.dd_training, T));
  const leaders = d.leaders;
  const headsOnly = analysis.keyLeaderRule === "headOnly";
  paragraph(
    b,
    page,
    T.leadersSentence(leaders.female, leaders.total, leaders.share, T.fraction(leaders.heads.female, leaders.heads.total), headsOnly ? null : T.fraction(leaders.deputies.female, leaders.deputies.total)),
  );
  if (ind.q_succession_pool) paragraph(b, page, indicatorSentence("q_succession_pool", ind.q_succession_pool, T));
  const change = changeSentence(analysis, facts.previous, T);
  if (change) paragraph(b, page, change);
}

/** Contract workers left out of the figures (null when none are marked, or they are counted in). */
function contractWorkersOf(analysis: Analysis): number | null {
  const c = (analysis as { contractWorkers?: { total: number; countedIn?: boolean } | null }).contractWorkers;
  return c && !c.countedIn && c.total > 0 ? c.total : null;
}

/** "Văn phòng Sở (30% nữ), Ban Vì sự tiến bộ phụ nữ (đơn vị liên quan đến phụ nữ)". */
export function flaggedNames(analysis: Analysis, T: ReportText): string {
  return analysis.units
    .filter((u) => u.flagged)
    .map((u) => T.flaggedWhy(u.name, u.share, u.womenRelated && !reachesLine(u)))
    .join(", ");
}

/** Whether the unit is at the 30% line on its own (not only because it concerns women). */
function reachesLine(u: Analysis["units"][number]): boolean {
  const own = (u as { reachesLine?: boolean }).reachesLine;
  return own ?? reachesShare(u.female, u.total, 0.3) === true;
}

function changeSentence(analysis: Analysis, prev: AnnualFigures | undefined, T: ReportText): string | null {
  if (!prev) return null;
  const parts: string[] = [];
  const staff = pointsChange(analysis.staff.share, shareOf(prev.staff));
  if (staff !== null) parts.push(T.changeShare(T.changeWhatStaff, staff));
  const leaders = pointsChange(analysis.indicators.d_leadership.leaders.share, shareOf(prev.shares.leaders));
  if (leaders !== null) parts.push(T.changeShare(T.changeWhatLeaders, leaders));
  parts.push(T.changeFlagged(analysis.indicators.d_leadership.flagged.length, prev.units.filter((u) => u.flagged).length));
  return T.changeSentence(prev.year, parts);
}

/** The indicators below their target: the facts section III starts from. */
function notMet(analysis: Analysis, T: ReportText): { name: string; share: number; target: number }[] {
  const ind = analysis.indicators;
  const ids: ShareIndicatorId[] = ["a_deputies", "b_commune_council", "c_party_committee", "dd_training", "q_succession_pool"];
  const out: { name: string; share: number; target: number }[] = [];
  for (const id of ids) {
    const s = ind[id];
    if (s && s.met === false && s.share !== null) out.push({ name: named(id, T), share: s.share, target: s.target });
  }
  const d = ind.d_leadership;
  if (d.unitsWithFemaleKeyLeaderMet === false && d.unitsWithFemaleKeyLeaderShare !== null && d.unitsWithFemaleKeyLeaderTarget !== undefined) {
    out.push({ name: T.unitsShareName, share: d.unitsWithFemaleKeyLeaderShare, target: d.unitsWithFemaleKeyLeaderTarget });
  }
  return out;
}

/** III and IV: placeholders for the clerk, prefilled with what calls for them. */
function clerkSections(b: SheetBuilder, page: Page, analysis: Analysis, T: ReportText): void {
  const missed = notMet(analysis, T);
  const flagged = analysis.units.filter((u) => u.flagged);
  heading(b, page, T.h1Shortcomings);
  for (const m of missed) paragraph(b, page, T.notMetLine(m.name, m.share, m.target));
  if (flagged.length > 0) paragraph(b, page, T.flaggedShortcoming(flagged.length, flagged.map((u) => u.name).join(", ")));
  paragraph(b, page, missed.length || flagged.length ? T.phCauses : T.phNoShortcoming, { style: "placeholder" });
  heading(b, page, T.h1Proposals);
  if (flagged.length > 0) paragraph(b, page, T.proposeLeaders(flagged.map((u) => u.name).join(", ")));
  for (const m of missed) paragraph(b, page, T.proposeIndicator(m.name));
  paragraph(b, page, T.phProposals, { style: "placeholder" });
}

/** The báo cáo sheet. `clerk` is the data check written beside the print area (never printed). */
export function buildDocumentSheet(sheetName: string, analysis: Analysis, facts: DocumentFacts, clerk: ClerkBlockInput, T: ReportText): ReportSheet {
  const page = DOC_PAGE;
  const b = new SheetBuilder();
  const errors = analysis.problems.filter((p) => p.severity === "error").length;
  officialHeader(b, page, { governingBody: facts.governingBody, agency: facts.agencyHeader, numberLine: facts.numberLine, dateLine: facts.dateLine }, T);
  documentTitle(b, page, { draft: errors > 0, kind: T.docKind, summary: T.summary(facts.year) }, T);
  b.blank(1, 8);
  centredLine(b, page, T.recipient(facts.recipient));
  b.blank(1, 8);
  const agency = facts.agency || T.agencyFallback;
  paragraph(b, page, T.basis(analysis.profile.id, analysis.profile.name, agency, facts.year));
  heading(b, page, T.h1Implementation);
  paragraph(b, page, T.phImplementation(facts.year), { style: "placeholder" });
  resultParagraphs(b, page, analysis, facts, T);
  clerkSections(b, page, analysis, T);
  paragraph(b, page, T.closing(agency, facts.year));
  const signFirst = signatureBlock(b, page, facts.signer, T);
  const lastPrinted = b.rows.length;
  const rowBreaks = keepTogether(b, signFirst, lastPrinted);
  const hidden = clerkBlock(b, { ...clerk, firstRow: lastPrinted + 4, lastCol: DOC_COLUMNS, widthMm: PRINT_WIDTH_MM, dataCol: DOC_COLUMNS + 2 });
  const widths = [...page.widthsMm.map(mmToChars), 2, ...new Array<number>(DATA_WIDTH).fill(12)];
  return b.toSheet({
    sheetName,
    columnWidths: widths,
    hiddenColumns: hidden,
    print: { ...nd30Print(lastCol(page)), rowBreaks, printRows: { first: 1, last: lastPrinted } },
  });
}
