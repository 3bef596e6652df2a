// Where the package's bytes come from: a file read piece by piece (Node) or bytes held in memory (browser).
// The reader asks only for the pieces it needs — the head, the directory, the parts it reads — so a huge
// file costs what those pieces cost.
import { Inflate } from "fflate";

export interface ByteSource {
  readonly size: number;
  /** Bytes [offset, offset + length), fewer at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * The raw deflate stream at [start, start + length) inflated, in chunks. Each source may inflate its
   * own way (Node's zlib on its thread pool; fflate in the browser), always a chunk at a time.
   */
  inflate(start: number, length: number): AsyncIterable<Uint8Array>;
}

/** Compressed bytes handed to fflate per push: at most ~16 MB can come out of one push (deflate's 1032:1). */
const FFLATE_PUSH = 1 << 14;

/** Inflates with fflate, one small push at a time, yielding what each push gave. */
export async function* fflateInflate(source: ByteSource, start: number, length: number): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    out.push(chunk);
  });
  const READ = 1 << 20;
  for (let at = 0; at < length; at += READ) {
    const piece = await source.read(start + at, Math.min(READ, length - at));
    for (let p = 0; p < piece.length; p += FFLATE_PUSH) {
      const last = at + READ >= length && p + FFLATE_PUSH >= piece.length;
      inflater.push(piece.subarray(p, p + FFLATE_PUSH), last);
      if (out.length > 0) {
        const ready = out;
        out = [];
        yield* ready;
      }
    }
    if (piece.length < Math.min(READ, length - at)) {
      // The file ended before the part: let fflate say the stream is cut.
      inflater.push(new Uint8Array(0), true);
      break;
    }
  }
  if (length === 0) inflater.push(new Uint8Array(0), true);
  yield* out;
}

/** Inflated bytes handed on at a time by nativeInflate. */
const NATIVE_BATCH = 1 << 18;

function joined(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Compressed bytes written to the platform's inflater at a time: as with fflate, at most ~16 MB can come of one. */
const NATIVE_PUSH = 1 << 14;

/**
 * Inflates with the platform's own DecompressionStream (native zlib: some five times fflate's speed in
 * Chromium), a small write at a time as the reads ask for more, so memory stays bounded as with fflate.
 */
export async function* nativeInflate(source: ByteSource, start: number, length: number): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    const READ = 1 << 20;
    for (let at = 0; at < length; at += READ) {
      const want = Math.min(READ, length - at);
      const piece = await source.read(start + at, want);
      for (let p = 0; p < piece.length; p += NATIVE_PUSH) await writer.write(piece.subarray(p, p + NATIVE_PUSH) as Uint8Array<ArrayBuffer>);
      if (piece.length < want) break; // the file ended before the part: the inflater says the stream is cut
    }
    await writer.close();
  })();
  feeding.catch(() => undefined); // a failure shows in the reads too
  // The inflater hands out 16 KB pieces: joined to NATIVE_BATCH, the scan and its async steps run ~20 times less.
  let parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.length;
      if (size >= NATIVE_BATCH) {
        yield joined(parts, size);
        parts = [];
        size = 0;
      }
    }
    if (size > 0) yield joined(parts, size);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Whether this platform has a DecompressionStream that inflates raw deflate (Chromium 103+, Node 20; not EdgeHTML). */
function hasNativeInflate(): boolean {
  try {
    return typeof DecompressionStream === "function" && new DecompressionStream("deflate-raw") !== null;
  } catch {
    return false;
  }
}

/** A package held in memory (the task pane's opened file, a test's bytes). */
export function bytesSource(bytes: Uint8Array, native = hasNativeInflate()): ByteSource {
  const source: ByteSource = {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)),
    inflate: (start, length) => (native ? nativeInflate(source, start, length) : fflateInflate(source, start, length)),
  };
  return source;
}
