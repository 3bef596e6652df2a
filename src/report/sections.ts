// The sections every report sheet is made of, shared by the annual report and the provincial summary:
// the official header of NĐ 30/2020 (Phụ lục I), the title, paragraphs and headings, the signature block
// with "Nơi nhận", a biểu's footer, notes, and the table rows. A Page says how wide the sheet's
// columns are, so each section can place its spans and estimate the heights of wrapped text.
import { area, SheetBuilder, spanMm, textHeight } from "./layout";
import type { ReportCell } from "./model";
import type { ReportText } from "./text";

/** The sheet's printed columns: their widths in millimetres, and where the header's left block ends. */
export interface Page {
  widthsMm: number[];
  /** Last column of the left half of the header (agency) and of the Nơi nhận block. */
  leftEnd: number;
  /** First column of the signature block (right). */
  signLeft: number;
}

export const lastCol = (page: Page): number => page.widthsMm.length;
const widthMm = (page: Page): number => spanMm(page.widthsMm, 1, lastCol(page));

/** What the header of an official document says. */
export interface HeaderFacts {
  /** The governing body, capitals, regular ("UBND TỈNH HÀ TĨNH"). */
  governingBody: string;
  /** The issuing agency, capitals, bold ("SỞ TÀI CHÍNH"). */
  agency: string;
  /** "Số: …/BC-STC". */
  numberLine: string;
  /** "Hà Tĩnh, ngày … tháng … năm 2026". */
  dateLine: string;
}

/** The odd or even number of columns, centred in [left, right], whose width comes nearest `mm`. */
function centred(page: Page, left: number, right: number, mm: number): { left: number; right: number } {
  const count = right - left + 1;
  let best = { left, right, diff: Infinity };
  for (let n = count % 2 === 0 ? 2 : 1; n <= count; n += 2) {
    const l = left + (count - n) / 2;
    const diff = Math.abs(spanMm(page.widthsMm, l, l + n - 1) - mm);
    if (diff < best.diff) best = { left: l, right: l + n - 1, diff };
  }
  return best;
}

/** Approximate printed width (mm) of a line of text: Times New Roman, capitals wider. */
function lineMm(text: string, sizePt: number, bold: boolean): number {
  const em = (sizePt * 25.4) / 72;
  let w = 0;
  for (const ch of text) w += ch === " " ? 0.25 : ch === ch.toLocaleUpperCase("vi") && ch !== ch.toLocaleLowerCase("vi") ? 0.7 : 0.47;
  return w * em * (bold ? 1.05 : 1);
}

/**
 * NĐ 30's two-column header: governing body over the agency (bold) with a short rule under it, the
 * number below; quốc hiệu over tiêu ngữ with a rule as long as the line, the place and date below.
 */
export function officialHeader(b: SheetBuilder, page: Page, h: HeaderFacts, T: ReportText): void {
  const L = page.leftEnd;
  const last = lastCol(page);
  const leftMm = spanMm(page.widthsMm, 1, L);
  let r = b.append();
  b.span(r, 1, L, h.governingBody || null, "doc", "govBody");
  b.span(r, L + 1, last, T.nationalTitle, "doc", "nationalTitle");
  b.height(r, Math.max(18, textHeight(h.governingBody, leftMm, 13)));
  r = b.append();
  b.span(r, 1, L, h.agency, "doc", "agencyName");
  b.span(r, L + 1, last, T.motto, "doc", "motto");
  // The agency's name wraps in its half; its rule stands under the longest line.
  const agencyLines = Math.max(1, Math.ceil(lineMm(h.agency, 13, true) / (leftMm - 2)));
  b.height(r, Math.max(18, textHeight(h.agency, leftMm, 13, true), agencyLines * 16 + 2));
  r = b.append();
  const agencyRule = centred(page, 1, L, Math.min(lineMm(h.agency, 13, true), leftMm) * 0.42);
  const mottoRule = centred(page, L + 1, last, lineMm(T.motto, 13, true));
  b.style(area(r, agencyRule.left, r, agencyRule.right), "rule");
  b.style(area(r, mottoRule.left, r, mottoRule.right), "rule");
  b.height(r, 3);
  b.blank(1, 10);
  r = b.append();
  b.span(r, 1, L, h.numberLine, "doc", "docNumber");
  b.span(r, L + 1, last, h.dateLine, "doc", "dateLine");
  b.height(r, 20);
}

