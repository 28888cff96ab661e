/**
 * Agency reporting in the demo's open 2026 period: "Việc của tôi", the update editor (autosave, cited
 * document, evidence sniffed by content), nothing lost offline, the version conflict view between two
 * sessions, and one agency never reaching another's draft.
 * UBND TP Rạch Giá has no 2026 update in the demo seed, so these tests start from a clean agency.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

// Several saves, uploads and axe scans per test on a shared two-core machine.
test.describe.configure({ timeout: 150_000 });

const saved = (page: Page) =>
  expect(page.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 20_000 });

/**
 * Plan 182's group in "Việc của tôi": the demo's other plans (68/KH-UBND, 104/KH-UBND) have their own
 * groups, and their generic leads ("Ủy ban nhân dân các huyện, thành phố") give Rạch Giá tasks there too.
 */
const plan182 = (page: Page) => page.getByTestId("my-tasks").locator('section[data-plan="182/KH-UBND"]');

async function openUpdate(page: Page, code: string): Promise<string> {
  await page.goto("/my-tasks");
  await plan182(page)
    .getByRole("link", { name: `Cập nhật ${code}`, exact: true })
    .click();
  await page.waitForURL(/\/periods\/[^/]+\/tasks\//);
  return page.url();
}

test.describe("an agency's staff", () => {
  test.use({ role: "districtStaff" });

  test("sees its tasks of the open period and writes a contribution with a cited document and evidence", async ({
    page,
  }, testInfo) => {
    await page.goto("/my-tasks");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");
    const list = plan182(page);
    await expect(list.getByText(/trong kỳ báo cáo năm 2026/)).toBeVisible();
    await expect(list.getByRole("heading", { name: /III\.4/ })).toBeVisible();
    expect(await axeViolations(page, testInfo)).toEqual([]);

    await openUpdate(page, "II.4.c");
    await expect(page.getByText("Phối hợp (đóng góp của cơ quan)")).toBeVisible();
    await page.getByLabel("Đang thực hiện").check();
    await page.getByLabel("Tiến độ (%)").fill("60");
    await page
      .getByLabel("Kết quả thực hiện")
      .fill("Rạch Giá đã hỗ trợ 3 doanh nghiệp kiểm toán năng lượng.");
    await page.getByRole("button", { name: "Thêm văn bản" }).click();
    await page.getByLabel("Số, ký hiệu").fill("Công văn số 45/UBND-KT");
    await page.getByLabel("Ngày ban hành").fill("2026-04-02");
    await saved(page);

    await page.getByLabel("Chọn tệp").setInputFiles({
      name: "bao-cao.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
    });
    await page.getByRole("button", { name: "Tải lên" }).click();
    await expect(
      page.getByTestId("evidence-list").getByRole("link", { name: "Tải xuống bao-cao.pdf" }),
    ).toBeVisible();

    // An executable renamed to .pdf is refused: the type comes from the content.
    await page.getByLabel("Chọn tệp").setInputFiles({
      name: "hoa-don.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(200)]),
    });
    await page.getByRole("button", { name: "Tải lên" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Chỉ nhận PDF" })).toBeVisible();
    expect(await axeViolations(page, testInfo)).toEqual([]);

    await page.reload();
    await expect(page.getByLabel("Kết quả thực hiện")).toHaveValue(
      "Rạch Giá đã hỗ trợ 3 doanh nghiệp kiểm toán năng lượng.",
    );
    await expect(page.getByLabel("Số, ký hiệu")).toHaveValue("Công văn số 45/UBND-KT");
    await expect(page.getByTestId("evidence-list").getByRole("link")).toHaveCount(1);

    await page.goto("/my-tasks");
    await expect(
      plan182(page)
        .getByRole("heading", { name: /II\.4\.c/ })
        .locator("xpath=ancestor::li[1]"),
    ).toContainText("Nháp");
  });

  test("keeps what was typed while offline and offers it back", async ({ page, context }) => {
    const url = await openUpdate(page, "II.1.a");
    await context.setOffline(true);
    await page.getByLabel("Khó khăn, vướng mắc").fill("Thiếu kinh phí tuyên truyền ở cấp phường.");
    await expect(page.getByTestId("save-status")).toContainText("Mất kết nối", { timeout: 20_000 });
    await page.close();

    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(url);
    await expect(again.getByRole("heading", { name: "Có nội dung chưa lưu từ lần trước" })).toBeVisible();
    await again.getByRole("button", { name: "Khôi phục nội dung này" }).click();
    await expect(again.getByLabel("Khó khăn, vướng mắc")).toHaveValue(
      "Thiếu kinh phí tuyên truyền ở cấp phường.",
    );
    await saved(again);
    await again.reload();
    await expect(again.getByLabel("Khó khăn, vướng mắc")).toHaveValue(
      "Thiếu kinh phí tuyên truyền ở cấp phường.",
    );
    await expect(again.getByRole("heading", { name: "Có nội dung chưa lưu từ lần trước" })).toHaveCount(0);
  });
});

test("two people editing one update: the later save is refused with both texts, nothing is overwritten", async ({
  signInAs,
}) => {
  const staff = await signInAs("districtStaff");
  const approver = await signInAs("districtApprover");
  const url = await openUpdate(staff, "III.4");
  await approver.goto(url);

  await approver.getByLabel("Kết quả thực hiện").fill("Lãnh đạo: đã ban hành kế hoạch của thành phố.");
  await saved(approver);

  await staff.getByLabel("Kết quả thực hiện").fill("Chuyên viên: đã tổ chức 2 hội nghị triển khai.");
  await expect(staff.getByRole("heading", { name: "Nội dung đã được người khác cập nhật" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(staff.getByTestId("conflict-theirs-results")).toHaveText(
    "Lãnh đạo: đã ban hành kế hoạch của thành phố.",
  );
  await expect(staff.getByTestId("conflict-mine-results")).toHaveText(
    "Chuyên viên: đã tổ chức 2 hội nghị triển khai.",
  );

  await staff.getByRole("button", { name: "Giữ nội dung của tôi và lưu" }).click();
  await saved(staff);
  await approver.reload();
  await expect(approver.getByLabel("Kết quả thực hiện")).toHaveValue(
    "Chuyên viên: đã tổ chức 2 hội nghị triển khai.",
  );
});

test("another agency's staff cannot open, read or download an agency's draft", async ({ signInAs }) => {
  const district = await signInAs("districtStaff");
  const url = await openUpdate(district, "II.4.d");
  await district.getByLabel("Kết quả thực hiện").fill("Nháp riêng của Rạch Giá.");
  await saved(district);
  await district.getByLabel("Chọn tệp").setInputFiles({
    name: "rieng.png",
    mimeType: "image/png",
    buffer: Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0,
      0, 1, 8, 2, 0, 0, 0,
    ]),
  });
  await district.getByRole("button", { name: "Tải lên" }).click();
  const fileLink = district.getByTestId("evidence-list").getByRole("link");
  await expect(fileLink).toHaveCount(1);
  const fileHref = await fileLink.getAttribute("href");

  const other = await signInAs("planningStaff");
  const page = await other.goto(url);
  expect(page?.status()).toBe(404);
  await expect(other.getByText("Nháp riêng của Rạch Giá.")).toHaveCount(0);
  const download = await other.request.get(fileHref ?? "/files/none");
  expect(download.status()).toBe(404);
  await other.goto("/my-tasks");
  await expect(other.getByText("Nháp riêng của Rạch Giá.")).toHaveCount(0);
});
