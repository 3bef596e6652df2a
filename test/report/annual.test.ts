// The annual report as data: the báo cáo (NĐ 30/2020 form) and its phụ lục, for a known Analysis
// (Sở Tài chính 2026, fixtures.ts). Read as a Sở Nội vụ official reads it: what prints, and where.
import { annexSheetName, annualSheetName, buildAnnualReport, headTitleOf } from "../../src/report/annual";
import { problemKey } from "../../src/report/clerk";
import { STRATEGY_2030 } from "../../src/domain/profiles";
import type { ReportSheet } from "../../src/report/model";
import { knownAnalysis, PROBLEMS } from "./fixtures";
import { at, cells, rowOf, styleAt } from "./helpers";

/** Every text a printed page shows: the cells inside the print area. */
function printed(sheet: ReportSheet): string[] {
  const last = sheet.print.printRows?.last ?? sheet.rows.length;
  return sheet.rows
    .slice(0, last)
    .flatMap((r) => r.slice(0, sheet.print.printColumns.last))
    .filter((v): v is string => typeof v === "string");
}

/** The row holding a text (anywhere in the row), 1-based. */
function rowWith(sheet: ReportSheet, pattern: RegExp | string): number {
  const i = sheet.rows.findIndex((r) => r.some((v) => typeof v === "string" && (typeof pattern === "string" ? v === pattern : pattern.test(v))));
  if (i < 0) throw new Error(`no row with ${String(pattern)}`);
  return i + 1;
}

const M = (mm: number): number => Math.round((mm / 25.4) * 1000) / 1000;

