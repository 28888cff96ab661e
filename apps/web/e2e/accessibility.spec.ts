/**
 * axe (WCAG 2.1 A and AA) finds nothing on any page. A failure lists every rule, element and fix.
 * The scans run as a compiler (the overview home) and as staff (the agency home), and signed out.
 */
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PlanPage } from "./pages/plan-page";
import { axeViolations } from "./support/axe";

/** The plan's and task II.4.a's ids, read through the UI. */
async function ids(page: Page): Promise<{ plan: string; task: string }> {
  const planPage = new PlanPage(page);
  const plan = await planPage.open();
  const href = await planPage.taskLink("II.4.a").getAttribute("href");
  const task = href?.split("/").pop();
  if (!task) throw new Error("Task II.4.a has no link on the plan page.");
  return { plan, task };
}

async function expectNoViolations(page: Page, url: string, testInfo: TestInfo): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `status of ${url}`).toBe(200);
  const violations = await axeViolations(page, testInfo);
  expect(violations, `axe violations on ${url}:\n${violations.join("\n")}`).toEqual([]);
}

test("sign-in", async ({ page }, testInfo) => {
  await expectNoViolations(page, "/sign-in", testInfo);
});

test.describe("as a compiler", () => {
  test.use({ role: "compiler" });

  const pages: Record<string, (page: Page) => Promise<string>> = {
    "home (overview)": async () => "/",
    plans: async () => "/plans",
    plan: async (page) => `/plans/${(await ids(page)).plan}`,
    task: async (page) => `/tasks/${(await ids(page)).task}`,
    organizations: async () => "/organizations",
    search: async () => `/search?q=${encodeURIComponent("tai nguyen nuoc")}`,
  };
  for (const [name, url] of Object.entries(pages)) {
    test(name, async ({ page }, testInfo) => {
      await expectNoViolations(page, await url(page), testInfo);
    });
  }

  test("not found (a task id that does not exist)", async ({ page }, testInfo) => {
    const response = await page.goto("/tasks/khong-ton-tai");
    expect(response?.status()).toBe(404);
    const violations = await axeViolations(page, testInfo);
    expect(violations, `axe violations on the 404 page:\n${violations.join("\n")}`).toEqual([]);
  });

  test("settings/tokens", async ({ page }, testInfo) => {
    await expectNoViolations(page, "/settings/tokens", testInfo);
  });
});

test.describe("as staff", () => {
  test.use({ role: "staff" });

  test("home (agency)", async ({ page }, testInfo) => {
    await expectNoViolations(page, "/", testInfo);
  });
});
