// Demo mode in a real browser: the production build served on 127.0.0.1, office.js blocked (so the pane
// must fall back to demo mode), a roster the pane has never seen uploaded, and every request checked.
import type { Server } from "node:http";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, FileChooser, Page } from "playwright-core";
import { ROOT, buildPane } from "./build";
import { writeBenchRoster } from "../../bench/roster";
import { launchChromium, originOf, serve } from "./serve";
import { formatShare } from "../../src/domain/messages";
import { describeWithTools } from "../support/systemTools";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ARTIFACTS = join(ROOT, "test-artifacts");

function arrayBufferOf(file: string): ArrayBuffer {
  const bytes = readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * A Phòng's roster the pane has never seen: a unit column merged down over its people, Giới tính with
 * mixed spelling, a gender that cannot be read, an error value, a totals row, a signature block and
 * a summary sheet that is not a roster. 17 people of known gender, 7 women; two flagged units.
 */
async function makeRoster(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.getCell("A1").value = "UBND HUYỆN CAN LỘC";
  ws.getCell("A2").value = "DANH SÁCH CÔNG CHỨC, VIÊN CHỨC NĂM 2026";
  ws.addRow([]);
  ws.getRow(4).values = ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị công tác"];
  const units: [string, [string, string, string][]][] = [
    [
      "Phòng Kế toán",
      [
        ["Nguyễn Văn An", "Nam", "Trưởng phòng"],
        ["Lê Văn Bảo", "nam", "Phó Trưởng phòng"],
        ["Trần Thị Cúc", "Nữ", "Chuyên viên"],
        ["Phạm Thị Dung", "nữ", "Chuyên viên"],
      ],
    ],
    [
      "Phòng Hành chính",
      [
        ["Hoàng Thị Én", "Nữ", "Trưởng phòng"],
        ["Vũ Văn Giang", "Nam", "Chuyên viên"],
        ["Đỗ Văn Hòa", "?", "Chuyên viên"],
        ["Bùi Văn Khánh", "NAM", "Chuyên viên"],
      ],
    ],
    [
      "Trung tâm Dịch vụ",
      [
        ["Ngô Văn Lâm", "Nam", "Giám đốc"],
        ["Đinh Văn Mạnh", "Nam", "Phó Giám đốc"],
        ["Cao Thị Ngọc", "Nữ", "Viên chức"],
        ["Tạ Văn Oanh", "Nam", "#N/A"],
        ["Lý Văn Phong", "Nam", "Viên chức"],
      ],
    ],
    [
      "Ban Quản lý dự án",
      [
        ["Mai Văn Quân", "Nam", "Trưởng ban"],
        ["Hồ Văn Sang", "Nam", "Phó Trưởng ban"],
        ["Kiều Thị Tâm", "Nữ", "Kỹ sư"],
        ["Dương Thị Uyên", "Nữ", "Kỹ sư"],
        ["Lương Thị Vân", "Nữ", "Kỹ sư"],
      ],
    ],
  ];
  let r = 5;
  let n = 0;
  for (const [unit, people] of units) {
    const first = r;
    for (const [name, gender, title] of people) {
      const row = ws.getRow(r);
      row.getCell(1).value = ++n;
      row.getCell(2).value = name;
      row.getCell(3).value = gender;
      row.getCell(4).value = title === "#N/A" ? ({ error: "#N/A" } as ExcelJS.CellErrorValue) : title;
      r++;
    }
    ws.getCell(`E${first}`).value = unit;
    ws.mergeCells(`E${first}:E${r - 1}`);
  }
  ws.getCell(`A${r}`).value = "Tổng cộng";
  ws.getCell(`C${r}`).value = 18;
  ws.getCell(`B${r + 2}`).value = "Người lập biểu";
  ws.getCell(`D${r + 2}`).value = "THỦ TRƯỞNG ĐƠN VỊ";
  ws.getCell(`D${r + 6}`).value = "Nguyễn Văn An";
  const summary = wb.addWorksheet("Tổng hợp");
  summary.getCell("A1").value = "BẢNG TỔNG HỢP";
  summary.getCell("A2").value = "Số liệu chỉ để tham khảo.";
  return Buffer.from(await wb.xlsx.writeBuffer());
}


/** What the large roster holds, as it was written (the truth the pane must show). */
interface LargeTruth {
  units: number;
  female: number;
  total: number;
  flagged: string[];
  errors: number;
  warnings: number;
}

/**
 * A large agency roster: 40 units of 50 rows (2,000 people), long unit names, a unit column, a female head
 * in every third unit (deputies are men), some units at 30% women or more. Every fourth unit has one
 * unreadable gender (an error, not counted) and every eighth an #N/A in a title (a warning, counted).
 */
async function makeLargeRoster(): Promise<{ bytes: Buffer; truth: LargeTruth }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS CBCCVC 2026");
  ws.getCell("A1").value = "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN";
  ws.getCell("A2").value = "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2026";
  ws.getRow(4).values = ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị công tác"];
  const kinds = [
    "Phòng Quản lý đầu tư xây dựng công trình giao thông nông thôn",
    "Trung tâm Khuyến nông",
    "Chi cục Thủy lợi",
    "Ban Quản lý dự án",
  ];
  const truth: LargeTruth = { units: 40, female: 0, total: 0, flagged: [], errors: 0, warnings: 0 };
  let r = 5;
  for (let u = 0; u < 40; u++) {
    const unit = `${kinds[u % kinds.length]} số ${u + 1}`;
    const femaleHead = u % 3 === 0;
    const women = 5 + ((u * 7) % 30); // 5…34 of 50
    const unreadableRow = u % 4 === 0 ? 49 : -1; // a man's row: his gender "?"
    const errorTitleRow = u % 8 === 0 ? 20 : -1;
    let female = 0;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const isWoman = i === 0 ? femaleHead : i === 1 ? false : i - 2 < women - (femaleHead ? 1 : 0);
      const title = i === 0 ? "Giám đốc" : i === 1 ? "Phó Giám đốc" : "Chuyên viên";
      const gender = i === unreadableRow ? "?" : isWoman ? "Nữ" : "Nam";
      const row = ws.getRow(r++);
      row.getCell(1).value = r - 5;
      row.getCell(2).value = `${isWoman ? "Nguyễn Thị" : "Trần Văn"} ${u + 1}-${i + 1}`;
      row.getCell(3).value = gender;
      row.getCell(4).value = i === errorTitleRow ? ({ error: "#N/A" } as ExcelJS.CellErrorValue) : title;
      row.getCell(5).value = unit;
      if (i === unreadableRow) {
        truth.errors++;
        continue;
      }
      if (i === errorTitleRow) truth.warnings++;
      total++;
      if (isWoman) female++;
    }
    truth.female += female;
    truth.total += total;
    if (female * 10 >= total * 3 && !femaleHead) truth.flagged.push(unit);
  }
  ws.getCell(`A${r}`).value = "Tổng cộng";
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), truth };
}


