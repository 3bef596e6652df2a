// Which door the pane opens: Excel (the office.js gateway), demo mode (a plain browser, an opened .xlsx),
// or a plain message when Office opened the page but office.js could not be loaded.
//
// What decides it, and the documentation behind each step:
// - Office appends a `_host_Info` query parameter to the add-in's page
//   (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-best-practices says so of dialogs and
//   warns its content may change): only its PRESENCE is used, as a hint that Office opened the page, so a
//   slow Excel is never mistaken for a browser. Its content is never parsed.
// - Outside Office, office.js resolves Office.onReady with host null
//   (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in); when office.js is blocked,
//   onReady never resolves (same page). Without the hint, the pane waits OFFICE_READY_TIMEOUT_MS, opens demo
//   mode, and still switches to Excel if onReady resolves later with host Excel.
// - boot.js (ES5) loads office.js and records whether it loaded or failed (window.bdgBoot).

/** Outside Office (no _host_Info): how long to wait for Office.onReady before opening demo mode. */
export const OFFICE_READY_TIMEOUT_MS = 8000;
/** Inside Office: after this long without onReady, the pane says it is still waiting for Excel. */
export const OFFICE_SLOW_MS = 10000;

export type Door = "excel" | "demo" | "office-missing";
export type OfficeJsState = "loaded" | "failed" | "skipped";

interface ReadyInfo {
  host: unknown;
}

/** The little of office.js this module reads. */
export interface OfficeLike {
  onReady(): Promise<ReadyInfo>;
  HostType: { Excel: unknown };
}

export interface HostEnv {
  /** location.search of the page. */
  search: string;
  /** Settles when boot.js knows whether office.js loaded. */
  officeJs(): Promise<OfficeJsState>;
  /** The Office global, once office.js has run (undefined otherwise). */
  office(): OfficeLike | undefined;
}

export interface DoorEvents {
  /** The door to open now; called again with "excel" when Excel answers after demo mode opened. */
  open(door: Door): void;
  /** Office opened the page but Excel has not answered for OFFICE_SLOW_MS (the pane keeps waiting). */
  slow?(): void;
}

export interface DoorTimes {
  readyTimeoutMs?: number;
  slowMs?: number;
}

/** True when the query string carries Office's _host_Info parameter (any case, any position). */
export function openedByOffice(search: string): boolean {
  return /(?:^\?|&|^)_host_info=/i.test(search);
}

/** The page's real environment: window.location, boot.js's record and the global Office. */
export function browserHostEnv(): HostEnv {
  type Boot = { officeJs: string; whenOfficeJs(cb: (s: string) => void): void };
  const boot = (window as unknown as { bdgBoot?: Boot }).bdgBoot;
  const office = (): OfficeLike | undefined => (typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike));
  return {
    search: window.location.search,
    officeJs: () =>
      new Promise((resolve) => {
        // Without boot.js (a test page), office.js was loaded, or not, by the page itself.
        if (!boot) resolve(office() ? "loaded" : "failed");
        else boot.whenOfficeJs((s) => resolve(s === "loaded" ? "loaded" : s === "skipped" ? "skipped" : "failed"));
      }),
    office,
  };
}

function isExcel(info: ReadyInfo | null, office: OfficeLike): boolean {
  return info !== null && info.host !== null && info.host !== undefined && info.host === office.HostType.Excel;
}

type Outcome = "excel" | "other" | "missing";

/** What office.js ends up saying: Excel, something else (a browser, another host), or nothing at all. */
function outcomeOf(env: HostEnv, onLoaded: () => void): Promise<Outcome> {
  return env.officeJs().then((state) => {
    const office = env.office();
    if (state !== "loaded" || !office || typeof office.onReady !== "function") return "missing";
    onLoaded();
    return office.onReady().then(
      (info): Outcome => (isExcel(info ?? null, office) ? "excel" : "other"),
      (): Outcome => "other",
    );
  });
}

/**
 * Opens a door as soon as it is known. Inside Office (the _host_Info hint) the pane never falls back to
 * demo mode because Excel is slow: it waits, says so after slowMs (or says office.js is missing when it
 * has not even loaded by then: an offline PC), and opens Excel whenever onReady resolves.
 */
export async function chooseDoor(env: HostEnv, events: DoorEvents, times: DoorTimes = {}): Promise<void> {
  const readyTimeoutMs = times.readyTimeoutMs ?? OFFICE_READY_TIMEOUT_MS;
  const slowMs = times.slowMs ?? OFFICE_SLOW_MS;
  let officeJsLoaded = false;
  const outcome = outcomeOf(env, () => (officeJsLoaded = true));
  if (openedByOffice(env.search)) {
    const timer = setTimeout(() => (officeJsLoaded ? events.slow?.() : events.open("office-missing")), slowMs);
    const r = await outcome;
    clearTimeout(timer);
    events.open(r === "excel" ? "excel" : r === "missing" ? "office-missing" : "demo");
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), readyTimeoutMs);
  });
  const first = await Promise.race([outcome, timeout]);
  clearTimeout(timer);
  if (first !== "timeout") {
    events.open(first === "excel" ? "excel" : "demo");
    return;
  }
  events.open("demo");
  // A slow Excel without the hint: switch as soon as it answers.
  void outcome.then((r) => {
    if (r === "excel") events.open("excel");
  });
}
