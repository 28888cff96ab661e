/**
 * The compiler's year end, in the browser: remind a late agency, compile the consolidated report, edit
 * the direction for next year, accept a report sent meanwhile (Sở TN&MT's, submitted in the demo's open
 * 2026 period; no other spec touches it), re-compile (the edit stays, the change is shown), export the
 * three files, finalize and download the frozen version, checking its SHA-256.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

test.describe.configure({ timeout: 300_000 });
test.use({ role: "compiler" });

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  const file = await download.path();
  return { download, bytes: await readFile(file) };
}

const NEXT_YEAR =
  "- Hoàn thành quy hoạch bảo vệ môi trường tỉnh.\n- Tăng cường kiểm tra các khu công nghiệp.";

test("remind, compile, edit, accept, re-compile, export, finalize, download a version", async ({
  page,
  homePage,
}, testInfo) => {
  await page.goto("/");
  // The compiler's home lists the plans its agency is focal for: plan 182's board.
  await homePage.openBoard();
  const board = page.url();
  await expect(page.getByText(/Hạn báo cáo UBND tỉnh: 05\/12\/2026/)).toBeVisible();
  expect(await axeViolations(page, testInfo)).toEqual([]);

  // Sở NN&PTNT's report was returned and not sent again: past the agency deadline it is late.
  const row = page.getByRole("row", { name: /Sở Nông nghiệp và Phát triển nông thôn/ });
  await expect(row.getByText("Trễ hạn")).toBeVisible();
  await row.getByRole("button", { name: "Nhắc Sở Nông nghiệp và Phát triển nông thôn gửi báo cáo" }).click();
  await expect(row.getByRole("status")).toContainText("Đã nhắc 1 cơ quan");
  await row.getByRole("button", { name: /Nhắc Sở Nông nghiệp/ }).click();
  await expect(row.getByRole("status")).toContainText("Đã nhắc hôm nay rồi");

  await page.getByRole("link", { name: "Mở báo cáo tổng hợp" }).click();
  await page.waitForURL(/\/report$/);
  await page.getByRole("button", { name: "Tổng hợp báo cáo" }).click();
  await expect(page.getByText("Đã tổng hợp báo cáo.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: /Cơ quan chưa có báo cáo được tiếp nhận/ })).toBeVisible();
  const reportUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("button", { name: /Biên tập: V\. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027/ }).click();
  await page.getByLabel(/Nội dung: V\. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027/).fill(NEXT_YEAR);
  await page.getByRole("button", { name: "Lưu đoạn này" }).click();
  await expect(page.getByText("Hoàn thành quy hoạch bảo vệ môi trường tỉnh.")).toBeVisible({
    timeout: 20_000,
  });
  expect(await axeViolations(page, testInfo)).toEqual([]);

  // Sở TN&MT's report, sent in the demo, is accepted now.
  await page.goto(board);
  await page.getByRole("link", { name: /Xem báo cáo của .*Tài nguyên và Môi trường/ }).click();
  await page.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(page.getByText("Đã tiếp nhận báo cáo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });

  await page.goto(reportUrl);
  await page.getByRole("button", { name: "Tổng hợp lại" }).click();
  await expect(page.getByText("Đã tổng hợp báo cáo.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Báo cáo mới được tính: Sở Tài nguyên và Môi trường/)).toBeVisible();
  await expect(page.getByText("Hoàn thành quy hoạch bảo vệ môi trường tỉnh.")).toBeVisible();

  for (const [label, extension, magic] of [
    ["Tải DOCX", "docx", "PK"],
    ["Tải phụ lục XLSX", "xlsx", "PK"],
    ["Tải PDF", "pdf", "%PDF"],
  ] as const) {
    const { download, bytes } = await downloaded(page, () => page.getByRole("link", { name: label }).click());
    expect(download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-.*2026\\.${extension}$`));
    expect(bytes.subarray(0, magic.length).toString("latin1")).toBe(magic);
  }

  await page.getByRole("button", { name: "Hoàn tất phiên bản" }).click();
  await expect(page.getByText(/Đã hoàn tất báo cáo/)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText("Phiên bản 1", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: /Biên tập/ })).toHaveCount(0);

  const docxLink = page.getByRole("link", { name: /\.docx \(Phiên bản 1\)/ });
  const listed = await docxLink.locator("xpath=ancestor::li[1]").locator("code").textContent();
  const { bytes } = await downloaded(page, () => docxLink.click());
  expect(listed).toContain(createHash("sha256").update(bytes).digest("hex"));

  await page.getByLabel("Số văn bản").fill("245");
  await page.getByRole("button", { name: "Ghi nhận đã gửi" }).click();
  await expect(page.getByText(/Đã gửi ngày .*, số 245\/BC-STNMT\./)).toBeVisible({ timeout: 20_000 });
});
