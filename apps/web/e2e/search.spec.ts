/** Accent-insensitive search: typed without diacritics, found with them ("d" for "đ" included). */
import { expect, test } from "./fixtures";

test.use({ role: "staff" });

test('"tai nguyen nuoc" finds "tài nguyên nước"', async ({ searchPage }) => {
  await searchPage.goto();
  await searchPage.search("tai nguyen nuoc");
  await expect(searchPage.summary).toContainText(/^\d+ kết quả/);
  await expect(searchPage.results.filter({ hasText: /tài nguyên nước/i }).first()).toBeVisible();
});

test('"dat dai" finds "đất đai" (d for đ)', async ({ searchPage }) => {
  await searchPage.goto();
  await searchPage.search("dat dai");
  await expect(searchPage.results.filter({ hasText: /đất đai/i }).first()).toBeVisible();
});

test("a query from the address bar works the same", async ({ page, searchPage }) => {
  await page.goto(`/search?q=${encodeURIComponent("bien doi khi hau")}`);
  await expect(searchPage.input).toHaveValue("bien doi khi hau");
  await expect(searchPage.results.filter({ hasText: /biến đổi khí hậu/i }).first()).toBeVisible();
});

test('a query with no match says "Không có kết quả"', async ({ searchPage }) => {
  await searchPage.goto();
  await searchPage.search("zzqx khong co gi");
  await expect(searchPage.summary).toHaveText('Không có kết quả cho "zzqx khong co gi"');
  await expect(searchPage.results).toHaveCount(0);
});
