/**
 * "Many plans at once", end to end: a second plan is imported from a document, its 2026 period is opened
 * from the command line, and it then runs beside 182/KH-UBND for every role that takes part.
 *
 * 1. The administrator imports e2e/fixtures/KH-57-UBND-2026-HTX-e2e.md (written for this test, see the
 *    README there) on the import page: the review shows what the document says, "Tạo kế hoạch" creates it.
 *    Through the page, not `pnpm plan:import`: plan-import.spec covers the page as the compiler with a
 *    DOCX; an administrator uploading a Markdown document is covered nowhere else, and the command's
 *    creation has its own integration tests (packages/plan-import/src/cli).
 * 2. `pnpm period:open --plan 57/KH-UBND --period 2026`, run as an operator would, prints the period and
 *    its dates (exit 0); the same command again is refused, changing nothing (exit 3).
 * 3. Sở KH&ĐT's staff (it leads tasks in both plans) sees both plans in "Việc của tôi", opens the new
 *    plan's task II.1 and saves an update.
 * 4. Sở KH&ĐT's approver sends the agency's report for the new plan; its report in 182/KH-UBND does not
 *    carry it.
 * 5. The new plan's focal compiler (Sở KH&ĐT) accepts it on the new plan's board; each focal agency's
 *    compiler is refused the other plan's board (the authorization matrix has the same rows over HTTP).
 * 6. The leader finds both plans in the portfolio and drills into the new one.
 *
 * Plan 57/KH-UBND is this spec's alone. Sở KH&ĐT also reports on 182/KH-UBND (submission-journey.spec)
 * and on the demo's 68/KH-UBND and 104/KH-UBND while this runs: every locator is scoped to a plan.
 */
import path from "node:path";
import type { Page } from "@playwright/test";
import { lit, sql, sqlOne } from "./authz/db";
import { expect, test } from "./fixtures";
import { PlanPage } from "./pages/plan-page";
import { pnpm } from "./support/pnpm-command";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const SYMBOL = "57/KH-UBND";
const TITLE = "Phát triển kinh tế tập thể, hợp tác xã tỉnh Kiên Giang năm 2026";
const FIXTURE = path.resolve(import.meta.dirname, "fixtures/KH-57-UBND-2026-HTX-e2e.md");
const SKHDT = "Sở Kế hoạch và Đầu tư";
const RESULTS =
  "Đã hướng dẫn thành lập mới 12 hợp tác xã; rà soát 35 hợp tác xã ngừng hoạt động (e2e kế hoạch 57).";
const SUMMARY = "Sở KH&ĐT báo cáo kết quả năm 2026 của Kế hoạch 57/KH-UBND (e2e).";

const planIdOf = () => sqlOne(`SELECT id FROM "Plan" WHERE symbol = ${lit(SYMBOL)}`);
const openPeriodOf = (planId: string) =>
  sqlOne(
    `SELECT id FROM "ReportingPeriod" WHERE "planId" = ${lit(planId)} AND year = 2026 AND state = 'OPEN'`,
  );

/** A period's dates as the pages and the command print them (dd/mm/yyyy). */
async function periodDates(periodId: string): Promise<{ cutoff: string; agency: string; due: string }> {
  const [row] = await sql(
    `SELECT to_char("cutoffDate", 'DD/MM/YYYY'), to_char("agencyDeadline", 'DD/MM/YYYY'),
            to_char("reportDueDate", 'DD/MM/YYYY')
     FROM "ReportingPeriod" WHERE id = ${lit(periodId)}`,
  );
  if (!row?.[0] || !row[1] || !row[2]) throw new Error(`No period ${periodId}`);
  return { cutoff: row[0], agency: row[1], due: row[2] };
}

/** A plan's group in "Việc của tôi". */
const group = (page: Page, symbol: string) =>
  page.getByTestId("my-tasks").locator(`section[data-plan="${symbol}"]`);

/** A task's card in a group, by its code (its one link is named "Cập nhật <code>"). */
const taskCard = (page: Page, symbol: string, code: string) =>
  group(page, symbol)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `Cập nhật ${code}`, exact: true }) });

