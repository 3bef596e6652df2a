// The demo worker's grids cross to the page packed: unpacked, they must be the very same Grids.
import { readFileSync } from "fs";
import { join } from "path";
import type { Grid } from "../../src/domain/grid";
import { packGrid, transfersOf, unpackGrid } from "../../src/taskpane/gridTransfer";
import { readGridsFromBuffer } from "../../src/xlsx/readBuffer";

const SAMPLE = join(__dirname, "..", "..", "assets", "mau-danh-sach.xlsx");

/** What postMessage does to a packed grid: a structured clone, its buffers transferred. */
function crossed(grids: Grid[]): Grid[] {
  const packed = grids.map(packGrid);
  const received = structuredClone(packed, { transfer: transfersOf(packed) });
  expect(packed[0].tags.byteLength).toBe(0); // transferred, not copied
  return received.map(unpackGrid);
}

test("the sample workbook's grids cross unchanged", async () => {
  const grids = await readGridsFromBuffer(readFileSync(SAMPLE));
  expect(crossed(grids)).toEqual(grids);
});

test("every kind of cell value, ragged and empty rows, and the grid's other fields cross unchanged", () => {
  const grid: Grid = {
    sheet: "Tổng hợp",
    firstRow: 3,
    firstCol: 2,
    rows: [
      ["Họ và tên", "Nữ", null, 12, -0.5, true, false],
      [],
      [new Date(Date.UTC(1980, 4, 17)), { error: "#N/A" }, "Họ và tên", 1e300],
      [null],
    ],
    merges: [{ top: 3, left: 2, bottom: 4, right: 2 }],
    fonts: [[".VnTime", null]],
    sheetFont: "Times New Roman",
    hiddenColumns: [4],
    hidden: true,
    visibility: "veryHidden",
    hiddenRows: [5],
    uncalculated: [{ row: 6, col: 3 }],
  };
  const [back] = crossed([grid]);
  expect(back).toEqual(grid);
  expect(back.rows[2][0]).toBeInstanceOf(Date);
  // An invalid date stays one (toEqual cannot say so: NaN is not NaN).
  const [odd] = crossed([{ ...grid, rows: [[new Date(Number.NaN)]] }]);
  expect(Number.isNaN((odd.rows[0][0] as Date).getTime())).toBe(true);
  expect(back.rows.map((r) => r.length)).toEqual([7, 0, 4, 1]);
});