describe("the báo cáo: Sở Tài chính 2026, two data errors", () => {
  const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính", signer: { title: "Giám đốc", name: "Nguyễn Văn An" }, docNumber: "125" });
  const doc = model.sheets[0];
  const text = printed(doc).join("\n");

  test("two sheets: the báo cáo, then its phụ lục; metadata of the annual report", () => {
    expect(model.sheets.map((s) => s.sheetName)).toEqual([annualSheetName(2026), annexSheetName(2026)]);
    expect(model.sheets.map((s) => s.sheetName)).toEqual(["BC BĐG 2026", "PL BĐG 2026"]);
    expect(model.metadata).toEqual({ kind: "annual-report", version: 1, year: 2026, agency: "Sở Tài chính" });
  });

  test("NĐ 30 header: governing body over the agency (bold) with a rule; quốc hiệu, tiêu ngữ with its rule; số, place and date", () => {
    expect(at(doc, "A1")).toBe("UBND TỈNH HÀ TĨNH");
    expect(styleAt(doc, 1, 1).font?.bold).toBeFalsy();
    expect(at(doc, "A2")).toBe("SỞ TÀI CHÍNH");
    expect(styleAt(doc, 2, 1).font).toMatchObject({ bold: true, name: "Times New Roman" });
    expect(at(doc, "J1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(styleAt(doc, 1, 10).font).toMatchObject({ bold: true, size: 12 });
    expect(at(doc, "J2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(styleAt(doc, 2, 10).font).toMatchObject({ bold: true, size: 13 });
    // The rules: a short one centred under the agency (left half, columns 1–9), one under the motto (10–24).
    const ruled = (col: number): boolean => styleAt(doc, 3, col).border === "bottom";
    expect(ruled(5)).toBe(true);
    expect(ruled(1) || ruled(9)).toBe(false);
    expect(ruled(17)).toBe(true);
    expect(ruled(10) || ruled(24)).toBe(false);
    expect(at(doc, "A5")).toBe("Số: 125/BC-STC");
    expect(at(doc, "J5")).toBe("Hà Tĩnh, ngày …… tháng …… năm 2026");
    expect(styleAt(doc, 5, 10).font?.italic).toBe(true);
  });

  test("DỰ THẢO above BÁO CÁO while errors remain; the trích yếu beneath in bold lower case, then a rule", () => {
    const draft = rowWith(doc, "DỰ THẢO");
    expect(at(doc, `A${draft + 1}`)).toBe("BÁO CÁO");
    const summary = at(doc, `A${draft + 2}`);
    expect(summary).toBe("Kết quả thực hiện biện pháp bảo đảm bình đẳng giới đối với nữ cán bộ, công chức, viên chức năm 2026");
    expect(styleAt(doc, draft + 2, 1).font).toMatchObject({ bold: true, size: 14 });
    expect(doc.styleRanges.some((s) => s.style === "rule" && s.range.top === draft + 3)).toBe(true);
    expect(at(doc, `A${rowWith(doc, /^Kính gửi/)}`)).toBe("Kính gửi: Sở Nội vụ tỉnh Hà Tĩnh.");
  });

  test("no DỰ THẢO once no error remains (warnings and notices do not make a draft)", () => {
    const clean = buildAnnualReport(knownAnalysis({ problems: PROBLEMS.filter((p) => p.severity !== "error") }), { year: 2026, agency: "Sở Tài chính" });
    expect(printed(clean.sheets[0])).not.toContain("DỰ THẢO");
    expect(printed(clean.sheets[0])).toContain("BÁO CÁO");
  });

  test("one sentence per indicator with its figures and đạt / chưa đạt; flagged units by name", () => {
    expect(text).toContain("a) Tỷ lệ nữ đại biểu Quốc hội, đại biểu HĐND cấp tỉnh, cấp huyện: 3/11 người (27,3%), chỉ tiêu ≥ 30%: chưa đạt.");
    expect(text).toContain("b) Tỷ lệ nữ đại biểu HĐND cấp xã: 2/4 người (50%), chỉ tiêu ≥ 35% (phấn đấu 40%: đạt): đạt.");
    expect(text).toContain("c) Tỷ lệ nữ tham gia cấp ủy các cấp: 5/16 người (31,3%), chỉ tiêu ≥ 25%: đạt.");
    expect(text).toContain("d) Đơn vị có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ: 1/3 đơn vị thuộc diện (trong tổng số 5 đơn vị) đã có lãnh đạo chủ chốt là nữ, chỉ tiêu 100%: chưa đạt.");
    expect(text).toContain("Các đơn vị thuộc diện chưa có lãnh đạo chủ chốt là nữ: Văn phòng Sở (30% nữ), Ban Vì sự tiến bộ phụ nữ (đơn vị liên quan đến phụ nữ).");
    expect(text).toContain("đ) Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng: chưa có số liệu.");
    expect(text).toContain("1. Tổng số cán bộ, công chức, viên chức: 35 người, trong đó nữ 11 người (31,4%).");
    expect(text).toContain("Tỷ lệ nữ lãnh đạo chủ chốt: 2/9 người (22,2%), trong đó cấp trưởng 1/5 (20%), cấp phó 1/4 (25%).");
  });

  test("numbered sections; the clerk's paragraphs are marked placeholders, prefilled with the facts", () => {
    const order = ["I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "IV. KIẾN NGHỊ, ĐỀ XUẤT"];
    const rows = order.map((h) => rowWith(doc, new RegExp(`${h.replace(/[.,]/g, "\\$&")}$`)));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    const shortcomings = rows[2];
    expect(String(at(doc, `A${shortcomings + 1}`))).toMatch(/- a\) Tỷ lệ nữ đại biểu .*: 27,3%, chưa đạt chỉ tiêu ≥ 30%\.$/);
    expect(text).toMatch(/- Còn 2 đơn vị .* chưa có lãnh đạo chủ chốt là nữ: Văn phòng Sở, Ban Vì sự tiến bộ phụ nữ\./);
    const placeholders = doc.rows.map((r, i) => [r[0], i + 1] as const).filter(([v]) => typeof v === "string" && /^\s*\[.*\]$/.test(v));
    expect(placeholders.length).toBeGreaterThanOrEqual(3);
    for (const [, row] of placeholders) expect(styleAt(doc, row, 1).font?.italic).toBe(true);
    expect(text).toMatch(/\(kèm theo Phụ lục số liệu\)\.\/\.$/m);
  });

  test("the signature block: title and name; Nơi nhận bottom left", () => {
    const to = rowWith(doc, "Nơi nhận:");
    expect(styleAt(doc, to, 1).font).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(at(doc, `A${to + 1}`)).toBe("- Sở Nội vụ (để b/c);");
    expect(at(doc, `A${to + 2}`)).toBe("- Lưu: VT.");
    expect(styleAt(doc, to + 1, 1).font?.size).toBe(11);
    expect(at(doc, `L${to}`)).toBe("GIÁM ĐỐC");
    const name = rowWith(doc, "Nguyễn Văn An");
    expect(name).toBeGreaterThan(to + 2);
    expect(styleAt(doc, name, 12).font?.bold).toBe(true);
    // A báo cáo is not a biểu: no "Người lập biểu" / "THỦ TRƯỞNG ĐƠN VỊ" in it.
    expect(text).not.toMatch(/Người lập biểu|THỦ TRƯỞNG ĐƠN VỊ|Ký tên, đóng dấu/);
  });

  test("nothing about cells, sheets or commands prints; the clerk's data check stands below the print area", () => {
    expect(text).not.toMatch(/sheet|\b[A-Z]{1,2}\d{1,6}\b|bdg|ngăn tác vụ|lệnh|BDG-REPORT/i);
    const check = rowWith(doc, /^KIỂM TRA DỮ LIỆU/);
    expect(check).toBeGreaterThan(doc.print.printRows!.last);
    expect(doc.rows.slice(check - 1).flat().join("\n")).toContain("Lỗi — DS 2026!C41: Không xác định được giới tính của “Nguyễn Văn A”");
  });

  test("A4 portrait, NĐ 30 margins at 100%, columns filling the text block, Times New Roman 13–14", () => {
    expect(doc.print).toMatchObject({ paperSize: "A4", orientation: "portrait", centerHorizontally: false, printColumns: { first: 1, last: 24 } });
    expect(doc.print.margins).toMatchObject({ top: M(20), bottom: M(20), left: M(30), right: M(15) });
    expect(doc.styles.body.font?.size).toBe(13);
    expect(doc.styles.doc.font?.name).toBe("Times New Roman");
    expect(doc.styles.body.alignment?.horizontal).toBe("justify");
    // Excel's width units: 24 columns of 7 px + 5 px each = the 165 mm between the margins, at 96 px an inch.
    const px = doc.columnWidths.slice(0, 24).reduce((s, w) => s + w * 7 + 5, 0);
    expect((px / 96) * 25.4).toBeGreaterThan(158);
    expect((px / 96) * 25.4).toBeLessThanOrEqual(165);
    expect(new Set(doc.rows.map((r) => r.length)).size).toBe(1);
  });
});

describe("the báo cáo: basis by year, signer, UBND", () => {
  test("the basis names the reporting year's plan: NQ 28 / QĐ 2282 at the 2030 milestone, never QĐ 515", () => {
    const model = buildAnnualReport(knownAnalysis({}, STRATEGY_2030), { year: 2026, agency: "Sở Tài chính" });
    const basis = printed(model.sheets[0]).find((t) => t.includes("Căn cứ"))!;
    expect(basis).toContain("Nghị quyết số 28/NQ-CP ngày 03/3/2021");
    expect(basis).toContain("Quyết định số 2282/QĐ-TTg");
    expect(basis).toContain("chỉ tiêu đến năm 2030");
    expect(basis).not.toContain("515");
  });

  test("a UBND: no body above it, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, date set", () => {
    const model = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "UBND huyện Can Lộc", date: new Date(2026, 11, 3), signer: { name: "Trần Văn Bình" } });
    const doc = model.sheets[0];
    expect(at(doc, "A1")).toBeNull();
    expect(at(doc, "A2")).toBe("ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC");
    expect(at(doc, "A5")).toBe("Số: …/BC-UBND");
    expect(at(doc, "J5")).toBe("Hà Tĩnh, ngày 03 tháng 12 năm 2026");
    const to = rowWith(doc, "Nơi nhận:");
    expect(cells(doc, to, 24)[11]).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(cells(doc, to + 1, 24)[11]).toBe("CHỦ TỊCH");
    expect(printed(doc)).toContain("Trần Văn Bình");
  });

  test("a deputy signing for the director: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; without a name, a marked placeholder", () => {
    const doc = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Y tế", signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc" } }).sheets[0];
    const to = rowWith(doc, "Nơi nhận:");
    expect(cells(doc, to, 24)[11]).toBe("KT. GIÁM ĐỐC");
    expect(cells(doc, to + 1, 24)[11]).toBe("PHÓ GIÁM ĐỐC");
    expect(printed(doc)).toContain("[Họ và tên người ký]");
  });

  test("the head's title from the agency's kind", () => {
    expect(headTitleOf("Sở Tài chính")).toBe("GIÁM ĐỐC");
    expect(headTitleOf("UBND huyện Can Lộc")).toBe("CHỦ TỊCH");
    expect(headTitleOf("Ban Quản lý Khu kinh tế tỉnh")).toBe("TRƯỞNG BAN");
    expect(headTitleOf("Văn phòng UBND tỉnh")).toBe("CHÁNH VĂN PHÒNG");
    expect(headTitleOf("Hội Nông dân")).toBe("");
  });

  test("English labels when asked; the form's formulas stay Vietnamese", () => {
    const doc = buildAnnualReport(knownAnalysis(), { year: 2026, agency: "Sở Tài chính", lang: "en" }).sheets[0];
    const all = printed(doc).join("\n");
    expect(all).toContain("c) Women among party committee members: 5/16 people (31.3%), target ≥ 25%: met.");
    expect(all).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(all).toContain("BÁO CÁO");
  });
});

