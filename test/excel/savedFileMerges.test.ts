// Below ExcelApi 1.13 the merged areas come from the workbook's saved file (getFileAsync, CompressedFile set),
// read by the .xlsx reader, only for sheets the file holds unchanged (see src/excel/savedFileMerges.ts).
import { ExcelGateway } from "../../src/excel/gateway";
import { readGridsFromBuffer } from "../../src/xlsx/readBuffer";
import { CASES, caseBytes } from "../contract/cases";
import { fakeOfBytes } from "../contract/intoFake";
import { readCompressedFile } from "../../src/excel/savedFileMerges";

async function olderExcel(compressedFile: boolean) {
  const bytes = await caseBytes(CASES[0]);
  const excel = await fakeOfBytes(bytes, { apiMinor: 12, compressedFile });
  excel.savedFile = bytes;
  return { excel, bytes, gateway: new ExcelGateway(excel.host(), undefined, (b) => readGridsFromBuffer(b)) };
}

describe("merged areas from the saved file below ExcelApi 1.13", () => {
  test("the file's merges are taken for a sheet whose values it holds unchanged", async () => {
    const { gateway, bytes, excel } = await olderExcel(true);
    const [grid] = await gateway.readGrids(["DS 2026"]);
    const [fromFile] = await readGridsFromBuffer(bytes);
    expect(grid.merges).toEqual(fromFile.merges);
    expect(grid.merges).toContainEqual({ top: 3, left: 5, bottom: 5, right: 5 });
    expect(gateway.lastRead).toMatchObject({ mergesUnavailable: false, mergesFromFile: { taken: ["DS 2026"], stale: [] } });
    expect(excel.apiUsed.has("getMergedAreasOrNullObject")).toBe(false);
    expect(excel.document.open).toBe(0); // the file was closed
  });

  test("an edit not yet saved: that sheet keeps no merges, and the read says merges are missing", async () => {
    const { gateway, excel } = await olderExcel(true);
    excel.sheet("DS 2026").setCell(6, 2, "Phạm Văn Hùng (sửa)");
    const [grid] = await gateway.readGrids(["DS 2026"]);
    expect(grid.merges).toEqual([]);
    expect(gateway.lastRead).toMatchObject({ mergesUnavailable: true, mergesFromFile: { taken: [], stale: ["DS 2026"] } });
  });

  test("without the CompressedFile set, or never saved, merges stay missing and nothing fails", async () => {
    const { gateway } = await olderExcel(false);
    const [grid] = await gateway.readGrids(["DS 2026"]);
    expect(grid.merges).toEqual([]);
    expect(gateway.lastRead?.mergesUnavailable).toBe(true);
    const unsaved = await olderExcel(true);
    unsaved.excel.savedFile = null;
    await unsaved.gateway.readGrids();
    expect(unsaved.gateway.lastRead?.mergesUnavailable).toBe(true);
  });

  test("the file comes in slices and is closed; a third open file is refused, as documented", async () => {
    const { excel, bytes } = await olderExcel(true);
    const slices: number[] = [];
    const doc = {
      getFileAsync: (t: "compressed", o: { sliceSize: number }, cb: Parameters<typeof excel.document.getFileAsync>[2]) =>
        excel.document.getFileAsync(t, { sliceSize: 4096 }, (r) => {
          if (r.status === "succeeded") slices.push(r.value.sliceCount);
          cb(r);
        }),
    };
    expect(await readCompressedFile(doc)).toEqual(bytes);
    expect(slices[0]).toBe(Math.ceil(bytes.length / 4096));
    excel.document.open = 2;
    await expect(readCompressedFile(excel.document)).rejects.toThrow(/two documents/);
  });
});
