// One sheet, Grid → its part of the Roster: find the table (title block, header of one or two rows,
// the row numbering the columns), give each column a role, then give every row one outcome.
import type { CellValue, Grid } from "../domain/grid";
import type {
  CellRef,
  ColumnInfo,
  ColumnOverride,
  ColumnRole,
  CouncilLevel,
  Gender,
  ListEntry,
  ListKind,
  Person,
  Problem,
  ProblemCode,
  SheetKind,
  SheetReading,
  SkippedRow,
  SkipReason,
  TextEncoding,
} from "../domain/roster";
import {
  decode,
  detectEncoding,
  encodingOfFont,
  fold,
  guessEncoding,
  guessLegacyEncoding,
  hasUnicodeVietnamese,
  isUpperCaseFont,
} from "./text";
import { isKnownHeader, isNameHead, isNameHeader, isNameTail, listKindOf, roleOfHeader } from "./headers";
import { birthOf, councilLevelsOf, genderOf, isErrorValue, isNegativeMark, rawText } from "./marks";

/** How far down a sheet the header is looked for. */
const HEADER_SCAN_ROWS = 60;
/** A header spans at most this many rows. */
const MAX_HEADER_ROWS = 4;
/** Text cells sampled to detect the encoding of the data rows. */
const BODY_SAMPLES = 400;

/** How the unit of a sheet's people is to be found when the table names none. */
export interface SheetUnitHint {
  /** "Đơn vị: Phòng Tổ chức" in the title block. */
  label?: string;
  /** The last line of the issuing block at the top left ("SỞ TÀI CHÍNH" under "UBND TỈNH HÀ TĨNH"). */
  issuing?: string;
  /** The sheet name, when it is not a generic one ("Sheet1", "DS 2026"). */
  sheetName?: string;
}

export interface SheetResult {
  reading: SheetReading;
  people: Person[];
  /** Where each person's unit was named (parallel to people). */
  unitRefs: (CellRef | null)[];
  listEntries: ListEntry[];
  skipped: SkippedRow[];
  problems: Problem[];
  /** Set when the people of this sheet have no unit from a column or section rows: the sheet is one unit. */
  unitHint?: SheetUnitHint;
}

interface Column {
  col: number;
  header: string;
  role: ColumnRole;
  overridden?: boolean;
  years?: number[];
}

const KEY = 16384; // columns per row in a merge key

/** Rows whose only purpose is grouping staff by category, not by unit: skipped, unit unchanged. */
const CATEGORY_SECTION = /^(can bo|cong chuc|vien chuc|can bo, cong chuc|cong chuc, vien chuc|can bo, cong chuc, vien chuc|lao dong hop dong|hop dong lao dong|hop dong|nguoi lao dong|lao dong|nhan vien|hop dong 68|hop dong theo nghi dinh 68|chuyen vien|nhan vien hop dong|bien che|trong bien che|ngoai bien che)( .*)?$/;
/** Words a unit's name starts with (NFC lowercase): a heading row without numbering is still a unit. */
const UNIT_WORDS = /^(phòng|văn phòng|ban|trung tâm|chi cục|cục|khối|tổ|đội|trạm|khoa|bộ phận|hội|thanh tra|cơ quan|đơn vị|trường|bệnh viện|sở|ubnd|ủy ban|uỷ ban|lãnh đạo|viện|đài|hạt|ban quản lý|bảo tàng|thư viện|nhà|quỹ|trại|xí nghiệp|công ty|phân viện|chi nhánh|văn phòng)(?![\p{L}])/u;
/** Family names (NFC lowercase): a row starting with one is a person, not a heading in capitals. */
const SURNAMES = new Set(
  ("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh trương lâm " +
    "phùng mai tô tạ cao hà lưu đinh kiều thái chu lương hứa quách triệu la tăng lại thân mạc nghiêm khúc tống " +
    "doãn đàm lò lục nông hầu giang âu văn châu từ đồng ninh tiêu kim thạch lã bạch cù mẫn khổng quan")
    .split(" "),
);
/** A person's name: two to six capitalised words, the first a family name ("Lê Văn Tâm", "NGUYỄN THỊ AN"). */
function isPersonName(text: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 6 || !SURNAMES.has(words[0].toLowerCase())) return false;
  return words.every((w) => {
    const ch = w.charAt(0);
    return ch !== ch.toLowerCase();
  });
}
/** Numbering in front of a heading: "I.", "II -", "A.", "1.", "2)", "1.2.". */
const HEADING_NUMBER = /^\s*([IVXLC]+|[ivxlc]+|[A-ZĐa-zđ]|\d+(\.\d+)*)\s*[.)/:\-–]\s*/;
const ROMAN = /^[ivxlcdm]+\.?$/i;
/**
 * A bullet in front of a heading ("* Phòng Tổ chức", "- Văn phòng Sở"): taken off, but unlike a number it
 * makes no heading by itself, since a note line below the table ("- Số liệu tính đến…") starts the same way.
 */
const HEADING_BULLET = /^\s*[-–—*•+·>»]+\s*/;
/** A label in front of a unit's heading: "Đơn vị: Phòng Tổ chức". */
const HEADING_LABEL = /^(tên đơn vị|đơn vị công tác|đơn vị|cơ quan|bộ phận)\s*:\s*/iu;
const FOOTER = /^(nguoi lap|nguoi ky|nguoi duyet|nguoi kiem tra|nguoi tong hop|nguoi bao cao|thu truong|tm[.\s/]|t\/m|kt[.\s/]|tl[.\s/]|ttl[.\s/]|tuq[.\s/]|q\.\s|noi nhan|xac nhan|luu\s*:|noi luu|ky ten|\(ky|\(da ky)/;
/** A signer's post standing alone ("GIÁM ĐỐC"): footer only on a row holding nothing else, as a person's title is the same words. */
const SIGNER = /^(pho )?(giam doc|chu tich|truong phong|chanh van phong|hieu truong|vien truong|thu ky|bi thu|truong ban|chi cuc truong|cuc truong|tong bien tap)$/;
/** A note inside or below the table: skipped with the footer, but the table goes on after it. */
const NOTE = /^(ghi chu|chu thich|chu y|luu y|nguon( so lieu)?\s*:|so lieu (tinh )?(den|tai))/;
/** A line of a note's list ("- Số liệu tính đến…", "+ …", "• …"): part of the note above it. */
const NOTE_LINE = /^[-–—+*•·]\s*[\p{L}\p{N}]/u;
/** "(tiếp theo)": the table continues on a new page, its header about to repeat. */
const CONTINUED = /^\(?\s*(tiep theo|tiep|trang \d+)\s*\)?\.?$/;
/** A title standing inside the table over its next part ("DANH SÁCH HỢP ĐỒNG LAO ĐỘNG"). */
const INNER_TITLE = /^\(?(danh sach|bao cao|bieu so|bieu mau|mau so|kem theo)\b/;
const DATE_LINE = /ngay\s*[\d.…_\s/-]*\s*thang\s*[\d.…_\s/-]*\s*nam\b|^[^,\d]{2,40}, ngay\b/;
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|trong đó)(?![\p{L}])/u;
const LIST_TITLE = /\b(danh sach|ds)\b/;
/** Names a workbook gives new sheets: no clerk named a unit so. */
const GENERIC_SHEET = /^(sheet|trang tinh|bang tinh|feuil|tabelle)?\s*\d*$/;
/** Lines of the title block that name no unit: the national motto, a document number, rules. */
const MOTTO = /^(cong hoa xa hoi|doc lap|so\s*[:.]|so\s*\d|[-_=*.\s]+$)/;
const LABEL_UNIT = /^(ten don vi|don vi cong tac|don vi|co quan|phong|bo phan|khoa)\s*:\s*/;
const TITLE_LINE = /^(danh sach|bao cao|bieu|mau|kem theo|tong hop|thong ke|phu luc|bang ke|bang tong hop|(nam|ngay)\b)/;

/**
 * NFC, one space between words, none at the ends. One scan decides; a clean string (most names)
 * is returned as it is, with no normalization or regex work.
 */
function cleanText(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 32) {
      if (prevSpace) return slowClean(s);
      prevSpace = true;
    } else if (ch < 32 || ch === 0xa0 || ch === 0x202f || ch === 0x3000 || (ch >= 0x300 && ch <= 0x36f)) {
      return slowClean(s);
    } else prevSpace = false;
  }
  return prevSpace ? s.trimEnd() : s;
}

