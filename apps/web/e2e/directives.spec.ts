/**
 * A directive's round trip: a leader writes one on task II.3 (led by Sở TN&MT), the agency's staff see it
 * on their home and answer, the leader reads the answer on the task and closes it, and it leaves the
 * agency's home. Axe finds nothing on the pages with a directive on them.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

test.describe.configure({ timeout: 180_000 });

async function openTask(page: Page, code: string) {
  await page.goto("/plans");
  await page
    .getByRole("link", { name: /182\/KH-UBND/ })
    .first()
    .click();
  await page.waitForURL(/\/plans\/[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}#task-${code}`);
  await page.locator(`[id="task-${code}"]`).getByRole("link").first().click();
  await page.waitForURL(/\/tasks\//);
}

test("a leader directs, the agency answers on its home, the leader closes it", async ({
  signInAs,
}, testInfo) => {
  const leader = await signInAs("leader");
  const staff = await signInAs("staff");
  const text = `Đề nghị Sở TN&MT hoàn thành hướng dẫn phân loại chất thải rắn trước 31/12 (${Date.now()}).`;

  await openTask(leader, "II.3");
  const directives = leader.getByRole("region", { name: "Ý kiến chỉ đạo về nhiệm vụ" });
  await expect(directives.getByLabel("Cơ quan nhận chỉ đạo")).toHaveValue(/.+/);
  await expect(directives.getByLabel("Cơ quan nhận chỉ đạo").locator("option:checked")).toContainText(
    "Sở TN&MT",
  );
  // Too short: refused with a message, the text kept.
  await directives.getByLabel("Nội dung chỉ đạo").fill("Gấp");
  await directives.getByRole("button", { name: "Gửi ý kiến chỉ đạo" }).click();
  await expect(directives.getByText("Hãy nhập nội dung (từ 5 đến 4.000 ký tự).")).toBeVisible();
  await expect(directives.getByLabel("Nội dung chỉ đạo")).toHaveValue("Gấp");
  await directives.getByLabel("Nội dung chỉ đạo").fill(text);
  await directives.getByLabel("Thời hạn (không bắt buộc)").fill("2026-12-31");
  await directives.getByRole("button", { name: "Gửi ý kiến chỉ đạo" }).click();
  await expect(directives.getByText("Đã gửi ý kiến chỉ đạo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });
  const mine = directives.getByTestId("directive").filter({ hasText: text });
  await expect(mine).toContainText("Chờ trả lời");
  await expect(mine).toContainText("Thời hạn: 31/12/2026");
  const taskUrl = leader.url();

  // The agency sees it on its home, and answers.
  await staff.goto("/");
  const desk = staff.getByRole("region", { name: /Ý kiến chỉ đạo chờ .*Sở TN&MT.* trả lời/ });
  const card = desk.getByTestId("directive").filter({ hasText: text });
  await expect(card).toBeVisible();
  const homeViolations = await axeViolations(staff, testInfo);
  expect(homeViolations, `axe violations on the agency home:\n${homeViolations.join("\n")}`).toEqual([]);
  await card
    .getByLabel("Nội dung trả lời")
    .fill("Sở đã giao Chi cục Bảo vệ môi trường hoàn thiện dự thảo hướng dẫn.");
  await card.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(card).toContainText("Đã trả lời", { timeout: 20_000 });
  await expect(card).toContainText("Sở đã giao Chi cục Bảo vệ môi trường");
  await expect(card.getByRole("button", { name: "Gửi trả lời" })).toHaveCount(0);

  // The leader reads the answer and closes the directive.
  await leader.goto(taskUrl);
  const answered = leader.getByTestId("directive").filter({ hasText: text });
  await expect(answered).toContainText("Đã trả lời");
  await expect(answered).toContainText("Sở đã giao Chi cục Bảo vệ môi trường");
  const taskViolations = await axeViolations(leader, testInfo);
  expect(taskViolations, `axe violations on the task page:\n${taskViolations.join("\n")}`).toEqual([]);
  await answered.getByRole("button", { name: "Kết thúc chỉ đạo" }).click();
  await expect(answered).toContainText("Đã kết thúc", { timeout: 20_000 });

  // Off the agency's desk.
  await staff.goto("/");
  await expect(staff.getByText(text)).toHaveCount(0);
});

test("a leader directs an agency from the dashboard; it lands on the agency's home", async ({ signInAs }) => {
  const leader = await signInAs("leader");
  const staff = await signInAs("staff");
  const text = `Đề nghị Sở TN&MT báo cáo tình hình quan trắc môi trường năm 2026 (${Date.now()}).`;
  await leader.goto("/dashboard"); // the portfolio: every plan; the directive is given on one plan's dashboard
  await leader.getByRole("link", { name: "Xem bảng điều hành Kế hoạch 182/KH-UBND" }).click();
  const card = leader.getByRole("region", { name: "Ý kiến chỉ đạo gửi cơ quan chủ trì" });
  await card.getByLabel("Cơ quan nhận chỉ đạo").selectOption({ label: "Sở TN&MT" });
  await card.getByLabel("Nội dung chỉ đạo").fill(text);
  await card.getByRole("button", { name: "Gửi ý kiến chỉ đạo" }).click();
  await expect(card.getByText("Đã gửi ý kiến chỉ đạo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });

  await staff.goto("/");
  const directive = staff.getByTestId("directive").filter({ hasText: text });
  await expect(directive).toContainText("Chờ trả lời");
  await directive.getByLabel("Nội dung trả lời").fill("Sở sẽ báo cáo trước ngày 10/12/2026.");
  await directive.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(directive).toContainText("Đã trả lời", { timeout: 20_000 });
});
