// Which door the pane opens, for each way office.js can behave: loaded in Excel, loaded in a plain
// browser (onReady resolves with host null), slow, never ready, failing, or not loaded at all; with and
// without Office's _host_Info query parameter.
import { chooseDoor, openedByOffice, type Door, type HostEnv, type OfficeJsState } from "../../src/taskpane/host";

type Info = { host: string | null };
const HOST_INFO = "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0";

function env(search: string, state: OfficeJsState | Promise<OfficeJsState>, onReady?: () => Promise<Info>): HostEnv {
  return {
    search,
    officeJs: () => Promise.resolve(state),
    office: () => (onReady ? { onReady, HostType: { Excel: "Excel" } } : undefined),
  };
}

/** Runs chooseDoor and records every door it opens and whether it said "slow". */
async function doors(e: HostEnv, waitMs = 0): Promise<{ doors: Door[]; slow: boolean }> {
  const seen: Door[] = [];
  let slow = false;
  await chooseDoor(e, { open: (d) => seen.push(d), slow: () => (slow = true) }, { readyTimeoutMs: 30, slowMs: 20 });
  if (waitMs) await new Promise((r) => setTimeout(r, waitMs));
  return { doors: seen, slow };
}

const after = <T>(ms: number, value: T): Promise<T> => new Promise((r) => setTimeout(() => r(value), ms));

test("the _host_Info hint is found in any case and position, and only as a parameter name", () => {
  expect(openedByOffice(HOST_INFO)).toBe(true);
  expect(openedByOffice("?lang=vi&_HOST_INFO=Excel$Mac")).toBe(true);
  expect(openedByOffice("")).toBe(false);
  expect(openedByOffice("?x=_host_Info")).toBe(false);
  expect(openedByOffice("?my_host_info=1")).toBe(false);
});

test("office.js in Excel: Excel", async () => {
  expect((await doors(env(HOST_INFO, "loaded", async () => ({ host: "Excel" })))).doors).toEqual(["excel"]);
  // Excel on the web without the hint still opens Excel when onReady says so.
  expect((await doors(env("", "loaded", async () => ({ host: "Excel" })))).doors).toEqual(["excel"]);
});

test("a plain browser (onReady resolves with host null) or another host: demo mode", async () => {
  expect((await doors(env("", "loaded", async () => ({ host: null })))).doors).toEqual(["demo"]);
  expect((await doors(env("", "loaded", async () => ({ host: "Word" })))).doors).toEqual(["demo"]);
});

test("office.js not loaded: demo mode in a browser, a plain message when Office opened the page", async () => {
  expect((await doors(env("", "failed"))).doors).toEqual(["demo"]);
  expect((await doors(env(HOST_INFO, "failed"))).doors).toEqual(["office-missing"]);
  // boot.js saw Trident and skipped office.js: the bundle never runs there, but if it did it would not open Excel.
  expect((await doors(env(HOST_INFO, "skipped"))).doors).toEqual(["office-missing"]);
});

test("inside Office, a slow Excel is waited for (and said so), never taken for a browser", async () => {
  const r = await doors(env(HOST_INFO, "loaded", () => after(80, { host: "Excel" })));
  expect(r.doors).toEqual(["excel"]);
  expect(r.slow).toBe(true);
});

test("outside the hint, a slow onReady opens demo mode first and switches to Excel when it answers", async () => {
  const r = await doors(env("", "loaded", () => after(80, { host: "Excel" })), 120);
  expect(r.doors).toEqual(["demo", "excel"]);
  // …but a late answer from a plain browser changes nothing.
  const b = await doors(env("", "loaded", () => after(80, { host: null })), 120);
  expect(b.doors).toEqual(["demo"]);
});

test("onReady that never resolves, or rejects: demo mode outside Office", async () => {
  expect((await doors(env("", "loaded", () => new Promise<Info>(() => undefined)))).doors).toEqual(["demo"]);
  expect(
    (
      await doors(
        env("", "loaded", async () => {
          throw new Error("boom");
        }),
      )
    ).doors,
  ).toEqual(["demo"]);
});

test("office.js that never arrives (an offline PC): a plain message inside Office, demo mode outside", async () => {
  const never = new Promise<OfficeJsState>(() => undefined);
  // chooseDoor itself keeps waiting (office.js may still arrive): look at what it opened meanwhile.
  const seen: Door[] = [];
  void chooseDoor(env(HOST_INFO, never), { open: (d) => seen.push(d) }, { readyTimeoutMs: 30, slowMs: 20 });
  await after(60, null);
  expect(seen).toEqual(["office-missing"]);
  expect((await doors(env("", never))).doors).toEqual(["demo"]);
});

test("office.js arriving after the 'missing' message still opens Excel", async () => {
  const seen: Door[] = [];
  const late = after<OfficeJsState>(60, "loaded");
  await chooseDoor(env(HOST_INFO, late, async () => ({ host: "Excel" })), { open: (d) => seen.push(d) }, { slowMs: 20 });
  expect(seen).toEqual(["office-missing", "excel"]);
});
