// The two inflaters of bytes held in memory (the pane's): the platform's DecompressionStream where it exists,
// fflate elsewhere (EdgeHTML). Both must give the same Grids, and stop the same way on a bomb or cut data.
import { deflateRawSync } from "zlib";
import { WorkbookUnreadable } from "../../src/xlsx/errors";
import { bytesSource } from "../../src/xlsx/source";
import { readPackage } from "../../src/xlsx/workbookReader";
import { HOSTILE, workbookWith } from "../badfiles/hostile";

async function outcome(bytes: Uint8Array, native: boolean): Promise<unknown> {
  try {
    return await readPackage(bytesSource(bytes, native));
  } catch (err) {
    if (err instanceof WorkbookUnreadable) return `unreadable: ${err.reason}`;
    throw err;
  }
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c><c r="B${i + 1}"><v>${i * 1.5}</v></c></row>`);
const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`;

describe("bytes inflated by the platform or by fflate", () => {
  it("has a native raw-deflate inflater here (Node 20)", () => {
    expect(typeof DecompressionStream).toBe("function");
  });

  it("gives the same Grids", async () => {
    const bytes = workbookWith({ sheet: { name: "xl/worksheets/sheet1.xml", data: sheet } });
    const native = await outcome(bytes, true);
    expect(native).toEqual(await outcome(bytes, false));
    expect((native as { rows: unknown[] }[])[0].rows).toHaveLength(3000);
  });

  it("says truncated for a part whose deflate data is cut", async () => {
    const cut = deflateRawSync(Buffer.from(sheet)).subarray(0, 2000);
    const bytes = workbookWith({ sheet: { name: "xl/worksheets/sheet1.xml", data: "", deflated: { data: cut, size: sheet.length } } });
    expect(await outcome(bytes, true)).toBe("unreadable: truncated");
    expect(await outcome(bytes, false)).toBe("unreadable: truncated");
  });

  // The bombs of each kind of part that inflate fast enough to run twice here (test/badfiles runs them all).
  const BOMBS = HOSTILE.filter((h) => /gigabytes of <si>|styles bomb|3 GB|far cells/.test(h.label));
  it("has the bombs it means to try", () => expect(BOMBS).toHaveLength(4));
  it.each(BOMBS.map((h) => [h.label, h] as const))("stops alike on %s", async (_label, hostile) => {
    const bytes = hostile.bytes();
    const start = Date.now();
    const native = await outcome(bytes, true);
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(native).toMatch(/^unreadable: /);
    expect(native).toEqual(await outcome(bytes, false));
  });
});
