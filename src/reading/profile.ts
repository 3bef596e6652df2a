// Staff-profile values as clerks write them: trình độ chuyên môn, lý luận chính trị, dân tộc, loại
// (công chức, viên chức, hợp đồng) and the level a quy hoạch names. Each reader takes decoded text and
// gives the value, or undefined when the text says nothing it knows.
import type { EducationLevel, LeaderLevel, PoliticalTheory, StaffKind } from "../domain/roster";
import { memoText } from "../domain/memo";
import { fold } from "./text";

/** Trình độ chuyên môn: the highest degree the text names. */
function readEducationOf(text: string): EducationLevel | undefined {
  const t = fold(text).replace(/[.\-_/]/g, " ");
  if (t.trim() === "") return undefined;
  if (/\b(tien si|ts|tskh|pgs|gs|nghien cuu sinh da bao ve)\b/.test(t)) return "tienSi";
  if (/\b(thac si|ths|th s|cao hoc)\b/.test(t)) return "thacSi";
  if (/\b(dai hoc|dh|cu nhan|cn|ky su|ks|bac si|bs|kien truc su|duoc si dai hoc|dsdh)\b/.test(t)) return "daiHoc";
  if (/\b(cao dang|cd)\b/.test(t)) return "caoDang";
  if (/\b(trung cap|tc|trung hoc chuyen nghiep|thcn)\b/.test(t)) return "trungCap";
  return "other";
}

/** Lý luận chính trị: Cử nhân, Cao cấp, Trung cấp, Sơ cấp; anything else (empty, "Không", "Chưa học") is none. */
function readPoliticalTheoryOf(text: string): PoliticalTheory {
  const t = fold(text).replace(/[.\-_/]/g, " ");
  if (/^(khong|chua)\b/.test(t)) return "none";
  if (/\b(cu nhan|cn)\b/.test(t)) return "cuNhan";
  if (/\b(cao cap|cc)\b/.test(t)) return "caoCap";
  if (/\b(trung cap|tc)\b/.test(t)) return "trungCap";
  if (/\b(so cap|sc)\b/.test(t)) return "soCap";
  return "none";
}

/** Dân tộc written out ("Kinh", "Mường", "DTTS"): true for a minority; undefined for an empty cell. */
function readEthnicMinorityOf(text: string): boolean | undefined {
  const t = fold(text).replace(/[.:;]+$/, "").trim();
  if (t === "") return undefined;
  return !/^(kinh|viet|dan toc kinh|viet nam)$/.test(t);
}

/**
 * Loại: the one kind a text names ("Công chức", "VC", "Hợp đồng lao động", "HĐLĐ", "HĐ 68", "Lao động hợp
 * đồng theo NĐ 111"); undefined when it names none or several ("Viên chức, lao động hợp đồng").
 * "Hợp đồng làm việc" is a viên chức's contract, not a contract worker's.
 */
function readStaffKindOf(text: string): StaffKind | undefined {
  const t = fold(text).replace(/[.\-_/]/g, " ").replace(/\s+/g, " ").trim();
  if (t === "") return undefined;
  const kinds = new Set<StaffKind>();
  const rest = t.replace(/\b(hop dong lam viec|hdlv)\b/g, () => {
    kinds.add("vienChuc");
    return " ";
  });
  if (/\b(hop dong|hd|hdld|hđld|nd ?68|nd ?111|hd ?68|hd ?111)\b/.test(rest)) kinds.add("contract");
  if (/\b(vien chuc|vc)\b/.test(rest)) kinds.add("vienChuc");
  if (/\b(cong chuc|cc)\b/.test(rest)) kinds.add("congChuc");
  if (/\b(can bo|cb)\b/.test(rest)) kinds.add("other");
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** A sheet named for one kind of staff ("Hợp đồng", "HĐ 68", "DS viên chức"): that kind for all on it. */
export function staffKindOfSheet(sheet: string): StaffKind | undefined {
  const t = fold(sheet);
  if (t.length > 40) return undefined;
  const kind = staffKindOf(sheet);
  // "Cán bộ" alone names no kind a breakdown keeps apart.
  return kind === "other" ? undefined : kind;
}

/**
 * The level a quy hoạch names: the agency's own leadership ("Giám đốc Sở", "PGĐ", "Lãnh đạo Sở", "cấp Sở",
 * "Chủ tịch UBND") or a unit's ("Trưởng phòng", "cấp phòng", "Giám đốc Trung tâm", "Chi cục trưởng").
 */
function readLeaderLevelOf(text: string): LeaderLevel | undefined {
  const t = fold(text).replace(/[.\-_/,]/g, " ").replace(/\s+/g, " ").trim();
  if (t === "") return undefined;
  if (/\b(phong|cap phong|tp|ptp|chi cuc|trung tam|khoa|tram|doi|truong khoa|hieu truong|hieu pho|vien truong|cap co so|don vi)\b/.test(t)) {
    return "unit";
  }
  if (/\b(so|cap so|ban giam doc|lanh dao (so|co quan|ubnd|uy ban|huyen|thi xa|thanh pho)|ubnd|uy ban nhan dan|cap tinh|cap huyen|thuong truc)\b/.test(t)) {
    return "agency";
  }
  if (/^(pho )?(giam doc|chu tich|thu truong)$|^(p ?)?gd$|^pgd$|^(p ?)?ct$|^pct$/.test(t)) return "agency";
  return undefined;
}

// Each reading is pure and a roster repeats its few degrees, kinds and levels on every row: read each text once.
export const educationOf = memoText(readEducationOf);
export const politicalTheoryOf = memoText(readPoliticalTheoryOf);
export const ethnicMinorityOf = memoText(readEthnicMinorityOf);
export const staffKindOf = memoText(readStaffKindOf);
export const leaderLevelOf = memoText(readLeaderLevelOf);
