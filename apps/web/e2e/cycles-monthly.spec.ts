/**
 * "Reporting cycles", end to end on a plan that reports monthly: its agency reports November, the focal
 * compiler compiles "tháng 11/2026", and December opens on schedule with November's text carried forward.
 *
 * 1. The administrator imports e2e/fixtures/KH-61-UBND-2026-monthly-e2e.md (written for this test, see the
 *    README there) on the import page. Its reporting sentence says "định kỳ hằng tháng, trước ngày 20 hằng
 *    tháng": the plan reports monthly ("hằng tháng" on the plan page and the periods page).
 * 2. `pnpm period:open --plan 61/KH-UBND --period 2026-11` opens Tháng 11/2026 with the default dates of
 *    core's defaultCycleDates: data cut off 14/11/2026 (Decree 09/2019/NĐ-CP, Art. 12), report due
 *    20/11/2026 (the plan's day), agencies' deadline 17/11/2026 (the default ten days would reach the
 *    cut-off: three working days before the due date).
 * 3. Sở KH&ĐT's staff writes task II.1's results as cumulative ("lũy kế đến thời điểm chốt số liệu"); they
 *    autosave. Its approver sends the agency's report; the focal compiler (Sở KH&ĐT too) accepts it, moves
 *    the period to compiling and compiles the consolidated report: "Báo cáo tổng hợp tháng 11/2026", the
 *    task's results read "Lũy kế đến ngày 14/11/2026: …", the DOCX is bao-cao-61-KH-UBND-thang-11-2026.docx.
 * 4. `pnpm jobs:run --only periods --now 2026-12-11T07:00:00+07:00` (the worker's period schedule, run once)
 *    opens "61/KH-UBND 2026-12" (see SCHEDULE_NOW for the day). The agency report of December counts one carried-forward text; the editor
 *    shows "Nội dung chuyển từ kỳ báo cáo tháng 11/2026" over November's sentence, still cumulative, until
 *    "Giữ nguyên cho kỳ này" saves it.
 * 5. Screenshots (1366 px and a phone) of that editor and of the compiled report are attached.
 *
 * Plan 61/KH-UBND is this spec's alone. Sở KH&ĐT reports on 182/KH-UBND, 68/KH-UBND, 104/KH-UBND and
 * plan-journey.spec's 57/KH-UBND while this runs: every locator is scoped to plan 61, and nothing here
 * asserts on another plan (the schedule run may open or hold back their periods too).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { lit, sql, sqlOne } from "./authz/db";
import { expect, test } from "./fixtures";
import { PlanPage } from "./pages/plan-page";
import { pnpm } from "./support/pnpm-command";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const SYMBOL = "61/KH-UBND";
const TITLE = "Đẩy nhanh tiến độ giải ngân vốn đầu tư công tỉnh Kiên Giang năm 2026";
const FIXTURE = path.resolve(import.meta.dirname, "fixtures/KH-61-UBND-2026-monthly-e2e.md");
const SKHDT = "Sở Kế hoạch và Đầu tư";
const TASK = "II.1";
/** November's results, as Sở KH&ĐT writes them: a running total up to the cut-off. */
const RESULTS =
  "Lũy kế giải ngân 4.812 tỷ đồng, đạt 81,6% kế hoạch vốn; đã điều chuyển 215 tỷ đồng từ 9 dự án chậm giải ngân (e2e kế hoạch 61).";
const SUMMARY = "Sở KH&ĐT báo cáo tháng 11/2026 của Kế hoạch 61/KH-UBND (e2e).";
const CUMULATIVE = "lũy kế đến thời điểm chốt số liệu";
/**
 * The schedule's clock: 07:00 on Friday 11/12/2026, December's period due (it opens on 01/12 and stays due
 * until 21/12). Not 02/12: the run opens every plan's due period, and until 10/12 that includes the 2026
 * year of the plans other specs import and open themselves (plan-journey's 57/KH-UBND, hostile-plan-report's
 * and plan-import's plans report before 10/12): run beside plan-journey, a schedule on 02/12 opened 57's
 * year between its import and its `pnpm period:open`, which was then refused ("đã có kỳ báo cáo năm 2026").
 */
