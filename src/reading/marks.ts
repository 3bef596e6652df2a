// Reading one cell's meaning: a mark (x / Huyện ủy viên / không), a gender (Nam, Nữ, F, M),
// a council level ("HĐND tỉnh", "ĐBQH", "xã"), a birth date (Date, dd/mm/yyyy, a year, a serial).
// Cheap exact tests come first; folding is the fallback for unusual spellings only.
import type { CellValue } from "../domain/grid";
import type { CouncilLevel, Gender } from "../domain/roster";
import { memoText } from "../domain/memo";
import { fold, nfc } from "./text";

/** True for an Excel error value ({ error: "#N/A" }). */
export function isErrorValue(v: CellValue | undefined): v is { error: string } {
  return v !== null && v !== undefined && typeof v === "object" && !(v instanceof Date);
}

/** True for a cell that holds nothing: null, empty or blank text, or an error value. */
export function isEmptyValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.trim() === "";
  return isErrorValue(v);
}

// Negative marks written as text, folded: "", "0", "-", "—", "không", "k", "no".
// "Đảng viên" in a party-post column is a plain party member, no committee post.
const NEGATIVE_FOLDED = new Set(["", "0", "-", "--", "—", "–", "khong", "k", "no", "ko", "none", "false", "dang vien"]);

/** A phrase that says no: "Không có", "Không tham gia", "Không là cấp ủy", "Chưa được cử", "Chưa học". */
const NEGATIVE_PHRASE = /^(khong|chua)(?![a-z])/;

/**
 * A mark that says "no": empty, 0, "-", "—", "không", "k", "no", "Đảng viên", false, or a phrase starting with
 * "Không" or "Chưa". Anything else non-empty says yes (x, Tỉnh ủy viên, HUV, 1, a date…). Error values say
 * nothing, so they count as no.
 */
export function isNegativeMark(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "number") return v === 0;
  if (typeof v === "boolean") return !v;
  if (v instanceof Date) return false;
  if (typeof v !== "string") return true; // error value
  return negativeText(v);
}

// Mark cells repeat a few texts ("x", "Huyện ủy viên") over the roster: each is read once.
const negativeText = memoText((v: string): boolean => {
  const t = v.trim();
  if (t === "") return true;
  if (t === "x" || t === "X") return false;
  const f = fold(t);
  return NEGATIVE_FOLDED.has(f) || NEGATIVE_PHRASE.test(f);
});

/** A non-empty, non-negative mark. */
export function isPositiveMark(v: CellValue | undefined): boolean {
  return !isNegativeMark(v);
}

// Gender values as clerks type them; exact raw spellings first so most cells never fold.
const GENDER_RAW = new Map<string, Gender>();
for (const [words, g] of [
  [["Nam", "nam", "NAM", "M", "m", "Male", "male", "MALE", "Ông", "ông", "ÔNG"], "male"],
  [["Nữ", "nữ", "NỮ", "Nu", "nu", "NU", "F", "f", "Female", "female", "FEMALE", "Bà", "bà", "BÀ"], "female"],
] as const) {
  for (const w of words) {
    GENDER_RAW.set(w, g);
    GENDER_RAW.set(w.normalize("NFD"), g);
  }
}
const GENDER_FOLDED = new Map<string, Gender>([
  ["nam", "male"],
  ["m", "male"],
  ["male", "male"],
  ["trai", "male"],
  ["nam gioi", "male"],
  ["nu", "female"],
  ["f", "female"],
  ["female", "female"],
  ["gai", "female"],
  ["nu gioi", "female"],
  // Under an "Ông/Bà" column: Mr, Mrs.
  ["ong", "male"],
  ["ba", "female"],
]);

/** Nam/Nữ in any case, spacing or normal form, "Nu", F/M, Ông/Bà → a gender; null when unreadable. */
export function genderOf(text: string): Gender | null {
  const hit = GENDER_RAW.get(text) ?? GENDER_RAW.get(text.trim());
  if (hit) return hit;
  const f = fold(text).replace(/[.:;,]+$/, "").trim();
  return GENDER_FOLDED.get(f) ?? null;
}

// Council levels in NFC lowercase (the tone tells "tỉnh" from the place name "Tĩnh"), then the
// same words without diacritics for text typed without them.
const LEVEL_WORDS: { re: RegExp; level: CouncilLevel }[] = [
  { re: /(^|[^\p{L}])(quốc hội|đbqh|qh)(?![\p{L}])/u, level: "national" },
  { re: /(^|[^\p{L}])(tỉnh)(?![\p{L}])/u, level: "province" },
  // "TX" is how clerks shorten thị xã ("HĐND TX Kỳ Anh"), as "TP" shortens thành phố.
  { re: /(^|[^\p{L}])(huyện|thị xã|thành phố|tp|tx|quận)(?![\p{L}])/u, level: "district" },
  { re: /(^|[^\p{L}])(xã|phường|thị trấn)(?![\p{L}])/u, level: "commune" },
];
const LEVEL_WORDS_ASCII: { re: RegExp; level: CouncilLevel }[] = [
  { re: /(^|[^a-z])(quoc hoi|dbqh|qh)(?![a-z])/, level: "national" },
  { re: /(^|[^a-z])(tinh)(?![a-z])/, level: "province" },
  { re: /(^|[^a-z])(huyen|thi xa|thanh pho|tp|tx|quan)(?![a-z])/, level: "district" },
  { re: /(^|[^a-z])(xa|phuong|thi tran)(?![a-z])/, level: "commune" },
];
// Single letters some clerks use in a level column.
const LEVEL_LETTER: Record<string, CouncilLevel> = { t: "province", h: "district", x: "commune" };

