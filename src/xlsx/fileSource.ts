// A ByteSource over a file on disk (Node): pieces read with positioned reads, parts inflated by zlib
// as they stream from the file (zlib inflates about five times faster than fflate here, and on the
// thread pool, beside the scan). Opening refuses what is not a regular file before reading a byte.
import { constants, promises as fsp } from "fs";
import { Readable } from "stream";
import { createInflateRaw } from "zlib";
import { WorkbookUnreadable } from "./errors";
import type { ByteSource } from "./source";

/** zlib's output chunks: few round trips to the thread pool, and at most 256 KB held per chunk. */
const CHUNK = 1 << 18;
/** Compressed bytes read from the file at a time. */
const READ = 1 << 20;

export interface OpenedFile {
  source: ByteSource;
  close(): Promise<void>;
}

/**
 * Opens a regular file for reading. A pipe, a device or a socket is refused from stat() before any
 * open (opening a FIFO waits for a writer); the descriptor is opened non-blocking and checked again
 * with fstat, so a path swapped in between is refused too.
 */
export async function openFileSource(path: string): Promise<OpenedFile> {
  let handle: fsp.FileHandle;
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) throw new WorkbookUnreadable("directory", path);
    if (!st.isFile()) throw new WorkbookUnreadable("notFile", path);
    handle = await fsp.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EISDIR" ? "directory" : "notZip";
    throw new WorkbookUnreadable(reason, path);
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    throw new WorkbookUnreadable(st.isDirectory() ? "directory" : "notFile", path);
  }
  return { source: fileSource(handle, st.size), close: () => handle.close() };
}

function fileSource(handle: fsp.FileHandle, size: number): ByteSource {
  const source: ByteSource = {
    size,
    async read(offset, length) {
      const want = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buf, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === want ? buf : buf.subarray(0, got);
    },
    inflate: (start, length) => zlibInflate(source, start, length),
  };
  return source;
}

async function* zlibInflate(source: ByteSource, start: number, length: number): AsyncGenerator<Uint8Array> {
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  async function* compressed(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < length; at += READ) {
      const piece = await source.read(start + at, Math.min(READ, length - at));
      if (piece.length === 0) break;
      yield piece;
    }
  }
  const raw = Readable.from(compressed(), { objectMode: false });
  raw.on("error", (err) => inflater.destroy(err));
  raw.pipe(inflater);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) yield chunk;
  } finally {
    raw.destroy();
    inflater.destroy();
  }
}
