/// <reference lib="es2021.weakref" />
// The one full collection between reading and analysis (src/cli/heap.ts): it must really collect, or the
// 300,000-row peak goes back to the sum of both stages.
import { COLLECT_FROM_ROWS, collectBetweenStages } from "../../src/cli/heap";

const tick = () => new Promise<void>((done) => setImmediate(done));

function dropped(): WeakRef<object> {
  // A grid-sized array, unreachable once this returns.
  return new WeakRef(Array.from({ length: 10_000 }, (_, i) => ({ row: i })));
}

describe("collectBetweenStages", () => {
  it("collects what the grids left behind once a roster is large", async () => {
    const weak = dropped();
    await tick(); // a WeakRef keeps its target until the job that made it ends
    collectBetweenStages(COLLECT_FROM_ROWS);
    expect(weak.deref()).toBeUndefined();
  });

});