const SCHEDULE_NOW = "2026-12-11T07:00:00+07:00";

const planIdOf = () => sqlOne(`SELECT id FROM "Plan" WHERE symbol = ${lit(SYMBOL)}`);
/** The plan's monthly period of 2026 (11: November). */
const monthOf = async (month: number) =>
  sqlOne(
    `SELECT id FROM "ReportingPeriod" WHERE "planId" = ${lit(await planIdOf())}
     AND cycle = 'MONTHLY' AND year = 2026 AND index = ${month}`,
  );
const skhdtIdOf = () => sqlOne(`SELECT id FROM "Organization" WHERE code = 'SKHDT'`);
const taskIdOf = async (code: string) =>
  sqlOne(`SELECT id FROM "Task" WHERE "planId" = ${lit(await planIdOf())} AND code = ${lit(code)}`);

/** A period's dates as the pages and the command print them (dd/mm/yyyy), and its state. */
async function periodRow(periodId: string) {
  const [row] = await sql(
    `SELECT to_char("cutoffDate", 'DD/MM/YYYY'), to_char("agencyDeadline", 'DD/MM/YYYY'),
            to_char("reportDueDate", 'DD/MM/YYYY'), state
     FROM "ReportingPeriod" WHERE id = ${lit(periodId)}`,
  );
  if (!row) throw new Error(`No period ${periodId}`);
  return { cutoff: row[0], agency: row[1], due: row[2], state: row[3] };
}

/** Sở KH&ĐT's answers on a task in a period: its scope, whether it is still marked carried forward. */
const answersOf = async (periodId: string, code: string) =>
  sql(
    `SELECT u.results, u."resultScope", (u."carriedFromId" IS NOT NULL)::text
     FROM "ProgressUpdate" u
     WHERE u."periodId" = ${lit(periodId)} AND u."taskId" = ${lit(await taskIdOf(code))}
       AND u."organizationId" = ${lit(await skhdtIdOf())}`,
  );

/** Plan 61's group in "Việc của tôi". */
const group = (page: Page) => page.getByTestId("my-tasks").locator(`section[data-plan="${SYMBOL}"]`);

