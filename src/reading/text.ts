// Text as the reader sees it: Unicode normalization, folding for matching, and the two legacy
// Vietnamese encodings still common in government workbooks.
//
// TCVN3 (ABC, fonts ".VnTime", ".VnArial"…) puts each Vietnamese letter in one byte 0xA1–0xFE;
// an .xlsx keeps those bytes as the Latin-1 characters of the same code ("Nữ" is stored "N÷").
// It has codes for lowercase letters only, plus Ă Â Ê Ô Ơ Ư Đ: capitals are written with the
// "H" fonts (".VnTimeH"), which draw the lowercase codes as capitals.
// VNI (fonts "VNI-Times"…) writes a base letter followed by one Latin-1 "mark" character
// ("Nữ" is stored "Nöõ"); a few letters (đ ơ ư and the toned i, ỵ) are single characters.
// Both tables are built below from the 134 Vietnamese letters and checked by round-trip tests.

import type { TextEncoding } from "../domain/roster";
import { fold as foldText } from "../domain/fold";
import { memoText } from "../domain/memo";

/** Unicode NFC, with no-break spaces turned into ordinary spaces. */
export function nfc(s: string): string {
  return s.normalize("NFC").replace(/[\u00a0\u202f]/g, " ");
}

/**
 * For matching headers and keywords: NFC, lowercase, no diacritics (đ → d), every run of
 * whitespace one space, trimmed. "Họ và\n tên" → "ho va ten"; NFD input folds the same.
 * Delegates to the domain's fold so a header and a name fold by one rule.
 */
export function fold(s: string): string {
  return foldText(nfc(s)).replace(/[ðÐ]/g, "d");
}

// ---------------------------------------------------------------------------------------------
// The Vietnamese letters, built from base vowels and tones so no letter is forgotten.

/** Combining tone marks in the order grave, acute, hook above, tilde, dot below. */
const TONES: readonly string[] = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
type ToneIndex = -1 | 0 | 1 | 2 | 3 | 4; // -1: no tone (thanh ngang)

/** The 12 vowel bases with their vowel marks. */
const VOWEL_BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
type VowelBase = (typeof VOWEL_BASES)[number];

