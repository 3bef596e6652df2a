import fc from "fast-check";
import {
  decode,
  detectEncoding,
  encodeTcvn3,
  encodeVni,
  encodingOfFont,
  fold,
  guessEncoding,
  hasUnicodeVietnamese,
  isUpperCaseFont,
  nfc,
} from "../../src/reading/text";

const LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const UPPER = LOWER.toUpperCase();
const lowerLetters = [...LOWER];
const upperLetters = [...UPPER];
/** The 134 letters that are not plain ASCII (67 lowercase, 67 capitals). */
const vietnamese = [...lowerLetters, ...upperLetters].filter((c) => c.charCodeAt(0) > 0x7f);
const TCVN3_CAPITALS = ["Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư"];

// The alphabet in each encoding, typed from the published code tables (not from our generator).
const LOWER_TCVN3 =
  "aµ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËbcd®eÌÐÎÏÑªÒÕÓÔÖghi×ÝØÜÞklmnoßãáâä«åèæçé¬êíëìîpqrstuïóñòô\u00adõøö÷ùvxyúýûüþ";
const LOWER_VNI =
  "aaøaùaûaõaïaêaèaéaúaüaëaâaàaáaåaãaäbcdñeeøeùeûeõeïeâeàeáeåeãeäghiìíæóòklmnooøoùoûoõoïoâoàoáoåoãoä" +
  "ôôøôùôûôõôïpqrstuuøuùuûuõuïööøöùöûöõöïvxyyøyùyûyõî";

describe("the alphabet", () => {
  it("has 89 letters, 134 of them (both cases) beyond ASCII", () => {
    expect(lowerLetters).toHaveLength(89);
    expect(upperLetters).toHaveLength(89);
    expect(vietnamese).toHaveLength(134);
  });
});

describe("nfc", () => {
  it("composes NFD and turns no-break spaces into spaces", () => {
    expect(nfc("Nguye\u0302\u0303n\u00a0Thi\u0323")).toBe("Nguyễn Thị");
    expect(nfc("Nguyễn Thị")).toBe("Nguyễn Thị");
  });
});

describe("fold", () => {
  it("lowercases, strips diacritics and đ, collapses whitespace", () => {
    expect(fold("Họ và\n tên")).toBe("ho va ten");
    expect(fold("  Giới\ttính  ")).toBe("gioi tinh");
    expect(fold("ĐẢNG VIÊN")).toBe("dang vien");
    expect(fold("Phó Giám\r\nđốc")).toBe("pho giam doc");
    expect(fold("Ngày\u00a0sinh")).toBe("ngay sinh");
  });
  it("folds NFD the same as NFC", () => {
    const nfcText = "Chức vụ, Nữ, Đơn vị";
    expect(fold(nfcText.normalize("NFD"))).toBe("chuc vu, nu, don vi");
    expect(fold(nfcText.normalize("NFD"))).toBe(fold(nfcText));
  });
  it("folds every Vietnamese letter to its ASCII base", () => {
    expect(fold(LOWER)).toBe("aaaaaaaaaaaaaaaaaabcddeeeeeeeeeeeeghiiiiiiklmnoooooooooooooooooopqrstuuuuuuuuuuuuvxyyyyyy");
    expect(fold(UPPER)).toBe(fold(LOWER));
  });
});

