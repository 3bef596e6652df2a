// One part of the package, inflated a chunk at a time within the bounds of limits.ts.
import { WorkbookUnreadable } from "./errors";
import { MAX_RATIO, RATIO_FLOOR } from "./limits";
import type { ByteSource } from "./source";
import { entryDataStart, type ZipEntry } from "./zip";

/**
 * The inflated bytes of a part, in chunks. Stops with "tooLarge" as soon as the part passes `maxBytes`
 * or MAX_RATIO times its compressed size (past RATIO_FLOOR), before the directory's own figure is
 * believed; with "truncated" when its data is cut or damaged.
 */
export async function* partChunks(source: ByteSource, entry: ZipEntry, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (entry.encrypted) throw new WorkbookUnreadable("encrypted");
  if (entry.method !== 0 && entry.method !== 8) throw new WorkbookUnreadable("truncated", undefined, `zip method ${entry.method}`);
  // The directory's word is enough to refuse at once; not enough to accept (it is checked as we inflate).
  if (entry.uncompressedSize > maxBytes && entry.uncompressedSize !== 0xffffffff) throw new WorkbookUnreadable("tooLarge");
  const head = await source.read(entry.localHeaderOffset, 30);
  const start = entryDataStart(head, entry);
  if (start + entry.compressedSize > source.size) throw new WorkbookUnreadable("truncated");
  const ratioCap = Math.max(RATIO_FLOOR, MAX_RATIO * entry.compressedSize);
  const cap = Math.min(maxBytes, ratioCap);
  let total = 0;
  const chunks = entry.method === 0 ? storedChunks(source, start, entry.compressedSize) : source.inflate(start, entry.compressedSize);
  try {
    for await (const chunk of chunks) {
      total += chunk.length;
      if (total > cap) throw new WorkbookUnreadable("tooLarge");
      yield chunk;
    }
  } catch (err) {
    if (err instanceof WorkbookUnreadable) throw err;
    throw new WorkbookUnreadable("truncated", undefined, err instanceof Error ? err.message : String(err));
  }
}

async function* storedChunks(source: ByteSource, start: number, length: number): AsyncGenerator<Uint8Array> {
  const READ = 1 << 20;
  for (let at = 0; at < length; at += READ) yield await source.read(start + at, Math.min(READ, length - at));
}

/** A small part whole, as text (relationships, workbook, styles): bounded like any part. */
export async function partText(source: ByteSource, entry: ZipEntry, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for await (const chunk of partChunks(source, entry, maxBytes)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
