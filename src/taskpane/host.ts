// Inside Excel or not: decides between the office.js gateway and demo mode.

/** How long to wait for Office.onReady before deciding the page is not inside Office. */
export const OFFICE_READY_TIMEOUT_MS = 8000;

/** True when office.js loaded and reports that the host is Excel; false when it is missing, blocked or silent. */
export async function insideExcel(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    return info !== null && info.host === Office.HostType.Excel;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
