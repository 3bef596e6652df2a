// The demo's Web Worker: the opened file's bytes are transferred here, read and analysed here, so the pane
// stays responsive while a large roster is read. It answers BookRequests with BookReplies (demoBook.ts).
import type { Grid } from "../domain/grid";
import { DemoBook, failureOf, forThePage, type BookReply, type BookRequest } from "./demoBook";
import { packGrid, transfersOf } from "./gridTransfer";

/** The worker's global scope, as much of it as is used (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<BookRequest>) => void) | null;
  postMessage(message: BookReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let book: DemoBook | null = null;

/** The bytes' own buffer when it can be handed over without a copy. */
function transferable(value: unknown): Transferable[] {
  if (value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) {
    return [value.buffer as ArrayBuffer];
  }
  return [];
}

async function answer(req: BookRequest): Promise<unknown> {
  if (req.op === "open") {
    book = new DemoBook(req.bytes);
    let shown = -1;
    const onFraction = (fraction: number): void => {
      // One message per whole per cent, not per row.
      const percent = Math.floor(fraction * 100);
      if (percent === shown) return;
      shown = percent;
      scope.postMessage({ id: req.id, kind: "progress", fraction });
    };
    // The grids go at once, packed: the page unpacks them while this thread analyses.
    const onGrids = (grids: Grid[]): void => {
      const packed = grids.map(packGrid);
      scope.postMessage({ id: req.id, kind: "grids", packed }, transfersOf(packed));
    };
    const opened = await book.open(req.lang, onFraction, onGrids);
    return { ...forThePage(opened), grids: [] };
  }
  if (!book) throw new Error("no workbook is open");
  switch (req.op) {
    case "readGrids":
      return book.readGrids();
    case "writeReport":
      return book.writeReport(req.model);
    case "saveSettings":
      return book.saveSettings(req.settings);
    case "toBytes":
      return book.toBytes();
  }
}

scope.onmessage = (e) => {
  const req = e.data;
  answer(req).then(
    (value) => scope.postMessage({ id: req.id, kind: "done", value }, transferable(value)),
    (err: unknown) => scope.postMessage({ id: req.id, kind: "failed", failure: failureOf(err) }),
  );
};
