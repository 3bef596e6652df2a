// What the roster's own title and signature blocks say about the báo cáo's header and signer, offered to
// the clerk (the pane's settings) and used by the CLI where nothing else names them: "UBND TỈNH HÀ TĨNH" /
// "SỞ TÀI CHÍNH" above the table, "Hà Tĩnh, ngày …", "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / the name below it.
// Only Unicode sheets are read here (a TCVN3/VNI sheet's bytes would need the reader's decoding).
import type { CellValue, Grid } from "../domain/grid";
import type { Roster } from "../domain/roster";
import type { DocumentSettings } from "../domain/settings";

export interface DocumentSuggestions extends DocumentSettings {
  agency?: string;
}

/** A biểu's formula, not a signer: "THỦ TRƯỞNG ĐƠN VỊ", "NGƯỜI LẬP BIỂU". */
const FORM_WORDS = /^(THỦ TRƯỞNG (ĐƠN VỊ|CƠ QUAN)|NGƯỜI LẬP (BIỂU|BẢNG)|NGƯỜI LẬP|XÁC NHẬN)/;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s*\S/;
const TITLE = /^(PHÓ\s+)?(GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|HIỆU TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|VIỆN TRƯỞNG|TỔNG BIÊN TẬP)$/;
const GOVERNING = /^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|TỈNH ỦY|HUYỆN ỦY)\s/;
const AGENCY = /^(SỞ|BAN|VĂN PHÒNG|THANH TRA|ĐÀI|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|CHI CỤC|CỤC|BẢO HIỂM|KHO BẠC|ỦY BAN NHÂN DÂN|UBND)\s/;
const DATE_LINE = /^([\p{L} .'-]+?),\s*ngày\b/u;
const NUMBER_CODE = /Số\s*:?\s*[^/]*\/[A-ZĐ]+-([A-ZĐ0-9-]+)/u;
/** A person's name: two to six words, each capitalised, no digits. */
const PERSON = /^([\p{Lu}][\p{Ll}\p{M}]*)(\s+[\p{Lu}][\p{Ll}\p{M}]*){1,5}$/u;

function text(v: CellValue): string {
  return typeof v === "string" ? v.normalize("NFC").replace(/\s+/g, " ").trim() : "";
}

const ADMIN_WORDS = /^(tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn)\s+/;
const cap = (w: string): string => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
/** A word without a vowel is an abbreviation (PTNT, KH&CN): it stays in capitals. */
const ABBREVIATION = /^[^aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+$/iu;

/**
 * An agency's name as prose writes it, from the capitals of a header: "SỞ TÀI CHÍNH" → "Sở Tài chính",
 * "UBND HUYỆN CẨM XUYÊN" → "UBND huyện Cẩm Xuyên", "SỞ NÔNG NGHIỆP VÀ PTNT" → "Sở Nông nghiệp và PTNT".
 */
export function agencyCase(name: string): string {
  const words = name.split(" ");
  const lower = (w: string): string => (ABBREVIATION.test(w) ? w : w.toLocaleLowerCase("vi"));
  if (/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s/.test(name)) {
    const head = name.startsWith("UBND") ? "UBND" : "Ủy ban nhân dân";
    const rest = name.replace(/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+/, "").toLocaleLowerCase("vi");
    const admin = ADMIN_WORDS.exec(rest)?.[0] ?? "";
    return `${head} ${admin}${rest.slice(admin.length).split(" ").map(cap).join(" ")}`.trim();
  }
  // The kind ("Sở", "Trung tâm") and the first word after it capitalised, and each part after a " - ".
  const kindWords = /^(TRUNG TÂM|BỆNH VIỆN|VĂN PHÒNG|THANH TRA|CHI CỤC|KHO BẠC|BẢO HIỂM)\s/.test(name) ? 2 : 1;
  return words
    .map((w, i) => (i === 0 || i === kindWords || words[i - 1] === "-" ? cap(lower(w)) : lower(w)))
    .join(" ");
}

/** The suggestions of the roster sheets' title and footer rows. */
export function suggestDocument(grids: Grid[], roster: Roster): DocumentSuggestions {
  const out: DocumentSuggestions = {};
  const unicode = new Set(roster.sheets.filter((s) => s.kind !== "other" && s.encoding === "unicode").map((s) => s.sheet));
  const rowsOf = new Map<string, Set<number>>();
  for (const s of roster.skipped) {
    if (!unicode.has(s.sheet) || (s.reason !== "title" && s.reason !== "footer")) continue;
    const set = rowsOf.get(s.sheet) ?? new Set<number>();
    set.add(s.row);
    rowsOf.set(s.sheet, set);
  }
  for (const grid of grids) {
    const rows = rowsOf.get(grid.sheet);
    if (!rows) continue;
    // Column of the signer's title, so the name below it is found in the same column.
    let signerCol: number | null = null;
    for (const row of [...rows].sort((a, b) => a - b)) {
      const cells = grid.rows[row - grid.firstRow] ?? [];
      cells.forEach((v, i) => {
        const t = text(v);
        if (!t) return;
        const col = grid.firstCol + i;
        const upper = t.toLocaleUpperCase("vi");
        if (out.governingBody === undefined && GOVERNING.test(t) && t === upper && !AGENCY.test(t.replace(GOVERNING, ""))) {
          out.governingBody = t;
        } else if (out.agency === undefined && AGENCY.test(t) && t === upper && out.governingBody !== undefined) {
          out.agency = agencyCase(t);
        }
        const code = NUMBER_CODE.exec(t);
        if (code && out.docCode === undefined) out.docCode = code[1];
        const date = DATE_LINE.exec(t);
        if (date && out.place === undefined) out.place = date[1].trim();
        if (FORM_WORDS.test(upper)) return;
        if (AUTHORITY.test(t) && t === upper) {
          out.signerAuthority = t;
          signerCol = col;
        } else if (TITLE.test(t) && t === upper) {
          out.signerTitle = t;
          signerCol = col;
        } else if (signerCol !== null && Math.abs(col - signerCol) <= 3 && PERSON.test(t) && out.signerName === undefined) {
          out.signerName = t;
        }
      });
    }
    if (out.signerName !== undefined) break;
  }
  return out;
}
