/**
 * Plan import in the browser, as the focal agency's compiler: bad inputs answer with their messages; a
 * DOCX written for this test (Kế hoạch 25/KH-UBND: 1./1.1./1.1.1. numbering and a task table) is
 * uploaded, reviewed (a lead corrected, a new agency confirmed; the edits survive a reload), created, and
 * shows on its plan page; the same number is refused a second time; its amendment is re-imported through
 * the diff screen. axe finds nothing on the import, review and diff pages.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { waterPlanDocx } from "@plan-tracker/plan-import/testing/documents/water-plan";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PlanPage } from "./pages/plan-page";
import { axeViolations } from "./support/axe";

test.use({ role: "compiler" });
test.describe.configure({ mode: "serial", timeout: 180_000 });

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function expectNoViolations(page: Page, testInfo: TestInfo, what: string) {
  const violations = await axeViolations(page, testInfo);
  expect(violations, `axe violations on ${what}:\n${violations.join("\n")}`).toEqual([]);
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.getByLabel(/Tệp văn bản/).setInputFiles(file);
  await page.getByRole("button", { name: "Phân tích văn bản" }).click();
}

test("bad inputs get a message that says what to do", async ({ page }, testInfo) => {
  await page.goto("/plans");
  await page.getByRole("link", { name: "Nhập kế hoạch từ văn bản" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập kế hoạch từ văn bản" })).toBeVisible();
  await expectNoViolations(page, testInfo, "/plans/import");
  // Next's route announcer is an alert too, outside <main>.
  const alert = page.getByRole("main").getByRole("alert");

  await page.getByRole("button", { name: "Phân tích văn bản" }).click();
  await expect(alert).toContainText("Hãy chọn một tệp hoặc dán nội dung kế hoạch.");

  await upload(page, { name: "trong.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await expect(alert).toContainText("Tệp trống");

  // A PDF (here the first bytes of one, as a scan would start) is refused whatever its name.
  await upload(page, {
    name: "ke-hoach.docx",
    mimeType: DOCX_MIME,
    buffer: Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"),
  });
  await expect(alert).toContainText("Chưa hỗ trợ nhập từ tệp PDF");
  await expect(alert).toContainText("tải lên bản DOCX");

  // A zip that is not a Word document.
  await upload(page, {
    name: "hong.docx",
    mimeType: DOCX_MIME,
    buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
  });
  await expect(alert).toContainText("Không đọc được tệp");

  await upload(page, {
    name: "cong-van.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(
      "Kính gửi: Sở Tài nguyên và Môi trường\n\nĐề nghị quý Sở cung cấp số liệu quan trắc năm 2025.\n\nTrân trọng.",
    ),
  });
  await expect(alert).toContainText("Không nhận ra cấu trúc kế hoạch");

  // 50 MB: refused before it is sent (the server would cut it off at its body limit).
  const big = path.join(testInfo.outputPath(), "lon-50mb.docx");
  mkdirSync(path.dirname(big), { recursive: true });
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 1));
  await upload(page, big);
  await expect(alert).toContainText("Tệp quá lớn (50,0 MB); giới hạn là 20 MB");

  // Pasted text is kept when the parse fails.
  await page.getByLabel(/Tệp văn bản/).setInputFiles([]);
  await page.getByLabel("Dán nội dung kế hoạch").fill("Một đoạn văn bản không phải kế hoạch.");
  await page.getByRole("button", { name: "Phân tích văn bản" }).click();
  await expect(alert).toContainText("Không nhận ra cấu trúc kế hoạch");
  await expect(page.getByLabel("Dán nội dung kế hoạch")).toHaveValue("Một đoạn văn bản không phải kế hoạch.");
});

test("upload, review, correct a lead, create; the plan shows its tasks; re-import its amendment", async ({
  page,
}, testInfo) => {
  await page.goto("/plans/import");
  await upload(page, { name: "ke-hoach-25.docx", mimeType: DOCX_MIME, buffer: await waterPlanDocx() });
  await page.waitForURL(/\/plans\/import\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Rà soát kết quả nhận dạng" })).toBeVisible();

  // The header as recognised.
  await expect(page.getByLabel("Số, ký hiệu")).toHaveValue("25/KH-UBND");
  // The date field shows the day as dd/mm/yyyy (components/ui/date-field.tsx); the plan keeps 2024-02-15.
  await expect(page.getByLabel("Ngày ban hành")).toHaveValue("15/02/2024");
  await expect(page.getByLabel("Cơ quan đầu mối tổng hợp báo cáo")).toHaveValue("STNMT");
  // Six tasks, the table's rows among them, each lead marked in the source.
  await expect(page.getByRole("heading", { level: 2, name: /6 nhiệm vụ/ })).toBeVisible();
  const source = page.getByRole("region", { name: "Văn bản gốc" });
  await expect(source.locator("mark", { hasText: "Sở Xây dựng" }).first()).toBeVisible();

  // Công an tỉnh is not in the directory: creation waits until it is confirmed.
  const confirm = page.getByRole("button", { name: "Tạo kế hoạch" });
  await expect(page.getByRole("heading", { name: /Cần sửa trước khi tạo kế hoạch/ })).toBeVisible();
  await expect(confirm).toBeDisabled();
  await page.getByLabel("Tạo mới «Công an tỉnh» (mã CA)").check();

  // Correct the lead of the table's third row.
  const task = page.locator('[id="review-2.2.3"]');
  await task.getByLabel("Cơ quan chủ trì").selectOption({ label: "Sở Giao thông vận tải" });
  await expect(page.getByRole("heading", { name: "Không còn điểm nào cần sửa." })).toBeVisible();

  // A reload loses nothing.
  await page.reload();
  await expect(page.getByText("Đã khôi phục các chỉnh sửa chưa lưu từ lần trước.")).toBeVisible();
  await expect(page.locator('[id="review-2.2.3"]').getByLabel("Cơ quan chủ trì")).toHaveValue("SGTVT");
  await expect(page.getByLabel("Tạo mới «Công an tỉnh» (mã CA)")).toBeChecked();

  await expectNoViolations(page, testInfo, "the review screen");
  await page.screenshot({ path: testInfo.outputPath("review.png"), fullPage: true });

  await confirm.click();
  await page.waitForURL(/\/plans\/[a-z0-9]+\?imported=1$/, { timeout: 30_000 });
  await expect(page.getByText("Đã tạo kế hoạch từ văn bản.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Bảo vệ tài nguyên nước trên địa bàn tỉnh năm 2024",
  );
  const plan = new PlanPage(page);
  for (const code of ["2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.2.3", "3.1"])
    await expect(plan.task(code)).toBeVisible();
  await expect(plan.lead("2.2.3")).toHaveText("Sở Giao thông vận tải");
  await expect(plan.lead("2.2.2")).toHaveText("Sở Nông nghiệp và Phát triển nông thôn");
  const planUrl = new URL(page.url()).pathname;

  // The same plan again is refused, pointing to the existing one.
  await page.goto("/plans/import");
  await upload(page, { name: "ke-hoach-25.docx", mimeType: DOCX_MIME, buffer: await waterPlanDocx() });
  await page.waitForURL(/\/plans\/import\/[a-z0-9]+$/);
  await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Kế hoạch số này đã có trong hệ thống",
  );
  await expect(page.getByRole("link", { name: "Mở kế hoạch đã có" })).toHaveAttribute("href", planUrl);

  // Its amendment: the diff first, then applied.
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Nhập lại / điều chỉnh" }).click();
  await upload(page, {
    name: "ke-hoach-25-sua.docx",
    mimeType: DOCX_MIME,
    buffer: await waterPlanDocx("revised"),
  });
  await page.waitForURL(/\/reimport\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Nhiệm vụ thêm mới (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Xóa (chưa có báo cáo) (1)" })).toBeVisible();
  // The lead corrected at review differs from the document: shown as a change to apply.
  await expect(page.getByRole("heading", { name: "2.2.3" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "31/07/2024" })).toBeVisible();
  await expectNoViolations(page, testInfo, "the re-import diff");
  await page.screenshot({ path: testInfo.outputPath("reimport-diff.png"), fullPage: true });
  await page.getByRole("button", { name: "Áp dụng điều chỉnh" }).click();
  await page.waitForURL(/\?reimported=1$/, { timeout: 30_000 });
  await expect(page.getByText("Đã áp dụng văn bản điều chỉnh, bổ sung.")).toBeVisible();
  await expect(plan.task("2.2.4")).toBeVisible();
  await expect(plan.task("2.1.2")).toHaveCount(0);
});
