/** The language switch: English on demand, Vietnamese back, on the sign-in page and once signed in. */
import { expect, test } from "./fixtures";

test("the sign-in page switches to English and back", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await expect(page.getByLabel("Mật khẩu")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test.describe("signed in", () => {
  test.use({ role: "viewer" });

  test("the app switches to English, keeps it across pages, and switches back", async ({ page, shell }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Người xem");
    await shell.header.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Người xem");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: "Plans" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
    await nav.getByRole("link", { name: "Search" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search tasks");
    await page.getByRole("banner").getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm nhiệm vụ");
    await expect(shell.nav.getByRole("link", { name: "Kế hoạch" })).toBeVisible();
  });
});
