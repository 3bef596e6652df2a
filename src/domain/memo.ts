// Memory for pure readings of a cell's text. A roster repeats few titles, degrees, marks and units
// over thousands of rows (one shared string each in the file), so each distinct text is read once
// rather than folded and matched again on every row. Bounded: past `limit` texts it starts afresh.

/** fn, remembered per text. fn must be pure and its result never changed by a caller. */
export function memoText<T>(fn: (text: string) => T, limit = 10_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string): T => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = fn(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}
