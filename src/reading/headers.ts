// Column roles from header text. A header is matched folded (no case, no diacritics, one space),
// leaf first with its parent as context: "Nam" under "Ngày, tháng, năm sinh" is a birth date of a
// man, under "Giới tính" (or alone) a mark; "Tỉnh" under "Đại biểu HĐND" is a council level.
import type { ColumnRole, LeaderLevel, ListKind, StaffKind } from "../domain/roster";
import { councilLevelsOf } from "./marks";
import { leaderLevelOf, staffKindOf } from "./profile";

const NAME = /^(ho\s*(va|&|,|\/|-)?\s*ten|ho ten|ho, chu dem(,| va) ten|ten (can bo|cong chuc|vien chuc|cbcc|cbccvc|cb|dai bieu|nguoi))\b/;
const ORDINAL = /^(stt|tt|s\.?\s?t\.?\s?t\.?|so tt|so thu tu|thu tu|so\s?tt|no\.?)$/;
// "Ông/Bà" (Mr/Mrs), as lists of deputies and many rosters write it, says the gender too.
const GENDER = /^(gioi|phai|gender|sex|nam hoac nu)$|^(nam\s*[/,\-]\s*nu|nu\s*[/,\-]\s*nam)\b|\bgioi tinh\b|^ong\s*[/,(\-]?\s*ba\s*\)?$/;
const BIRTH = /\b(ngay|nam|thang)\b[^/]*\bsinh\b|^sinh ngay|^(nam sinh|ngay sinh|sinh nam|birth|date of birth|ns)$/;
const NOT_BIRTH = /noi sinh|que quan|sinh hoat|sinh vien/;
/** A birth column of one sex written in one cell: "Năm sinh (Nam)", "Ngày sinh - Nữ", "Năm sinh\nNữ". */
const BIRTH_SPLIT = /^(.*\bsinh)\s*[(\-:/,]?\s*(nam|nu)\s*\)?$/;
// "Chức danh nghề nghiệp" is a rank (Chuyên viên, Giáo viên hạng II), not the post a key leader holds.
const TITLE = /^(chuc vu|chuc danh(?! nghe nghiep)|cv\b)/;
const PARTY_TITLE = /\b(dang|doan the|doan|cong doan|kiem nhiem)\b/;
/**
 * A column of party posts alone ("Chức vụ Đảng", "Chức vụ trong Đảng", "Chức danh Đảng ủy") holds
 * Bí thư chi bộ, Đảng ủy viên, Chi ủy viên: cấp ủy marks (DOMAIN.md). One mixing đoàn thể posts
 * ("Chức vụ Đảng, đoàn thể": Chủ tịch Công đoàn…) says nothing certain and stays "other".
 */
const PARTY_POST = /^(chuc vu|chuc danh)( trong)? dang( uy| cong san viet nam)?( hien nay| hien tai)?$/;
const UNIT = /^(ten )?(don vi|co quan|phong\s*[/,\-]?\s*ban|phong ban|bo phan|noi cong tac|khoa\s*[/,\-]\s*phong|phong\s*[/,\-]\s*khoa|thuoc don vi|phong|ban|to\s*[/,\-]\s*bo phan|khoi)\b/;
const COUNCIL = /\b(dai bieu|dbqh|hdnd|hoi dong nhan dan|quoc hoi|db hdnd)\b/;
const NATIONAL_BODY = /\b(quoc hoi|dbqh|qh)\b/;
const LOCAL_BODY = /\b(hdnd|hoi dong nhan dan)\b/;
const PARTY = /\b(cap uy|cap uy vien|dang uy|dang uy vien|chi uy|chi uy vien|uy vien bch|bch|ban chap hanh|tinh uy|tinh uy vien|huyen uy|huyen uy vien|thanh uy|thi uy|uy vien)\b/;
const NOT_PARTY = /\b(dang vien|vao dang|ket nap)\b/;
// "Cử đi học" (sent to study) is how many agencies write "cử đi đào tạo".
const TRAINING = /\b(dao tao|boi duong|tap huan|cu di hoc)\b/;
const NOT_TRAINING = /\b(trinh do|chuyen nganh|chuyen mon|noi dao tao|co so dao tao|hinh thuc|he dao tao|van bang|bang cap|hoc ham|hoc vi|truong dao tao)\b/;
/**
 * Under a group naming the year or the sending ("Đào tạo, bồi dưỡng năm 2026", "Cử đi đào tạo"), a leaf
 * names what the training was in ("Chuyên môn", "Lý luận chính trị"): a mark there counts. Only the
 * columns describing the training (where, how, how long, paid by whom) are not marks.
 */