/**
 * The levels of elected body named by a council cell: "Quốc hội"/"ĐBQH" → national; "tỉnh" → province;
 * "huyện"/"thị xã"/"thành phố" → district; "xã"/"phường"/"thị trấn" → commune. "HĐND tỉnh, huyện" gives both.
 * A bare "x" names no level (empty result). "thị xã" is a district, never also a commune.
 */
export function councilLevelsOf(text: string): CouncilLevel[] {
  return levelsOfText(text).slice();
}

// A council column repeats a few texts ("HĐND huyện"): each is read once (a copy handed out, as callers keep it).
const levelsOfText = memoText(readCouncilLevels);

function readCouncilLevels(text: string): CouncilLevel[] {
  const lower = nfc(text).toLowerCase().replace(/\s+/g, " ").trim();
  if (lower === "") return [];
  const out: CouncilLevel[] = [];
  const ascii = !/[^\x00-\x7f]/.test(lower);
  const words = ascii ? LEVEL_WORDS_ASCII : LEVEL_WORDS;
  // "thị xã"/"thị trấn" hold "xã"-like words: take them out once counted.
  let rest = lower;
  for (const { re, level } of words) {
    const g = new RegExp(re.source, re.flags + "g");
    if (g.test(rest)) {
      out.push(level);
      if (level === "district") rest = rest.replace(g, " ");
    }
  }
  if (out.length === 0 && ascii) {
    // "T", "H" alone stand for a level; "x" alone is a plain mark, not "xã".
    const one = lower.replace(/[^a-z]/g, "");
    if (one.length === 1 && one !== "x" && LEVEL_LETTER[one]) out.push(LEVEL_LETTER[one]);
  }
  return out;
}

/** What a birth cell says: an ISO date or a year, "unreadable", or nothing. */
export type BirthReading = { birth: string } | "unreadable" | null;

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel serial → ISO date (1900 date system; serials past 60 carry Excel's leap-year bug). */
function isoOfSerial(serial: number): string | null {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  const dt = new Date(ms);
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

const DMY = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$/;
const MY = /^(\d{1,2})\s*[/.\-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

/**
 * The reading of a date by its UTC day (days since 1970), each day's read once: a roster's births fall on a
 * few thousand days, and its 100,000 rows then share their readings rather than build one string each.
 * The readings are frozen, as they are shared.
 */
function birthOfDay(day: number): BirthReading {
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) return "unreadable"; // before 1900 or after 2100
  if (dayReadings.length === 0) for (let i = FIRST_DAY; i <= LAST_DAY; i++) dayReadings.push(undefined);
  let reading = dayReadings[day - FIRST_DAY];
  if (reading === undefined) {
    const d = new Date(day * 86_400_000);
    reading = Object.freeze({ birth: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` });
    dayReadings[day - FIRST_DAY] = reading;
  }
  return reading;
}
/** 1 January 1900 and 31 December 2100, in days since 1970. */
const FIRST_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2101, 0, 1) / 86_400_000 - 1;
/** Filled by push when first needed (a long array made with new Array(n) may get slow dictionary elements). */
const dayReadings: ({ birth: string } | undefined)[] = [];

/** A birth date as real Date, dd/mm/yyyy text, a year alone or an Excel serial number. */
export function birthOf(v: CellValue | undefined): BirthReading {
  if (v === null || v === undefined || isErrorValue(v)) return null;
  if (v instanceof Date) {
    const ms = v.getTime();
    return isNaN(ms) ? "unreadable" : birthOfDay(Math.floor(ms / 86_400_000));
  }
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return { birth: String(v) };
    if (v > 2100 && v < 73051) {
      const iso = isoOfSerial(v);
      return iso ? { birth: iso } : "unreadable";
    }
    return "unreadable";
  }
  if (typeof v === "boolean") return "unreadable";
  const t = v.trim();
  if (t === "") return null;
  if (/^\d{4}$/.test(t)) {
    const y = Number(t);
    return y >= 1900 && y <= 2100 ? { birth: t } : "unreadable";
  }
  let m = DMY.exec(t);
  if (m) {
    let y = Number(m[3]);
    if (m[3].length === 2) y += y > 30 ? 1900 : 2000;
    const iso = isoOf(y, Number(m[2]), Number(m[1]));
    return iso ? { birth: iso } : "unreadable";
  }
  m = MY.exec(t);
  if (m) {
    const y = Number(m[2]);
    return y >= 1900 && y <= 2100 && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { birth: String(y) } : "unreadable";
  }
  m = YMD.exec(t);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { birth: iso } : "unreadable";
  }
  if (/^\d+(\.\d+)?$/.test(t)) return birthOf(Number(t)); // a number stored as text
  return "unreadable";
}

/** The text of a cell as written (numbers and dates as text), or "" for empty and error cells. */
export function rawText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return "";
}
