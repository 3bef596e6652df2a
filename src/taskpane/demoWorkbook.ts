// Loaded lazily (its own chunk) only in demo mode: opens a .xlsx held in memory. The bytes are transferred
// (not copied) to a Web Worker (demo.worker.ts) that reads and analyses them, so the pane stays responsive;
// where there is no Worker, the same DemoBook runs on the main thread.
import { WorkbookUnreadable, unreadableMessage } from "../xlsx/errors";
import { TooManyUnits, tooManyUnitsMessage } from "../domain/unitLimit";
import type { Grid } from "../domain/grid";
import type { Lang } from "../domain/settings";
import type { DemoWorkbook, OpenOptions } from "./components/DemoShell";
import type { BookChannel, BookFailure, BookReply, BookRequest, OnFraction, OpenedBook } from "./demoBook";
import { DemoGateway } from "./demoGateway";
import { unpackGrid } from "./gridTransfer";

type Call = BookRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onFraction?: OnFraction;
  /** An open's grids, come ahead of its figures. */
  grids?: Grid[];
}

/** An Error carrying a BookFailure, so the clerk's sentence can be said in the pane's language. */
class BookError extends Error {
  constructor(readonly failure: BookFailure) {
    super(failure.message);
  }
}

/** The demo's worker, as webpack 5 bundles it (a chunk of its own, from the add-in's own origin). */
function spawnDemoWorker(): Worker {
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore -- import.meta: webpack resolves it at build time; tsc checks src/ as CommonJS
  return new Worker(new URL("./demo.worker.ts", import.meta.url), { name: "bdg-demo" });
}

/**
 * A worker started ahead, while the clerk is choosing a file: its script is fetched and compiled, its tables
 * built, by the time the bytes come (some 0.2 s of the wait on a large roster). The next opening takes it.
 */
let warm: Worker | null = null;

/** Starts the demo's worker ahead of the first opening (demo mode only; nothing happens without Worker). */
export function warmUp(): void {
  if (warm || typeof Worker !== "function") return;
  try {
    warm = spawnDemoWorker();
  } catch {
    warm = null; // the opening says why, or reads on the page
  }
}

function takeWorker(): Worker {
  const worker = warm ?? spawnDemoWorker();
  warm = null;
  return worker;
}

/** A BookChannel to a workbook held by the demo's worker. */
class WorkerChannel implements BookChannel {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private bytes: ArrayBuffer | null;

  constructor(
    private readonly worker: Worker,
    bytes: ArrayBuffer,
  ) {
    this.bytes = bytes;
    worker.onmessage = (e: MessageEvent<BookReply>) => this.receive(e.data);
    worker.onerror = (e: ErrorEvent) => this.failAll(new Error(e.message || "demo worker failed"));
  }

  private receive(reply: BookReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.kind === "progress") {
      p.onFraction?.(reply.fraction);
      return;
    }
    if (reply.kind === "grids") {
      p.grids = reply.packed.map(unpackGrid);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === "done") p.resolve(p.grids ? { ...(reply.value as OpenedBook), grids: p.grids } : reply.value);
    else p.reject(new BookError(reply.failure));
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private call<T>(req: Call, transfer: Transferable[] = [], onFraction?: OnFraction): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onFraction });
      this.worker.postMessage({ ...req, id } as BookRequest, transfer);
    });
  }

  open(lang: Lang, onFraction?: OnFraction): Promise<OpenedBook> {
    const bytes = this.bytes;
    if (!bytes) return Promise.reject(new Error("already opened"));
    this.bytes = null;
    // Transferred: the worker owns the buffer from here on; nothing is copied.
    return this.call<OpenedBook>({ op: "open", bytes, lang }, [bytes], onFraction);
  }

  readGrids = () => this.call<OpenedBook["grids"]>({ op: "readGrids" });
  writeReport = (model: Parameters<BookChannel["writeReport"]>[0]) => this.call<void>({ op: "writeReport", model });
  saveSettings = (settings: Parameters<BookChannel["saveSettings"]>[0]) => this.call<void>({ op: "saveSettings", settings });
  toBytes = () => this.call<Uint8Array>({ op: "toBytes" });

  close(): void {
    this.worker.terminate();
    this.failAll(new Error("workbook closed"));
  }
}

/** The worker's channel, or the same book on the main thread where a Worker cannot be started. */
async function channelFor(bytes: ArrayBuffer): Promise<BookChannel> {
  if (typeof Worker === "function") {
    try {
      return new WorkerChannel(takeWorker(), bytes);
    } catch (e) {
      console.error("demo worker unavailable; reading on the main thread", e);
    }
  }
  const { DemoBook } = await import(/* webpackChunkName: "demo-book" */ "./demoBook");
  return new DemoBook(bytes);
}

/** Thrown when the clerk cancelled the opening; the shell says nothing about it. */
export class OpenCancelled extends Error {
  constructor() {
    super("opening cancelled");
    this.name = "OpenCancelled";
  }
}

/**
 * The reader's own sentence for why a file cannot be opened (.xls, a password, damage, too many units…), naming
 * the file: from the worker's BookFailure, or the error itself when the book ran in this thread. null for others.
 */
export function explained(e: unknown, lang: Lang, fileName: string): string | null {
  const failure = e instanceof BookError ? e.failure : undefined;
  const reason = failure ? failure.unreadable : e instanceof WorkbookUnreadable ? e.reason : undefined;
  if (reason) return unreadableMessage(reason, lang, fileName);
  if (failure?.tooManyUnits || e instanceof TooManyUnits) return tooManyUnitsMessage(lang, fileName);
  return null;
}

export async function openDemoWorkbook(
  bytes: ArrayBuffer,
  fileName: string,
  lang: Lang,
  options: OpenOptions = {},
): Promise<DemoWorkbook> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new OpenCancelled();
  const channel = await channelFor(bytes);
  const cancelled = new Promise<never>((_resolve, reject) => {
    signal?.addEventListener("abort", () => {
      channel.close(); // the worker ends at once, mid-read
      reject(new OpenCancelled());
    });
  });
  cancelled.catch(() => undefined);
  try {
    const opened = await Promise.race([channel.open(lang, onProgress), cancelled]);
    const gateway = new DemoGateway(channel, opened);
    return { gateway, toBytes: () => gateway.toBytes(), close: () => channel.close() };
  } catch (e) {
    channel.close();
    if (signal?.aborted) throw new OpenCancelled();
    // The reader knows why a file is not a workbook (.xls, password, damaged…): say that sentence.
    const said = explained(e, lang, fileName);
    if (said) throw new Error(said);
    throw e;
  }
}
