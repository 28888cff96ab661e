/**
 * The yearly cycle of one agency's report, in the browser: Sở KH&ĐT's staff update their tasks, the
 * approver submits, the focal agency's compiler returns it with a reason, staff revise, the approver
 * resubmits, the compiler accepts. (Sở KH&ĐT has a draft in the demo's open 2026 period; no other spec
 * submits it.)
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home-page";

test.describe.configure({ timeout: 240_000 });

const plan182 = (page: Page) => page.getByTestId("my-tasks").locator('section[data-plan="182/KH-UBND"]');

const saved = (page: Page) =>
  expect(page.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 20_000 });

async function editTask(page: Page, code: string, results: string) {
  await page.goto("/my-tasks");
  // Plan 182's group: the demo's 68/KH-UBND and 104/KH-UBND have a III.2 too, which Sở KH&ĐT leads through
  // their generic lead ("Các sở, ban ngành tỉnh").
  await plan182(page)
    .getByRole("link", { name: `Cập nhật ${code}`, exact: true })
    .click();
  await page.waitForURL(/\/periods\/[^/]+\/tasks\//);
  await page.getByLabel("Đang thực hiện").check();
  await page.getByLabel("Kết quả thực hiện").fill(results);
  await saved(page);
}

async function submit(approver: Page, sequence: number) {
  await approver.goto("/my-tasks");
  // One link per plan with an open period; this journey is plan 182's.
  await approver.getByRole("link", { name: "Báo cáo của cơ quan 182/KH-UBND" }).click();
  await approver.waitForURL(/\/submission/);
  await approver.getByLabel("Nội dung tóm tắt").fill(`Sở KH&ĐT báo cáo kết quả năm 2026 (lần ${sequence}).`);
  await approver.getByRole("button", { name: "Gửi báo cáo" }).first().click();
  await approver.getByRole("alertdialog").getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(approver.getByText(`Đã gửi báo cáo (lần gửi thứ ${sequence}).`)).toBeVisible({
    timeout: 20_000,
  });
}

async function openReview(compiler: Page) {
  await compiler.goto("/");
  await new HomePage(compiler).openBoard();
  await compiler.getByRole("link", { name: /Xem báo cáo của .*Kế hoạch và Đầu tư/ }).click();
  await compiler.waitForURL(/\/submissions\/[^/]+$/);
}

test("staff update, approver submits, compiler returns with a reason, agency revises and resubmits, compiler accepts", async ({
  signInAs,
}) => {
  const staff = await signInAs("planningStaff");
  const approver = await signInAs("planningApprover");
  const compiler = await signInAs("compiler");

  await editTask(
    staff,
    "II.1.b",
    "Đã lồng ghép yêu cầu ứng phó biến đổi khí hậu vào kế hoạch phát triển kinh tế - xã hội 2026.",
  );
  await editTask(staff, "III.2", "Đã kêu gọi đầu tư 4 dự án ngoài ngân sách.");
  await submit(approver, 1);

  // Locked while it is with the focal agency.
  await staff.reload();
  await expect(staff.getByText(/chỉ xem/)).toBeVisible();

  await openReview(compiler);
  await expect(compiler.getByText("Đã lồng ghép yêu cầu ứng phó biến đổi khí hậu")).toBeVisible();
  await compiler.getByLabel("Lý do trả lại").fill("Bổ sung số liệu vốn đầu tư của 4 dự án đã kêu gọi.");
  await compiler.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(compiler.getByText("Đã trả lại báo cáo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });

  await staff.goto("/my-tasks");
  await expect(staff.getByRole("alert").filter({ hasText: "Bổ sung số liệu vốn đầu tư" })).toBeVisible();
  await editTask(staff, "III.2", "Đã kêu gọi đầu tư 4 dự án ngoài ngân sách, tổng vốn 1.250 tỷ đồng.");
  await submit(approver, 2);

  await openReview(compiler);
  await expect(compiler.getByText("tổng vốn 1.250 tỷ đồng")).toBeVisible();
  await compiler.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
  await compiler.getByRole("alertdialog").getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(compiler.getByText("Đã tiếp nhận báo cáo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });

  await staff.goto("/my-tasks");
  await expect(
    plan182(staff)
      .getByRole("heading", { name: /III\.2/ })
      .locator("xpath=ancestor::li[1]"),
  ).toContainText("Đã tiếp nhận");
});
