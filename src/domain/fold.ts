// Folding Vietnamese text for comparison: the same name or title written in any case, with or
// without diacritics, in NFC or NFD ("tổ hợp"), across line breaks, folds to the same string.
// Domain may not import reading/, so the domain keeps its own small fold.

// Each UTF-16 code unit below U+2000 and in U+1E00–U+1EFF, folded once: lowercased, diacritics
// dropped (đ → d), combining marks and zero-width characters to nothing. Built at load from
// normalize("NFD") so the table and the rule cannot disagree; fold() then costs one lookup a
// character instead of a normalize + three regex passes on every name of a 100,000-row roster.
const TABLE_END = 0x2000;
const FOLDED: string[] = [];
function foldChar(ch: string): string {
  return ch
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}
for (let c = 0; c < TABLE_END; c++) FOLDED.push(foldChar(String.fromCharCode(c)));
const VIET_FIRST = 0x1e00;
const VIET: string[] = [];
for (let c = VIET_FIRST; c <= 0x1eff; c++) VIET.push(foldChar(String.fromCharCode(c)));

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0xfeff || c === 0x85;
}

function slowFold(text: string): string {
  return foldChar(text).replace(/[\u200b-\u200d]/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Lowercase, strip diacritics (đ → d), turn every run of whitespace (line breaks, NBSP) into one
 * space, trim. "Phó Giám\nđốc" → "pho giam doc".
 */
export function fold(text: string): string {
  // Written as char codes and made one flat string at the end: `out += f` leaves a chain of concatenated
  // pieces, about 100 bytes a name where the key is kept (one per person in the analysis).
  const codes = FOLD_CODES;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = n > 0;
      continue;
    }
    if ((c >= 0x0300 && c <= 0x036f) || (c >= 0x200b && c <= 0x200d)) continue;
    let f: string;
    if (c < TABLE_END) f = FOLDED[c];
    else if (c >= VIET_FIRST && c <= 0x1eff) f = VIET[c - VIET_FIRST];
    else return slowFold(text); // other scripts (rare here): the rule itself
    if (f.length === 0) continue;
    if (pendingSpace) {
      codes[n++] = 0x20;
      pendingSpace = false;
    }
    for (let k = 0; k < f.length; k++) codes[n++] = f.charCodeAt(k);
  }
  codes.length = n;
  return n <= CODES_PER_CALL ? String.fromCharCode.apply(null, codes) : joinCodes(codes);
}

/** The folded text's char codes, reused from call to call. */
const FOLD_CODES: number[] = [];
/** Arguments per String.fromCharCode call, well under any engine's limit. */
const CODES_PER_CALL = 8192;

function joinCodes(codes: number[]): string {
  let out = "";
  for (let i = 0; i < codes.length; i += CODES_PER_CALL) out += String.fromCharCode.apply(null, codes.slice(i, i + CODES_PER_CALL));
  return out;
}
