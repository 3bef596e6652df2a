// Grids from a workbook held in memory: the task pane (demo mode, its worker) and the XlsxGateway.
// Browser-safe: our package reader over the bytes, inflating with fflate. No ExcelJS here (the gateway
// loads it for writing), so reading never loads it.
import type { Grid } from "../domain/grid";
import { WorkbookUnreadable } from "./errors";
import { bytesSource } from "./source";
import { readPackage, type ReadGridsOptions } from "./workbookReader";

export type { ReadGridsOptions };

export function asBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

/** Grids of an .xlsx held in memory; the same Grids readGridsFromFile gives for that file. */
export async function readGridsFromBuffer(buf: ArrayBuffer | Uint8Array, opts: ReadGridsOptions = {}): Promise<Grid[]> {
  try {
    return await readPackage(bytesSource(asBytes(buf)), opts);
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw err;
    throw new WorkbookUnreadable("truncated", undefined, err instanceof Error ? err.message : String(err));
  }
}
