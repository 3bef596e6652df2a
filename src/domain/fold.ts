// Folding Vietnamese text for comparison: the same name or title written in any case, with or
// without diacritics, in NFC or NFD ("tổ hợp"), across line breaks, folds to the same string.
// Domain may not import reading/, so the domain keeps its own small fold.

/**
 * Lowercase, strip diacritics (đ → d), turn every run of whitespace (line breaks, NBSP) into one
 * space, trim. "Phó Giám\nđốc" → "pho giam doc".
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u200b-\u200d]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
