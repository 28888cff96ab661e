/**
 * The public transparency page: 404 until an administrator publishes the plan; then readable without an
 * account, with tasks, lead agencies, categories and percents, and never update texts, drafts, comments
 * or evidence; 404 again once hidden. Axe finds nothing on it.
 */
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

test.describe.configure({ timeout: 120_000, mode: "serial" });

// Every demo update's text carries this tag (prisma/seed/demo-progress/types.ts): none may show.
const DEMO_TAG = "[Dữ liệu minh họa]";

test("published by the administrator, readable by anyone, hidden again", async ({
  signInAs,
  browser,
}, testInfo) => {
  const admin = await signInAs("admin");
  await admin.goto("/plans");
  await admin
    .getByRole("link", { name: /182\/KH-UBND/ })
    .first()
    .click();
  await admin.waitForURL(/\/plans\/[^/]+$/);
  const planId = new URL(admin.url()).pathname.split("/").pop() as string;
  const publicPath = `/public/plans/${planId}`;

  const visitor = await (
    await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Kathmandu" })
  ).newPage();
  const baseURL = testInfo.project.use.baseURL as string;
  expect((await visitor.goto(`${baseURL}${publicPath}`))?.status()).toBe(404);

  const toggle = admin.getByRole("region", { name: "Trang công khai" });
  await toggle.getByRole("button", { name: "Công khai kế hoạch" }).click();
  await expect(toggle.getByText("Đã công khai kế hoạch.")).toBeVisible({ timeout: 20_000 });

  const response = await visitor.goto(`${baseURL}${publicPath}`);
  expect(response?.status()).toBe(200);
  expect(visitor.url()).not.toContain("/sign-in");
  await expect(
    visitor.getByRole("heading", { level: 1, name: "Công khai tiến độ thực hiện Kế hoạch 182/KH-UBND" }),
  ).toBeVisible();
  const main = visitor.locator("main");
  await expect(main.getByRole("rowheader", { name: /II\.4\.a/ })).toBeVisible();
  await expect(main.getByRole("columnheader", { name: "Năm 2026" }).first()).toBeVisible();
  await expect(main.getByText("Sở TN&MT").first()).toBeVisible();
  const html = await visitor.content();
  expect(html).not.toContain(DEMO_TAG);
  // (The page's HTML carries the UI's message catalog; what is shown is what counts here.)
  // The plan's tables only: the finalized reports' summaries below them are public documents, and a
  // report's introduction may well say "Kết quả thực hiện" (another spec finalizes the 2024 report).
  const shown = (await main.locator('section:not([aria-labelledby="public-reports"])').allInnerTexts()).join(
    "\n",
  );
  expect(shown).not.toContain("Ý kiến trao đổi");
  expect(shown).not.toContain("Khó khăn, vướng mắc");
  expect(shown).not.toContain("Kết quả thực hiện");
  await expect(visitor.locator('a[href^="/files/"]')).toHaveCount(0);
  const violations = await axeViolations(visitor, testInfo);
  expect(violations, `axe violations on the public page:\n${violations.join("\n")}`).toEqual([]);

  await toggle.getByRole("button", { name: "Ngừng công khai" }).click();
  await expect(toggle.getByText("Đã ngừng công khai kế hoạch.")).toBeVisible({ timeout: 20_000 });
  expect((await visitor.goto(`${baseURL}${publicPath}`))?.status()).toBe(404);
  expect((await visitor.goto(`${baseURL}/public/plans/no-such-plan`))?.status()).toBe(404);
});
