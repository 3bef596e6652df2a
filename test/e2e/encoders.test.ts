// The fixtures' own TCVN3 and VNI encoders (test/fixtures/legacy.ts) against the published examples,
// and against the project's decoder: two independent implementations of the tables must agree.
import { toTcvn3, toVni } from "../fixtures/legacy";
import { decode } from "../../src/reading/text";

const SAMPLES = [
  "Họ và tên",
  "Nguyễn Thị Hạnh",
  "Người lập biểu",
  "Phó Trưởng phòng phụ trách",
  "Đại biểu HĐND",
  "Cử đi đào tạo, bồi dưỡng năm 2026",
  "thị trấn",
  "Chức vụ",
  "Cấp ủy",
  "Ủy viên",
  "Đảng ủy viên",
  "Đặng Văn Tùng",
  "Lê Thị Ngọc Ánh",
  "Võ Thị Giang",
  "Đoàn Văn Ước",
  "Hồ Thị Xuân",
  "Giám đốc Trung tâm Y tế",
];

describe("TCVN3 encoder of the fixtures", () => {
  test("published examples", () => {
    expect(toTcvn3("Nữ")).toBe("N\u00f7"); // "N÷"
    expect(toTcvn3("Họ và tên")).toBe("H\u00e4 v\u00b5 t\u00aan"); // "Hä vµ tªn"
    expect(toTcvn3("ư")).toBe("\u00ad");
    expect(toTcvn3("Đ")).toBe("\u00a7");
    // A capital with a tone has no TCVN3 code: typed as the lowercase code, shown as a capital by .VnTimeH.
    expect(toTcvn3("PHÒNG")).toBe("PH\u00dfNG");
  });

  test("refuses what TCVN3 cannot hold", () => {
    expect(() => toTcvn3("Nữ €")).toThrow(/TCVN3/);
  });

  test.each(SAMPLES)("the project's decoder reads back %s", (text) => {
    expect(decode(toTcvn3(text), "tcvn3")).toBe(text.normalize("NFC").replace(/[ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/g, (c) => c.toLowerCase()));
  });
});

describe("VNI encoder of the fixtures", () => {
  test("published examples", () => {
    expect(toVni("Nữ")).toBe("N\u00f6\u00f5"); // "Nöõ"
    expect(toVni("Xin chào các bạn")).toBe("Xin chaøo caùc baïn");
    expect(toVni("Họ và tên")).toBe("Hoï vaø teân");
    expect(toVni("Trường")).toBe("Tröôøng");
    expect(toVni("Đơn vị")).toBe("Ñôn vò");
  });

  test("refuses what VNI cannot hold", () => {
    expect(() => toVni("Nữ €")).toThrow(/VNI/);
  });

  test.each(SAMPLES)("the project's decoder reads back %s", (text) => {
    expect(decode(toVni(text), "vni")).toBe(text.normalize("NFC"));
  });
});
