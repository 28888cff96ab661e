/**
 * The leadership dashboard in the browser: a leader opens the portfolio of every plan (sorts it, reads the
 * agencies' scorecard), drills into one plan, reads the figures, charts and their tables, picks a year,
 * filters the lists by agency, and drills into a task's history across the years. Axe finds nothing on the
 * portfolio, the dashboard or the task page; screenshots at desktop and phone width are attached.
 */
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

test.describe.configure({ timeout: 120_000 });

test.describe("as a leader", () => {
  test.use({ role: "leader" });

  test("reads the dashboard, changes year, filters by agency and drills into a task's history", async ({
    page,
  }, testInfo) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: /Điều hướng|chính/i })
      .getByRole("link", { name: "Bảng điều hành" })
      .click();
    // The portfolio: every plan, one row each, sortable; the agencies across the plans below.
    await expect(
      page.getByRole("heading", { level: 1, name: "Tình hình thực hiện các kế hoạch" }),
    ).toBeVisible();
    const plans = page.getByRole("table", { name: /^Các kế hoạch/ });
    const planLink = plans.getByRole("link", { name: "Xem bảng điều hành Kế hoạch 182/KH-UBND" });
    await expect(planLink).toBeVisible();
    const scorecard = page.getByRole("table", { name: "Cơ quan qua các kế hoạch" });
    await expect(scorecard.getByRole("rowheader", { name: "Sở TN&MT", exact: true })).toBeVisible();
    await plans.getByRole("link", { name: "Tiến độ (%)" }).click();
    await page.waitForURL(/sort=percent/);
    await expect(plans.getByRole("columnheader", { name: /Tiến độ/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await scorecard.getByRole("link", { name: "Cơ quan", exact: true }).click();
    await page.waitForURL(/asort=agency/);
    await expect(scorecard.getByRole("columnheader", { name: /^Cơ quan/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await page.evaluate(() => document.fonts.ready);
    await testInfo.attach("portfolio-desktop.png", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    const portfolioViolations = await axeViolations(page, testInfo);
    expect(
      portfolioViolations,
      `axe violations on the portfolio:\n${portfolioViolations.join("\n")}`,
    ).toEqual([]);
    await planLink.click();
    await page.waitForURL(/plan=/);
    const planUrl = page.url();
    await expect(
      page.getByRole("heading", { level: 1, name: "Tình hình thực hiện Kế hoạch 182/KH-UBND" }),
    ).toBeVisible();
    const main = page.locator("main");
    await expect(main.getByText("Tổng số nhiệm vụ")).toBeVisible();
    await expect(main.getByText("Cơ quan đã gửi báo cáo")).toBeVisible();
    await expect(main.getByText(/Hạn báo cáo UBND tỉnh \(05\/12\/2026\)/)).toBeVisible();
    // Every chart is also a table.
    for (const caption of [
      "Bảng số liệu: Tiến độ theo mục của kế hoạch",
      "Bảng số liệu: Xếp hạng cơ quan chủ trì",
      "Bảng số liệu: Diễn biến qua các kỳ báo cáo",
      "Bảng số liệu: Tình hình gửi báo cáo kỳ năm 2026",
    ]) {
      await expect(main.getByRole("table", { name: caption })).toBeVisible();
    }
    const trend = main.getByRole("table", { name: "Bảng số liệu: Diễn biến qua các kỳ báo cáo" });
    for (const year of ["2021", "2022", "2023", "2024", "2025", "2026"]) {
      await expect(trend.getByRole("rowheader", { name: `Năm ${year}`, exact: true })).toBeVisible();
    }
    await page.evaluate(() => document.fonts.ready);
    await testInfo.attach("dashboard-desktop.png", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    const violations = await axeViolations(page, testInfo);
    expect(violations, `axe violations on the dashboard:\n${violations.join("\n")}`).toEqual([]);

    // Another period (the year 2023).
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption("2023");
    await page.getByRole("button", { name: "Xem" }).click();
    await page.waitForURL(/period=2023/);
    await expect(main.getByText(/Số liệu kỳ báo cáo năm 2023/)).toBeVisible();

    // Back to the open year, lists filtered by one agency.
    await page.goto(planUrl);
    await page.getByLabel("Cơ quan", { exact: true }).selectOption({ label: "Sở TN&MT" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await page.waitForURL(/org=/);
    const issues = main.getByRole("region", {
      name: /Khó khăn, vướng mắc và đề xuất, kiến nghị kỳ năm 2026/,
    });
    await expect(issues.getByRole("listitem").first()).toBeVisible();
    const items = await issues.getByRole("listitem").allInnerTexts();
    for (const text of items) expect(text).toContain("Sở TN&MT");

    // Drill into a task: its progress and history across the periods.
    await issues.getByRole("link", { name: "II.3", exact: true }).first().click();
    await page.waitForURL(/\/tasks\//);
    const history = page.getByRole("region", { name: "Lịch sử thực hiện qua các kỳ báo cáo" });
    await expect(history).toBeVisible();
    const progress = history.getByRole("table", { name: "Tiến độ qua các kỳ báo cáo" });
    for (const year of ["2021", "2026"])
      await expect(progress.getByRole("rowheader", { name: `Năm ${year}`, exact: true })).toBeVisible();
    for (const year of ["Năm 2026", "Năm 2025", "Năm 2021"]) {
      await expect(history.getByRole("heading", { name: new RegExp(`^${year}`) })).toBeVisible();
    }
    await expect(history.getByTestId("history-update").first()).toBeVisible();
    const taskViolations = await axeViolations(page, testInfo);
    expect(taskViolations, `axe violations on the task page:\n${taskViolations.join("\n")}`).toEqual([]);
  });

  test("fits a phone", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const portfolioOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(portfolioOverflow).toBeLessThanOrEqual(1);
    await page.evaluate(() => document.fonts.ready);
    await testInfo.attach("portfolio-phone.png", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    await page.getByRole("link", { name: "Xem bảng điều hành Kế hoạch 182/KH-UBND" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Tình hình thực hiện Kế hoạch 182/KH-UBND" }),
    ).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.evaluate(() => document.fonts.ready);
    await testInfo.attach("dashboard-phone.png", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
});

test.describe("as agency staff", () => {
  test.use({ role: "staff" });

  test("the dashboard is not there", async ({ page }) => {
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Bảng điều hành" })).toHaveCount(0);
  });
});