function withTone(base: string, tone: ToneIndex): string {
  return tone < 0 ? base : (base + TONES[tone]).normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// TCVN3: one Latin-1 character per lowercase letter.

/** TCVN3 codes of the toned lowercase vowels: per base, [no tone, grave, acute, hook, tilde, dot]. */
const TCVN3_VOWELS: Record<VowelBase, string> = {
  a: "aµ¸¶·¹",
  ă: "¨»¾¼½Æ",
  â: "©ÇÊÈÉË",
  e: "eÌÐÎÏÑ",
  ê: "ªÒÕÓÔÖ",
  i: "i×ÝØÜÞ",
  o: "oßãáâä",
  ô: "«åèæçé",
  ơ: "¬êíëìî",
  u: "uïóñòô",
  ư: "\u00adõøö÷ù",
  y: "yúýûüþ",
};

/** The only capitals TCVN3 has a code for. */
const TCVN3_CAPITALS: Record<string, string> = {
  Ă: "¡",
  Â: "¢",
  Ê: "£",
  Ô: "¤",
  Ơ: "¥",
  Ư: "¦",
  Đ: "§",
};

const tcvn3Encode = new Map<string, string>();
const tcvn3Decode = new Map<string, string>();
for (const base of VOWEL_BASES) {
  const codes = TCVN3_VOWELS[base];
  for (let t = -1; t <= 4; t++) {
    const letter = withTone(base, t as ToneIndex);
    const code = codes[t + 1];
    if (letter.charCodeAt(0) < 0x80) continue; // plain a e i o u y stay ASCII (ý keeps its own code 0xFD)
    tcvn3Encode.set(letter, code);
    tcvn3Decode.set(code, letter);
  }
}
tcvn3Encode.set("đ", "®");
tcvn3Decode.set("®", "đ");
for (const [capital, code] of Object.entries(TCVN3_CAPITALS)) {
  tcvn3Encode.set(capital, code);
  tcvn3Decode.set(code, capital);
}

// ---------------------------------------------------------------------------------------------
// VNI: base letter + mark characters.

/** VNI marks after a/e/o/u/y/ơ/ư: [grave, acute, hook, tilde, dot], lower then upper case. */
const VNI_TONE = { lower: "øùûõï", upper: "ØÙÛÕÏ" };
/** After a, e, o for â ê ô: [circumflex, then circumflex + grave, acute, hook, tilde, dot]. */
const VNI_CIRCUMFLEX = { lower: "âàáåãä", upper: "ÂÀÁÅÃÄ" };
/** After a for ă: [breve, then breve + grave, acute, hook, tilde, dot]. */
const VNI_BREVE = { lower: "êèéúüë", upper: "ÊÈÉÚÜË" };
/** Toned i are single characters: [grave, acute, hook, tilde, dot]. */
const VNI_I = { lower: "ìíæóò", upper: "ÌÍÆÓÒ" };

/** The VNI spelling of a lowercase or capital Vietnamese vowel letter. */
function vniOf(base: VowelBase, tone: ToneIndex, upper: boolean): string {
  const c = upper ? "upper" : "lower";
  const ascii = (x: string) => (upper ? x.toUpperCase() : x);
  switch (base) {
    case "â":
    case "ê":
    case "ô":
      return ascii(base === "â" ? "a" : base === "ê" ? "e" : "o") + VNI_CIRCUMFLEX[c][tone + 1];
    case "ă":
      return ascii("a") + VNI_BREVE[c][tone + 1];
    case "i":
      return tone < 0 ? ascii("i") : VNI_I[c][tone];
    case "ơ":
    case "ư": {
      const letter = base === "ơ" ? (upper ? "Ô" : "ô") : upper ? "Ö" : "ö";
      return tone < 0 ? letter : letter + VNI_TONE[c][tone];
    }
    case "y":
      if (tone === 4) return upper ? "Î" : "î"; // ỵ is a single character
      return tone < 0 ? ascii("y") : ascii("y") + VNI_TONE[c][tone];
    default:
      return tone < 0 ? ascii(base) : ascii(base) + VNI_TONE[c][tone];
  }
}

const vniEncode = new Map<string, string>();
const vniDecode = new Map<string, string>();
for (const base of VOWEL_BASES) {
  for (let t = -1; t <= 4; t++) {
    const tone = t as ToneIndex;
    const lower = withTone(base, tone);
    const upper = lower.toUpperCase();
    const vLower = vniOf(base, tone, false);
    const vUpper = vniOf(base, tone, true);
    if (vLower === lower) continue; // plain vowels stay ASCII
    vniEncode.set(lower, vLower);
    vniEncode.set(upper, vUpper);
    vniDecode.set(vLower, lower);
    vniDecode.set(vUpper, upper);
    // A clerk may mix a capital base with a lowercase mark (or the reverse); the base decides the case.
    if (vLower.length === 2) {
      vniDecode.set(vUpper[0] + vLower[1], upper);
      vniDecode.set(vLower[0] + vUpper[1], lower);
    }
  }
}
vniEncode.set("đ", "ñ");
vniEncode.set("Đ", "Ñ");
vniDecode.set("ñ", "đ");
vniDecode.set("Ñ", "Đ");
// Spellings no converter writes but a VNI font draws the same: i or y followed by a plain tone mark.
for (const base of ["i", "y"] as const) {
  for (let t = 0; t <= 4; t++) {
    const lower = withTone(base, t as ToneIndex);
    const lowerKey = base + VNI_TONE.lower[t];
    const upperKey = base.toUpperCase() + VNI_TONE.upper[t];
    if (!vniDecode.has(lowerKey)) vniDecode.set(lowerKey, lower);
    if (!vniDecode.has(upperKey)) vniDecode.set(upperKey, lower.toUpperCase());
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding and decoding.

export interface DecodeOptions {
  /**
   * The cell's font draws every letter as a capital (TCVN3 ".VnTimeH" and the other "H" fonts):
   * the decoded text is upper-cased so it reads as the user sees it.
   */
  upper?: boolean;
}

/** Legacy text to NFC Unicode. "unicode" only normalizes. */
export function decode(s: string, enc: TextEncoding, options?: DecodeOptions): string {
  let out: string;
  if (enc === "tcvn3") {
    out = "";
    for (const ch of s) out += tcvn3Decode.get(ch) ?? ch;
  } else if (enc === "vni") {
    out = "";
    let i = 0;
    while (i < s.length) {
      const pair = vniDecode.get(s.slice(i, i + 2));
      if (pair !== undefined) {
        out += pair;
        i += 2;
        continue;
      }
      out += vniDecode.get(s[i]) ?? s[i];
      i += 1;
    }
  } else {
    out = s;
  }
  out = nfc(out);
  return options?.upper ? out.toUpperCase() : out;
}

/**
 * Unicode → TCVN3, as a clerk's keyboard would have stored it (for building test workbooks).
 * Capitals TCVN3 has no code for are written with the lowercase code, as in an "H" font:
 * decode them with { upper: true } to get the capitals back.
 */
export function encodeTcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    out += tcvn3Encode.get(ch) ?? tcvn3Encode.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

/** Unicode → VNI (for building test workbooks). */
export function encodeVni(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) out += vniEncode.get(ch) ?? ch;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fonts.

/**
 * The encoding a font name implies: ".Vn…" (ABC) fonts are TCVN3, "VNI…" fonts are VNI.
 * Other names, including "Vn…" without the dot (the BK HCM fonts, or "VNtimes new roman", whose
 * encoding differs between font packs), say nothing: the text itself decides.
 */
export function encodingOfFont(font: string | null | undefined): TextEncoding | null {
  if (!font) return null;
  const name = font.trim().toLowerCase();
  if (name.startsWith(".vn")) return "tcvn3";
  if (name.startsWith("vni")) return "vni";
  return null;
}

/** True for the TCVN3 "H" fonts (".VnTimeH", ".VnArialH"…), which draw every letter as a capital. */
export function isUpperCaseFont(font: string | null | undefined): boolean {
  if (!font) return false;
  const name = font.trim();
  return encodingOfFont(name) === "tcvn3" && name.endsWith("H");
}

// ---------------------------------------------------------------------------------------------
// Guessing the encoding from the text.

const ONSET = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx]";
const NUCLEUS = [
  "uyê", "uya", "uyu", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "iê", "yê", "oa", "oă", "oe",
  "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "oo",
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
].join("|");
const CODA = "ngh?|nh|ch|[cmnpt]";
const SYLLABLE = new RegExp(`^(?:${ONSET})?(?:${NUCLEUS})(?:${CODA})?$`);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A word that can be one Vietnamese syllable: known onset, vowel cluster and coda, one tone at most. */
function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARK);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARK, "").normalize("NFC"));
}

