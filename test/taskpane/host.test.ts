// Which door the pane opens: Excel when office.js says so, demo mode otherwise.
import { insideExcel } from "../../src/taskpane/host";

type Info = { host: string | null; platform: string | null };
const g = globalThis as unknown as { Office?: unknown };

function fakeOffice(onReady: () => Promise<Info>): void {
  g.Office = { onReady, HostType: { Excel: "Excel", Word: "Word" } };
}

afterEach(() => {
  delete g.Office;
});

test("no office.js (failed to load or blocked): demo mode", async () => {
  expect(await insideExcel(50)).toBe(false);
});

test("office.js in Excel: Excel", async () => {
  fakeOffice(async () => ({ host: "Excel", platform: "PC" }));
  expect(await insideExcel(50)).toBe(true);
});

test("office.js in a plain browser (no host) or another host: demo mode", async () => {
  fakeOffice(async () => ({ host: null, platform: null }));
  expect(await insideExcel(50)).toBe(false);
  fakeOffice(async () => ({ host: "Word", platform: "PC" }));
  expect(await insideExcel(50)).toBe(false);
});

test("office.js that never becomes ready, or fails: demo mode", async () => {
  fakeOffice(() => new Promise<Info>(() => undefined));
  expect(await insideExcel(50)).toBe(false);
  fakeOffice(async () => {
    throw new Error("boom");
  });
  expect(await insideExcel(50)).toBe(false);
});
