/**
 * Full-page screenshots of every page, as a compiler and as staff, for a person to look at (layout,
 * untranslated text, lost diacritics). Off by default; run with a folder outside the repository:
 *   E2E_SCREENSHOTS=/tmp/e2e-shots npx playwright test screenshots
 */
import path from "node:path";
import type { Role } from "./accounts";
import { test } from "./fixtures";
import { PlanPage } from "./pages/plan-page";

const folder = process.env.E2E_SCREENSHOTS;

test.skip(!folder, "set E2E_SCREENSHOTS=<folder> to take screenshots");

test("sign-in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.screenshot({ path: path.join(folder ?? "", "sign-in.png"), fullPage: true });
});

for (const role of ["compiler", "staff"] as const satisfies Role[]) {
  test(`every page as ${role}`, async ({ signInAs }) => {
    test.setTimeout(90_000);
    const page = await signInAs(role);
    const planPage = new PlanPage(page);
    const planId = await planPage.open();
    const taskHref = await planPage.taskLink("II.4.a").getAttribute("href");
    const pages: [string, string][] = [
      ["home", "/"],
      ["plans", "/plans"],
      ["plan", `/plans/${planId}`],
      ["task", taskHref ?? "/"],
      ["organizations", "/organizations"],
      ["search", `/search?q=${encodeURIComponent("tai nguyen nuoc")}`],
      ["search-empty", `/search?q=${encodeURIComponent("zzqx")}`],
      ["tokens", "/settings/tokens"],
      ["not-found", "/tasks/khong-ton-tai"],
    ];
    for (const [name, url] of pages) {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(folder ?? "", `${role}-${name}.png`), fullPage: true });
    }
    await page.goto("/");
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: /^Hello/ }).waitFor();
    for (const [name, url] of pages.slice(0, 6)) {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(folder ?? "", `${role}-en-${name}.png`), fullPage: true });
    }
  });
}