/**
 * True when a text holds a Latin-1 letter or sign (the bytes TCVN3 and VNI store their letters in) and no
 * letter only Unicode Vietnamese has. One scan, no regex: it runs on every name past the fonted rows,
 * and most Unicode names stop it at their first ă, đ, ơ, ư or toned letter.
 */
function mayBeLegacy(s: string): boolean {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) latin1 = true;
    else if (c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 ||
      c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0 || (c >= 0x1ea0 && c <= 0x1ef9) ||
      (c >= 0x300 && c <= 0x323)) return false;
  }
  return latin1;
}

/** "nt" (như trên), '"' and the like: the same as the row above. */
const DITTO = new Set(["nt", "n.t", "n/t", "-nt-", "- nt -", "như trên", "nhu tren", '"', "''", '""', "〃", "-//-", "//", "-\"-"]);
function isDitto(s: string): boolean {
  return s.length <= 9 && DITTO.has(s.trim().toLowerCase());
}

function slowClean(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u202f\u3000]+/g, " ").trim();
}

/** True when the text holds a letter (a cheap scan: ASCII letters, then anything past Latin-1 punctuation). */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch >= 0xc0) return true;
  }
  return false;
}

/** Empty for reading a value: nothing, blank text or an error value. */
function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || isErrorValue(v) || (typeof v === "string" && v.trim() === "");
}

function isOrdinalValue(v: CellValue | undefined): boolean {
  if (typeof v === "number") return true;
  return typeof v === "string" && /^\s*\d{1,6}\s*\.?\s*$/.test(v);
}

export class SheetReader {
  private readonly g: Grid;
  private readonly sheet: string;
  private readonly lastRow: number;
  /** Cells covered by a merge but not its top-left: key → [origin row, origin col]. */
  /** Cells covered by a merge but not its top-left, row → col → origin (row * KEY + col). */
  private readonly mergeRows = new Map<number, Map<number, number>>();
  private headEnc: TextEncoding = "unicode";
  private bodyEnc: TextEncoding = "unicode";
  private legacyUsed: TextEncoding | null = null;
  /** The last row where a cell with no known font read as TCVN3/VNI, and that encoding. */
  private pastedRow = -1;
  private pastedEnc: TextEncoding = "unicode";

  private readonly people: Person[] = [];
  private readonly unitRefs: (CellRef | null)[] = [];
  /** The unit column in force where each person was read (a later part of the table may move it). */
  private readonly unitCols: (number | null)[] = [];
  private readonly entries: ListEntry[] = [];
  private readonly skipped: SkippedRow[] = [];
  private readonly problems: Problem[] = [];

