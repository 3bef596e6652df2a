// The readable summary `bdg analyze` prints without --json: the same Analysis, in the clerk's words.
// Nothing is counted here; every figure is read from the Analysis.
import type { Analysis, Indicator } from "../domain/analysis";
import type { Lang } from "../domain/settings";
import type { Severity } from "../domain/roster";
import { deadlineMessage, formatShare, INDICATOR_NAMES, problemCell, problemMessage } from "../domain/messages";
import { deadlineStatus } from "../domain/deadline";
import { localeNumber } from "../domain/numberFormat";

/** How many problems are listed one by one; the rest are counted. */
export const SUMMARY_PROBLEMS = 10;

const T = {
  vi: {
    title: "Bình đẳng giới trong đội ngũ cán bộ, công chức, viên chức",
    profile: "Chỉ tiêu theo",
    year: "Năm báo cáo",
    staff: (n: string, f: string, s: string) => `Cán bộ, công chức, viên chức: ${n} người, trong đó nữ ${f} (${s})`,
    target: "chỉ tiêu",
    stretch: "phấn đấu",
    met: "Đạt",
    notMet: "Chưa đạt",
    noData: "không có dữ liệu",
    missing: {
      council: "sổ tính không có cột hay danh sách đại biểu HĐND",
      partyCommittee: "sổ tính không có cột hay danh sách cấp ủy",
      training: "sổ tính không có cột hay danh sách cử đi đào tạo, bồi dưỡng",
      successionPool: "sổ tính không có cột hay danh sách quy hoạch",
    },
    levels: (n: string, p: string, d: string) => `Quốc hội ${n}; HĐND tỉnh ${p}; HĐND huyện ${d}`,
    units: (u: string, t: string, k: string) =>
      `${u} đơn vị; ${t} đơn vị có từ 30% nữ trở lên hoặc có chức năng liên quan đến phụ nữ; ${k} đơn vị có lãnh đạo chủ chốt là nữ`,
    leaders: (all: string, h: string, d: string) => `Lãnh đạo chủ chốt: nữ ${all} (cấp trưởng ${h}; cấp phó ${d})`,
    levels2: (ah: string, ad: string, uh: string, ud: string) =>
      `Lãnh đạo cơ quan: cấp trưởng ${ah}, cấp phó ${ad}; lãnh đạo đơn vị trực thuộc: cấp trưởng ${uh}, cấp phó ${ud}`,
    contract: (n: string, f: string, inside: boolean) =>
      `Lao động hợp đồng: ${n} người, trong đó nữ ${f} (${inside ? "đã tính vào các chỉ tiêu theo cài đặt" : "không tính vào các chỉ tiêu"})`,
    retiring: (t: string, f: string, u: string) =>
      `Đến tuổi nghỉ hưu trong năm (NĐ 135/2020/NĐ-CP): ${t} người, trong đó nữ ${f}` +
      (u === "0" ? "" : `; ${u} người chỉ có năm sinh, chưa xác định được`),
    unitsShare: "Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ",
    flagged: (n: string) => `Đơn vị cần có lãnh đạo chủ chốt là nữ (${n}):`,
    noFlagged: "Không có đơn vị nào thiếu lãnh đạo chủ chốt là nữ.",
    problems: (e: string, w: string, n: string) => `Vấn đề trong dữ liệu: ${e} lỗi, ${w} cảnh báo, ${n} lưu ý`,
    noProblems: "Không có vấn đề nào trong dữ liệu.",
    cell: "ô",
    severity: { error: "Lỗi", warning: "Cảnh báo", notice: "Lưu ý" } as Record<Severity, string>,
    more: (n: string) => `… và ${n} vấn đề khác (dùng --json để xem tất cả).`,
  },
  en: {
    title: "Gender equality among cadres, civil servants and public employees",
    profile: "Targets",
    year: "Reporting year",
    staff: (n: string, f: string, s: string) => `Staff: ${n} people, of whom ${f} women (${s})`,
    target: "target",
    stretch: "stretch",
    met: "Met",
    notMet: "Not met",
    noData: "no data",
    missing: {
      council: "the workbook has no People's Council column or list",
      partyCommittee: "the workbook has no party committee column or list",
      training: "the workbook has no training column or list",
      successionPool: "the workbook has no succession pool column or list",
    },
    levels: (n: string, p: string, d: string) => `National Assembly ${n}; province ${p}; district ${d}`,
    units: (u: string, t: string, k: string) =>
      `${u} units; ${t} with 30% or more women or concerning women; ${k} with a female key leader`,
    leaders: (all: string, h: string, d: string) => `Key leaders: women ${all} (heads ${h}; deputies ${d})`,
    levels2: (ah: string, ad: string, uh: string, ud: string) =>
      `Agency leadership: heads ${ah}, deputies ${ad}; units' leaders: heads ${uh}, deputies ${ud}`,
    contract: (n: string, f: string, inside: boolean) =>
      `Contract workers: ${n}, of whom ${f} women (${inside ? "counted in every figure, as set" : "not counted in the figures"})`,
    retiring: (t: string, f: string, u: string) =>
      `Reaching retirement age this year (Decree 135/2020/NĐ-CP): ${t}, of whom ${f} women` +
      (u === "0" ? "" : `; ${u} with a birth year only, undetermined`),
    unitsShare: "Units with a female key leader",
    flagged: (n: string) => `Units that need a female key leader (${n}):`,
    noFlagged: "No unit lacks a female key leader.",
    problems: (e: string, w: string, n: string) =>
      `Problems in the data: ${e} ${e === "1" ? "error" : "errors"}, ${w} ${w === "1" ? "warning" : "warnings"}, ` +
      `${n} ${n === "1" ? "notice" : "notices"}`,
    noProblems: "No problems in the data.",
    cell: "cell",
    severity: { error: "Error", warning: "Warning", notice: "Notice" } as Record<Severity, string>,
    more: (n: string) => `… and ${n} more (use --json to see them all).`,
  },
};