const TRAINING_DETAIL = /\b(noi dao tao|co so dao tao|truong dao tao|hinh thuc|he dao tao|thoi gian|kinh phi)\b/;
const SENT = /\b(cu di|duoc cu)\b/;
const POOL = /\bquy hoach\b/;
const YEAR = /\b(19|20)\d{2}\b/g;

const LEVEL_OF_WORD: Record<string, ColumnRole> = {
  "quoc hoi": "councilNational",
  qh: "councilNational",
  dbqh: "councilNational",
  "trung uong": "councilNational",
  tinh: "councilProvince",
  huyen: "councilDistrict",
  "thi xa": "councilDistrict",
  "thanh pho": "councilDistrict",
  tp: "councilDistrict",
  tx: "councilDistrict",
  quan: "councilDistrict",
  xa: "councilCommune",
  phuong: "councilCommune",
  "thi tran": "councilCommune",
};
/** Single letters some headers use for a level, when the letter stands alone. */
const LEVEL_LETTER: Record<string, ColumnRole> = { t: "councilProvince", h: "councilDistrict", x: "councilCommune" };

/**
 * A header leaf that says which level of elected body its column marks: one level word, or several that
 * are one level ("Phường, xã", "Xã, thị trấn", "Huyện, thị xã", "Huyện/TP"): the column stands for them all.
 */
function levelColumn(leaf: string): ColumnRole | null {
  const t = leaf.replace(/^(cap|hdnd|dai bieu|db|dbhdnd)\s+/, "").replace(/^(cap)\s+/, "");
  if (LEVEL_LETTER[t]) return LEVEL_LETTER[t];
  let found: ColumnRole | null = null;
  for (const piece of t.split(/\s*(?:[,;/&+\-]|\bva\b)\s*/)) {
    const role = LEVEL_OF_WORD[piece.replace(/^cap\s+/, "").trim()];
    if (!role || (found && found !== role)) return null;
    found = role;
  }
  return found;
}

/** True when a folded header cell names a level of elected body ("Tỉnh", "Huyện, thị xã", "Cấp xã"). */
export function isLevelHeader(t: string): boolean {
  return t.length <= 40 && levelColumn(t) !== null;
}

export interface HeaderRole {
  role: ColumnRole;
  /** Years a training header names ("… năm 2026", "2021-2025"). */
  years?: number[];
  /** A cấp ủy column of party posts ("Chức vụ Đảng"): "Đảng viên" there is a party member, no committee post. */
  partyPost?: boolean;
  /** A kind sub-column ("Loại" over "Công chức | Viên chức | Hợp đồng"): a mark there is that kind. */
  markKind?: StaffKind;
  /** A quy hoạch sub-column naming the level planned for ("Lãnh đạo Sở | Lãnh đạo phòng"). */
  poolLevel?: LeaderLevel;
}

