// Loaded lazily (its own chunk, with ExcelJS) only in demo mode: opens a .xlsx held in memory.
import { XlsxGateway } from "../xlsx/gateway";
import { WorkbookUnreadable, unreadableMessage } from "../xlsx/errors";
import type { Lang } from "../domain/settings";
import type { DemoWorkbook } from "./components/DemoShell";

export async function openDemoWorkbook(bytes: ArrayBuffer, fileName: string, lang: Lang): Promise<DemoWorkbook> {
  try {
    const gateway = await XlsxGateway.fromBuffer(bytes);
    return { gateway, toBytes: () => gateway.toBuffer() };
  } catch (e) {
    // The reader knows why a file is not a workbook (.xls, password, damaged…): say that sentence.
    if (e instanceof WorkbookUnreadable) throw new Error(unreadableMessage(e.reason, lang, fileName));
    throw e;
  }
}
