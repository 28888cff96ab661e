/**
 * Scheduled reminders on the demo database with a moved clock: `pnpm jobs:run --now …` (the test hook,
 * not the worker's path) on Monday 30/11/2026, after the agency deadline of 25/11. UBND TP Rạch Giá has
 * reported nothing in 2026 (no other spec submits it): its staff finds the overdue reminder in the
 * notification centre and follows it to the agency report; the administrator reads the same reminder in
 * the outbox (no SMTP here). Running the schedule again adds nothing for it. axe on the new pages.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { account } from "./accounts";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";
import { databaseUrlFor, testServerUrl } from "./support/names";

test.describe.configure({ timeout: 180_000 });

const jobsDir = path.resolve(import.meta.dirname, "../../../packages/jobs");
const NOW = "2026-11-30T08:00:00+07:00";

async function runSchedule(): Promise<{ notifications: number; emails: number; occurrences: number }> {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error("E2E_DATABASE_NAME is not set");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "src/cli/run.ts", "--now", NOW, "--only", "reminders"],
    {
      cwd: jobsDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrlFor(name, testServerUrl()),
        SMTP_URL: "",
        SMTP_HOST: "",
      },
      timeout: 120_000,
    },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
}

const overdueTitle = "Quá hạn gửi báo cáo năm 2026 (182/KH-UBND)";
const staffEmail = account("districtStaff").email;
/**
 * Rạch Giá's mail about plan 182: the same run also reminds it of the demo's 68/KH-UBND ("[Nhắc việc] … hạn
 * 05/12/2026"), where it reports through the plan's generic lead ("Ủy ban nhân dân các huyện, thành phố").
 */
const plan182Mail = (page: Page) =>
  page.getByRole("row").filter({ hasText: staffEmail }).filter({ hasText: "Kế hoạch 182/KH-UBND" });

test("a run with a moved clock reminds the late agency in the notification centre and the outbox, once", async ({
  signInAs,
}, testInfo) => {
  const first = await runSchedule();
  expect(first.notifications).toBeGreaterThan(0);
  expect(first.emails).toBeGreaterThan(0);

  const staff = await signInAs("districtStaff");
  await staff.goto("/notifications");
  const item = staff.getByRole("listitem").filter({ hasText: overdueTitle });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("chưa gửi báo cáo; hạn 25/11/2026 đã qua 3 ngày làm việc.");
  await item.getByRole("button", { name: `Mở thông báo: ${overdueTitle}` }).click();
  await staff.waitForURL(/\/periods\/[^/]+\/submission$/);

  const admin = await signInAs("admin");
  await admin.goto("/admin/outbox");
  const row = plan182Mail(admin);
  await expect(row).toHaveCount(1);
  await row
    .getByRole("link", { name: /\[Quá hạn\] Báo cáo năm 2026 Kế hoạch 182\/KH-UBND chưa được gửi/ })
    .click();
  await admin.waitForURL(/\/admin\/outbox\/[a-z0-9]+$/);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("hạn 25/11/2026");
  await expect(admin.locator("pre")).toContainText(/Kính gửi .*Rạch Giá,/);
  await expect(admin.locator("pre")).toContainText(/http:\/\/localhost:3000\/periods\/[^/\s]+\/submission/);
  const frame = admin.locator("iframe");
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(
    admin.frameLocator("iframe").getByRole("link", { name: "Mở báo cáo của cơ quan" }),
  ).toBeVisible();
  // The email itself sits in a sandboxed frame where axe cannot run scripts (it hung there under load).
  const violations = await axeViolations(admin, testInfo, { exclude: ["iframe"] });
  expect(violations, `axe violations on the outbox email:\n${violations.join("\n")}`).toEqual([]);

  // The same schedule again, as a second node or a rerun would: nothing new for this agency. Not "nothing
  // new anywhere": the run reads every plan, and other specs change what is due meanwhile (submission-journey
  // sends Sở KH&ĐT's report, plan-journey imports 57/KH-UBND and opens its period: a new plan for the weekly
  // digest; a run once counted 21 occurrences, then 20). Exactly-once delivery across runs and nodes is
  // packages/jobs' integration tests' (two-workers.integration.test.ts).
  const again = await runSchedule();
  expect(again.occurrences).toBeGreaterThan(0);
  // This agency's mail only: other specs (the compiler's "Nhắc") add mail for other agencies meanwhile.
  await admin.goto("/admin/outbox");
  await expect(plan182Mail(admin)).toHaveCount(1);
  await staff.goto("/notifications");
  await expect(staff.getByRole("listitem").filter({ hasText: overdueTitle })).toHaveCount(1);
});

test.describe("new pages pass axe", () => {
  test.use({ role: "admin" });
  for (const url of [
    "/admin/outbox",
    "/admin/jobs",
    "/admin/calendar?year=2026",
    "/settings/notifications",
  ]) {
    test(url, async ({ page }, testInfo) => {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const violations = await axeViolations(page, testInfo);
      expect(violations, `axe violations on ${url}:\n${violations.join("\n")}`).toEqual([]);
    });
  }
});

test.describe("settings and calendar", () => {
  test.use({ role: "admin" });

  test("a user turns a reminder kind off for email and the choice stays", async ({ page }) => {
    await page.goto("/settings/notifications");
    const digest = page.getByRole("checkbox", { name: "Tổng hợp tình hình hằng tuần cho lãnh đạo" });
    await expect(digest).toBeChecked();
    await digest.uncheck();
    await page.getByRole("button", { name: "Lưu lựa chọn" }).click();
    await expect(page.getByText("Đã lưu lựa chọn.")).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole("checkbox", { name: "Tổng hợp tình hình hằng tuần cho lãnh đạo" }),
    ).not.toBeChecked();
  });

  test("the calendar shows Tết and Giỗ Tổ of 2027 and takes an announced day off", async ({ page }) => {
    await page.goto("/admin/calendar?year=2027");
    await expect(page.getByText("06/02/2027 — Tết Nguyên đán (mùng 1)")).toBeVisible();
    await expect(page.getByText("16/04/2027 — Giỗ Tổ Hùng Vương (10/3 Âm lịch)")).toBeVisible();
    await page.getByLabel("Ngày", { exact: true }).fill("2027-02-10");
    await page.getByLabel("Tên gọi").fill("Nghỉ Tết theo Thông báo của Thủ tướng");
    await page.getByRole("button", { name: "Thêm" }).click();
    await expect(
      page.getByText("10/02/2027 — Nghỉ Tết theo Thông báo của Thủ tướng (Ngày nghỉ)"),
    ).toBeVisible();
    // A weekday cannot be a make-up working day: the typed text stays, with the reason.
    await page.getByLabel("Ngày", { exact: true }).fill("2027-02-11");
    await page.getByLabel("Loại").selectOption("WORKING_DAY");
    await page.getByLabel("Tên gọi").fill("Làm bù");
    await page.getByRole("button", { name: "Thêm" }).click();
    await expect(page.getByText("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.")).toBeVisible();
    await expect(page.getByLabel("Tên gọi")).toHaveValue("Làm bù");
  });
});