/** "DỰ THẢO" (while errors remain), the kind of document, its trích yếu, and the short rule under it. */
export function documentTitle(b: SheetBuilder, page: Page, o: { draft: boolean; kind: string; summary: string }, T: ReportText): void {
  const last = lastCol(page);
  b.blank(1, 14);
  if (o.draft) {
    const r = b.append();
    b.span(r, 1, last, T.draft, "doc", "draft");
    b.height(r, 20);
  }
  let r = b.append();
  b.span(r, 1, last, o.kind, "doc", "docKind");
  b.height(r, 20);
  r = b.append();
  b.span(r, 1, last, o.summary, "doc", "summary");
  b.height(r, textHeight(o.summary, widthMm(page) * 0.85, 14, true));
  r = b.append();
  const rule = centred(page, 1, last, Math.min(lineMm(o.summary, 14, true), widthMm(page)) / 3);
  b.style(area(r, rule.left, r, rule.right), "rule");
  b.height(r, 3);
}

/** A line centred across the page (Kính gửi…). */
export function centredLine(b: SheetBuilder, page: Page, text: string, style = "recipient", sizePt = 14): number {
  const r = b.append();
  b.span(r, 1, lastCol(page), text, "doc", style);
  b.height(r, textHeight(text, widthMm(page) * 0.8, sizePt));
  return r;
}

/** First-line indent of a paragraph (NĐ 30: 1–1,27 cm): non-breaking spaces, as a cell has no indent of its own. */
const INDENT = "\u00a0".repeat(8);

/** A justified paragraph across the page, its first line indented. */
export function paragraph(b: SheetBuilder, page: Page, text: string, o: { style?: string; indent?: boolean; sizePt?: number } = {}): number {
  const r = b.append();
  const body = o.indent === false ? text : INDENT + text;
  const style = o.style ?? "body";
  b.span(r, 1, lastCol(page), body, "doc", style === "placeholder" ? "body" : style, ...(style === "placeholder" ? ["placeholder"] : []));
  b.height(r, textHeight(body, widthMm(page), o.sizePt ?? 13, style === "heading") + 4);
  return r;
}

/** A numbered heading (I., II., 1., a)). */
export function heading(b: SheetBuilder, page: Page, text: string): number {
  return paragraph(b, page, text, { style: "heading", indent: true });
}

/** Who signs: the authority line (TM., KT., or none), the title, the name. */
export interface Signer {
  authority: string;
  title: string;
  name: string;
}

/**
 * The signature block (right) beside "Nơi nhận" (left), kept on one page: when the estimated page would
 * break inside it, a page break is put before it. Returns the row where the block starts.
 */
export function signatureBlock(b: SheetBuilder, page: Page, signer: Signer, T: ReportText): number {
  const L = page.leftEnd;
  const S = page.signLeft;
  const last = lastCol(page);
  const signMm = spanMm(page.widthsMm, S, last);
  b.blank(1, 10);
  const first = b.nextRow;
  const right: { text: string; style: string; height: number }[] = [];
  if (signer.authority) right.push({ text: signer.authority, style: "signAuthority", height: textHeight(signer.authority, signMm, 13, true) });
  if (signer.title) right.push({ text: signer.title, style: "signAuthority", height: textHeight(signer.title, signMm, 13, true) });
  const left: { text: string; style: string }[] = [{ text: T.toLabel, style: "toLabel" }, ...T.toLines().map((text) => ({ text, style: "toLine" }))];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    const r = b.append();
    if (left[i]) b.span(r, 1, L, left[i].text, "doc", left[i].style);
    if (right[i]) b.span(r, S, last, right[i].text, "doc", right[i].style);
    b.height(r, Math.max(16, right[i]?.height ?? 0));
  }
  // Room for the signature and the seal, then the name.
  b.blank(1, 62);
  const r = b.append();
  b.span(r, S, last, signer.name, "doc", "signName");
  b.height(r, 20);
  return first;
}