function num(n: number, lang: Lang): string {
  return localeNumber(n, lang);
}

/** "3/11 = 27,3%" or "0/0 — không có dữ liệu". */
function ratio(c: { female: number; total: number; share?: number | null }, lang: Lang): string {
  const base = `${num(c.female, lang)}/${num(c.total, lang)}`;
  return c.total === 0 ? `${base} (${T[lang].noData})` : `${base} = ${formatShare(c.female / c.total, lang)}`;
}

function verdict(met: boolean | null | undefined, lang: Lang): string {
  if (met === null || met === undefined) return T[lang].noData;
  return met ? T[lang].met : T[lang].notMet;
}

function indicatorLine(key: string, i: Indicator, lang: Lang, extra = ""): string[] {
  const t = T[lang];
  const head = `${INDICATOR_NAMES[key][lang]}: ${ratio(i, lang)}`;
  const target = `${t.target} ≥ ${formatShare(i.target, lang)}${extra}`;
  const lines = [`${head} — ${target} — ${verdict(i.met, lang)}`];
  if (i.total === 0 && i.missing) lines.push(`   (${t.missing[i.missing]})`);
  return lines;
}

/** The summary as lines of text (no trailing newline); `today` dates the days left to the deadline. */
export function formatSummary(analysis: Analysis, lang: Lang = "vi", file?: string, today: Date = new Date()): string {
  const t = T[lang];
  const ind = analysis.indicators;
  const out: string[] = [];
  out.push(file ? `${t.title} — ${file}` : t.title);
  out.push(`${t.profile}: ${lang === "vi" ? analysis.profile.name : analysis.profile.nameEn}`);
  if (analysis.year !== undefined) {
    out.push(`${t.year}: ${analysis.year}`);
    out.push(deadlineMessage(deadlineStatus(today, analysis.year), lang));
  }
  out.push(t.staff(num(analysis.staff.total, lang), num(analysis.staff.female, lang), formatShare(analysis.staff.share, lang)));
  const cw = analysis.contractWorkers;
  if (cw && cw.total > 0) out.push(t.contract(num(cw.total, lang), num(cw.female, lang), cw.countedIn));
  out.push("");

  const a = ind.a_deputies;
  out.push(...indicatorLine("a_deputies", a, lang));
  out.push(`   ${t.levels(ratio(a.levels.national, lang), ratio(a.levels.province, lang), ratio(a.levels.district, lang))}`);
  const b = ind.b_commune_council;
  const stretch = b.stretchTarget !== undefined ? ` (${t.stretch} ${formatShare(b.stretchTarget, lang)})` : "";
  out.push(...indicatorLine("b_commune_council", b, lang, stretch));
  out.push(...indicatorLine("c_party_committee", ind.c_party_committee, lang));

  const d = ind.d_leadership;
  out.push(`${INDICATOR_NAMES.d_leadership[lang]}:`);
  out.push(`   ${t.units(num(d.units, lang), num(d.unitsAtThreshold, lang), num(d.unitsWithFemaleKeyLeader, lang))}`);
  out.push(`   ${t.leaders(ratio(d.leaders, lang), ratio(d.leaders.heads, lang), ratio(d.leaders.deputies, lang))}`);
  const lv = analysis.leadershipLevels;
  out.push(
    `   ${t.levels2(ratio(lv.agency.heads, lang), ratio(lv.agency.deputies, lang), ratio(lv.units.heads, lang), ratio(lv.units.deputies, lang))}`,
  );
  if (d.unitsWithFemaleKeyLeaderTarget !== undefined) {
    out.push(
      `   ${t.unitsShare}: ${formatShare(d.unitsWithFemaleKeyLeaderShare, lang)} — ${t.target} ≥ ${formatShare(
        d.unitsWithFemaleKeyLeaderTarget,
        lang,
      )} — ${verdict(d.unitsWithFemaleKeyLeaderMet, lang)}`,
    );
  }
  if (d.flagged.length === 0) out.push(`   ${t.noFlagged}`);
  else {
    out.push(`   ${t.flagged(num(d.flagged.length, lang))}`);
    for (const name of d.flagged) out.push(`     - ${name}`);
  }
  if (ind.q_succession_pool) out.push(...indicatorLine("q_succession_pool", ind.q_succession_pool, lang));
  out.push(...indicatorLine("dd_training", ind.dd_training, lang));
  const r = analysis.retiring;
  if (r) out.push(t.retiring(num(r.total, lang), num(r.female, lang), num(r.unknownDate, lang)));
  out.push("");

  const problems = analysis.problems;
  if (problems.length === 0) out.push(t.noProblems);
  else {
    const n = (s: Severity) => num(problems.filter((p) => p.severity === s).length, lang);
    out.push(t.problems(n("error"), n("warning"), n("notice")));
    for (const p of problems.slice(0, SUMMARY_PROBLEMS)) {
      out.push(`  ${t.severity[p.severity]} — ${p.sheet}, ${t.cell} ${problemCell(p)}: ${problemMessage(p, lang)}`);
    }
    if (problems.length > SUMMARY_PROBLEMS) out.push(`  ${t.more(num(problems.length - SUMMARY_PROBLEMS, lang))}`);
  }
  return out.join("\n");
}
