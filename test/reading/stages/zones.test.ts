// Stage: legacy encoding by zone. The head (title, header) and the body (data rows) are detected apart;
// a cell's own font wins; a TCVN3/VNI block pasted into a Unicode sheet is decoded by its text.
import { encodeTcvn3, encodeVni } from "../../../src/reading/text";
import { cleanText, mayBeLegacy } from "../../../src/reading/zones";
import { grid, viewOf } from "../gridBuilder";

describe("ZoneText", () => {
  it("detects a TCVN3 body under a Unicode header", () => {
    const rows = [["Họ và tên", "Giới tính"], [encodeTcvn3("Trần Thị Hương"), encodeTcvn3("Nữ")], [encodeTcvn3("Lê Văn Đức"), "Nam"]];
    const view = viewOf(grid("S", rows));
    view.text.detectHead(1);
    view.text.detectBody(2, [1]);
    expect(view.text.head).toBe("unicode");
    expect(view.text.body).toBe("tcvn3");
    expect(view.text.bodyText(2, 1, view.cells.raw(2, 1))).toBe("Trần Thị Hương");
    expect(view.text.legacyUsed).toBe("tcvn3");
    expect(view.text.reported()).toBe("tcvn3");
  });

  it("decodes by the cell's own font first", () => {
    const rows = [["Họ và tên"], [encodeVni("Nguyễn Thị Lan")]];
    const view = viewOf(grid("S", rows, { fonts: [[null], ["VNI-Times"]] }));
    expect(view.text.bodyText(2, 1, view.cells.raw(2, 1))).toBe("Nguyễn Thị Lan");
  });

  it("decodes a row pasted in TCVN3 into a Unicode sheet (no font known), short cells of that row too", () => {
    const rows = [["Họ và tên", "Chức vụ"], ["Lê Văn An", "Chuyên viên"], [encodeTcvn3("Trần Thị Hương"), encodeTcvn3("Trưởng phòng")]];
    const view = viewOf(grid("S", rows));
    expect(view.text.bodyText(3, 1, view.cells.raw(3, 1))).toBe("Trần Thị Hương");
    expect(view.text.bodyText(3, 2, view.cells.raw(3, 2))).toBe("Trưởng phòng");
    expect(view.text.bodyText(2, 1, view.cells.raw(2, 1))).toBe("Lê Văn An");
    expect(view.text.reported()).toBe("tcvn3");
  });

  it("leaves Unicode text that happens to hold Latin-1 letters alone", () => {
    const view = viewOf(grid("S", [["Lê Thị Hà"]]));
    expect(view.text.bodyText(1, 1, "Lê Thị Hà")).toBe("Lê Thị Hà");
    expect(view.text.legacyUsed).toBeNull();
  });
});

describe("text helpers", () => {
  it("cleanText: NFC, one space", () => {
    expect(cleanText("  Lê   Văn\u00a0An ")).toBe("Lê Văn An");
    expect(cleanText("Ho\u0300a")).toBe("Hòa");
    expect(cleanText("Lê Văn An")).toBe("Lê Văn An");
  });
  it("mayBeLegacy: Latin-1 letters and no Unicode-only Vietnamese letter", () => {
    expect(mayBeLegacy(encodeTcvn3("Nữ"))).toBe(true);
    expect(mayBeLegacy("Nữ")).toBe(false);
    expect(mayBeLegacy("Nam")).toBe(false);
  });
});