/** A biểu's own footer: "Người lập biểu" (left), "THỦ TRƯỞNG ĐƠN VỊ" (Ký tên, đóng dấu) (right). */
export function biểuFooter(b: SheetBuilder, page: Page, T: ReportText, headTitle = T.head): number {
  const L = page.leftEnd;
  const S = page.signLeft;
  const last = lastCol(page);
  b.blank(1, 10);
  const first = b.append();
  b.span(first, 1, L, T.preparer, "base", "signTitle");
  b.span(first, S, last, headTitle, "base", "signTitle");
  b.height(first, 18);
  const r = b.append();
  b.span(r, 1, L, T.preparerNote, "base", "signNote");
  b.span(r, S, last, T.headNote, "base", "signNote");
  b.height(r, 17);
  b.blank(1, 60);
  return first;
}

/** "Ghi chú:" and its lines, across the page. */
export function notes(b: SheetBuilder, page: Page, lines: string[], T: ReportText): void {
  if (lines.length === 0) return;
  const last = lastCol(page);
  b.blank(1, 6);
  let r = b.append();
  b.span(r, 1, last, T.notesLabel, "base", "noteLabel");
  b.height(r, 17);
  for (const line of lines) {
    r = b.append();
    b.span(r, 1, last, line, "base", "note");
    b.height(r, textHeight(line, widthMm(page), 12) + 1);
  }
}

/** A table's title line (bold, left). */
export function tableTitle(b: SheetBuilder, page: Page, text: string): number {
  b.blank(1, 8);
  const r = b.append();
  b.span(r, 1, lastCol(page), text, "base", "section");
  b.height(r, 20);
  return r;
}

/** One body row of a table: cells, grid, the number styles by column, a height fitting its texts. */
export function tableRow(
  b: SheetBuilder,
  page: Page,
  cells: ReportCell[],
  o: { counts?: number[]; shares?: number[]; centre?: number[]; extra?: string[]; merges?: [number, number][] } = {},
): number {
  const last = lastCol(page);
  const r = b.append(cells);
  b.style(area(r, 1, r, last), "base", "td");
  b.style(area(r, 1), "tdCenter");
  for (const c of o.counts ?? []) b.style(area(r, c), "count");
  for (const c of o.shares ?? []) b.style(area(r, c), typeof cells[c - 1] === "number" ? "pct" : "tdCenter");
  for (const c of o.centre ?? []) b.style(area(r, c), "tdCenter");
  for (const s of o.extra ?? []) b.style(area(r, 1, r, last), s);
  for (const [left, right] of o.merges ?? []) b.merge(r, left, r, right);
  let height = 18;
  cells.forEach((v, i) => {
    if (typeof v !== "string") return;
    const merged = (o.merges ?? []).find(([l]) => l === i + 1);
    const mm = merged ? spanMm(page.widthsMm, merged[0], merged[1]) : page.widthsMm[i] ?? 10;
    height = Math.max(height, textHeight(v, mm, 12) + 2);
  });
  b.height(r, height);
  return r;
}

/** Page height (points) inside NĐ 30's top and bottom margins on A4. */
export const PAGE_POINTS = ((297 - 20 - 20) / 25.4) * 72;

/** Heights of the sheet's rows so far (points), as the builder set them (15 where none was set). */
export function rowHeightsOf(b: SheetBuilder): number[] {
  const heights = new Array<number>(b.rows.length).fill(15);
  for (const { row, height } of b.rowHeights) heights[row - 1] = height;
  return heights;
}

/** The printed page (0-based) of every row, by the heights set and the manual breaks (a break after row n). */
export function pagesOf(heights: number[], breaks: number[] = []): number[] {
  const pages: number[] = [];
  let page = 0;
  let used = 0;
  heights.forEach((h, i) => {
    const row = i + 1;
    if (breaks.includes(row - 1) || used + h > PAGE_POINTS * 0.97) {
      if (used > 0) page++;
      used = 0;
    }
    used += h;
    pages.push(page);
  });
  return pages;
}

/**
 * The breaks that keep rows [first, lastRow] on one page: `breaks` as given when they already fall on one
 * page as the heights estimate, else with a break added after the row before `first`.
 */
export function keepTogether(b: SheetBuilder, first: number, lastRow: number, breaks: number[] = []): number[] {
  const pages = pagesOf(rowHeightsOf(b), breaks);
  return pages[first - 1] !== pages[lastRow - 1] && first > 1 ? [...breaks, first - 1] : breaks;
}