/** Words split at whitespace and ASCII punctuation; Latin-1 symbols stay inside (they are letters in TCVN3). */
const WORD_BREAK = /[\s\u00a0!-/:-@[-`{-~]+/;
const LATIN1 = /[\u00a1-\u00ff]/;

// Names repeat their words ("Thị", "Hà", "Tâm"): each word's three readings are worked out once.
const READINGS_LIMIT = 20_000;
const readingsCache = new Map<string, number>();

/** Bit 1: the word is a syllable as Unicode; bit 2: once decoded from TCVN3; bit 4: from VNI. */
function readingsOf(word: string): number {
  let bits = readingsCache.get(word);
  if (bits !== undefined) return bits;
  bits =
    (isVietnameseSyllable(word) ? 1 : 0) |
    (isVietnameseSyllable(decode(word, "tcvn3")) ? 2 : 0) |
    (isVietnameseSyllable(decode(word, "vni")) ? 4 : 0);
  if (readingsCache.size >= READINGS_LIMIT) readingsCache.clear();
  readingsCache.set(word, bits);
  return bits;
}

/**
 * The legacy encoding one string seems written in, or null when nothing says legacy.
 * Each word holding a Latin-1 character is read as Unicode, TCVN3 and VNI; the reading that makes
 * the most words Vietnamese syllables wins, and Unicode wins every tie, so ordinary Vietnamese,
 * English and ASCII are never flagged.
 */
export function guessEncoding(s: string): TextEncoding | null {
  return guessWords(nfc(s));
}

/**
 * guessEncoding for text already known to be NFC (only ASCII and Latin-1 letters, as a legacy cell
 * is): no normalization pass, for the reader's row loop.
 */
export function guessLegacyEncoding(latin1Text: string): TextEncoding | null {
  return guessText(latin1Text);
}

// The row loop asks it of every title and name past the fonted rows: each distinct text is split once.
const guessText = memoText(guessWords);

function guessWords(s: string): TextEncoding | null {
  let unicode = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const word of s.split(WORD_BREAK)) {
    if (!LATIN1.test(word)) continue; // the same in every reading
    const readings = readingsOf(word);
    unicode += readings & 1;
    tcvn3 += (readings >> 1) & 1;
    vni += (readings >> 2) & 1;
  }
  if (tcvn3 > unicode && tcvn3 > vni) return "tcvn3";
  if (vni > unicode && vni > tcvn3) return "vni";
  return null;
}

/**
 * Letters only Unicode text can hold (ă đ ĩ ũ ơ ư, the Latin Extended Additional letters, combining
 * marks): a legacy-encoded cell never contains them.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/;

/** True when the string holds a letter that only Unicode Vietnamese text has. */
export function hasUnicodeVietnamese(s: string): boolean {
  return UNICODE_VIETNAMESE.test(s);
}

/**
 * A sheet's encoding. Fonts win when they say legacy (the most frequent legacy font), unless the
 * text plainly is Unicode (Unicode-only letters and not one sample that reads as that encoding),
 * as after a converter changed the text but not the font. Otherwise the samples vote: a legacy
 * encoding needs more votes than the other and than the samples that are plainly Unicode.
 */
export function detectEncoding(samples: string[], fonts?: (string | null | undefined)[]): TextEncoding {
  const guesses = { tcvn3: 0, vni: 0 };
  let unicode = 0;
  for (const s of samples) {
    const guess = guessEncoding(s);
    if (guess === "tcvn3" || guess === "vni") guesses[guess]++;
    else if (hasUnicodeVietnamese(s)) unicode++;
  }

  const fontVotes = { tcvn3: 0, vni: 0 };
  for (const f of fonts ?? []) {
    const enc = encodingOfFont(f);
    if (enc === "tcvn3" || enc === "vni") fontVotes[enc]++;
  }
  const byFont =
    fontVotes.tcvn3 + fontVotes.vni === 0 ? null : fontVotes.vni > fontVotes.tcvn3 ? "vni" : "tcvn3";
  if (byFont && !(unicode > 0 && guesses[byFont] === 0)) return byFont;

  if (guesses.tcvn3 > guesses.vni && guesses.tcvn3 > unicode) return "tcvn3";
  if (guesses.vni > guesses.tcvn3 && guesses.vni > unicode) return "vni";
  return "unicode";
}
