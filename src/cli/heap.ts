// One full garbage collection where a large roster's grids have just become garbage. The grids of 300,000 rows
// are some 40 MB of small objects; V8 would rather grow its heap than collect them before the analysis fills it,
// so the peak would be the sum of both stages rather than the larger (measured: 318 → 254 MB at 300,000 rows).
// Node gives no API for it: V8's gc() is reached through a fresh context once --expose-gc is set, as Jest's leak
// detector does; where that fails nothing happens. Small rosters skip it: a collection costs more than it saves.
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

/** People from which the collection is worth its few tens of milliseconds. */
export const COLLECT_FROM_PEOPLE = 50_000;

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

/** Call once the grids are dropped, before the next stage: collects when the roster is large. */
export function collectReadGarbage(people: number): void {
  if (people >= COLLECT_FROM_PEOPLE) collector()?.();
}
