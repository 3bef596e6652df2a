// Merged areas on hosts below ExcelApi 1.13, which cannot report them: the workbook's own file, got through
// Document.getFileAsync(Office.FileType.Compressed) (requirement set CompressedFile: Excel on the web, on Windows
// from perpetual Office 2016 Click-to-Run, on Mac: https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets;
// not the MSI builds of Office 2016: https://github.com/OfficeDev/office-js/issues/33), read by the same .xlsx reader
// as the command line. The reference (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1))
// does not say whether that file holds edits not yet saved, so its merges are taken only for sheets whose values in
// the file are exactly the values just read from Excel; any other sheet keeps no merges, and the pane says to save.
import type { CellValue, Grid } from "../domain/grid";

/** Office.context.document as far as getFileAsync goes (Office.FileType.Compressed is "compressed"). */
export interface FileDocument {
  getFileAsync(
    fileType: "compressed",
    options: { sliceSize: number },
    callback: (result: AsyncResultOf<FileOfSlices>) => void,
  ): void;
}

interface AsyncResultOf<T> {
  status: string;
  value: T;
  error?: { message: string };
}

interface FileOfSlices {
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncResultOf<{ data: ArrayLike<number> }>) => void): void;
  closeAsync(callback?: () => void): void;
}

/** The largest slice getFileAsync allows (4 MB), so a roster comes in few calls. */
const SLICE_SIZE = 4 * 1024 * 1024;

/** The workbook's file as bytes, slice after slice; the file is closed whatever happens (only two may be open). */
export function readCompressedFile(doc: FileDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    doc.getFileAsync("compressed", { sliceSize: SLICE_SIZE }, (opened) => {
      if (opened.status !== "succeeded") return reject(new Error(opened.error?.message ?? "getFileAsync failed"));
      const file = opened.value;
      const parts: Uint8Array[] = [];
      const next = (i: number): void => {
        if (i >= file.sliceCount) {
          file.closeAsync();
          return resolve(concat(parts));
        }
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== "succeeded") {
            file.closeAsync();
            return reject(new Error(slice.error?.message ?? "getSliceAsync failed"));
          }
          parts.push(Uint8Array.from(slice.value.data));
          next(i + 1);
        });
      };
      next(0);
    });
  });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object") return x.error === y.error;
  return x === y;
}

/** Whether two Grids of one sheet hold the same values at the same places (rows may be ragged). */
export function sameValues(live: Grid, saved: Grid): boolean {
  if (live.firstRow !== saved.firstRow || live.firstCol !== saved.firstCol) return false;
  const rows = Math.max(live.rows.length, saved.rows.length);
  for (let r = 0; r < rows; r++) {
    const a = live.rows[r] ?? [];
    const b = saved.rows[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) if (!sameCell(a[c], b[c])) return false;
  }
  return true;
}

/** Gives each live Grid the saved file's merges where the file holds the same values; returns the sheets left without. */
export function takeSavedMerges(live: Grid[], saved: Grid[]): { taken: string[]; stale: string[] } {
  const bySheet = new Map(saved.map((g) => [g.sheet, g]));
  const taken: string[] = [];
  const stale: string[] = [];
  for (const g of live) {
    const s = bySheet.get(g.sheet);
    if (s && sameValues(g, s)) {
      g.merges = s.merges.map((m) => ({ ...m }));
      if (g.merges.length > 0) taken.push(g.sheet);
    } else stale.push(g.sheet);
  }
  return { taken, stale };
}