/**
 * Enter on the focused "Mở tệp .xlsx" opens the file chooser. On a loaded machine a late re-render can take the
 * focus between Tab and Enter: then focus the button again (still by keyboard) and press Enter once more.
 */
async function chooserByKeyboard(page: Page): Promise<FileChooser> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const opened = page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => null);
    await page.keyboard.press("Enter");
    const chooser = await opened;
    if (chooser) return chooser;
    await page.getByRole("button", { name: "Mở tệp .xlsx" }).focus();
  }
  throw new Error("Enter on “Mở tệp .xlsx” did not open the file chooser");
}

describeWithTools(["chromium"], "demo mode in Chromium", () => {
  let outDir = "";
  let server: Server | null = null;
  let browser: Browser | null = null;

  beforeAll(async () => {
    outDir = buildPane();
    server = await serve(outDir);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** A page that records every request and lets nothing reach the network (office.js aborted). */
  async function openPage(width = 360): Promise<{ page: Page; requests: string[]; origin: string }> {
    if (!browser || !server) throw new Error("setup failed");
    const origin = originOf(server);
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (req) => {
      requests.push(req.url());
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      return route.abort("blockedbyclient"); // office.js and anything else from outside: never fetched
    });
    return { page, requests, origin };
  }

  test("falls back to demo mode without office.js, reads an uploaded roster and shows figures, flagged units and problems", async () => {
    const { page, requests, origin } = await openPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));

    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Mở tệp .xlsx" }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.body.dataset.mode)).toBe("demo");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");

    // By keyboard: Tab reaches "Mở tệp .xlsx" first, Enter opens the file chooser.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Mở tệp .xlsx");
    const chooser = await chooserByKeyboard(page);
    await chooser.setFiles({
      name: "danh-sach-phong.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await makeRoster(),
    });

    const staff = page.getByTestId("staff");
    await staff.waitFor({ timeout: 30_000 });
    expect(await staff.textContent()).toContain("7 nữ / 17 người (41,2%)");
    expect(await page.getByTestId("demo-file").textContent()).toBe("Tệp đang xem: danh-sach-phong.xlsx");

    // Every flagged unit, first in the units list and named under indicator d.
    expect(await page.getByTestId("flagged-count").textContent()).toBe("2 đơn vị cần có lãnh đạo chủ chốt là nữ");
    const units = await page
      .locator("[data-unit]")
      .evaluateAll((els) => els.map((el) => `${(el as HTMLElement).dataset.unit}|${(el as HTMLElement).dataset.flagged}`));
    expect(units).toEqual(["Phòng Kế toán|true", "Ban Quản lý dự án|true", "Phòng Hành chính|false", "Trung tâm Dịch vụ|false"]);
    for (const unit of ["Phòng Kế toán", "Ban Quản lý dự án"]) {
      await expect(page.locator(`[data-unit="${unit}"]`).isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-indicator="d_leadership"] li', { hasText: unit }).count()).resolves.toBe(1);
    }

    // The problems: the unreadable gender (an error) and the error value (a warning), each a link to its cell.
    const gender = page.locator('[data-problem-cell="Danh sách!C11"]');
    expect(await gender.textContent()).toContain("Không đọc được giới tính “?” của “Đỗ Văn Hòa”");
    const errorValue = page.locator('[data-problem-cell="Danh sách!D16"]');
    expect(await errorValue.textContent()).toContain("#N/A");
    expect(await page.getByTestId("problem-counts").textContent()).toMatch(/^1 lỗi, 1 cảnh báo, \d+ lưu ý$/);
    await gender.click();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane.png"), fullPage: true });

    // Nothing left 127.0.0.1 except the (aborted) request for office.js.
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(outside).toEqual([OFFICE_JS]);
    // The lazy ExcelJS chunk was fetched only once a file was opened.
    expect(requests.filter((u) => u.endsWith(".js") && u.startsWith(origin)).length).toBeGreaterThanOrEqual(2);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  /**
   * What a clerk would stumble on at a width: the page scrolling sideways, text clipped by its box, a unit's
   * name or figures pushed past the pane's edge. Returns a line per fault (empty when there is none).
   */
  async function layoutFaults(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const faults: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width) faults.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
      for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
        if (el.closest('[data-testid="file-input"]')) continue; // the file input is hidden on purpose
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const text = (el.textContent ?? "").trim().slice(0, 40);
        if (box.right > width + 0.5) faults.push(`past the edge (${Math.round(box.right)} > ${width}): ${el.tagName} “${text}”`);
        const style = getComputedStyle(el);
        if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
          faults.push(`clipped (${el.scrollWidth} > ${el.clientWidth}): ${el.tagName} “${text}”`);
      }
      return faults;
    });
  }

  test.each([320, 350, 500])(
    "at %i px (Excel's task pane) the sample and a large roster show every unit and figure, nothing cut off",
    async (width) => {
      const { page, origin } = await openPage(width);
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(`${origin}/taskpane.html`);

      // The bundled sample: 5 units, 2 flagged.
      await page.getByRole("button", { name: "Mở tệp mẫu" }).click({ timeout: 30_000 });
      await page.getByTestId("staff").waitFor({ timeout: 30_000 });
      expect(await page.locator("[data-unit]").count()).toBe(5);
      expect(await page.locator('[data-unit][data-flagged="true"]').count()).toBe(2);
      expect(await page.locator('[data-summary="flagged"]').textContent()).toBe("2 đơn vị cần có lãnh đạo chủ chốt là nữ");
      // The commands are in sight, not folded into a "…" menu.
      await expect(page.getByRole("button", { name: "Cài đặt" }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole("button", { name: "Quét lại sổ tính" }).isVisible()).resolves.toBe(true);
      expect(await layoutFaults(page)).toEqual([]);
      if (width === 350) {
        // The README's picture: the sample at Excel's default task-pane width.
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, "taskpane-350.png"), fullPage: true });
        // docs/taskpane.png is this picture, copied by hand when the pane changes (tests never write the repo).
        // The settings panel, scrolled to who else is counted (contract workers, hidden sheets).
        await page.getByRole("button", { name: "Cài đặt" }).click();
        const hiddenSheets = page.getByRole("dialog").getByText(/Người ở sheet ẩn/);
        await hiddenSheets.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(ARTIFACTS, "settings-350.png") });
        await page.getByRole("dialog").getByRole("button", { name: "Hủy" }).click();
        await page.getByRole("dialog").waitFor({ state: "detached" });
      }

      // A large roster: 40 units, 2,000 rows.
      const { bytes, truth } = await makeLargeRoster();
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByRole("button", { name: "Mở tệp .xlsx" }).click(),
      ]);
      await chooser.setFiles({ name: "ds-lon.xlsx", mimeType: "application/octet-stream", buffer: bytes });
      await page.getByTestId("demo-file").filter({ hasText: "ds-lon.xlsx" }).waitFor({ timeout: 30_000 });
      await page.getByTestId("staff").waitFor({ timeout: 30_000 });
      expect(await page.getByTestId("staff").textContent()).toContain(
        `${truth.female.toLocaleString("vi-VN")} nữ / ${truth.total.toLocaleString("vi-VN")} người (${formatShare(truth.female / truth.total, "vi")})`,
      );
      expect(await page.locator("[data-unit]").count()).toBe(truth.units);
      const flagged = await page
        .locator('[data-unit][data-flagged="true"]')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.unit));
      expect(flagged).toEqual(truth.flagged);
      // Indicator d names the first ten and says how many more the units list shows.
      expect(await page.locator('[data-indicator="d_leadership"] li').count()).toBe(10);
      expect(await page.getByTestId("flagged-more").textContent()).toBe(
        `và ${truth.flagged.length - 10} đơn vị khác (xem mục Các đơn vị)`,
      );
      expect(await page.getByTestId("problem-counts").textContent()).toMatch(
        new RegExp(`^${truth.errors} lỗi, ${truth.warnings} cảnh báo, \\d+ lưu ý$`),
      );
      // Every unit's full name and its figures are on screen, within the pane.
      expect(await layoutFaults(page)).toEqual([]);
      if (width === 320) await page.screenshot({ path: join(ARTIFACTS, "taskpane-large-320.png"), fullPage: true });
      expect(pageErrors).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  test("opens the bundled sample workbook", async () => {
    const { page, requests, origin } = await openPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Mở tệp mẫu" }).click({ timeout: 30_000 });
    const staff = page.getByTestId("staff");
    await staff.waitFor({ timeout: 30_000 });
    // scripts/make-sample.ts: 23 people of known gender, 10 women; two units at the line without a female key leader.
    expect(await staff.textContent()).toContain("10 nữ / 23 người (43,5%)");
    const flagged = await page
      .locator('[data-flagged="true"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.unit));
    expect(flagged).toEqual(["PHÒNG NGÂN SÁCH", "THANH TRA SỞ"]);
    expect(await page.getByTestId("problem-counts").textContent()).toBe("1 lỗi, 2 cảnh báo, 1 lưu ý");
    expect(requests).toContain(`${origin}/assets/mau-danh-sach.xlsx`);

    // "Tạo báo cáo" writes the annual sheet into the opened copy, which the clerk can download.
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    const done = await page.getByText(/^Đã tạo báo cáo ở sheet “(.+)” và sheet “(.+)”\.$/).textContent();
    const [, sheetName, annexName] = /“(.+)” và sheet “(.+)”/.exec(done ?? "") ?? [];
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải về bản có báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("mau-danh-sach.bao-cao.xlsx");
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(arrayBufferOf(await download.path()));
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(arrayBufferOf(join(ROOT, "assets", "mau-danh-sach.xlsx")));
    expect(saved.getWorksheet(sheetName)).toBeDefined();
    expect(saved.getWorksheet(annexName)).toBeDefined();
    // The roster sheet comes back unchanged.
    const roster = (wb: ExcelJS.Workbook): unknown[] => {
      const ws = wb.getWorksheet("Danh sách CBCCVC");
      const rows: unknown[] = [];
      ws?.eachRow({ includeEmpty: true }, (row, n) => rows.push([n, JSON.stringify(row.values)]));
      return rows;
    };
    expect(roster(saved)).toEqual(roster(original));
    await page.context().close();
  }, 120_000);

  /** What `bdg analyze --json` says of a file (the CLI compiled as installed, into `dir`): the figures the pane must show. */
  function cliFigures(dir: string, file: string): { female: number; total: number; flagged: number; errors: number; warnings: number; notices: number } {
    const bdg = join(dir, "bdg.cjs");
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js"), bdg], { cwd: ROOT, stdio: "ignore" });
    const out = execFileSync(process.execPath, [bdg, "analyze", file, "--json"], {
      cwd: ROOT,
      // The compiled CLI keeps its packages external: find them in the project's node_modules.
      env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
      encoding: "utf8",
      maxBuffer: 1 << 28,
      timeout: 120_000,
    });
    const json = JSON.parse(out) as {
      staff: { total: number; female: number };
      indicators: { d_leadership: { flagged: string[] } };
      problems: { severity: string }[];
    };
    const count = (sev: string) => json.problems.filter((p) => p.severity === sev).length;
    return {
      female: json.staff.female,
      total: json.staff.total,
      flagged: json.indicators.d_leadership.flagged.length,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
    };
  }

  /**
   * Runs in the page from the file's choosing: every progress label shown, and a 20 ms timer's ticks and
   * longest gap while the bar reads below 90% (the reading itself, before the figures cross to the page).
   */
  const WATCH = `(() => {
    const w = (window.__watch = { labels: [], ticks: 0, gap: 0, last: 0, done: false });
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="demo-progress"]');
      const label = bar ? bar.textContent : null;
      if (label && w.labels[w.labels.length - 1] !== label) w.labels.push(label);
      if (document.querySelector('[data-testid="staff"]')) w.done = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    const tick = setInterval(() => {
      const now = performance.now();
      const label = w.labels[w.labels.length - 1] || "";
      const m = /(\\d+)%/.exec(label);
      const reading = document.querySelector('[data-testid="demo-progress"]') && m && Number(m[1]) < 90;
      if (reading) {
        if (w.last) w.gap = Math.max(w.gap, now - w.last);
        w.ticks++;
      }
      w.last = reading ? now : 0;
      if (w.done) clearInterval(tick);
    }, 20);
  })()`;

  test("a large roster is read in a Web Worker: the pane keeps running, shows its progress, and shows the CLI's figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bdg-demo-large-"));
    const file = join(dir, "ds-40000.xlsx");
    await writeBenchRoster(file, 40_000);
    const cli = cliFigures(dir, file);
    const { page, requests, origin } = await openPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Mở tệp .xlsx" }).waitFor({ timeout: 30_000 });
    await page.evaluate(WATCH);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở tệp .xlsx" }).click()]);
    await chooser.setFiles(file);
    await page.getByTestId("staff").waitFor({ timeout: 120_000 });
    const watch = await page.evaluate(
      () => (window as unknown as { __watch: { labels: string[]; ticks: number; gap: number } }).__watch,
    );

    // One dedicated worker, from the add-in's own origin, did the reading.
    expect(workers).toHaveLength(1);
    expect(workers[0].startsWith(`${origin}/`)).toBe(true);
    // The progress bar in Vietnamese, going only forward, and gone once the figures are shown.
    expect(watch.labels.length).toBeGreaterThan(0);
    const percents = watch.labels.map((l) => Number(/^Đang đọc sổ tính… (\d+)%Hủy$/.exec(l)?.[1] ?? NaN));
    expect(percents.every((n) => Number.isInteger(n) && n >= 0 && n <= 100)).toBe(true);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(percents.some((n) => n > 0 && n < 100)).toBe(true);
    await expect(page.getByTestId("demo-progress").count()).resolves.toBe(0);
    // While the worker read, the page's own timer kept ticking: the main thread was free.
    expect(watch.ticks).toBeGreaterThan(3);
    expect(watch.gap).toBeLessThan(750);

    // The figures are the CLI's for the same file.
    const vi = (n: number) => n.toLocaleString("vi-VN");
    expect(await page.getByTestId("staff").textContent()).toContain(
      `${vi(cli.female)} nữ / ${vi(cli.total)} người (${formatShare(cli.female / cli.total, "vi")})`,
    );
    expect(await page.locator('[data-summary="flagged"]').textContent()).toBe(`${vi(cli.flagged)} đơn vị cần có lãnh đạo chủ chốt là nữ`);
    expect(await page.getByTestId("problem-counts").textContent()).toBe(
      `${vi(cli.errors)} lỗi, ${vi(cli.warnings)} cảnh báo, ${vi(cli.notices)} lưu ý`,
    );
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([OFFICE_JS]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);

  test("a roster naming more units than the reader allows is refused by the worker in the clerk's words, naming the file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["STT", "Họ và tên", "Giới tính", "Đơn vị"]);
    for (let i = 1; i <= 10_001; i++) ws.addRow([i, `Nguyễn Thị Hoa ${i}`, "Nữ", `Phòng ${i}`]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const { page, origin } = await openPage();
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${origin}/taskpane.html`);
    const open = page.getByRole("button", { name: "Mở tệp .xlsx" });
    await open.waitFor({ timeout: 30_000 });
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), open.click()]);
    await chooser.setFiles({ name: "don-vi.xlsx", mimeType: "application/octet-stream", buffer });
    await page.getByTestId("message-error").waitFor({ timeout: 60_000 });
    const detail = "Chi tiết: Không đọc được “don-vi.xlsx”: danh sách nêu hơn 10.000 đơn vị khác nhau, vượt giới hạn đọc (một danh sách thật có vài trăm đến vài nghìn đơn vị).";
    await expect(page.getByText(detail).count()).resolves.toBe(1);
    await expect(page.getByTestId("staff").count()).resolves.toBe(0);
    expect(workers).toHaveLength(1);
    await page.context().close();
  }, 120_000);

  test("without Worker the same reading runs on the page; a file that is not a workbook is said in Vietnamese", async () => {
    const { page, origin } = await openPage();
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.addInitScript(() => {
      delete (window as unknown as { Worker?: unknown }).Worker;
    });
    await page.goto(`${origin}/taskpane.html`);
    const open = page.getByRole("button", { name: "Mở tệp .xlsx" });
    await open.waitFor({ timeout: 30_000 });
    const choose = async (name: string, buffer: Buffer): Promise<void> => {
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), open.click()]);
      await chooser.setFiles({ name, mimeType: "application/octet-stream", buffer });
    };
    await choose("bang-luong.xlsx", Buffer.from("STT,Họ và tên\n1,Nguyễn Văn An\n", "utf8"));
    const error = page.getByTestId("message-error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toBe("Không mở được tệp này. Hãy chắc chắn đây là tệp Excel .xlsx còn nguyên vẹn.");
    await expect(page.getByText("Chi tiết: Không đọc được “bang-luong.xlsx”: tệp không phải sổ tính Excel .xlsx.").count()).resolves.toBe(1);

    await choose("danh-sach-phong.xlsx", await makeRoster());
    await page.getByTestId("staff").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("staff").textContent()).toContain("7 nữ / 17 người (41,2%)");
    expect(workers).toEqual([]);
    await page.context().close();
  }, 120_000);
});