// Staff-profile columns (the phụ lục's breakdowns): trình độ chuyên môn, lý luận chính trị, dân tộc, đảng viên, loại.
const EDUCATION = /^(trinh do( chuyen mon( nghiep vu)?| dao tao| hoc van)?|chuyen mon( nghiep vu)?|trinh do cm|td ?cm|tdcm|hoc ham,? hoc vi|hoc vi|bang cap|van bang( cao nhat)?|trinh do cao nhat)$|^(trinh do chuyen mon|td chuyen mon)\b/;
const POLITICAL = /^(trinh do )?(ly luan chinh tri|ly luan|llct|chinh tri)( cao nhat)?$/;
const ETHNIC = /^(dan toc|dtts|dan toc thieu so|thanh phan dan toc|la (nguoi )?dan toc thieu so|nguoi dan toc thieu so)$/;
const PARTY_MEMBER = /^(dang vien|la dang vien|vao dang|ket nap dang|(ngay|nam)( thang)?( nam)? (vao|ket nap( vao)?) dang)\b/;
const STAFF_KIND = /^(loai|loai can bo|loai cb|loai cbccvc|loai cbcc|loai hinh|phan loai|phan loai can bo|doi tuong|hinh thuc tuyen dung|loai hop dong|hinh thuc hop dong|cb ?\/ ?cc ?\/ ?vc|cc ?\/ ?vc|cong chuc ?\/ ?vien chuc|bien che ?\/ ?hop dong)$/;

/** A staff-profile role from a folded header, or null. */
function profileRole(t: string): HeaderRole | null {
  const u = t.replace(/,/g, " ").replace(/\s+/g, " ");
  if (PARTY_MEMBER.test(u)) return { role: "partyMember" };
  if (POLITICAL.test(t)) return { role: "politicalTheory" };
  if (EDUCATION.test(t)) return { role: "education" };
  if (ETHNIC.test(t)) return { role: "ethnicity" };
  if (STAFF_KIND.test(t)) return { role: "staffKind" };
  return null;
}

function yearsOf(text: string): number[] | undefined {
  const m = text.match(YEAR);
  return m ? m.map(Number) : undefined;
}

/** The role of one header text (folded), without a parent's context. */
function roleOfText(t: string, original: string): HeaderRole {
  if (t === "") return { role: "other" };
  if (ORDINAL.test(t)) return { role: "ordinal" };
  if (NAME.test(t)) return { role: "name" };
  if (GENDER.test(t)) return { role: "gender" };
  const split = BIRTH_SPLIT.exec(t);
  if (split && BIRTH.test(split[1]) && !NOT_BIRTH.test(split[1])) {
    return { role: split[2] === "nam" ? "birthMale" : "birthFemale" };
  }
  if (BIRTH.test(t) && !NOT_BIRTH.test(t)) return { role: "birth" };
  if (TITLE.test(t)) {
    if (PARTY_POST.test(t)) return { role: "partyCommittee", partyPost: true };
    return { role: PARTY_TITLE.test(t) ? "other" : "title" };
  }
  const profile = profileRole(t);
  if (profile) return profile;
  if (UNIT.test(t)) return { role: "unit" };
  if (POOL.test(t)) return { role: "successionPool" };
  if (COUNCIL.test(t)) {
    const national = NATIONAL_BODY.test(t);
    const local = LOCAL_BODY.test(t);
    // A header naming one body at one level marks that level ("ĐB HĐND tỉnh"); otherwise cells say it.
    if (national && !local) return { role: "councilNational" };
    if (local && !national) {
      const levels = councilLevelsOf(original);
      if (levels.length === 1) {
        return {
          role:
            levels[0] === "province"
              ? "councilProvince"
              : levels[0] === "district"
                ? "councilDistrict"
                : levels[0] === "commune"
                  ? "councilCommune"
                  : "councilNational",
        };
      }
    }
    return { role: "council" };
  }
  if (PARTY.test(t) && !NOT_PARTY.test(t)) return { role: "partyCommittee" };
  if (TRAINING.test(t) && !NOT_TRAINING.test(t)) return { role: "training", years: yearsOf(t) };
  return { role: "other" };
}

/**
 * The role of a column from its header parts (folded, top row first; a one-row header has one part)
 * and the decoded original of the whole header (for council levels, where "tỉnh" ≠ "Tĩnh").
 */
