// What the roster's own title and signature blocks offer for the báo cáo's header and signer.
import * as path from "path";
import { readWorkbook } from "../../src/reading";
import { agencyCase, suggestDocument } from "../../src/report/suggest";
import { readGridsFromFile } from "../../src/xlsx/readGrids";

async function suggestionsOf(file: string): Promise<ReturnType<typeof suggestDocument>> {
  const grids = await readGridsFromFile(file);
  return suggestDocument(grids, readWorkbook(grids, { year: 2026 }));
}

describe("suggestDocument", () => {
  test("the sample roster: governing body, agency, place, the director's title and name (not the preparer's)", async () => {
    expect(await suggestionsOf(path.join(__dirname, "../../assets/mau-danh-sach.xlsx"))).toEqual({
      governingBody: "UBND TỈNH HÀ TĨNH",
      agency: "Sở Tài chính",
      place: "Hà Tĩnh",
      signerTitle: "GIÁM ĐỐC",
      signerName: "Nguyễn Văn Hùng",
    });
  });

  test("a deputy signing for the chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)", async () => {
    const s = await suggestionsOf(path.join(__dirname, "../fixtures/blind4/02-bm03-ubnd-huyen.xlsx"));
    expect(s).toMatchObject({ signerAuthority: "KT. CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "Nguyễn Hữu Thắng" });
  });

  test("nothing is guessed where the roster says nothing", async () => {
    expect(await suggestionsOf(path.join(__dirname, "../fixtures/blind4/08-xuat-khong-dau.xlsx"))).toEqual({});
  });
});

describe("agencyCase", () => {
  test.each([
    ["SỞ TÀI CHÍNH", "Sở Tài chính"],
    ["UBND HUYỆN CẨM XUYÊN", "UBND huyện Cẩm Xuyên"],
    ["UBND THỊ XÃ HỒNG LĨNH", "UBND thị xã Hồng Lĩnh"],
    ["SỞ NÔNG NGHIỆP VÀ PTNT", "Sở Nông nghiệp và PTNT"],
    ["TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP", "Trung tâm Dịch vụ nông nghiệp"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và xã hội"],
  ])("%s → %s", (caps, prose) => expect(agencyCase(caps)).toBe(prose));
});