test("the administrator imports plan 57/KH-UBND from its document on the import page", async ({
  signInAs,
}) => {
  const admin = await signInAs("admin");
  await admin.goto("/plans");
  await admin.getByRole("link", { name: "Nhập kế hoạch từ văn bản" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Nhập kế hoạch từ văn bản" })).toBeVisible();
  await admin.getByLabel(/Tệp văn bản/).setInputFiles(FIXTURE);
  await admin.getByRole("button", { name: "Phân tích văn bản" }).click();
  await admin.waitForURL(/\/plans\/import\/[a-z0-9]+$/, { timeout: 30_000 });

  // The review: the document's header, its focal agency and reporting day, five tasks, nothing to correct.
  await expect(admin.getByRole("heading", { level: 1, name: "Rà soát kết quả nhận dạng" })).toBeVisible();
  await expect(admin.getByLabel("Số, ký hiệu")).toHaveValue(SYMBOL);
  await expect(admin.getByLabel("Ngày ban hành")).toHaveValue("20/01/2026");
  await expect(admin.getByLabel("Trích yếu")).toHaveValue(TITLE);
  await expect(admin.getByLabel("Cơ quan đầu mối tổng hợp báo cáo")).toHaveValue("SKHDT");
  await expect(admin.getByRole("heading", { level: 2, name: /5 nhiệm vụ/ })).toBeVisible();
  await expect(admin.locator('[id="review-II.1"]').getByLabel("Cơ quan chủ trì")).toHaveValue("SKHDT");
  await expect(admin.getByRole("heading", { name: "Không còn điểm nào cần sửa." })).toBeVisible();

  await admin.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await admin.waitForURL(/\/plans\/[a-z0-9]+\?imported=1$/, { timeout: 30_000 });
  await expect(admin.getByText("Đã tạo kế hoạch từ văn bản.")).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const plan = new PlanPage(admin);
  for (const code of ["II.1", "II.2", "II.3", "III.1", "III.2"]) await expect(plan.task(code)).toBeVisible();
  await expect(plan.lead("II.1")).toHaveText(SKHDT);
  await expect(plan.lead("II.2")).toHaveText("Sở Tài chính");
  await expect(plan.lead("II.3")).toHaveText("Sở Công Thương");
  expect(new URL(admin.url()).pathname).toBe(`/plans/${await planIdOf()}`);
});

test("`pnpm period:open` opens its 2026 period, and refuses to open it twice", async ({ signInAs }) => {
  const staff = await signInAs("planningStaff");
  // Imported, no period yet: nothing to report on in the new plan.
  await staff.goto("/my-tasks");
  await expect(group(staff, "182/KH-UBND")).toBeVisible();
  await expect(group(staff, SYMBOL)).toHaveCount(0);

  const planId = await planIdOf();
  const opened = await pnpm("period:open", "--plan", SYMBOL, "--period", "2026");
  expect(opened.code, `${opened.stdout}\n${opened.stderr}`).toBe(0);
  const periodId = await openPeriodOf(planId);
  const dates = await periodDates(periodId);
  // What it printed is what it did; the report to UBND tỉnh is due on the plan's own day (10 tháng 12).
  expect(dates.due).toBe("10/12/2026");
  expect(opened.stdout).toMatch(/^Đã mở kỳ báo cáo năm 2026 của Kế hoạch số /im);
  expect(opened.stdout).toContain(`Kế hoạch số ${SYMBOL} (/plans/${planId}/periods, mã kỳ ${periodId}):`);
  expect(opened.stdout).toMatch(new RegExp(`Chốt số liệu:\\s+${dates.cutoff}`));
  expect(opened.stdout).toMatch(new RegExp(`Hạn các cơ quan gửi:\\s+${dates.agency}`));
  expect(opened.stdout).toMatch(new RegExp(`Hạn báo cáo UBND tỉnh:\\s+${dates.due}`));

  const again = await pnpm("period:open", "--plan", SYMBOL, "--period", "2026");
  expect(again.code, `${again.stdout}\n${again.stderr}`).toBe(3);
  expect(again.stderr).toMatch(
    /Không mở kỳ báo cáo, không có gì thay đổi: Kế hoạch đã có kỳ báo cáo năm 2026; không mở trùng\./i,
  );
  expect(await sqlOne(`SELECT count(*) FROM "ReportingPeriod" WHERE "planId" = ${lit(planId)}`)).toBe("1");

  // The compilers' periods page shows what the command did.
  const compiler = await signInAs("planningCompiler");
  await compiler.goto(`/plans/${planId}/periods`);
  await expect(compiler.getByRole("main")).toContainText(dates.agency);
  await expect(compiler.getByRole("main")).toContainText(dates.due);
});

test("Sở KH&ĐT's staff sees both plans in 'Việc của tôi' and saves an update on the new plan's task", async ({
  signInAs,
}) => {
  const staff = await signInAs("planningStaff");
  const periodId = await openPeriodOf(await planIdOf());
  await staff.goto("/my-tasks");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");
  await expect(
    staff.getByText(/^Các nhiệm vụ Sở Kế hoạch và Đầu tư chủ trì hoặc phối hợp trong \d+ kế hoạch/),
  ).toBeVisible();

  // Plan 182: its own tasks (Sở KH&ĐT leads II.1.b and III.2 there).
  const old = group(staff, "182/KH-UBND");
  await expect(old.getByRole("heading", { level: 2 })).toContainText("182/KH-UBND");
  await expect(old.getByRole("link", { name: "Cập nhật II.1.b", exact: true })).toBeVisible();
  await expect(old.getByText("Cơ quan đầu mối: Sở TN&MT.")).toBeVisible();

  // The new plan: leads II.1 and III.1, coordinates II.2 (led by Sở Tài chính); nothing updated yet.
  const added = group(staff, SYMBOL);
  await expect(added.getByRole("heading", { level: 2 })).toContainText(SYMBOL);
  await expect(added.getByText("Cơ quan đầu mối: Sở KH&ĐT.")).toBeVisible();
  const { agency } = await periodDates(periodId);
  await expect(added.getByText(`Hạn gửi báo cáo: ${agency}`, { exact: false })).toBeVisible();
  await expect(added.getByText("0/3 nhiệm vụ đã cập nhật")).toBeVisible();
  await expect(added.getByText("Báo cáo của cơ quan: Chưa gửi")).toBeVisible();
  await expect(taskCard(staff, SYMBOL, "II.1")).toContainText("Chủ trì");
  await expect(taskCard(staff, SYMBOL, "III.1")).toContainText("Chủ trì");
  await expect(taskCard(staff, SYMBOL, "II.2")).toContainText("Chủ trì: Sở Tài chính");
  await expect(taskCard(staff, SYMBOL, "II.1")).toContainText("Chưa cập nhật");
  await expect(taskCard(staff, SYMBOL, "II.3")).toHaveCount(0);

  await added.getByRole("link", { name: "Cập nhật II.1", exact: true }).click();
  await staff.waitForURL(new RegExp(`/periods/${periodId}/tasks/[^/?]+\\?org=`));
  await expect(staff.getByText(SYMBOL).first()).toBeVisible();
  await expect(staff.getByText(/hướng dẫn, hỗ trợ thành lập mới hợp tác xã/).first()).toBeVisible();
  await staff.getByLabel("Đang thực hiện").check();
  await staff.getByLabel("Tiến độ (%)").fill("40");
  await staff.getByLabel("Kết quả thực hiện").fill(RESULTS);
  await staff.getByRole("button", { name: "Lưu ngay" }).click();
  await expect(staff.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 20_000 });

  await staff.goto("/my-tasks");
  await expect(group(staff, SYMBOL).getByText("1/3 nhiệm vụ đã cập nhật")).toBeVisible();
  await expect(taskCard(staff, SYMBOL, "II.1")).toContainText("Nháp");
});

test("Sở KH&ĐT's approver sends the agency's report for the new plan; its report on 182/KH-UBND does not carry it", async ({
  signInAs,
}) => {
  const approver = await signInAs("planningApprover");
  const periodId = await openPeriodOf(await planIdOf());
  await approver.goto("/my-tasks");
  await approver.getByRole("link", { name: `Báo cáo của cơ quan ${SYMBOL}` }).click();
  await approver.waitForURL(new RegExp(`/periods/${periodId}/submission\\?org=`));
  await expect(approver.getByRole("heading", { level: 1 })).toHaveText(`Báo cáo của cơ quan: ${SKHDT}`);
  await expect(approver.getByText(`Kế hoạch ${SYMBOL} · Kỳ báo cáo năm 2026`)).toBeVisible();
  await expect(approver.getByText(`Gửi đến: ${SKHDT} (cơ quan đầu mối)`)).toBeVisible();
  await expect(approver.getByText(RESULTS)).toBeVisible();

  await approver.getByLabel("Nội dung tóm tắt").fill(SUMMARY);
  await approver.getByRole("button", { name: "Gửi báo cáo" }).first().click();
  const confirm = approver.getByRole("alertdialog");
  await expect(confirm).toContainText(`Gửi báo cáo cho ${SKHDT}?`);
  await expect(confirm).toContainText("Báo cáo gồm 1 cập nhật.");
  await expect(confirm).toContainText("2 nhiệm vụ chưa cập nhật sẽ được ghi là chưa báo cáo.");
  await confirm.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(approver.getByText("Đã gửi báo cáo (lần gửi thứ 1).")).toBeVisible({ timeout: 20_000 });

  await approver.goto("/my-tasks");
  await expect(group(approver, SYMBOL).getByText("Báo cáo của cơ quan: Đã gửi")).toBeVisible();

  // 182/KH-UBND's report is another report (submission-journey.spec moves it meanwhile: only its content
  // is asserted, not its state).
  await approver.getByRole("link", { name: "Báo cáo của cơ quan 182/KH-UBND" }).click();
  await approver.waitForURL(/\/submission\?org=/);
  await expect(approver.getByText("Kế hoạch 182/KH-UBND · Kỳ báo cáo năm 2026")).toBeVisible();
  await expect(approver.getByRole("main")).not.toContainText(RESULTS);
  await expect(approver.getByRole("main")).not.toContainText(SUMMARY);
  const leaked = await sql(
    `SELECT s.id FROM "AgencySubmission" s JOIN "ReportingPeriod" p ON p.id = s."periodId"
     JOIN "Plan" pl ON pl.id = p."planId"
     WHERE pl.symbol = '182/KH-UBND' AND s."coverSummary" = ${lit(SUMMARY)}`,
  );
  expect(leaked, "plan 182's report carries the new plan's summary").toEqual([]);
});

test("the new plan's focal compiler accepts it on that plan's board", async ({ signInAs }) => {
  const compiler = await signInAs("planningCompiler");
  const periodId = await openPeriodOf(await planIdOf());
  await compiler.goto("/");
  // Its agency is focal for 68/KH-UBND (demo) and 57/KH-UBND: one row each, 182/KH-UBND not among them.
  const focal = compiler
    .getByRole("region", { name: "Kế hoạch cơ quan bạn làm đầu mối đang có kỳ báo cáo mở" })
    .getByRole("table");
  const row = focal
    .getByRole("row")
    .filter({ has: compiler.getByRole("link", { name: SYMBOL, exact: true }) });
  await expect(row).toContainText("Kỳ báo cáo năm 2026");
  await expect(row).toContainText("1/3 cơ quan");
  await expect(focal.getByRole("link", { name: "182/KH-UBND" })).toHaveCount(0);
  await row.getByRole("link", { name: "1/3 cơ quan" }).click();
  await compiler.waitForURL(new RegExp(`/periods/${periodId}/submissions$`));
  await expect(compiler.getByRole("heading", { level: 1, name: "Báo cáo của các cơ quan" })).toBeVisible();

  await compiler.getByRole("link", { name: `Xem báo cáo của ${SKHDT}` }).click();
  await compiler.waitForURL(new RegExp(`/periods/${periodId}/submissions/[^/]+$`));
  await expect(compiler.getByText(SUMMARY)).toBeVisible();
  await expect(compiler.getByText(RESULTS)).toBeVisible();
  await compiler.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
  const confirm = compiler.getByRole("alertdialog");
  await expect(confirm).toContainText(`Tiếp nhận báo cáo của ${SKHDT}?`);
  await confirm.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(compiler.getByText("Đã tiếp nhận báo cáo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });

  const staff = await signInAs("planningStaff");
  await staff.goto("/my-tasks");
  await expect(group(staff, SYMBOL).getByText("Báo cáo của cơ quan: Đã tiếp nhận")).toBeVisible();
  await expect(taskCard(staff, SYMBOL, "II.1")).toContainText("Đã tiếp nhận");
});

test("a focal agency's compiler cannot open another plan's board", async ({ signInAs }) => {
  const planId = await planIdOf();
  const periodId = await openPeriodOf(planId);
  const skhdtId = await sqlOne(`SELECT id FROM "Organization" WHERE code = 'SKHDT'`);
  const period182 = await sqlOne(
    `SELECT p.id FROM "ReportingPeriod" p JOIN "Plan" pl ON pl.id = p."planId"
     WHERE pl.symbol = '182/KH-UBND' AND p.year = 2026`,
  );

  // Sở TN&MT's compiler (182/KH-UBND) on the new plan's board, its review and its periods: not found.
  const stnmt = await signInAs("compiler");
  for (const url of [
    `/periods/${periodId}/submissions`,
    `/periods/${periodId}/submissions/${skhdtId}`,
    `/plans/${planId}/periods`,
  ]) {
    const response = await stnmt.goto(url);
    expect(response?.status(), `${url} as tonghop@ (Sở TN&MT)`).toBe(404);
  }
  // Sở KH&ĐT's compiler on 182/KH-UBND's board: not found either.
  const skhdt = await signInAs("planningCompiler");
  const response = await skhdt.goto(`/periods/${period182}/submissions`);
  expect(response?.status(), "182's board as tonghop.skhdt@").toBe(404);
});

test("the leader finds both plans in the portfolio and drills into the new one", async ({ signInAs }) => {
  const leader = await signInAs("leader");
  // Home: every plan with an open period, the new one with its focal agency and the report received.
  await leader.goto("/");
  const reporting = leader.getByRole("region", { name: "Các kế hoạch đang có kỳ báo cáo mở" });
  const homeRow = (symbol: string) =>
    reporting.getByRole("row").filter({ has: leader.getByRole("link", { name: symbol, exact: true }) });
  await expect(homeRow("182/KH-UBND")).toContainText("Đầu mối: Sở TN&MT");
  await expect(homeRow(SYMBOL)).toContainText("Đầu mối: Sở KH&ĐT");
  await expect(homeRow(SYMBOL)).toContainText("1/3 cơ quan");
  await reporting.getByRole("link", { name: "Xem bảng điều hành tất cả kế hoạch" }).click();
  await leader.waitForURL(/\/dashboard$/);
  await expect(
    leader.getByRole("heading", { level: 1, name: "Tình hình thực hiện các kế hoạch" }),
  ).toBeVisible();
  const plans = leader.getByRole("table", { name: /^Các kế hoạch/ });
  await expect(plans.getByRole("link", { name: "Xem bảng điều hành Kế hoạch 182/KH-UBND" })).toBeVisible();
  const link = plans.getByRole("link", { name: `Xem bảng điều hành Kế hoạch ${SYMBOL}` });
  await expect(link).toBeVisible();
  const row = plans
    .getByRole("row")
    .filter({ has: leader.getByRole("link", { name: `Xem bảng điều hành Kế hoạch ${SYMBOL}` }) });
  await expect(row).toContainText("Năm 2026: đang mở");
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText(/Sở KH&ĐT|Sở Kế hoạch và Đầu tư/);

  await link.click();
  await leader.waitForURL(/plan=/);
  await expect(
    leader.getByRole("heading", { level: 1, name: `Tình hình thực hiện Kế hoạch ${SYMBOL}` }),
  ).toBeVisible();
  const main = leader.locator("main");
  const figure = (label: string) =>
    main
      .locator("dl > div")
      .filter({ has: leader.locator("dt").getByText(label, { exact: true }) })
      .locator("dd")
      .first();
  await expect(figure("Tổng số nhiệm vụ")).toHaveText("5");
  await expect(figure("Cơ quan đã gửi báo cáo")).toHaveText("1/3");
  await expect(main.getByText(/Hạn báo cáo UBND tỉnh \(10\/12\/2026\)/)).toBeVisible();
  const submissions = main.getByRole("table", { name: "Bảng số liệu: Tình hình gửi báo cáo kỳ năm 2026" });
  await expect(submissions).toBeVisible();
});