  constructor(
    grid: Grid,
    private readonly overrides: ColumnOverride[],
    private readonly year: number | undefined,
  ) {
    this.g = grid;
    this.sheet = grid.sheet;
    this.lastRow = grid.firstRow + grid.rows.length - 1;
    for (const m of grid.merges) {
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 2_000_000) continue; // a runaway merge says nothing
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          let cols = this.mergeRows.get(r);
          if (!cols) this.mergeRows.set(r, (cols = new Map()));
          cols.set(c, m.top * KEY + m.left);
        }
      }
    }
  }

  // ----- cells --------------------------------------------------------------------------------

  /** The top-left (row * KEY + col) of the merge covering a cell, when the cell is not itself that top-left. */
  private originOf(r: number, c: number): number | undefined {
    if (this.mergeRows.size === 0) return undefined;
    const cols = this.mergeRows.get(r);
    return cols === undefined ? undefined : cols.get(c);
  }

  private raw(r: number, c: number): CellValue {
    const row = this.g.rows[r - this.g.firstRow];
    if (!row) return null;
    const v = row[c - this.g.firstCol];
    return v === undefined ? null : v;
  }

  /** The value of a cell, a merged area's value belonging to every cell of it. */
  private full(r: number, c: number): CellValue {
    const v = this.raw(r, c);
    if (v !== null && v !== "") return v;
    const o = this.originOf(r, c);
    if (o === undefined) return v;
    return this.raw(Math.floor(o / KEY), o % KEY);
  }

  /** A data cell: its own value, or that of a merge it belongs to (unit merged down, name merged across). */
  private data(r: number, c: number): CellValue {
    return this.full(r, c);
  }

  private font(r: number, c: number): string | null {
    const f = this.g.fonts?.[r - this.g.firstRow]?.[c - this.g.firstCol];
    return f ?? null;
  }

  /** A text cell decoded from its encoding: its own font when known, else the zone's. */
  private text(r: number, c: number, v: CellValue, zone: TextEncoding): string {
    if (typeof v !== "string") return rawText(v);
    let enc = zone;
    let upper = false;
    const font = this.font(r, c);
    if (font) {
      const byFont = encodingOfFont(font);
      if (byFont) {
        enc = byFont;
        upper = isUpperCaseFont(font);
      } else if (zone !== "unicode") {
        enc = guessEncoding(v) ?? "unicode";
      }
    } else if (zone === "unicode" && mayBeLegacy(v)) {
      // No font known (past the rows whose fonts the gateway keeps) in a Unicode sheet: a block pasted from
      // an old file keeps its TCVN3/VNI bytes ("N÷", "TrÇn"), and only the text itself can say so. A row is
      // pasted whole: a short cell that reads either way ("Baùc só") takes the encoding its row's name showed.
      const guess = guessLegacyEncoding(v);
      if (guess) {
        enc = guess;
        this.pastedRow = r;
        this.pastedEnc = guess;
      } else if (this.pastedRow === r) enc = this.pastedEnc;
    }
    if (enc !== "unicode") {
      if (hasUnicodeVietnamese(v)) enc = "unicode";
      else if (/[\u0080-\u00ff]/.test(v)) this.legacyUsed = enc;
    }
    if (enc === "unicode") return cleanText(v);
    return cleanText(decode(v, enc, upper ? { upper } : undefined));
  }

  private headText(r: number, c: number): string {
    return this.text(r, c, this.full(r, c), this.headEnc);
  }

  private bodyText(r: number, c: number, v: CellValue): string {
    return this.text(r, c, v, this.bodyEnc);
  }

  private rowLength(r: number): number {
    const row = this.g.rows[r - this.g.firstRow];
    return row ? row.length : 0;
  }

  // ----- outcomes ---------------------------------------------------------------------------------

  private skip(row: number, reason: SkipReason): void {
    this.skipped.push({ sheet: this.sheet, row, reason });
  }

  private problem(
    severity: Problem["severity"],
    code: ProblemCode,
    row: number,
    col?: number,
    params?: Record<string, string | number>,
    rejectsRow?: boolean,
  ): void {
    const p: Problem = { severity, sheet: this.sheet, row, code };
    if (col !== undefined) p.col = col;
    if (params) p.params = params;
    if (rejectsRow) p.rejectsRow = true;
    this.problems.push(p);
  }

  // ----- the table --------------------------------------------------------------------------------

  read(): SheetResult {
    const g = this.g;
    const first = g.firstRow;
    const last = this.lastRow;

    // Encoding of the top rows (title and header), from their text and fonts.
    const headSamples: string[] = [];
    const headFonts: (string | null)[] = [];
    const scanEnd = Math.min(last, first + HEADER_SCAN_ROWS - 1);
    for (let r = first; r <= scanEnd; r++) {
      const len = this.rowLength(r);
      for (let c = g.firstCol; c < g.firstCol + len; c++) {
        const v = this.raw(r, c);
        if (typeof v === "string" && v.trim() !== "") {
          headSamples.push(v);
          headFonts.push(this.font(r, c));
        }
      }
    }
    if (g.sheetFont) headFonts.push(g.sheetFont);
    this.headEnc = detectEncoding(headSamples, headFonts);

    const table = this.findHeader(first, scanEnd);
    if (!table) return this.notRoster();

    const { top, bottom } = table;
    const columns = this.columnsOf(top, bottom);
    const roles = this.rolesOf(columns);
    if (roles.name.length === 0) return this.notRoster();

    // Encoding of the data rows: their own text and the sheet's font.
    const bodySamples: string[] = [];
    const bodyFonts: (string | null)[] = [];
    for (let r = bottom + 1; r <= last && bodySamples.length < BODY_SAMPLES; r++) {
      for (const c of roles.name.concat(roles.unit ?? [], roles.title ?? [])) {
        const v = this.raw(r, c);
        if (typeof v === "string" && v.trim() !== "") {
          bodySamples.push(v);
          const f = this.font(r, c);
          if (f) bodyFonts.push(f);
        }
      }
    }
    if (g.sheetFont) bodyFonts.push(g.sheetFont);
    this.bodyEnc = bodySamples.length || bodyFonts.length ? detectEncoding(bodySamples, bodyFonts) : this.headEnc;

    // Title block: everything above the header.
    const titleLines: { row: number; col: number; text: string; folded: string }[] = [];
    for (let r = first; r < top; r++) {
      let any = false;
      const len = this.rowLength(r);
      for (let c = g.firstCol; c < g.firstCol + len; c++) {
        const v = this.raw(r, c);
        if (v === null || (typeof v === "string" && v.trim() === "")) continue;
        any = true;
        if (typeof v === "string") {
          const text = this.headText(r, c);
          titleLines.push({ row: r, col: c, text, folded: fold(text) });
        }
      }
      this.skip(r, any ? "title" : "blank");
    }
    for (let r = top; r <= bottom; r++) this.skip(r, "header");

    // Rows numbering the columns: 1, 2, 3… or (1), (2)… or A, B, C…
    let dataStart = bottom + 1;
    while (dataStart <= last && dataStart <= bottom + 2 && this.isColumnNumbers(dataStart, roles.name)) {
      this.skip(dataStart, "columnNumbers");
      dataStart++;
    }

    // Which list, if any: the sheet's name, else a "Danh sách …" title line.
    let listKind = listKindOf(fold(this.sheet));
    let listTitle = listKind ? this.sheet : "";
    if (!listKind) {
      for (const line of titleLines) {
        if (!LIST_TITLE.test(line.folded)) continue;
        const k = listKindOf(line.folded.replace(/^.*?\b(danh sach|ds)\b/, ""));
        if (k) {
          listKind = k;
          listTitle = line.text;
          break;
        }
      }
    }
    const kind: SheetKind = listKind ? "list" : "roster";
    if (listKind === "council" && roles.council.length === 0 && roles.councilLevels.length === 0) {
      // On a list of deputies a bare "Cấp" column holds the level.
      const level = columns.find((c) => c.role === "other" && !c.overridden && /^cap\b/.test(fold(c.header)));
      if (level) {
        level.role = "council";
        roles.council.push(level.col);
        roles.dataCols.push(level.col);
      }
    }

    if (!roles.hasGender) this.problem("error", "noGenderColumn", top);

    const listLevels = listKind === "council" ? councilLevelsOf(listTitle) : [];
    const dataEnd = this.readRows(dataStart, roles, listKind, listLevels);

    if (this.legacyUsed) {
      this.problem("notice", "legacyEncoding", first, undefined, {
        encoding: this.legacyUsed === "tcvn3" ? "TCVN3" : "VNI",
      });
    }

    // People with no unit from a column or heading: the sheet is one unit, or they lack one.
    let unitHint: SheetUnitHint | undefined;
    // (A unit column left empty throughout says nothing either.)
    if (kind === "roster" && !this.sawSection && this.people.every((p) => p.unit === null)) {
      unitHint = this.unitHintOf(titleLines, columns);
    } else {
      for (let i = 0; i < this.people.length; i++) {
        const p = this.people[i];
        if (p.unit === null) this.problem("warning", "unitMissing", p.ref.row, this.unitCols[i] ?? undefined, { name: p.name });
      }
    }

    this.problems.sort((a, b) => a.row - b.row);
    const colInfos: ColumnInfo[] = columns.map((c) => {
      const info: ColumnInfo = { col: c.col, header: c.header, role: c.role };
      if (c.overridden) info.overridden = true;
      return info;
    });
    const reading: SheetReading = {
      sheet: this.sheet,
      kind,
      headerRows: range(top, bottom),
      dataRows: { first: dataStart, last: Math.max(dataStart, dataEnd) },
      columns: colInfos,
      encoding: this.bodyEnc !== "unicode" ? this.bodyEnc : this.legacyUsed ?? "unicode",
      people: this.people.length,
      listEntries: this.entries.length,
      skipped: this.skipped.length,
      problems: this.problems.length,
    };
    if (listKind) reading.listKind = listKind;
    return {
      reading,
      people: this.people,
      unitRefs: this.unitRefs,
      listEntries: this.entries,
      skipped: this.skipped,
      problems: this.problems,
      unitHint,
    };
  }

  private notRoster(): SheetResult {
    let any = false;
    for (let r = this.g.firstRow; r <= this.lastRow; r++) {
      this.skip(r, "notRoster");
      if (!any) {
        const row = this.g.rows[r - this.g.firstRow] ?? [];
        any = row.some((v) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === ""));
      }
    }
    if (any) this.problem("notice", "sheetNotRoster", this.g.firstRow);
    const reading: SheetReading = {
      sheet: this.sheet,
      kind: "other",
      headerRows: [],
      columns: [],
      encoding: this.headEnc,
      people: 0,
      listEntries: 0,
      skipped: this.skipped.length,
      problems: this.problems.length,
    };
    return { reading, people: [], unitRefs: [], listEntries: [], skipped: this.skipped, problems: this.problems };
  }

  /** The header: the first row naming the person column beside another known header, with its merged rows. */
  private findHeader(first: number, scanEnd: number): { top: number; bottom: number } | null {
    const overrideName = this.overrides.find((o) => o.sheet === this.sheet && o.role === "name");
    for (let r = first; r <= scanEnd; r++) {
      const len = this.rowLength(r);
      let named = false;
      let known = 0;
      let texts = 0;
      let prev = "";
      for (let c = this.g.firstCol; c < this.g.firstCol + len; c++) {
        const v = this.raw(r, c);
        if (typeof v !== "string" || v.trim() === "") {
          prev = "";
          continue;
        }
        texts++;
        const t = fold(this.headText(r, c));
        // "Họ đệm" | "Tên": the name over two columns.
        if (isNameHeader(t) || (isNameTail(t) && isNameHead(prev))) named = true;
        else if (isKnownHeader(t)) known++;
        prev = t;
      }
      if (!named && overrideName) {
        // The clerk named the person column: its header is the first row with text there and beside it.
        const v = this.raw(r, overrideName.col);
        named = typeof v === "string" && v.trim() !== "" && texts >= 2;
        if (named) known = Math.max(known, 1);
      }
      if (!named || known < 1) continue;
      return this.headerExtent(r);
    }
    return null;
  }

  /** Grow a header row over the merges that cross it and the sub-header row beneath a group header. */
  private headerExtent(row: number): { top: number; bottom: number } {
    let top = row;
    let bottom = row;
    for (const m of this.g.merges) {
      if (m.top <= row && m.bottom >= row && m.bottom - m.top < MAX_HEADER_ROWS) {
        top = Math.min(top, m.top);
        bottom = Math.max(bottom, m.bottom);
      }
    }
    // A group header merged across columns ("Ngày, tháng, năm sinh" over Nam | Nữ) has its parts below.
    while (bottom - top + 1 < MAX_HEADER_ROWS && bottom < this.lastRow && this.isSubHeaderRow(bottom, bottom + 1)) {
      bottom++;
      for (const m of this.g.merges) {
        if (m.top <= bottom && m.bottom >= bottom && m.bottom - m.top < MAX_HEADER_ROWS) {
          bottom = Math.max(bottom, m.bottom);
        }
      }
    }
    // Merges may reach past the used range; the header never does.
    return { top: Math.max(top, this.g.firstRow), bottom: Math.min(bottom, this.lastRow) };
  }

  private isSubHeaderRow(above: number, r: number): boolean {
    const len = this.rowLength(r);
    let texts = 0;
    let knownCount = 0;
    for (let c = this.g.firstCol; c < this.g.firstCol + len; c++) {
      const v = this.raw(r, c);
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      if (typeof v !== "string") return false; // numbers: column numbers or data
      texts++;
      const t = fold(this.headText(r, c));
      const known = isKnownHeader(t) || /^(nam|nu|tinh|huyen|xa|quoc hoi|qh|cap tinh|cap huyen|cap xa)$/.test(t);
      if (known) knownCount++;
      // Each text stands under a group header, or is a header word itself.
      else if (!(t.length <= 60 && this.isGroupHeaderCell(above, c))) return false;
    }
    // At least one header word: a data row under a group header holds none ("x", a unit, a name).
    if (texts === 0 || knownCount === 0) return false;
    return knownCount < texts || texts >= 2 || this.anyGroupAbove(above, r);
  }

  private anyGroupAbove(above: number, r: number): boolean {
    const len = this.rowLength(r);
    for (let c = this.g.firstCol; c < this.g.firstCol + len; c++) {
      const v = this.raw(r, c);
      if (typeof v === "string" && v.trim() !== "" && this.isGroupHeaderCell(above, c)) return true;
    }
    return false;
  }

  /** The cell above belongs to a merge spanning several columns, or to a group header written once over empty cells. */
  private isGroupHeaderCell(r: number, c: number): boolean {
    const o = this.originOf(r, c);
    const originKey = o ?? r * KEY + c;
    for (const m of this.g.merges) {
      if (m.top * KEY + m.left === originKey && m.right > m.left) return true;
    }
    if (o !== undefined) return false; // inside a merge one column wide: its own header, no group
    // "Centre across selection": the text stands in the first cell, the next ones are truly empty
    // (not covered by a merge) and have sub-headers below.
    const free = (col: number) => isBlank(this.raw(r, col)) && this.originOf(r, col) === undefined;
    const v = this.raw(r, c);
    if (!isBlank(v)) return free(c + 1) && !isBlank(this.raw(r + 1, c + 1));
    for (let k = c - 1; k >= this.g.firstCol; k--) {
      if (isBlank(this.raw(r + 1, k))) return false;
      if (this.originOf(r, k) !== undefined) return false;
      if (!isBlank(this.raw(r, k))) return !this.isMergeOrigin(r, k);
    }
    return false;
  }

  private isMergeOrigin(r: number, c: number): boolean {
    for (const m of this.g.merges) if (m.top === r && m.left === c) return true;
    return false;
  }

  private rowHasName(r: number): boolean {
    const len = this.rowLength(r);
    for (let c = this.g.firstCol; c < this.g.firstCol + len; c++) {
      const v = this.raw(r, c);
      if (typeof v === "string" && isNameHeader(fold(this.headText(r, c)))) return true;
    }
    return false;
  }

  /** Each column's header parts (top row first) and its role. */
  private columnsOf(top: number, bottom: number): Column[] {
    let left = Infinity;
    let right = -Infinity;
    for (let r = top; r <= bottom; r++) {
      const len = this.rowLength(r);
      for (let c = this.g.firstCol; c < this.g.firstCol + len; c++) {
        const v = this.full(r, c);
        if (v === null || (typeof v === "string" && v.trim() === "")) continue;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
      for (const m of this.g.merges) {
        if (m.top <= r && m.bottom >= r && m.top >= top) {
          const v = this.raw(m.top, m.left);
          if (v !== null && !(typeof v === "string" && v.trim() === "")) {
            left = Math.min(left, m.left);
            right = Math.max(right, m.right);
          }
        }
      }
    }
    const columns: Column[] = [];
    if (!isFinite(left)) return columns;
    const partsByCol: string[][] = [];
    for (let c = left; c <= right; c++) {
      const parts: string[] = [];
      for (let r = top; r <= bottom; r++) {
        let t = this.headText(r, c);
        if (t === "" && r < bottom) t = this.groupAbove(r, c, left);
        if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
      }
      partsByCol.push(parts);
    }
    for (let c = left; c <= right; c++) {
      const parts = partsByCol[c - left];
      const header = parts.join(" / ");
      const { role, years } = roleOfHeader(parts.map(fold), header);
      const column: Column = { col: c, header, role };
      if (years) column.years = years;
      columns.push(column);
    }
    return columns;
  }

  /** An empty upper header cell under a group header written once to its left (no merge). */
  private groupAbove(r: number, c: number, left: number): string {
    const isEmpty = (x: CellValue) => x === null || (typeof x === "string" && x.trim() === "");
    if (this.originOf(r, c) !== undefined) return "";
    if (isEmpty(this.raw(r + 1, c))) return "";
    for (let k = c - 1; k >= left; k--) {
      if (isEmpty(this.raw(r + 1, k))) return "";
      const v = this.full(r, k);
      if (!isEmpty(v)) return this.originOf(r, k) !== undefined ? "" : this.headText(r, k);
    }
    return "";
  }

  private rolesOf(columns: Column[]): Roles {
    for (const o of this.overrides) {
      if (o.sheet !== this.sheet) continue;
      const c = columns.find((x) => x.col === o.col);
      if (c) {
        c.role = o.role;
        c.overridden = true;
        delete c.years;
      } else {
        columns.push({ col: o.col, header: "", role: o.role, overridden: true });
      }
    }
    columns.sort((a, b) => a.col - b.col);

    // Several training columns by year: the reporting year's, else the latest.
    const dated = columns.filter((c) => c.role === "training" && c.years && !c.overridden);
    if (dated.length > 0) {
      const wanted = this.year ?? Math.max(...dated.map((c) => Math.max(...(c.years ?? [0]))));
      for (const c of dated) {
        const ys = c.years ?? [];
        const lo = Math.min(...ys);
        const hi = Math.max(...ys);
        const covers = ys.length >= 2 ? wanted >= lo && wanted <= hi : ys[0] === wanted;
        if (!covers) c.role = "other";
      }
    }

    // One column per single-valued role: an override first, else the first one.
    const hidden = new Set(this.g.hiddenColumns ?? []);
    const single: ColumnRole[] = ["ordinal", "gender", "birth", "birthMale", "birthFemale", "maleMark", "femaleMark", "unit", "title"];
    for (const role of single) {
      const all = columns.filter((c) => c.role === role);
      if (all.length < 2) continue;
      // A hidden column beside a visible one of the same role holds what was replaced (last year's posts).
      const keep = all.find((c) => c.overridden) ?? all.find((c) => !hidden.has(c.col)) ?? all[0];
      for (const c of all) if (c !== keep) c.role = "other";
    }

    // A name over two columns with no group header above: "Họ đệm" | "Tên" are both the name.
    for (let i = 0; i + 1 < columns.length; i++) {
      const head = columns[i];
      const tail = columns[i + 1];
      if (tail.col !== head.col + 1 || tail.overridden || head.overridden || tail.role !== "other") continue;
      if (!isNameTail(fold(tail.header))) continue;
      if (head.role === "name" || (head.role === "other" && isNameHead(fold(head.header)))) {
        head.role = "name";
        tail.role = "name";
      }
    }

    const pick = (role: ColumnRole) => columns.find((c) => c.role === role)?.col ?? null;
    const many = (role: ColumnRole) => columns.filter((c) => c.role === role).map((c) => c.col);
    const roles: Roles = {
      ordinal: pick("ordinal"),
      name: many("name"),
      gender: pick("gender"),
      birth: pick("birth"),
      birthMale: pick("birthMale"),
      birthFemale: pick("birthFemale"),
      maleMark: pick("maleMark"),
      femaleMark: pick("femaleMark"),
      unit: pick("unit"),
      title: pick("title"),
      council: many("council"),
      councilLevels: [],
      party: many("partyCommittee"),
      training: many("training"),
      pool: many("successionPool"),
      hasGender: false,
      dataCols: [],
    };
    const levelRoles: [ColumnRole, CouncilLevel][] = [
      ["councilNational", "national"],
      ["councilProvince", "province"],
      ["councilDistrict", "district"],
      ["councilCommune", "commune"],
    ];
    for (const [role, level] of levelRoles) for (const col of many(role)) roles.councilLevels.push({ col, level });
    roles.hasGender =
      roles.gender !== null ||
      roles.birthMale !== null ||
      roles.birthFemale !== null ||
      roles.maleMark !== null ||
      roles.femaleMark !== null;
    roles.dataCols = columns.filter((c) => c.role !== "other" && c.role !== "ordinal" && c.role !== "name").map((c) => c.col);
    return roles;
  }

  private isColumnNumbers(r: number, nameCols: number[]): boolean {
    const len = this.rowLength(r);
    let n = 0;
    for (let c = this.g.firstCol; c < this.g.firstCol + len; c++) {
      const v = this.raw(r, c);
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      if (typeof v === "number") {
        if (!Number.isInteger(v) || v < 0 || v > 200) return false;
      } else if (typeof v === "string") {
        // "1", "(2)", "A", or a formula of columns: "(5)=(6)+(7)".
        if (!/^\s*\(?\s*(\d{1,3}|[A-Za-z]{1,2})\s*\)?(\s*[=+\-*/x]\s*\(?\s*\d{1,3}\s*\)?)*\s*$/.test(v)) return false;
      } else return false;
      n++;
    }
    if (n < 2) return false;
    // A row holding a single letter where the name goes could be a one-letter name; require numbers there.
    for (const c of nameCols) {
      const v = this.raw(r, c);
      if (typeof v === "string" && /^\s*[A-Za-z]{2}\s*$/.test(v)) return false;
    }
    return true;
  }

  // ----- the rows ----------------------------------------------------------------------------------

  private sawSection = false;
  /** The last heading whose font was known was written in a TCVN3 "H" font (drawn in capitals). */
  private headingsUpper = false;

  /** What each column is, by offset from the grid's first column: 0 other, 1 name or ordinal, 2 data. */
  private kindsOf(roles: Roles): Uint8Array {
    const first = this.g.firstCol;
    let width = 0;
    for (const c of roles.name.concat(roles.dataCols, roles.ordinal ?? 0)) width = Math.max(width, c - first + 1);
    const kindAt = new Uint8Array(width);
    for (const c of roles.name) kindAt[c - first] = 1;
    if (roles.ordinal !== null && roles.ordinal >= first) kindAt[roles.ordinal - first] = 1;
    for (const c of roles.dataCols) if (c >= first) kindAt[c - first] = 2;
    return kindAt;
  }

  /** A row naming the person column beside another known header, as the table's own header does. */
  private isHeaderRow(r: number): boolean {
    const first = this.g.firstCol;
    const end = first + this.rowLength(r);
    // Cheap first: the person column's header starts with "Họ" or "Tên" (in every encoding), so only such a
    // cell is folded, and the other cells only once one of them names the person column.
    let nameCol = -1;
    for (let c = first; c < end && nameCol < 0; c++) {
      const v = this.raw(r, c);
      if (typeof v !== "string" || v.length > 60) continue;
      const ch = v.trimStart().charAt(0);
      if ((ch === "H" || ch === "h" || ch === "T" || ch === "t") && isNameHeader(fold(this.headText(r, c)))) nameCol = c;
    }
    if (nameCol < 0) return false;
    for (let c = first; c < end; c++) {
      const v = this.raw(r, c);
      if (c === nameCol || typeof v !== "string" || v.trim() === "" || v.length > 120) continue;
      if (isKnownHeader(fold(this.headText(r, c)))) return true;
    }
    return false;
  }

  /** Gives every row from dataStart one outcome; returns the last row of the table before the footer. */
  private readRows(dataStart: number, firstRoles: Roles, listKind: ListKind | null, listLevels: CouncilLevel[]): number {
    const g = this.g;
    let roles = firstRoles;
    let footer = false;
    let tableEnd = dataStart - 1;
    let section: { name: string; ref: CellRef } | null = null;
    let lastUnitRaw: CellValue = null;
    let lastUnitText = "";
    let lastUnit: { name: string; ref: CellRef } | null = null;
    let lastTitle = "";
    const tally = new Tally();
    let nameCols = roles.name;
    // What each column of a row is, by offset from the grid's first column: 0 other, 1 name or ordinal, 2 data.
    let kindAt = this.kindsOf(roles);
    let width = kindAt.length;

    // A "Ghi chú:" row is open over the bullet lines below it (blank rows between keep it open).
    let noteOpen = false;
    for (let r = dataStart; r <= this.lastRow; r++) {
      if (footer) {
        this.skip(r, "footer");
        continue;
      }
      const row = g.rows[r - g.firstRow] ?? [];
      // One pass over the row's own cells.
      let nonEmpty = 0;
      let ordinalOnly = true;
      let firstTextCol = -1;
      let textCells = 0;
      let dataCells = 0;
      let otherText = -1;
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        if (v === null || v === undefined) continue;
        const c = g.firstCol + i;
        if (typeof v === "string") {
          if (v.trim() === "") continue;
          textCells++;
          if (firstTextCol < 0) firstTextCol = c;
          if (otherText < 0 && (i >= width || kindAt[i] === 0)) otherText = c;
        } else if (isErrorValue(v)) {
          this.problem("warning", "errorValue", r, c, { value: v.error });
          continue;
        }
        nonEmpty++;
        if (c !== roles.ordinal || !isOrdinalValue(v)) ordinalOnly = false;
        if (i < width && kindAt[i] === 2) dataCells++;
      }
      if (nonEmpty === 0 || ordinalOnly) {
        // A row numbered but otherwise empty is an unfilled template row: blank.
        this.skip(r, "blank");
        continue;
      }
      const afterNote = noteOpen;
      noteOpen = false;

      // Totals: "Tổng cộng", "Cộng", "Tổng số" as the row's first text.
      if (firstTextCol >= 0) {
        const first = row[firstTextCol - g.firstCol] as string;
        const ch = first.trimStart().charAt(0);
        if (ch === "T" || ch === "t" || ch === "C" || ch === "c") {
          const lower = this.bodyText(r, firstTextCol, first).toLowerCase();
          if (TOTAL.test(lower)) {
            this.skip(r, "total");
            this.checkTotals(r, roles, tally);
            tally.segMale = tally.segFemale = 0;
            tableEnd = r;
            continue;
          }
        }
      }

      let name = "";
      let prevName: CellValue = null;
      for (const c of nameCols) {
        const v = this.data(r, c);
        // A name merged across two name columns is one name, not two.
        if (v === null || typeof v !== "string" || v === prevName || v.trim() === "") continue;
        prevName = v;
        const t = this.bodyText(r, c, v);
        name = name ? `${name} ${t}` : t;
      }
      if (name !== "" && !hasLetter(name)) name = "";

      const gender = this.genderOfRow(r, roles);
      const ordinalNumeric = roles.ordinal === null || isOrdinalValue(row[roles.ordinal - g.firstCol]);
      const strongPerson = name !== "" && gender.strong && ordinalNumeric;

      if (!strongPerson) {
        // A header repeated inside the table, or the header of its next part ("DANH SÁCH VIÊN CHỨC" with a
        // column more): the columns are read again from it, so a part laid out anew is read by its own header.
        // (A numbered row with a name and a gender is a person whose gender is only implied: not looked at.)
        if ((!ordinalNumeric || name === "" || gender.found === null) && this.isHeaderRow(r)) {
          const bottom = Math.max(r, this.headerExtent(r).bottom);
          const next = this.rolesOf(this.columnsOf(r, bottom));
          // A repeat of the top row alone (its Nam | Nữ row left behind) says less than the header read first.
          if (next.name.length > 0 && (next.hasGender || !roles.hasGender)) {
            roles = next;
            nameCols = roles.name;
            kindAt = this.kindsOf(roles);
            width = kindAt.length;
          }
          for (let h = r; h <= bottom; h++) this.skip(h, "header");
          r = bottom;
          continue;
        }
        // A header or column-number row repeated inside the table (pasted from a paged document).
        if (name !== "" ? isNameHeader(fold(name)) : this.isColumnNumbers(r, nameCols)) {
          this.skip(r, name !== "" ? "header" : "columnNumbers");
          continue;
        }
        // The signature block: everything from its first keyword down is footer. A numbered row with a
        // name is a person, whatever words its other cells hold.
        const numberedPerson = name !== "" && roles.ordinal !== null && ordinalNumeric;
        if (!numberedPerson && this.isFooterRow(r, row, textCells)) {
          footer = true;
          this.skip(r, "footer");
          continue;
        }
        if (textCells === 1 && nonEmpty === 1) {
          const only = row[firstTextCol - g.firstCol] as string;
          const t = fold(this.bodyText(r, firstTextCol, only));
          if (NOTE.test(t) || (afterNote && NOTE_LINE.test(t))) {
            // Notes (and the bullet lines under "Ghi chú:") are footer text; the table may go on after them.
            this.skip(r, "footer");
            noteOpen = true;
            continue;
          }
          if (CONTINUED.test(t) || INNER_TITLE.test(t) || !/[\p{L}\p{N}]/u.test(t)) {
            // "(tiếp theo)" heads a page; a second "DANH SÁCH …" titles the next
            // part of the table; a lone "*" or "-" holds nothing.
            this.skip(r, CONTINUED.test(t) ? "header" : INNER_TITLE.test(t) ? "title" : "blank");
            continue;
          }
        }
        // A heading may carry its unit's head count under Nam | Nữ ("II. VĂN PHÒNG SỞ | 2 |"): a number that
        // is no birth date there says no gender.
        const heading = this.sectionOf(r, row, roles, gender.birthUnreadable ? null : gender.found, textCells, nonEmpty);
        if (heading !== null) {
          this.skip(r, "section");
          tally.segMale = tally.segFemale = 0;
          // A category row ("I. CÁN BỘ", "HỢP ĐỒNG 68") names no unit: the sheet may still be one unit.
          if (heading !== "") this.sawSection = true;
          tableEnd = r;
          if (heading !== "") {
            section = { name: heading, ref: { sheet: this.sheet, row: r } };
          }
          continue;
        }
      }

      tableEnd = r;
      if (name === "") {
        if (dataCells > 0) {
          this.problem("error", "nameMissing", r, nameCols[0], undefined, true);
        } else {
          this.problem("error", "rowUnreadable", r, otherText >= 0 ? otherText : firstTextCol >= 0 ? firstTextCol : undefined, undefined, true);
        }
        continue;
      }
      // Unit: the unit column (its value, or a merge's drawn down over the people, or "nt" for the one
      // above), else the heading above.
      let unit: string | null = null;
      let unitRef: CellRef | null = null;
      if (roles.unit !== null) {
        const v = this.data(r, roles.unit);
        if (v !== null && !isErrorValue(v) && !(typeof v === "string" && v.trim() === "")) {
          if (typeof v === "string" && isDitto(v)) {
            if (lastUnit) {
              unit = lastUnit.name;
              unitRef = lastUnit.ref;
            }
          } else {
            const t = v === lastUnitRaw ? lastUnitText : this.bodyText(r, roles.unit, v);
            lastUnitRaw = v;
            lastUnitText = t;
            if (t !== "") {
              unit = t;
              // The unit is named where its cell (or its merge) starts.
              const o = this.originOf(r, roles.unit);
              const row = o !== undefined && o % KEY === roles.unit ? Math.floor(o / KEY) : r;
              if (!lastUnit || lastUnit.name !== t || lastUnit.ref.row !== row) {
                lastUnit = { name: t, ref: { sheet: this.sheet, row, col: roles.unit } };
              }
              unitRef = lastUnit.ref;
            }
          }
        }
      }
      if (unit === null && section) {
        unit = section.name;
        unitRef = section.ref;
      }
      if (gender.reject) {
        const p = gender.reject;
        this.problem("error", p.code, r, p.col, { name, ...(p.value !== undefined ? { value: p.value } : {}) }, true);
        continue;
      }
      const sex = gender.found as Gender;
      if (listKind) {
        const entry: ListEntry = {
          kind: listKind,
          name,
          gender: sex,
          unit,
          council: [],
          ref: { sheet: this.sheet, row: r, col: nameCols[0] },
        };
        if (listKind === "council") {
          const levels = this.councilOfRow(r, roles, name);
          entry.council = levels.length ? levels : listLevels.slice();
          if (entry.council.length === 0 && !this.councilWarned(r)) {
            this.problem("warning", "councilLevelUnknown", r, roles.council[0], { name, value: "" });
          }
        }
        this.entries.push(entry);
        tally.count(sex);
        continue;
      }

      const person: Person = {
        name,
        gender: sex,
        unit,
        title: null,
        ref: { sheet: this.sheet, row: r, col: nameCols[0] },
        council: this.councilOfRow(r, roles, name),
        partyCommittee: this.anyMark(r, roles.party),
        trained: this.anyMark(r, roles.training),
        successionPool: this.anyMark(r, roles.pool),
      };
      if (gender.birth) person.birth = gender.birth;
      else if (roles.birth !== null) {
        const b = birthOf(this.data(r, roles.birth));
        if (b === "unreadable") {
          this.problem("notice", "dateUnreadable", r, roles.birth, { value: rawText(this.data(r, roles.birth)) });
        } else if (b) person.birth = b.birth;
      }
      if (gender.birthUnreadable) {
        this.problem("notice", "dateUnreadable", r, gender.birthUnreadable.col, { value: gender.birthUnreadable.value });
      }
      if (roles.title !== null) {
        const v = this.data(r, roles.title);
        if (v !== null && !isErrorValue(v)) {
          const t = typeof v === "string" && isDitto(v) ? lastTitle : this.bodyText(r, roles.title, v);
          if (t !== "") person.title = t;
          lastTitle = t;
        }
      }
      this.people.push(person);
      tally.count(sex);
      this.unitRefs.push(unitRef);
      this.unitCols.push(roles.unit);
    }
    return tableEnd;
  }

  /**
   * A totals row with figures under Nam | Nữ: each must match the people counted in its part of the
   * table (since the last heading or totals row) or in the whole table, else a notice says so.
   */
  private checkTotals(r: number, roles: Roles, tally: Tally): void {
    const pairs: [number | null, number, number][] = [
      [roles.birthMale ?? roles.maleMark, tally.segMale, tally.allMale],
      [roles.birthFemale ?? roles.femaleMark, tally.segFemale, tally.allFemale],
    ];
    for (const [col, seg, all] of pairs) {
      if (col === null) continue;
      const v = this.raw(r, col);
      const written = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
      if (written === null || written === seg || written === all) continue;
      this.problem("notice", "totalsMismatch", r, col, { written, counted: seg !== all && seg > 0 ? seg : all });
    }
  }

  private councilWarnedRow = -1;
  private councilWarned(r: number): boolean {
    return this.councilWarnedRow === r;
  }

  /** A mark cell that says no: as written, or once decoded when it is TCVN3/VNI text ("kh«ng", "khoâng"). */
  private isNo(r: number, c: number): boolean {
    const v = this.data(r, c);
    if (isNegativeMark(v)) return true;
    return typeof v === "string" && /[\u0080-\u00ff]/.test(v) && isNegativeMark(this.bodyText(r, c, v));
  }

  private anyMark(r: number, cols: number[]): boolean {
    for (const c of cols) if (!this.isNo(r, c)) return true;
    return false;
  }

  /** Council levels marked on a row: level text in a council column, or marks under level columns. */
  private councilOfRow(r: number, roles: Roles, name: string): CouncilLevel[] {
    const out: CouncilLevel[] = [];
    for (const c of roles.council) {
      if (this.isNo(r, c)) continue;
      const text = this.bodyText(r, c, this.data(r, c));
      const levels = councilLevelsOf(text);
      if (levels.length === 0) {
        this.problem("warning", "councilLevelUnknown", r, c, { name, value: text });
        this.councilWarnedRow = r;
      }
      for (const l of levels) if (!out.includes(l)) out.push(l);
    }
    for (const { col, level } of roles.councilLevels) {
      if (!this.isNo(r, col) && !out.includes(level)) out.push(level);
    }
    return out;
  }

  /** The gender a row gives: its gender cell, else a birth date under Nam or Nữ, else an x under Nam or Nữ. */
  private readonly gender: GenderReading = { found: null, strong: false };

  private genderOfRow(r: number, roles: Roles): GenderReading {
    // One reading object for all rows: no garbage per row.
    const res = this.gender;
    res.found = null;
    res.strong = false;
    res.birth = undefined;
    res.birthUnreadable = undefined;
    res.reject = undefined;
    let unreadable: { col: number; value: string } | null = null;
    if (roles.gender !== null) {
      const v = this.data(r, roles.gender);
      if (!isBlank(v)) {
        const t = typeof v === "string" ? v : rawText(v);
        let g = genderOf(t);
        if (g === null && typeof v === "string" && (this.bodyEnc !== "unicode" || /[\u0080-\u00ff]/.test(v))) {
          g = genderOf(this.bodyText(r, roles.gender, v));
        }
        if (g) {
          res.found = g;
          res.strong = true;
          return res;
        }
        unreadable = { col: roles.gender, value: typeof v === "string" ? this.bodyText(r, roles.gender, v) : t };
      }
    }
    if (roles.birthMale !== null || roles.birthFemale !== null) {
      const m = roles.birthMale !== null ? this.data(r, roles.birthMale) : null;
      const f = roles.birthFemale !== null ? this.data(r, roles.birthFemale) : null;
      const hasM = !isBlank(m);
      const hasF = !isBlank(f);
      if (hasM && hasF) {
        res.reject = { code: "genderConflict", col: roles.birthFemale ?? undefined };
        return res;
      }
      if (hasM || hasF) {
        res.found = hasM ? "male" : "female";
        const col = (hasM ? roles.birthMale : roles.birthFemale) as number;
        const b = birthOf(hasM ? m : f);
        if (b === "unreadable") {
          res.birthUnreadable = { col, value: rawText(hasM ? m : f) };
        } else if (b) {
          res.birth = b.birth;
          res.strong = true;
        }
        return res;
      }
    }
    if (roles.maleMark !== null || roles.femaleMark !== null) {
      const m = roles.maleMark !== null ? this.data(r, roles.maleMark) : null;
      const f = roles.femaleMark !== null ? this.data(r, roles.femaleMark) : null;
      const hasM = roles.maleMark !== null && !this.isNo(r, roles.maleMark);
      const hasF = roles.femaleMark !== null && !this.isNo(r, roles.femaleMark);
      if (hasM && hasF) {
        res.reject = { code: "genderConflict", col: roles.femaleMark ?? undefined };
        return res;
      }
      if (hasM || hasF) {
        res.found = hasM ? "male" : "female";
        res.strong = rawText(hasM ? m : f).trim().length <= 3;
        return res;
      }
      if (roles.maleMark === null && !unreadable) {
        // A lone "Nữ" column marks the women: an unmarked row is a man (weakly: it may be a heading).
        res.found = "male";
        return res;
      }
    }
    if (unreadable) {
      res.reject = { code: "genderUnreadable", col: unreadable.col, value: unreadable.value };
    } else {
      const col = roles.gender ?? roles.birthMale ?? roles.birthFemale ?? roles.maleMark ?? roles.femaleMark ?? undefined;
      res.reject = { code: "genderMissing", col };
    }
    return res;
  }

  private isFooterRow(r: number, row: CellValue[], textCells: number): boolean {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== "string" || v.trim() === "" || v.length > 200) continue;
      const t = fold(this.bodyText(r, this.g.firstCol + i, v));
      if (FOOTER.test(t) || DATE_LINE.test(t)) return true;
      if (textCells === 1 && SIGNER.test(t)) return true;
    }
    return false;
  }

  /**
   * A heading row ("I. VĂN PHÒNG SỞ", "2. Phòng Tổ chức", "A. KHỐI …"): one text, no gender, numbered,
   * in capitals or starting with a unit's word. Returns the unit's name, "" for a heading that names no
   * unit (a category such as "Công chức"), or null when the row is no heading.
   */
  private sectionOf(r: number, row: CellValue[], roles: Roles, gender: Gender | null, textCells: number, nonEmpty: number): string | null {
    if (gender !== null && roles.femaleMark === null) return null;
    if (gender !== null && roles.maleMark !== null) return null;
    const g = this.g;
    let text = "";
    let ordinal: CellValue = null;
    let numbers = 0;
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (v === null || v === undefined || isErrorValue(v)) continue;
      const c = g.firstCol + i;
      if (typeof v === "string" && v.trim() === "") continue;
      if (c === roles.ordinal && (typeof v === "number" || (typeof v === "string" && v.trim().length <= 5))) {
        ordinal = v;
        continue;
      }
      if (typeof v === "string") {
        if (text !== "") return null; // two texts: not a heading
        text = this.bodyText(r, c, v);
        // Fonts are known for the first rows only: headings below them take the H font the ones above had.
        const font = this.font(r, c);
        if (font) this.headingsUpper = isUpperCaseFont(font);
        else if (this.headingsUpper) text = text.toUpperCase();
      } else if (typeof v === "number") numbers++;
      else return null;
    }
    if (text === "" || !hasLetter(text)) {
      // "I" alone in the ordinal column with the name merged from it across is handled by text; a lone roman is a heading.
      if (text === "" && typeof ordinal === "string" && ROMAN.test(ordinal.trim()) && textCells === 1 && nonEmpty === 1) return "";
      return null;
    }
    const stripped = cleanText(
      text.replace(HEADING_BULLET, "").replace(HEADING_NUMBER, "").replace(HEADING_LABEL, "").replace(/\(\s*\d+[^)]*\)\s*$/, "").replace(/[:.]+$/, ""),
    );
    if (stripped === "" || !hasLetter(stripped)) return null;
    if (numbers === 0 && CATEGORY_SECTION.test(fold(stripped))) return "";
    const numbered = HEADING_NUMBER.test(text);
    const ordinalHeading = typeof ordinal === "string" && !/^\s*\d+\s*[.)]?\s*$/.test(ordinal);
    const letters = text.replace(/[^\p{L}]/gu, "");
    const capitals = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const lower = stripped.toLowerCase();
    const unitWord = UNIT_WORDS.test(lower);
    // "1.2 | Lê Văn Tâm" with the gender left empty is a person numbered under a heading, never a heading.
    if (!unitWord && isPersonName(stripped)) return null;
    if (!numbered && !ordinalHeading && !unitWord) {
      // Capitals alone make a heading only where no person could stand: not a numbered row, not a
      // name starting with a family name ("NGUYỄN VĂN AN" with its gender missing is a person).
      if (!capitals) return null;
      if (ordinal !== null) return null;
      const firstWord = lower.split(" ", 1)[0];
      if (SURNAMES.has(firstWord)) return null;
    }
    // A numbered row with figures beside it is a heading only when its text is clearly a heading.
    if (numbers > 0 && !(capitals || unitWord || ordinalHeading)) return null;
    if (CATEGORY_SECTION.test(fold(stripped))) return "";
    return stripped;
  }

  /** Where the sheet's people get their unit when the table names none. */
  private unitHintOf(titleLines: { row: number; col: number; text: string; folded: string }[], columns: Column[]): SheetUnitHint {
    const hint: SheetUnitHint = {};
    for (const line of titleLines) {
      const m = LABEL_UNIT.exec(line.folded);
      if (m) {
        const after = line.text.slice(line.text.indexOf(":") + 1).trim();
        if (after) {
          hint.label = after;
          break;
        }
        // The label stands alone; its value is the next text on the row.
        const next = titleLines.find((l) => l.row === line.row && l.col > line.col);
        if (next) {
          hint.label = next.text;
          break;
        }
      }
    }
    // The issuing block: the top-left lines before the title ("UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH").
    const mid = columns.length ? columns[0].col + Math.floor((columns[columns.length - 1].col - columns[0].col) / 2) : Infinity;
    for (const line of titleLines) {
      if (TITLE_LINE.test(line.folded)) break;
      if (line.col > mid || MOTTO.test(line.folded) || LABEL_UNIT.test(line.folded)) continue;
      // The issuing block is written in capitals ("SỞ TÀI CHÍNH"); a line in lower case is no agency's name.
      if (!hasLetter(line.text) || line.text !== line.text.toUpperCase()) continue;
      hint.issuing = line.text;
    }
    const folded = fold(this.sheet);
    if (!GENERIC_SHEET.test(folded)) hint.sheetName = this.sheet.trim();
    return hint;
  }
}

/** People counted by gender, in the whole table and since the last heading or totals row. */
class Tally {
  segMale = 0;
  segFemale = 0;
  allMale = 0;
  allFemale = 0;
  count(g: Gender): void {
    if (g === "male") {
      this.segMale++;
      this.allMale++;
    } else {
      this.segFemale++;
      this.allFemale++;
    }
  }
}

interface GenderReading {
  found: Gender | null;
  /** The row reads as a person beyond doubt (a clear gender value), so footer and heading tests are skipped. */
  strong: boolean;
  birth?: string;
  birthUnreadable?: { col: number; value: string };
  reject?: { code: ProblemCode; col?: number; value?: string };
}

interface Roles {
  ordinal: number | null;
  name: number[];
  gender: number | null;
  birth: number | null;
  birthMale: number | null;
  birthFemale: number | null;
  maleMark: number | null;
  femaleMark: number | null;
  unit: number | null;
  title: number | null;
  council: number[];
  councilLevels: { col: number; level: CouncilLevel }[];
  party: number[];
  training: number[];
  pool: number[];
  hasGender: boolean;
  /** Columns whose content makes a row a data row (every role but ordinal, name and other). */
  dataCols: number[];
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