export function roleOfHeader(parts: string[], original: string): HeaderRole {
  const leaf = parts.length ? parts[parts.length - 1].replace(/[.:;*]+$/, "").trim() : "";
  // "Năm" (year) folds like "Nam" (male): the original, with its breve, tells them apart.
  const yearLeaf = leaf === "nam" && isYearWord(original);
  if (parts.length >= 2) {
    const parent = parts.slice(0, -1).join(" / ");
    const parentRole = roleOfText(parts[parts.length - 2], original).role;
    // A birth date split over "Ngày | Tháng | Năm": the year is the birth, day and month add nothing to it.
    if (parentRole === "birth" || (BIRTH.test(parent) && !NOT_BIRTH.test(parent))) {
      if (yearLeaf) return { role: "birth" };
      if (leaf === "ngay" || leaf === "thang") return { role: "other" };
    }
    const isMale = leaf === "nam";
    const isFemale = leaf === "nu";
    if (isMale || isFemale) {
      if (parentRole === "birth" || (BIRTH.test(parent) && !NOT_BIRTH.test(parent))) {
        return { role: isMale ? "birthMale" : "birthFemale" };
      }
      if (parentRole === "gender" || parentRole === "name" || parentRole === "other" || parentRole === "ordinal") {
        return { role: isMale ? "maleMark" : "femaleMark" };
      }
    }
    switch (parentRole) {
      case "council":
      case "councilNational":
      case "councilProvince":
      case "councilDistrict":
      case "councilCommune": {
        const level = levelColumn(leaf);
        if (level) return { role: level };
        const own = roleOfText(leaf, original);
        if (own.role.startsWith("council")) return own;
        return { role: /\b(nhiem ky|khoa)\b/.test(leaf) ? "other" : "council" };
      }
      case "partyCommittee":
        return { role: /\b(nhiem ky|khoa)\b/.test(leaf) ? "other" : "partyCommittee" };
      case "training": {
        const sending = yearsOf(parent) !== undefined || SENT.test(parent);
        if (sending ? TRAINING_DETAIL.test(leaf) : NOT_TRAINING.test(leaf)) return { role: "other" };
        return { role: "training", years: yearsOf(leaf) ?? yearsOf(parent) };
      }
      case "successionPool": {
        const level = leaderLevelOf(leaf);
        return level ? { role: "successionPool", poolLevel: level } : { role: "successionPool" };
      }
      case "staffKind": {
        const kind = staffKindOf(leaf);
        return kind ? { role: "staffKind", markKind: kind } : { role: "other" };
      }
      case "partyMember":
        return { role: "partyMember" };
      case "education":
      case "politicalTheory": {
        // "Trình độ" over "Chuyên môn | Lý luận chính trị | Quản lý nhà nước": each leaf says what it is.
        const own = roleOfText(leaf, original);
        return own.role === "education" || own.role === "politicalTheory" ? own : { role: "other" };
      }
      case "name":
        return { role: "name" };
      case "gender":
        return { role: "gender" };
      case "birth":
        return { role: "birth" };
      default:
        break;
    }
    const own = roleOfText(leaf, original);
    if (own.role !== "other") return own;
    return roleOfText(parts.join(" "), original);
  }
  if (leaf === "nam") return { role: yearLeaf ? "other" : "maleMark" };
  if (/^(nu|trong do:? nu|trong do nu|gioi tinh nu|nu \(.*\))$/.test(leaf)) return { role: "femaleMark" };
  return roleOfText(leaf, original);
}

/** True when the last part of a decoded header is the word "Năm" (year), not "Nam" (male). */
function isYearWord(original: string): boolean {
  const i = original.lastIndexOf(" / ");
  const last = (i < 0 ? original : original.slice(i + 3)).normalize("NFC").toLowerCase().replace(/[.:;*\s]+$/, "").trim();
  return last === "năm";
}

/**
 * A name written over two columns without a "Họ và tên" group above them: "Họ và tên đệm" | "Tên",
 * "Họ đệm" | "Tên", "Họ" | "Tên". The given-name column ("Tên") and the family-name column before it.
 */
