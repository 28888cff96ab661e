/** Plan 182/KH-UBND as a tree: its sections, all 17 tasks with their leads, and a task's own page. */
import { expect, test } from "./fixtures";
import { PLAN_SYMBOL, TASK_CODES } from "./pages/plan-page";

test.use({ role: "compiler" });

test("the plan list shows 182/KH-UBND with its 17 tasks", async ({ page, planPage }) => {
  await page.goto("/plans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch");
  await expect(planPage.planLink()).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: planPage.planLink() })).toContainText("17 nhiệm vụ");
});

test("the plan page shows sections I, II, III and every task with its lead", async ({ page, planPage }) => {
  await planPage.open();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Within the page: the route announcer outside <main> repeats the title ("Kế hoạch số …").
  await expect(page.locator("main").getByText(`Số ${PLAN_SYMBOL}`)).toBeVisible();
  await expect(planPage.sectionHeading("I.")).toContainText("MỤC ĐÍCH, YÊU CẦU");
  await expect(planPage.sectionHeading("II.")).toContainText("NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN");
  await expect(planPage.sectionHeading("III.")).toContainText("TỔ CHỨC THỰC HIỆN");

  await expect(page.getByTestId("plan-task")).toHaveCount(TASK_CODES.length);
  for (const code of TASK_CODES) {
    await expect(planPage.task(code), code).toBeVisible();
    await expect(planPage.lead(code), `lead of ${code}`).not.toBeEmpty();
  }

  // A compact row: the code and the first words of the text name the link to the task page.
  await expect(planPage.taskLink("II.4.a")).toHaveAccessibleName(
    /^II\.4\.a Tiếp tục đẩy mạnh công tác tuyên truyền/,
  );
  await expect(planPage.task("II.4.a")).toContainText(/\d+ nội dung công việc/);
  await expect(planPage.lead("II.4.a")).toHaveText("Sở Tài nguyên và Môi trường");
  await expect(planPage.task("II.4.a").getByText("suy ra từ văn bản")).toHaveCount(0);
  await expect(planPage.lead("II.4.đ")).toHaveText("Sở Xây dựng");
  // Named alone as the heading, without "chủ trì": the lead is implied, and says so.
  await expect(planPage.lead("II.4.e")).toContainText("Bộ Chỉ huy Quân sự tỉnh");
  await expect(planPage.task("II.4.e").getByText("suy ra từ văn bản", { exact: true })).toBeVisible();
  // Addressed to a group, not one agency.
  await expect(planPage.lead("III.4")).toContainText("Thủ trưởng các sở, ngành tỉnh");
});

test("clicking a task opens its page with its action items", async ({ page, planPage }) => {
  await planPage.open();
  await planPage.openTask("II.4.a");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sở Tài nguyên và Môi trường chủ trì");
  await expect(page.getByTestId("task-lead")).toHaveText("Sở Tài nguyên và Môi trường");
  const items = page
    .getByRole("region", { name: /^Nội dung, hạng mục công việc \(\d+\)$/ })
    .getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(30);
  await expect(items.first()).toContainText("II.4.a.1");
  await page.getByRole("link", { name: /Quay lại kế hoạch/ }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+#task-II\.4\.a$/);
});

test("an unknown task or plan id is a 404", async ({ page }) => {
  for (const path of ["/tasks/khong-ton-tai", "/plans/khong-ton-tai"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  }
});