/**
 * Full-page screenshots at 1366 px and at a phone's width, attached to the report; the viewport restored.
 * The viewport is made as tall as the page first: the editor's save bar sticks to the viewport's bottom, and
 * a full-page capture of a shorter viewport would paint it over the middle of the form.
 */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const before = page.viewportSize();
  for (const [label, width, height] of [
    ["desktop", 1366, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.max(height, tall) });
    await page.evaluate(() => document.fonts.ready);
    await testInfo.attach(`${name}-${label}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  }
  if (before) await page.setViewportSize(before);
}

test.describe("a monthly plan: November reported and compiled, December carries it forward", () => {
  // The importer reads the day of a monthly rule ("trước ngày 20 hằng tháng"): nothing to correct.
  test("the review reads 'trước ngày 20 hằng tháng' as the plan's monthly report day", async ({
    signInAs,
  }) => {
    const admin = await signInAs("admin");
    await admin.goto("/plans/import");
    await admin.getByLabel(/Tệp văn bản/).setInputFiles(FIXTURE);
    await admin.getByRole("button", { name: "Phân tích văn bản" }).click();
    await admin.waitForURL(/\/plans\/import\/[a-z0-9]+$/, { timeout: 30_000 });
    await expect(admin.getByLabel("Ngày", { exact: true })).toHaveValue("20");
    await expect(admin.getByRole("heading", { name: "Không còn điểm nào cần sửa." })).toBeVisible();
  });

  test("the administrator imports plan 61/KH-UBND, which reports monthly", async ({ signInAs }) => {
    const admin = await signInAs("admin");
    await admin.goto("/plans");
    await admin.getByRole("link", { name: "Nhập kế hoạch từ văn bản" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Nhập kế hoạch từ văn bản" })).toBeVisible();
    await admin.getByLabel(/Tệp văn bản/).setInputFiles(FIXTURE);
    await admin.getByRole("button", { name: "Phân tích văn bản" }).click();
    await admin.waitForURL(/\/plans\/import\/[a-z0-9]+$/, { timeout: 30_000 });

    await expect(admin.getByRole("heading", { level: 1, name: "Rà soát kết quả nhận dạng" })).toBeVisible();
    await expect(admin.getByLabel("Số, ký hiệu")).toHaveValue(SYMBOL);
    await expect(admin.getByLabel("Ngày ban hành")).toHaveValue("23/01/2026");
    await expect(admin.getByLabel("Trích yếu")).toHaveValue(TITLE);
    await expect(admin.getByLabel("Cơ quan đầu mối tổng hợp báo cáo")).toHaveValue("SKHDT");
    await expect(admin.getByRole("heading", { level: 2, name: /4 nhiệm vụ/ })).toBeVisible();
    await expect(admin.locator('[id="review-II.1"]').getByLabel("Cơ quan chủ trì")).toHaveValue("SKHDT");
    await expect(admin.locator('[id="review-II.3"]').getByLabel("Cơ quan chủ trì")).toHaveValue("STC");

    // The monthly day is read; a monthly plan needs no month of a yearly report.
    await expect(admin.getByLabel("Ngày", { exact: true })).toHaveValue("20");
    await expect(admin.getByRole("heading", { name: "Không còn điểm nào cần sửa." })).toBeVisible();

    await admin.getByRole("button", { name: "Tạo kế hoạch" }).click();
    await admin.waitForURL(/\/plans\/[a-z0-9]+\?imported=1$/, { timeout: 30_000 });
    await expect(admin.getByText("Đã tạo kế hoạch từ văn bản.")).toBeVisible();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const plan = new PlanPage(admin);
    for (const code of ["II.1", "II.2", "II.3", "III.1"]) await expect(plan.task(code)).toBeVisible();
    await expect(plan.lead("II.1")).toHaveText(SKHDT);
    await expect(plan.lead("II.2")).toHaveText(SKHDT);
    await expect(plan.lead("II.3")).toHaveText("Sở Tài chính");
    await expect(plan.lead("III.1")).toHaveText(SKHDT);
    expect(new URL(admin.url()).pathname).toBe(`/plans/${await planIdOf()}`);

    // It reports monthly: the plan's facts, and the cycles the importer stored.
    const fact = (term: string) =>
      admin
        .locator("dl > dt")
        .filter({ hasText: new RegExp(`^${term}$`) })
        .locator("xpath=following-sibling::dd[1]");
    await expect(fact("Chu kỳ báo cáo")).toHaveText("hằng tháng");
    await expect(fact("Chế độ báo cáo")).toContainText("định kỳ hằng tháng, trước ngày 20 hằng tháng");
    expect(await sqlOne(`SELECT "reportingCycles"::text FROM "Plan" WHERE symbol = ${lit(SYMBOL)}`)).toBe(
      "{MONTHLY}",
    );
  });

  test("`pnpm period:open --period 2026-11` opens Tháng 11/2026 with the decree's cut-off", async ({
    signInAs,
  }) => {
    const planId = await planIdOf();
    const opened = await pnpm("period:open", "--plan", SYMBOL, "--period", "2026-11");
    expect(opened.code, `${opened.stdout}\n${opened.stderr}`).toBe(0);
    const periodId = await monthOf(11);
    expect(opened.stdout).toContain(
      `Đã mở kỳ báo cáo tháng 11/2026 của Kế hoạch số ${SYMBOL} (/plans/${planId}/periods, mã kỳ ${periodId}):`,
    );
    // Decree 09/2019 Art. 12: a month's data run from the 15th of the previous month to the 14th. Due on
    // the plan's 20th (a Friday); the default ten days before would reach the cut-off, so three working
    // days before: Tuesday 17/11.
    expect(opened.stdout).toMatch(/Chốt số liệu:\s+14\/11\/2026/);
    expect(opened.stdout).toMatch(/Hạn các cơ quan gửi:\s+17\/11\/2026/);
    expect(opened.stdout).toMatch(/Hạn báo cáo UBND tỉnh:\s+20\/11\/2026/);
    // The plan's first period: no accepted answer to carry into it.
    expect(opened.stdout).toMatch(/Chuyển sang từ kỳ trước:\s+0 nội dung đã được tiếp nhận/);
    expect(await periodRow(periodId)).toEqual({
      cutoff: "14/11/2026",
      agency: "17/11/2026",
      due: "20/11/2026",
      state: "OPEN",
    });

    // The focal compiler's periods page: a monthly plan, its period named and dated as the command said.
    const compiler = await signInAs("planningCompiler");
    await compiler.goto(`/plans/${planId}/periods`);
    const main = compiler.getByRole("main");
    await expect(
      main.getByText(/^Mỗi kỳ báo cáo \(hằng tháng\): các cơ quan cập nhật tiến độ/),
    ).toBeVisible();
    await expect(
      main.getByRole("heading", { level: 2, name: /Kỳ hiện tại: Kỳ báo cáo tháng 11\/2026/ }),
    ).toBeVisible();
    const row = main
      .getByRole("row")
      .filter({ has: compiler.getByRole("rowheader", { name: "Tháng 11/2026" }) });
    await expect(row).toContainText("14/11/2026");
    await expect(row).toContainText("17/11/2026");
    await expect(row).toContainText("20/11/2026");
    await expect(row).toContainText("Đang mở");
  });

  test("Sở KH&ĐT's staff writes November's results as cumulative, and they autosave", async ({
    signInAs,
  }) => {
    const staff = await signInAs("planningStaff");
    const periodId = await monthOf(11);
    await staff.goto("/my-tasks");
    const mine = group(staff);
    await expect(mine.getByRole("heading", { level: 2 })).toContainText(SYMBOL);
    await expect(
      mine.getByText(`Các nhiệm vụ ${SKHDT} chủ trì hoặc phối hợp trong kỳ báo cáo tháng 11/2026.`),
    ).toBeVisible();
    await expect(mine.getByText("Hạn gửi báo cáo: 17/11/2026", { exact: false })).toBeVisible();
    // It leads II.1, II.2 and III.1; Sở Tài chính's II.3 is not among its tasks.
    await expect(mine.getByText("0/3 nhiệm vụ đã cập nhật")).toBeVisible();
    await mine.getByRole("link", { name: `Cập nhật ${TASK}`, exact: true }).click();
    await staff.waitForURL(new RegExp(`/periods/${periodId}/tasks/[^/?]+\\?org=`));
    await expect(
      staff.getByText(`Kỳ báo cáo tháng 11/2026 · ${SYMBOL} · Hạn gửi báo cáo: 17/11/2026`),
    ).toBeVisible();

    await staff.getByLabel("Đang thực hiện").check();
    await staff.getByLabel("Tiến độ (%)").fill("80");
    await staff.getByLabel("Kết quả thực hiện").fill(RESULTS);
    const scope = staff.getByRole("group", { name: "Kết quả nêu trên là" });
    await expect(scope.getByLabel("trong kỳ báo cáo")).toBeChecked();
    await scope.getByLabel(CUMULATIVE).check();
    // Autosaved after a pause in typing: no button pressed.
    await expect(staff.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 20_000 });
    await expect
      .poll(() => answersOf(periodId, TASK), { timeout: 20_000 })
      .toEqual([[RESULTS, "CUMULATIVE", "false"]]);

    await staff.reload();
    await expect(staff.getByLabel("Kết quả thực hiện")).toHaveValue(RESULTS);
    await expect(
      staff.getByRole("group", { name: "Kết quả nêu trên là" }).getByLabel(CUMULATIVE),
    ).toBeChecked();
  });

  test("Sở KH&ĐT's approver sends the agency's report for November", async ({ signInAs }) => {
    const approver = await signInAs("planningApprover");
    const periodId = await monthOf(11);
    await approver.goto("/my-tasks");
    await approver.getByRole("link", { name: `Báo cáo của cơ quan ${SYMBOL}` }).click();
    await approver.waitForURL(new RegExp(`/periods/${periodId}/submission\\?org=`));
    await expect(approver.getByRole("heading", { level: 1 })).toHaveText(`Báo cáo của cơ quan: ${SKHDT}`);
    await expect(approver.getByText(`Kế hoạch ${SYMBOL} · Kỳ báo cáo tháng 11/2026`)).toBeVisible();
    // Cumulative results say so on the agency's report.
    await expect(approver.getByText("Kết quả thực hiện (lũy kế)")).toBeVisible();
    await expect(approver.getByText(RESULTS)).toBeVisible();

    await approver.getByLabel("Nội dung tóm tắt").fill(SUMMARY);
    await approver.getByRole("button", { name: "Gửi báo cáo" }).first().click();
    const confirm = approver.getByRole("alertdialog");
    await expect(confirm).toContainText(`Gửi báo cáo cho ${SKHDT}?`);
    await expect(confirm).toContainText("Báo cáo gồm 1 cập nhật.");
    await confirm.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(approver.getByText("Đã gửi báo cáo (lần gửi thứ 1).")).toBeVisible({ timeout: 20_000 });
  });

  test("the focal compiler accepts it, moves November to compiling and compiles 'tháng 11/2026'", async ({
    signInAs,
  }, testInfo) => {
    const compiler = await signInAs("planningCompiler");
    const planId = await planIdOf();
    const periodId = await monthOf(11);

    await compiler.goto(`/periods/${periodId}/submissions`);
    await expect(compiler.getByRole("heading", { level: 1, name: "Báo cáo của các cơ quan" })).toBeVisible();
    await compiler.getByRole("link", { name: `Xem báo cáo của ${SKHDT}` }).click();
    await compiler.waitForURL(new RegExp(`/periods/${periodId}/submissions/[^/]+$`));
    await expect(compiler.getByText(RESULTS)).toBeVisible();
    await compiler.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
    const accept = compiler.getByRole("alertdialog");
    await expect(accept).toContainText(`Tiếp nhận báo cáo của ${SKHDT}?`);
    await accept.getByRole("button", { name: "Tiếp nhận" }).click();
    await expect(compiler.getByText("Đã tiếp nhận báo cáo. Cơ quan đã được thông báo.")).toBeVisible({
      timeout: 20_000,
    });

    // Agencies stop writing: the period moves to compiling on the periods page.
    await compiler.goto(`/plans/${planId}/periods`);
    await compiler.getByRole("button", { name: "Chuyển sang tổng hợp: kỳ báo cáo tháng 11/2026" }).click();
    const move = compiler.getByRole("alertdialog");
    await expect(move).toContainText("Chuyển sang tổng hợp: kỳ báo cáo tháng 11/2026?");
    await move.getByRole("button", { name: "Xác nhận" }).click();
    await expect(compiler.getByRole("status").filter({ hasText: /Đang tổng hợp/ })).toBeVisible({
      timeout: 20_000,
    });
    await expect.poll(async () => (await periodRow(periodId)).state).toBe("COMPILING");

    await compiler.getByRole("link", { name: "Báo cáo tổng hợp tháng 11/2026" }).click();
    await compiler.waitForURL(new RegExp(`/periods/${periodId}/report$`));
    await expect(compiler.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tổng hợp tháng 11/2026");
    await expect(compiler.getByText("Hạn báo cáo UBND tỉnh: 20/11/2026")).toBeVisible();
    await compiler.getByRole("button", { name: "Tổng hợp báo cáo" }).click();
    await expect(compiler.getByText("Đã tổng hợp báo cáo.")).toBeVisible({ timeout: 60_000 });

    const body = compiler.locator("article[lang=vi]");
    await expect(body).toContainText(`${SKHDT} báo cáo kết quả thực hiện tháng 11/2026 như sau:`);
    // The task's results as the consolidated report prints cumulative results: dated by the cut-off.
    const printed = `Lũy kế đến ngày 14/11/2026: ${RESULTS}`;
    const task = body.getByRole("heading", { level: 4, name: /^II\.1\. / }).locator("xpath=..");
    await expect(task.getByRole("paragraph").filter({ hasText: printed })).toBeVisible();
    const annexRow = body
      .getByRole("row")
      .filter({ has: compiler.getByRole("rowheader", { name: TASK, exact: true }) });
    await expect(annexRow).toContainText(printed);
    // The document (its print preview, as the DOCX is laid out) names the period and the next one.
    const preview = await compiler.request.get(`/periods/${periodId}/report/export/html`);
    expect(preview.status()).toBe(200);
    const html = await preview.text();
    expect(html).toContain(`Trên đây là báo cáo kết quả thực hiện Kế hoạch số ${SYMBOL} tháng 11/2026`);
    expect(html).toContain("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12/2026");
    await shoot(compiler, testInfo, "monthly-report-thang-11-2026");

    const [download] = await Promise.all([
      compiler.waitForEvent("download", { timeout: 60_000 }),
      compiler.getByRole("link", { name: "Tải DOCX" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bao-cao-61-KH-UBND-thang-11-2026.docx");
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  // The page heads section V by the next period, as the document does, and its title is the report's.
  test("the report page names section V after the next period, as the document does", async ({
    signInAs,
  }) => {
    const compiler = await signInAs("planningCompiler");
    await compiler.goto(`/periods/${await monthOf(11)}/report`);
    await expect(compiler.getByRole("heading", { level: 2, name: /^V\. PHƯƠNG HƯỚNG/ })).toHaveText(
      /^V\. PHƯƠNG HƯỚNG,? NHIỆM VỤ THÁNG 12\/2026$/,
    );
    await expect(compiler).toHaveTitle(/^Báo cáo tổng hợp/);
  });

  // The board, the review of an agency's report and the compiler's notification name the period.
  test("the board, the review and the compiler's notification name the period", async ({ signInAs }) => {
    const compiler = await signInAs("planningCompiler");
    const periodId = await monthOf(11);
    const line = `Kế hoạch ${SYMBOL} · Kỳ báo cáo tháng 11/2026`;
    await compiler.goto(`/periods/${periodId}/submissions`);
    await expect(compiler.getByText(line)).toBeVisible();
    await compiler.goto(`/periods/${periodId}/submissions/${await skhdtIdOf()}`);
    await expect(compiler.getByText(line)).toBeVisible();
    await compiler.goto("/notifications");
    await expect(compiler.getByText(`${SKHDT} đã gửi báo cáo tháng 11/2026`)).toBeVisible();
  });

  test("the period schedule opens December on 11/12/2026, carrying November's accepted answers", async ({
    signInAs,
  }) => {
    const run = await pnpm("jobs:run", "--only", "periods", "--now", SCHEDULE_NOW);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    // pnpm prints its own lines first; the job prints one JSON line.
    const line = run.stdout.split("\n").find((l) => l.startsWith("{") && l.includes('"job":"periods"'));
    expect(line, run.stdout).toBeDefined();
    const result = JSON.parse(line as string) as { day: string; opened: string[]; blocked: string[] };
    expect(result.day).toBe("2026-12-11");
    expect(result.opened).toContain(`${SYMBOL} 2026-12`);
    expect(result.blocked).not.toContain(`${SYMBOL} 2026-12`);

    // December's default dates: cut off 14/12 (a Monday); the 20th is a Sunday, so due Monday 21/12;
    // agencies three working days before (16/12).
    const december = await monthOf(12);
    expect(await periodRow(december)).toEqual({
      cutoff: "14/12/2026",
      agency: "16/12/2026",
      due: "21/12/2026",
      state: "OPEN",
    });
    // November's accepted answer on II.1, copied as December's draft, marked until the agency saves.
    expect(await answersOf(december, TASK)).toEqual([[RESULTS, "CUMULATIVE", "true"]]);

    // The focal agency's compilers are told what opened, with the dates to check.
    const compiler = await signInAs("planningCompiler");
    await compiler.goto("/notifications");
    const notice = compiler
      .getByRole("listitem")
      .filter({ hasText: `Đã mở kỳ báo cáo tháng 12/2026 (${SYMBOL})` });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText("hạn cơ quan gửi 16/12/2026, hạn báo cáo UBND tỉnh 21/12/2026");
  });

  test("December opens with November's text carried forward until the staff keeps it", async ({
    signInAs,
  }, testInfo) => {
    const staff = await signInAs("planningStaff");
    const december = await monthOf(12);
    await staff.goto("/my-tasks");
    const mine = group(staff);
    await expect(
      mine.getByText(`Các nhiệm vụ ${SKHDT} chủ trì hoặc phối hợp trong kỳ báo cáo tháng 12/2026.`),
    ).toBeVisible();
    await expect(mine.getByText("Hạn gửi báo cáo: 16/12/2026", { exact: false })).toBeVisible();

    // The agency report, before anything is saved: one carried text still to review.
    await mine.getByRole("link", { name: `Báo cáo của cơ quan ${SYMBOL}` }).click();
    await staff.waitForURL(new RegExp(`/periods/${december}/submission\\?org=`));
    await expect(staff.getByText(`Kế hoạch ${SYMBOL} · Kỳ báo cáo tháng 12/2026`)).toBeVisible();
    await expect(staff.getByTestId("carried-count")).toHaveText(
      "1 nội dung chuyển từ kỳ trước chưa được cập nhật: hãy xem lại trước khi gửi",
    );
    await expect(staff.getByText("Chuyển từ kỳ tháng 11/2026, chưa cập nhật")).toBeVisible();
    const submissionUrl = staff.url();

    // The task's editor: November's sentence, still cumulative, under the carried-forward notice.
    await staff.goto("/my-tasks");
    await group(staff)
      .getByRole("link", { name: `Cập nhật ${TASK}`, exact: true })
      .click();
    await staff.waitForURL(new RegExp(`/periods/${december}/tasks/[^/?]+\\?org=`));
    await expect(
      staff.getByText(`Kỳ báo cáo tháng 12/2026 · ${SYMBOL} · Hạn gửi báo cáo: 16/12/2026`),
    ).toBeVisible();
    const notice = staff.getByTestId("carried-forward");
    await expect(
      notice.getByRole("heading", { name: "Nội dung chuyển từ kỳ báo cáo tháng 11/2026" }),
    ).toBeVisible();
    await expect(staff.getByLabel("Kết quả thực hiện")).toHaveValue(RESULTS);
    const scope = staff.getByRole("group", { name: "Kết quả nêu trên là" });
    await expect(scope.getByLabel(CUMULATIVE)).toBeChecked();
    await expect(staff.getByLabel("Đang thực hiện")).toBeChecked();
    await expect(staff.getByLabel("Tiến độ (%)")).toHaveValue("80");
    await shoot(staff, testInfo, "monthly-editor-carried-forward");

    await notice.getByRole("button", { name: "Giữ nguyên cho kỳ này" }).click();
    await expect(staff.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 20_000 });
    await expect(staff.getByTestId("carried-forward")).toHaveCount(0);
    expect(await answersOf(december, TASK)).toEqual([[RESULTS, "CUMULATIVE", "false"]]);

    // Kept: gone after a reload too, and from the agency report's count.
    await staff.reload();
    await expect(staff.getByLabel("Kết quả thực hiện")).toHaveValue(RESULTS);
    await expect(staff.getByTestId("carried-forward")).toHaveCount(0);
    await staff.goto(submissionUrl);
    await expect(staff.getByText(`Kế hoạch ${SYMBOL} · Kỳ báo cáo tháng 12/2026`)).toBeVisible();
    await expect(staff.getByTestId("carried-count")).toHaveCount(0);
    await expect(staff.getByText("Kết quả thực hiện (lũy kế)")).toBeVisible();
  });
});