describe("TCVN3", () => {
  it("encodes the lowercase alphabet as the published table", () => {
    expect(encodeTcvn3(LOWER)).toBe(LOWER_TCVN3);
    expect(decode(LOWER_TCVN3, "tcvn3")).toBe(LOWER);
  });
  it("stores the examples of the spec", () => {
    expect(encodeTcvn3("Nữ")).toBe("N÷");
    expect(encodeTcvn3("ư")).toBe("\u00ad");
    expect(encodeTcvn3("đ")).toBe("®");
    expect(encodeTcvn3("Đ")).toBe("§");
    expect(decode("NguyÔn ThÞ Hång", "tcvn3")).toBe("Nguyễn Thị Hồng");
    expect(decode("Phßng Tæ chøc", "tcvn3")).toBe("Phòng Tổ chức");
  });
  it.each(lowerLetters)("round-trips %s", (letter) => {
    expect(decode(encodeTcvn3(letter), "tcvn3")).toBe(letter);
  });
  it.each(TCVN3_CAPITALS)("round-trips the capital %s through its own code", (letter) => {
    const code = encodeTcvn3(letter);
    expect(code).toHaveLength(1);
    expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
    expect(code.charCodeAt(0)).toBeLessThanOrEqual(0xa7);
    expect(decode(code, "tcvn3")).toBe(letter);
  });
  it("gives 74 distinct one-character codes in 0xA1–0xFE (67 lowercase + 7 capitals)", () => {
    const letters = [...lowerLetters.filter((c) => c.charCodeAt(0) > 0x7f), ...TCVN3_CAPITALS];
    const codes = letters.map(encodeTcvn3);
    expect(letters).toHaveLength(74);
    expect(new Set(codes).size).toBe(74);
    for (const code of codes) {
      expect(code).toHaveLength(1);
      expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(code.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
    }
  });
  it("writes other capitals with the lowercase code, as an H font does, and decodes them with upper", () => {
    expect(encodeTcvn3("NGUYỄN THỊ HỒNG")).toBe("NGUYÔN THÞ HåNG");
    expect(decode("NGUYÔN THÞ HåNG", "tcvn3")).toBe("NGUYễN THị HồNG");
    expect(decode("NGUYÔN THÞ HåNG", "tcvn3", { upper: true })).toBe("NGUYỄN THỊ HỒNG");
    expect(decode("N÷", "tcvn3", { upper: true })).toBe("NỮ");
    expect(encodeTcvn3("Ý")).toBe("ý"); // "Ý" itself is the code of í
    expect(decode(encodeTcvn3(UPPER), "tcvn3", { upper: true })).toBe(UPPER);
  });
  it("round-trips any text of lowercase letters, spaces and punctuation", () => {
    const text = fc.string({ unit: fc.constantFrom(...lowerLetters, " ", ",", ".", "1", "(") });
    fc.assert(fc.property(text, (s) => decode(encodeTcvn3(s), "tcvn3") === s));
  });
});

describe("VNI", () => {
  it("encodes the lowercase alphabet as the published table", () => {
    expect(encodeVni(LOWER)).toBe(LOWER_VNI);
    expect(decode(LOWER_VNI, "vni")).toBe(LOWER);
  });
  it("stores the examples of the spec", () => {
    expect(encodeVni("Nữ")).toBe("Nöõ");
    expect(encodeVni("Việt")).toBe("Vieät");
    expect(encodeVni("đ")).toBe("ñ");
    expect(encodeVni("Đ")).toBe("Ñ");
    expect(encodeVni("Xin chào các bạn")).toBe("Xin chaøo caùc baïn");
    expect(decode("Nguyeãn Thò Hoàng", "vni")).toBe("Nguyễn Thị Hồng");
    expect(decode("Phoøng Toå chöùc", "vni")).toBe("Phòng Tổ chức");
    expect(decode("NGUYEÃN VAÊN ÑÖÙC", "vni")).toBe("NGUYỄN VĂN ĐỨC");
  });
  it.each(vietnamese)("round-trips %s", (letter) => {
    expect(decode(encodeVni(letter), "vni")).toBe(letter);
  });
  it("gives 134 distinct spellings of one or two Latin-1 characters", () => {
    const codes = vietnamese.map(encodeVni);
    expect(new Set(codes).size).toBe(134);
    for (const code of codes) {
      expect(code.length === 1 || code.length === 2).toBe(true);
      for (const ch of code) expect(ch.charCodeAt(0)).toBeLessThanOrEqual(0xff);
    }
  });
  it("round-trips the whole alphabet in both cases", () => {
    expect(decode(encodeVni(UPPER), "vni")).toBe(UPPER);
    expect(decode(encodeVni(LOWER + UPPER), "vni")).toBe(LOWER + UPPER);
  });
  it("decodes a capital base with a lowercase mark by the base's case", () => {
    expect(decode("Nguyeãn", "vni")).toBe("Nguyễn");
    expect(decode("Eã", "vni")).toBe("Ễ");
    expect(decode("eÃ", "vni")).toBe("ễ");
  });
  it("round-trips any text of letters of both cases, spaces and punctuation", () => {
    const text = fc.string({ unit: fc.constantFrom(...lowerLetters, ...upperLetters, " ", "-", "/", "2") });
    fc.assert(fc.property(text, (s) => decode(encodeVni(s), "vni") === s));
  });
});

describe("decode", () => {
  it("only normalizes Unicode text", () => {
    expect(decode("Nguye\u0302\u0303n\u00a0Văn", "unicode")).toBe("Nguyễn Văn");
    expect(decode("Phòng", "unicode")).toBe("Phòng");
  });
  it("leaves ASCII unchanged in every encoding", () => {
    for (const enc of ["unicode", "tcvn3", "vni"] as const) {
      expect(decode("STT 12, Ho ten (A-Z)", enc)).toBe("STT 12, Ho ten (A-Z)");
    }
  });
});

describe("encodingOfFont and isUpperCaseFont", () => {
  it.each([
    [".VnTime", "tcvn3"],
    [".VnTimeH", "tcvn3"],
    [".VnArial", "tcvn3"],
    [".VnArial NarrowH", "tcvn3"],
    [".VNTIME", "tcvn3"],
    ["VNI-Times", "vni"],
    ["VNI-Helve", "vni"],
    ["Vni-Aptima", "vni"],
    ["VNtimes new roman", null],
    ["VnTime", null],
    ["Times New Roman", null],
    ["Calibri", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%s → %s", (font, enc) => {
    expect(encodingOfFont(font)).toBe(enc);
  });
  it("knows the H fonts", () => {
    expect(isUpperCaseFont(".VnTimeH")).toBe(true);
    expect(isUpperCaseFont(".VnArialH")).toBe(true);
    expect(isUpperCaseFont(".VnTime")).toBe(false);
    expect(isUpperCaseFont("VNI-Times")).toBe(false);
    expect(isUpperCaseFont("Arial")).toBe(false);
    expect(isUpperCaseFont(undefined)).toBe(false);
  });
});

describe("guessEncoding", () => {
  it.each([
    "Nguyễn Thị Hồng",
    "Phòng Tổ chức",
    "Nguyễn Thị Hồng".normalize("NFD"),
    "Phòng Tổ chức".normalize("NFD"),
    "Hoà Bình",
    "Lê Văn Tám, Trần Quốc Tuấn",
    "Thuý, Khuê, Quyền, Khoẻ, Nguyệt",
    "Họ và tên",
    "Giới tính",
    "Nữ",
    "STT",
    "Hello World",
    "Café résumé",
    "30,5%",
    "",
  ])("does not flag %j", (s) => {
    expect(guessEncoding(s)).toBeNull();
  });
  it.each([
    ["NguyÔn ThÞ Hång", "tcvn3"],
    ["Phßng Tæ chøc", "tcvn3"],
    ["N÷", "tcvn3"],
    ["Hä vµ tªn", "tcvn3"],
    ["DANH S¸CH C¸N Bé", "tcvn3"],
    [encodeTcvn3("Giới tính"), "tcvn3"],
    ["Nguyeãn Thò Hoàng", "vni"],
    ["Phoøng Toå chöùc", "vni"],
    ["Nöõ", "vni"],
    ["Hoï vaø teân", "vni"],
    [encodeVni("Giới tính"), "vni"],
    [encodeVni("NGUYỄN VĂN ĐỨC"), "vni"],
  ])("flags %j as %s", (s, enc) => {
    expect(guessEncoding(s)).toBe(enc);
  });
  it("never flags Unicode text of Vietnamese letters", () => {
    const syllables = ["Nguyễn", "Thị", "Phòng", "Tổ", "chức", "Hoà", "Thuý", "Đức", "Anh", "Bùi", "Tú", "Lý", "Mỹ"];
    const text = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    fc.assert(fc.property(text, (s) => guessEncoding(s) === null && guessEncoding(s.normalize("NFD")) === null));
  });
});

describe("hasUnicodeVietnamese", () => {
  it("sees letters only Unicode has", () => {
    expect(hasUnicodeVietnamese("Nguyễn")).toBe(true);
    expect(hasUnicodeVietnamese("Văn")).toBe(true);
    expect(hasUnicodeVietnamese("Pho\u0300ng")).toBe(true);
    expect(hasUnicodeVietnamese("Phòng")).toBe(false);
    expect(hasUnicodeVietnamese("NguyÔn")).toBe(false);
  });
});

describe("detectEncoding", () => {
  it("is unicode for nothing at all", () => {
    expect(detectEncoding([])).toBe("unicode");
    expect(detectEncoding(["STT", "1", "2"])).toBe("unicode");
  });
  it("follows the fonts when they say legacy", () => {
    expect(detectEncoding(["STT", "Ho ten"], [".VnTime", null])).toBe("tcvn3");
    expect(detectEncoding(["STT"], ["VNI-Times"])).toBe("vni");
    expect(detectEncoding(["Phßng Tæ chøc"], [".VnTimeH", ".VnTime"])).toBe("tcvn3");
    // The most frequent legacy font decides.
    expect(detectEncoding(["STT"], ["VNI-Times", ".VnTime", "VNI-Helve", "Arial"])).toBe("vni");
  });
  it("keeps Unicode text under a legacy font that a converter left behind", () => {
    expect(detectEncoding(["Nguyễn Thị Hồng", "Phòng Tổ chức"], [".VnTime", ".VnTime"])).toBe("unicode");
    // ... but not when the text does read as that encoding.
    expect(detectEncoding(["Nguyễn Thị Hồng", "N÷"], [".VnTime"])).toBe("tcvn3");
  });
  it("votes by the text when the fonts say nothing", () => {
    expect(detectEncoding(["STT", "NguyÔn ThÞ Hång", "Phßng Tæ chøc", "N÷"], ["Arial"])).toBe("tcvn3");
    expect(detectEncoding(["Nguyeãn Thò Hoàng", "Phoøng Toå chöùc", "Nam"], ["VNtimes new roman"])).toBe("vni");
    expect(detectEncoding(["Nguyễn Thị Hồng", "Phòng Tổ chức", "Nữ"])).toBe("unicode");
  });
  it("lets the majority win and keeps unicode on a tie", () => {
    expect(detectEncoding(["NguyÔn ThÞ Hång", "Phßng Tæ chøc", "Nguyeãn Thò Hoàng"])).toBe("tcvn3");
    expect(detectEncoding(["NguyÔn ThÞ Hång", "Nguyeãn Thò Hoàng"])).toBe("unicode");
    expect(detectEncoding(["N÷", "Nguyễn Văn An"])).toBe("unicode");
    expect(detectEncoding(["N÷", "Phßng Tæ chøc", "Nguyễn Văn An"])).toBe("tcvn3");
  });
});