describe("the phụ lục", () => {
  const warning = PROBLEMS.find((p) => p.severity === "warning")!;
  const model = buildAnnualReport(knownAnalysis(), {
    year: 2026,
    agency: "Sở Tài chính",
    docNumber: "125",
    explanations: { [problemKey(warning)]: "Hai người trùng họ tên, đã đối chiếu hồ sơ." },
  });
  const annex = model.sheets[1];
  const text = printed(annex).join("\n");

  test("titled as an annex to the báo cáo", () => {
    expect(at(annex, "A1")).toBe("Phụ lục");
    expect(at(annex, "A2")).toBe("BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN BIỆN PHÁP BẢO ĐẢM BÌNH ĐẲNG GIỚI ĐỐI VỚI NỮ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026");
    expect(at(annex, "A3")).toBe("(Kèm theo Báo cáo số 125/BC-STC ngày …… tháng …… năm 2026 của Sở Tài chính)");
  });

  test("table 1: the indicators; row d counts units under heads that say so", () => {
    const head = rowOf(annex, "Nội dung");
    expect(cells(annex, head, 8)).toEqual(["STT", "Nội dung", "Tổng số (người)", "Nữ (người)", "Tỷ lệ nữ", "Chỉ tiêu", "Kết quả", "Ghi chú"]);
    expect(cells(annex, head + 1, 7)).toEqual([null, "Tổng số cán bộ, công chức, viên chức", 35, 11, 11 / 35, null, null]);
    expect(cells(annex, head + 2, 8)).toEqual(["a", "Tỷ lệ nữ đại biểu Quốc hội, đại biểu HĐND cấp tỉnh, cấp huyện", 11, 3, 3 / 11, 0.3, "Chưa đạt", "QH 0/0; tỉnh 1/3; huyện 2/8"]);
    expect(cells(annex, head + 4, 7)).toEqual(["c", "Tỷ lệ nữ tham gia cấp ủy các cấp", 16, 5, 5 / 16, 0.25, "Đạt"]);
    expect(cells(annex, head + 5, 5)).toEqual(["", "", "Đơn vị thuộc diện", "Đơn vị có lãnh đạo chủ chốt nữ", "Tỷ lệ đơn vị"]);
    expect(styleAt(annex, head + 5, 3).font?.bold).toBe(true);
    expect(cells(annex, head + 6, 8)).toEqual(["d", "Đơn vị có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ", 3, 1, 1 / 3, 1, "Chưa đạt", "Tổng số đơn vị: 5"]);
    expect(at(annex, `C${head + 7}`)).toBe("Tổng số (người)");
    expect(cells(annex, head + 8, 7)).toEqual(["đ", "Tỷ lệ nữ được cử đi đào tạo, bồi dưỡng", 0, 0, "không có dữ liệu", 0.5, "Không có dữ liệu"]);
    expect(styleAt(annex, head + 2, 5).numberFormat).toMatch(/0\.0%$/);
    expect(typeof at(annex, `E${head + 2}`)).toBe("number");
  });

  test("table 2: the units in roster order, flagged ones marked, the unassigned and the total", () => {
    const head = rowOf(annex, "Đơn vị");
    expect(cells(annex, head + 1, 8)).toEqual([1, "Văn phòng Sở", 10, 3, 0.3, "Không", "x", "Cần bố trí lãnh đạo chủ chốt nữ"]);
    expect(styleAt(annex, head + 1, 2).font?.bold).toBe(true);
    expect(cells(annex, head + 2, 8)).toEqual([2, "Phòng Tổ chức cán bộ", 8, 2, 0.25, "Có", null, null]);
    expect(cells(annex, head + 4, 8)).toEqual([4, "Ban Vì sự tiến bộ phụ nữ", 4, 1, 0.25, "Không", "x", "Liên quan đến phụ nữ; Cần bố trí lãnh đạo chủ chốt nữ"]);
    expect(cells(annex, head + 6, 5)).toEqual([null, "Chưa xác định đơn vị", 2, 1, 0.5]);
    expect(cells(annex, head + 7, 7)).toEqual([null, "Tổng cộng", 35, 11, 11 / 35, 2, 3]);
  });

  test("notes: the profile used, and the giải trình of an accepted warning, said without cells; the biểu's footer last", () => {
    expect(text).toContain("- Chỉ tiêu theo: Kế hoạch 2016–2020 (QĐ 515/QĐ-TTg).");
    expect(text).toContain("- Giải trình: “Trần C” có tên hai lần trong danh sách, chỉ tính một lần: Hai người trùng họ tên, đã đối chiếu hồ sơ.");
    expect(text).not.toMatch(/sheet|\b[A-Z]{1,2}\d{1,6}\b|bdg|ngăn tác vụ/i);
    const footer = rowWith(annex, "Người lập biểu");
    expect(cells(annex, footer, 8)[4]).toBe("THỦ TRƯỞNG ĐƠN VỊ");
    expect(cells(annex, footer + 1, 8)[4]).toBe("(Ký tên, đóng dấu)");
    expect(footer).toBeGreaterThan(rowWith(annex, "Ghi chú:"));
  });

  test("the giải trình is shown to the clerk too, beside the warning", () => {
    const doc = model.sheets[0];
    expect(doc.rows.flat().join("\n")).toContain("Giải trình: Hai người trùng họ tên, đã đối chiếu hồ sơ.");
  });

  test("A4 with NĐ 30's margins; the chart of shares by unit beside the print area", () => {
    expect(annex.print).toMatchObject({ paperSize: "A4", orientation: "portrait", printColumns: { first: 1, last: 8 } });
    expect(annex.print.margins.left).toBe(M(30));
    expect(annex.chart?.anchor.left).toBeGreaterThan(8);
  });
});
