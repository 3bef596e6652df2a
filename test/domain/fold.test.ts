// fold() is a table lookup per character, written as char codes; the rule it must agree with is
// NFD, marks dropped, đ → d, lowercase, whitespace runs to one space, trimmed.
import fc from "fast-check";
import { fold } from "../../src/domain/fold";

function rule(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u200b-\u200d]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ \t\n\u00a0\u200b0123456789.,-/";

describe("fold", () => {
  it("folds Vietnamese names, titles and headers as the rule does", () => {
    expect(fold("  Nguyễn Thị\nHằng ")).toBe("nguyen thi hang");
    expect(fold("PHÓ GIÁM ĐỐC")).toBe("pho giam doc");
    expect(fold("Ho\u0323 va\u0300 te\u0302n")).toBe("ho va ten"); // NFD input
    expect(fold("")).toBe("");
    expect(fold(" \u00a0 ")).toBe("");
  });

  it("agrees with the rule on any text of Vietnamese letters, marks, spaces and digits", () => {
    const char = fc.constantFrom(...[...VIETNAMESE, "\u0301", "\u0323", "\u0309"]);
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join("")), (text) => fold(text) === rule(text)), { numRuns: 2000 });
  });

  it("agrees with the rule on texts of other scripts and on long texts", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => fold(text) === rule(text)), { numRuns: 500 });
    const long = "Trưởng phòng Tổ chức cán bộ ".repeat(2000); // past one String.fromCharCode call
    expect(fold(long)).toBe(rule(long));
  });
});
