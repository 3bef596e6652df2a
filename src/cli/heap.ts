// One full garbage collection at each of the CLI's stage boundaries on a large roster: once the grids are read
// (the .xlsx reader's buffers and the scanner's garbage go), and once the roster is (the grids of 300,000 rows,
// some 40 MB of small objects, go). V8 would rather grow its heap than collect them before the next stage fills
// it, so the peak would be the sum of the stages rather than the larger (300,000 rows: 318 → 254 MB for the
// second; 390,000 rows in 9,750 units: 317 → 286 MB for the first).
// Node gives no API for it: V8's gc() is reached through a fresh context once --expose-gc is set, as Jest's leak
// detector does; where that fails nothing happens. Small rosters skip it: a collection costs more than it saves.
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import type { Grid } from "../domain/grid";

/** Rows (or people) from which a collection is worth its few tens of milliseconds. */
export const COLLECT_FROM_ROWS = 50_000;

let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const found: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
      gc = typeof found === "function" ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  return gc;
}

/** Call between two stages, with the rows (or people) the stage before read: collects when they are many. */
export function collectBetweenStages(rows: number): void {
  if (rows >= COLLECT_FROM_ROWS) collector()?.();
}

/** The rows of the grids read, for collectBetweenStages. */
export function rowsOf(grids: Grid[]): number {
  let rows = 0;
  for (const g of grids) rows += g.rows.length;
  return rows;
}