const NAME_HEAD = /^(ho|ho dem|ho lot|ho va dem|ho va ten dem|ho va chu dem|ho, dem|ho, ten dem|ho va ten lot)$/;
const NAME_TAIL = /^(ten|ten goi)$/;
export function isNameHead(t: string): boolean {
  return NAME_HEAD.test(t);
}
export function isNameTail(t: string): boolean {
  return NAME_TAIL.test(t);
}

/** True when a folded header cell names the person column ("Họ và tên", "Họ tên", "Tên cán bộ"). */
export function isNameHeader(t: string): boolean {
  return t.length <= 60 && NAME.test(t);
}

/** True when a folded header cell is a known header of any role other than "other". */
export function isKnownHeader(t: string): boolean {
  if (t === "" || t.length > 120) return false;
  return roleOfText(t, t).role !== "other" || t === "nam" || t === "nu" || t === "ghi chu";
}

const LIST_PATTERNS: { kind: ListKind; re: RegExp }[] = [
  { kind: "council", re: /\b(dai bieu|dbqh|hdnd|hoi dong nhan dan|db hdnd)\b/ },
  { kind: "partyCommittee", re: /\b(cap uy|ban chap hanh|bch|dang uy|chi uy|uy vien|tinh uy|huyen uy)\b/ },
  { kind: "training", re: /\b(dao tao|boi duong|tap huan|cu di hoc|dt\s*[-,&/+]?\s*bd|dtbd)\b/ },
  { kind: "successionPool", re: /\bquy hoach\b/ },
];

const COMMITTEE = "(?:dang uy|tinh uy|huyen uy|thanh uy|thi uy)(?! vien)";
const AND = "\\s*(?:va|&|-|,)?\\s*";
/**
 * Names of agencies and units that hold a list's word without being that list, as sheet names and
 * titles write them: "Phòng Giáo dục và Đào tạo", "VP HĐND-UBND", "Văn phòng Đoàn ĐBQH và HĐND",
 * "Ban Tổ chức Huyện ủy", "CB Huyện ủy" (the committee's staff, not its members), "Trung tâm Bồi dưỡng
 * chính trị", "Phòng Quy hoạch - Kiến trúc". They are taken out before a name or title is matched.
 */
const UNIT_NAMES = new RegExp(
  [
    `giao duc${AND}dao tao`,
    `\\b(?:truong|trung tam|co so|hoc vien|phong|khoa) (?:dao tao|boi duong)\\b`,
    `\\b(?:van phong|vp|co quan) (?:doan )?(?:(?:dai bieu quoc hoi|dbqh)(?:${AND}(?:hdnd|hoi dong nhan dan))?|hdnd|hoi dong nhan dan)(?:${AND}(?:ubnd|uy ban nhan dan))?`,
    `\\b(?:hdnd|hoi dong nhan dan)${AND}(?:ubnd|uy ban nhan dan)\\b`,
    `\\b(?:van phong|vp|ban to chuc|ban tuyen giao|ban dan van|ban noi chinh|ban kinh te|uy ban kiem tra|ubkt|co quan|giup viec|can bo|cb|cbcc|cbccvc|cong chuc|vien chuc|nhan su) ${COMMITTEE}`,
    `\\bdang uy khoi\\b`,
    `\\b(?:phong|vien|trung tam|ban|cuc|chi cuc|doi) (?:quan ly )?quy hoach\\b`,
  ].join("|"),
  "g",
);

/** The list a folded sheet name or list title names, when it names exactly one (a unit's name is no list). */
export function listKindOf(folded: string): ListKind | null {
  const t = folded.replace(UNIT_NAMES, " ");
  let found: ListKind | null = null;
  for (const { kind, re } of LIST_PATTERNS) {
    if (re.test(t)) {
      if (found) return null;
      found = kind;
    }
  }
  return found;
}
