// Grids from an .xlsx file in Node, for the CLI: our package reader (workbookReader.ts) over the file,
// read piece by piece. Every failure is a WorkbookUnreadable that names the file.
import type { Grid } from "../domain/grid";
import { WorkbookUnreadable } from "./errors";
import { openFileSource } from "./fileSource";
import { readPackage, type ReadGridsOptions } from "./workbookReader";
import { readGridsFromBuffer } from "./readBuffer";

export { readGridsFromBuffer, type ReadGridsOptions };
export { WorkbookUnreadable, unreadableMessage, type UnreadableReason } from "./errors";

/** Grids of an .xlsx file, in workbook order (worksheets only). Never writes to the file. */
export async function readGridsFromFile(path: string, opts: ReadGridsOptions = {}): Promise<Grid[]> {
  const file = await openFileSource(path);
  try {
    return await readPackage(file.source, opts);
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw new WorkbookUnreadable(err.reason, path);
    throw new WorkbookUnreadable("truncated", path, err instanceof Error ? err.message : String(err));
  } finally {
    await file.close();
  }
}
